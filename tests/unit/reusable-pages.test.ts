import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A page a build may reuse must render from its view alone (src/lib/reusable-pages.ts): whatever
 * it read besides would not be in the view's digest, and a change to it would publish a stale page.
 * A scan of the sources of those routes and of every component they render.
 */
const root = resolve(import.meta.dirname, '../..');

/**
 * Calls that read the atlas's data: src/lib/reusable-pages.ts makes them, to build the views.
 * Curators' notes are read by their component (src/components/CuratorNotes.astro): they are a
 * template input, so a changed note renders every page again (`templateInputsOf`).
 */
const DATA_ACCESS = /\b(?:getCatalog|getPapers|getAbstractHtml|readPaperPages|buildCatalog|getCollection|getEntry)\b/u;
/** The whole catalog handed to a template, from which it could read anything. */
const CATALOG = /\bcatalog\b/iu;

function astroFilesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .map((file) => join(folder, file).split('\\').join('/'));
}

const takesPathsFromReuse = (file: string) =>
  /from '[./]+\/lib\/(?:reusable-pages|page-reuse)[^']*'/u.test(readFileSync(join(root, file), 'utf8'));

/** Routes whose pages a build may reuse: those that take their paths from page reuse. */
function reusableRoutes(): string[] {
  return astroFilesUnder('src/pages').filter(takesPathsFromReuse);
}

/** Endpoints (files other than pages: `.bib`, feeds) whose output a build may reuse. */
function reusableEndpoints(): string[] {
  return readdirSync(join(root, 'src/pages'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join('src/pages', file).split('\\').join('/'))
    .filter(takesPathsFromReuse);
}

/** A template and every component and layout it renders, directly or through others. */
function templatesOf(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(join(root, file), 'utf8');
  for (const [, imported] of source.matchAll(/import \w+ from '(\.[^']+\.astro)'/gu))
    templatesOf(
      relative(root, resolve(dirname(join(root, file)), imported!))
        .split('\\')
        .join('/'),
      seen,
    );
  return seen;
}

describe('reusable pages', () => {
  it('are the paper, topic, method and dataset pages (with the later pages of their lists) and the later pages of the long lists', () => {
    expect(reusableRoutes().sort()).toEqual([
      'src/pages/datasets/[slug].astro',
      'src/pages/datasets/[slug]/page/[page].astro',
      'src/pages/datasets/page/[page].astro',
      'src/pages/glossary/page/[page].astro',
      'src/pages/methods/[slug].astro',
      'src/pages/methods/[slug]/page/[page].astro',
      'src/pages/methods/page/[page].astro',
      'src/pages/papers/[slug].astro',
      'src/pages/papers/page/[page].astro',
      'src/pages/topics/[id].astro',
      'src/pages/topics/[id]/page/[page].astro',
    ]);
  });

  it.each(reusableRoutes())('%s and the components it renders read no data besides the view', (route) => {
    const templates = [...templatesOf(route)];
    // The later pages of a topic's list are no search records (the topic's own page is), nor are
    // dataset pages.
    const searchable = !route.endsWith('/page/[page].astro') && !route.startsWith('src/pages/datasets/');
    expect(templates).toEqual(
      expect.arrayContaining(['src/layouts/Base.astro', ...(searchable ? ['src/components/SearchRecord.astro'] : [])]),
    );
    for (const file of templates) {
      const source = readFileSync(join(root, file), 'utf8');
      expect(source, file).not.toMatch(DATA_ACCESS);
      expect(source, file).not.toMatch(CATALOG);
    }
  });

  it.each(reusableRoutes())(
    '%s makes its view as it renders, so the static paths Astro keeps for the whole build hold no views',
    (route) => {
      const source = readFileSync(join(root, route), 'utf8');
      expect(source).toMatch(/\bAstro\.props\.view\(\)/u);
      expect(source).toMatch(/^\s*view: \(\) => /mu);
    },
  );

  it('include the .bib files of topics and methods, and the feeds of topics', () => {
    expect(reusableEndpoints().sort()).toEqual([
      'src/pages/methods/[slug]/papers.bib.ts',
      'src/pages/topics/[id]/feed.xml.ts',
      'src/pages/topics/[id]/papers.bib.ts',
    ]);
  });

  it.each(reusableEndpoints())('%s writes its view and reads no data besides', (route) => {
    const source = readFileSync(join(root, route), 'utf8');
    expect(source).toMatch(/props\.view\(\)/u);
    expect(source).not.toMatch(DATA_ACCESS);
    expect(source).not.toMatch(CATALOG);
  });

  it('notice a template that reads the catalog', () => {
    expect('const catalog = await getCatalog();').toMatch(DATA_ACCESS);
    expect('<PaperList papers={papers} catalog={catalog} />').toMatch(CATALOG);
  });
});
