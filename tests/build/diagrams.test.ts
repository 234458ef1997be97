import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site';
import { readHtml, select, selectAll, textOf } from '../helpers/html';
import { parseMermaid, type ParsedFlowchart } from '../helpers/mermaid-parse';

/**
 * A fixture whose methods form long lineages in two subtopics of one topic (more than one diagram
 * can show), cross-topic relations, and methods named like Mermaid and HTML syntax.
 */
const fixture = 'tests/fixtures/diagrams';

interface Diagram {
  /** The page, from the site root, e.g. `papers/pref3/`. */
  page: string;
  figure: Element;
  source: string;
  parsed: ParsedFlowchart;
  /** Node labels as the SVG shows them, one string per node. */
  svgLabels: string[];
}

let site: BuiltSite;
let diagrams: Diagram[];

function htmlPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => posix.normalize(dirname(file).split('\\').join('/')))
    .map((folder) => (folder === '.' ? '' : `${folder}/`))
    .sort();
}

const diagramOn = (page: string) => diagrams.find((diagram) => diagram.page === page);
/** Labels with line breaks as spaces: the SVG wraps long labels where Mermaid would wrap them itself. */
const oneLine = (label: string) => label.replace(/\s+/gu, ' ');
const labelsOf = (diagram: Diagram | undefined) =>
  (diagram?.parsed.nodes.map((node) => oneLine(node.label)) ?? []).sort();
const attr = (element: Element, name: string) => String(element.properties[name] ?? '');

beforeAll(async () => {
  // A folder of this run's own: several people may run the test suite in one working tree at once.
  site = await buildSite(`method-diagrams-${process.pid}`, join(fixture, 'corpus.txt'), {
    ATLAS_TAXONOMY: join(fixture, 'taxonomy.yaml'),
    ATLAS_VOCABULARY: join(fixture, 'vocabulary.yaml'),
  });
  diagrams = [];
  for (const page of htmlPages(site.dist)) {
    const tree: Root = await readHtml(join(site.dist, page, 'index.html'));
    for (const figure of selectAll('figure.method-diagram', tree)) {
      // The source exactly as written, line breaks included (textOf would collapse them).
      const source = (select('details.source code', figure)?.children ?? [])
        .map((child) => (child.type === 'text' ? child.value : ''))
        .join('');
      const svgLabels = selectAll('.pa-diagram__node', figure).map((node) =>
        selectAll('tspan', node)
          .map((tspan) => textOf(tspan))
          .join('\n'),
      );
      diagrams.push({ page, figure, source, parsed: await parseMermaid(source), svgLabels });
    }
  }
});

afterAll(() => {
  if (site) rmSync(site.root, { recursive: true, force: true });
});

