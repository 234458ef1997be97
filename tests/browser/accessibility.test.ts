import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe';
import { requireBuiltSite } from '../helpers/browser';
import { useSiteInBrowser } from '../helpers/browser-session';
import {
  findBrokenLinks,
  findForeignCode,
  findSpaceBeforePunctuation,
  findUnsafeExternalLinks,
  readSitePages,
  validateHtml,
} from '../helpers/site-checks';

const dist = requireBuiltSite();

/** One page of each type the atlas has, taken from the built site itself. */
function pageTypes(): Array<[string, string]> {
  const papers = JSON.parse(readFileSync(join(dist, 'api/papers.json'), 'utf8')) as Array<{ slug: string }>;
  const topics = JSON.parse(readFileSync(join(dist, 'api/topics.json'), 'utf8')) as Array<{
    id: string;
    papers: string[];
  }>;
  const methods = readdirSync(join(dist, 'methods'), { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && existsSync(join(dist, 'methods', entry.name, 'index.html')),
  );
  const topic = topics.find((candidate) => candidate.papers.length > 0) ?? topics[0];
  // The dataset with the most claims shows most of a dataset page.
  const datasets = (
    JSON.parse(readFileSync(join(dist, 'api/datasets.json'), 'utf8')) as Array<{ id: string; results: unknown[] }>
  ).sort((a, b) => b.results.length - a.results.length);
  return [
    ['home', ''],
    ['paper', `papers/${papers[0]!.slug}/`],
    ['topic', `topics/${topic!.id}/`],
    ['method', `methods/${methods[0]!.name}/`],
    ['search', 'search/?q=model'],
    ['datasets', 'datasets/'],
    ...(datasets[0] ? [['dataset', `datasets/${datasets[0].id}/`] as [string, string]] : []),
  ];
}

const site = useSiteInBrowser(dist);

describe('accessibility of the built site (axe-core in Chromium)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(pageTypes())(
      `has no serious or critical violation on the %s page (${colorScheme} scheme)`,
      async (_type, path) => {
        expect(await seriousViolations(site.browser, site.server.url + path, colorScheme)).toEqual([]);
      },
    );
  }
});

describe('integrity of the built site', () => {
  const pages = readSitePages(dist);

  it('has no broken internal link', () => {
    expect(findBrokenLinks(dist, pages)).toEqual([]);
  });

  it('has no script or event handler the site did not write, and rel="noopener noreferrer" on external links', () => {
    expect(findForeignCode(dist, pages)).toEqual([]);
    expect(findUnsafeExternalLinks(pages)).toEqual([]);
  });

  it('writes no space before a comma, semicolon or full stop in its leads and counts', () => {
    expect(findSpaceBeforePunctuation(pages)).toEqual([]);
  });

  it('is valid HTML on every page (html-validate)', async () => {
    expect(await validateHtml(pages)).toEqual([]);
  }, 240_000);
});
