import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, sitePages, type BuiltSite } from '../helpers/build-site';
import { readHtml, select, selectAll, textOf } from '../helpers/html';

/**
 * A dataset's claimed results over numbered pages, like a topic's papers (src/lib/list-pages.ts),
 * built from the results fixture with one result a page: COCO's three claims (two measures) take
 * three pages, RTE's two claims two; and the list of all datasets with one dataset a page.
 */
interface ExportedDataset {
  id: string;
  label: string;
  results: Array<{ paper: string; value: string; metric: string | null }>;
}

let site: BuiltSite;
let datasets: ExportedDataset[];
const { pageFile, target, relLink } = sitePages(() => site);
const pathsOf = (dataset: ExportedDataset) =>
  dataset.results.map((_, i) => (i === 0 ? `datasets/${dataset.id}/` : `datasets/${dataset.id}/page/${i + 1}/`));

beforeAll(async () => {
  site = await buildSite('dataset-pages', 'tests/fixtures/results', {
    ATLAS_DATASET_PAGE_SIZE: '1',
    ATLAS_DATASETS_PAGE_SIZE: '1',
  });
  datasets = JSON.parse(readFileSync(join(site.dist, 'api/datasets.json'), 'utf8'));
}, 300_000);

describe('the pages of a dataset with more claimed results than a page holds', () => {
  it('hold each claimed result exactly once, in pages linked by previous and next', async () => {
    expect(datasets.find((dataset) => dataset.id === 'coco')?.results).toHaveLength(3);
    for (const dataset of datasets) {
      const paths = pathsOf(dataset);
      const rows: string[] = [];
      for (const [i, path] of paths.entries()) {
        expect(existsSync(pageFile(path)), path).toBe(true);
        const tree = await readHtml(pageFile(path));
        for (const row of selectAll('main tbody tr', tree)) {
          const paper = target(path, String(select('td.paper-cell a', row)!.properties.href));
          rows.push(`${paper} ${textOf(select('td.value', row))}`);
        }
        const next = relLink(path, 'next');
        const prev = relLink(path, 'prev');
        if (i < paths.length - 1) expect(target(path, next!), path).toBe(paths[i + 1]);
        else expect(next, path).toBeUndefined();
        if (i > 0) expect(target(path, prev!), path).toBe(paths[i - 1]);
        else expect(prev, path).toBeUndefined();
      }
      expect(rows.sort(), dataset.id).toEqual(
        dataset.results.map((result) => `papers/${result.paper}/ ${result.value}`).sort(),
      );
      expect(existsSync(pageFile(`datasets/${dataset.id}/page/${paths.length + 1}/`))).toBe(false);
    }
  });

  it('repeats a measure cut by a page break under its heading, marked as continued', async () => {
    const coco = datasets.find((dataset) => dataset.id === 'coco')!;
    const [first, second] = coco.results;
    expect(first!.metric).toBe(second!.metric);
    const heading = textOf(select('main .metric-group h2', await readHtml(pageFile('datasets/coco/page/2/'))));
    expect(heading).toContain(first!.metric!);
    expect(heading).toContain('(continued)');
    expect(heading).toContain(`(2 results)`);
  });

  it("keep the dataset's caveat and counts on its own page, and lead back to it from the others", async () => {
    const own = await readHtml(pageFile('datasets/coco/'));
    expect(textOf(select('main .lead', own))).toBe('3 results claimed by 2 papers.');
    expect(textOf(select('main', own))).toContain("authors' own claims");
    const later = 'datasets/coco/page/3/';
    const tree = await readHtml(pageFile(later));
    expect(textOf(select('h1', tree))).toBe('COCO (page 3 of 3)');
    const back = selectAll('main a', tree).map((link) => target(later, String(link.properties.href)));
    expect(back).toContain('datasets/coco/');
  });

  it('leave the later pages out of the sitemap, as those of a topic', () => {
    const sitemap = readFileSync(join(site.dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('/datasets/coco/<');
    expect(sitemap).not.toMatch(/\/datasets\/[^/<]+\/page\/\d+\/</u);
  });
});

describe('the pages of the list of all datasets', () => {
  it('list every dataset once, by label, in pages linked by previous and next', async () => {
    const paths = datasets.map((_, i) => (i === 0 ? 'datasets/' : `datasets/page/${i + 1}/`));
    const listed: string[] = [];
    for (const [i, path] of paths.entries()) {
      const tree = await readHtml(pageFile(path));
      for (const link of selectAll('main ul.dataset-index a', tree))
        listed.push(target(path, String(link.properties.href)));
      if (i < paths.length - 1) expect(target(path, relLink(path, 'next')!), path).toBe(paths[i + 1]);
      if (i > 0) expect(target(path, relLink(path, 'prev')!), path).toBe(paths[i - 1]);
    }
    expect(listed).toEqual(datasets.map((dataset) => `datasets/${dataset.id}/`));
    expect(existsSync(pageFile(`datasets/page/${paths.length + 1}/`))).toBe(false);
  });
});