describe('method diagrams in a built site', () => {
  it('are drawn on /methods/, on topic, method and paper pages', () => {
    const pages = diagrams.map((diagram) => diagram.page);
    expect(pages).toContain('methods/');
    expect(pages).toContain('topics/preference/');
    expect(pages).toContain('methods/pref3/');
    expect(pages).toContain('papers/pref3/');
  });

  it('each parse with Mermaid’s own parser, with no settings of their own, and show the same nodes as the SVG', () => {
    expect(diagrams.length).toBeGreaterThan(20);
    for (const diagram of diagrams) {
      expect(diagram.parsed.diagramType, diagram.page).toBe('flowchart-v2');
      expect(diagram.parsed.config, diagram.page).toEqual({});
      expect(diagram.parsed.nodes.map((node) => node.link).filter(Boolean), diagram.page).toEqual([]);
      expect(labelsOf(diagram), diagram.page).toEqual(diagram.svgLabels.map(oneLine).sort());
    }
  });

  it('inline the SVG in the HTML, with no script and no markup taken from labels', () => {
    for (const diagram of diagrams) {
      expect(selectAll('svg.pa-diagram', diagram.figure).length, diagram.page).toBeGreaterThan(0);
      expect(selectAll('script, b, foreignObject, img, iframe', diagram.figure), diagram.page).toEqual([]);
      for (const element of selectAll('*', diagram.figure)) {
        expect(
          Object.keys(element.properties).filter((name) => /^on/iu.test(name)),
          diagram.page,
        ).toEqual([]);
      }
    }
  });

  it('never show more than 40 nodes', () => {
    for (const diagram of diagrams) {
      expect(diagram.parsed.nodes.length, diagram.page).toBeLessThanOrEqual(40);
      expect(diagram.svgLabels.length, diagram.page).toBeLessThanOrEqual(40);
    }
  });

  it('link every node and every relation to a page that exists, and to the diagram on it when they say so', () => {
    for (const diagram of diagrams) {
      const links = selectAll('a', diagram.figure).map((a) => attr(a, 'href'));
      expect(links.length, diagram.page).toBeGreaterThan(0);
      for (const href of links) {
        const [path = '', fragment] = href.split('#');
        expect(href, `${diagram.page}: ${href}`).not.toMatch(/^[a-z]+:|^\/\//iu);
        const target = posix.join(diagram.page, path);
        const file = join(site.dist, target, 'index.html');
        expect(existsSync(file), `${diagram.page} links to ${href} (${relative(site.dist, file)})`).toBe(true);
        if (fragment)
          expect(readFileSync(file, 'utf8'), `${diagram.page} links to ${href}`).toContain(`id="${fragment}"`);
      }
    }
  });

  it('show names written like Mermaid and HTML syntax exactly as written, as text', () => {
    // Which of the fixture's hostile names become relations is up to the extractor: check every one that did.
    const exported: Array<{ relations: Array<{ target: string }> }> = JSON.parse(
      readFileSync(join(site.dist, 'api/papers.json'), 'utf8'),
    );
    const hostile = [
      ...new Set(exported.flatMap((paper) => paper.relations.map((relation) => relation.target))),
    ].filter((name) => /["[\]{}<>%]|^click /u.test(name));
    expect(hostile.length).toBeGreaterThanOrEqual(2);
    const labels = diagrams.flatMap((diagram) => diagram.svgLabels.map(oneLine));
    const listed = diagrams.flatMap((diagram) =>
      selectAll('.relations-list li', diagram.figure).map((li) => textOf(li)),
    );
    for (const name of hostile) {
      expect(labels).toContain(name);
      expect(
        listed.some((item) => item.endsWith(` ${name}`)),
        name,
      ).toBe(true);
    }
  });

  it('give a paper its one-hop neighbourhood: what it builds on and compares with, and what builds on it', () => {
    expect(labelsOf(diagramOn('papers/pref3/'))).toEqual(['Pref2', 'Pref3', 'Pref4', 'Quote"Net[1]', 'Rew5'].sort());
    const relations = selectAll('.relations-list li', diagramOn('papers/pref3/')!.figure).map((li) => textOf(li));
    expect(relations).toEqual(
      expect.arrayContaining([
        'Pref3 builds on Pref2',
        'Pref4 builds on Pref3',
        'Rew5 builds on Pref3',
        'Pref3 is compared with Quote"Net[1]',
      ]),
    );
  });

  it('cut a topic too big for one diagram down to 40 methods and say so', () => {
    const alignment = diagramOn('topics/alignment/')!;
    expect(alignment.svgLabels).toHaveLength(40);
    expect(textOf(select('figcaption', alignment.figure))).toMatch(/\d+ methods and \d+ relations are left out/u);
  });

  it('draw /methods/ as an overview of topics when the corpus has more than 40 methods, splitting a topic too big to draw', async () => {
    const overview = diagramOn('methods/')!;
    const labels = overview.svgLabels.map(oneLine);
    for (const topic of ['Preference "optimisation" & <friends>', 'Reward models [RM]', 'Optimizers']) {
      expect(labels.filter((label) => label.startsWith(`${topic} `))).toHaveLength(1);
    }
    // Alignment is split into its subtopics and keeps only the analysis tagged with it alone (a survey
    // would relate to nothing: it reviews methods); Vision's
    // methods relate to no other topic's, so it is listed below the picture, not drawn without links.
    expect(labels.filter((label) => label.startsWith('Alignment'))).toEqual(['Alignment 1 method']);
    expect(labels.filter((label) => label.startsWith('Vision'))).toEqual([]);
    const tree = await readHtml(join(site.dist, 'methods/index.html'));
    expect(selectAll('ol.clusters li', tree).map((li) => textOf(li))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Vision 4 methods, 3 relations within the topic/u)]),
    );
    const hrefs = selectAll('svg a', overview.figure).map((a) => attr(a, 'href'));
    expect(hrefs).toContain('../topics/preference/#method-diagram');
    const relations = selectAll('.relations-list li', overview.figure).map((li) => textOf(li));
    expect(relations).toContain(
      'Methods of Reward models [RM] build on methods of Preference "optimisation" & <friends> (1 relation)',
    );
  });
});
