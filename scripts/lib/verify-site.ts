import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TaggedPaper } from '../../src/pipeline/types';

/** Thrown when the built site lost a paper on the way; names what is missing. */
export class SiteIntegrityError extends Error {
  constructor(readonly missing: string[]) {
    super(`the built site is missing papers:\n${missing.map((line) => `  - ${line}`).join('\n')}`);
    this.name = 'SiteIntegrityError';
  }
}

/**
 * Checks that nothing was lost between the corpus and the site: every paper has its page, its
 * search record (the page is in Pagefind's index) and its JSON entry, and there are no extras.
 */
export async function verifySite(dist: string, papers: readonly TaggedPaper[]): Promise<{ pages: number }> {
  const missing: string[] = [];
  const expected = new Set(papers.map((paper) => paper.slug as string));
  const describe = (slug: string) => {
    const paper = papers.find((p) => p.slug === slug);
    return paper ? `${JSON.stringify(paper.title)} (${paper.source.file}:${paper.source.line})` : slug;
  };

  const built = existsSync(join(dist, 'papers'))
    ? (await readdir(join(dist, 'papers'), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name)
    : [];
  for (const slug of expected) {
    const file = join(dist, 'papers', slug, 'index.html');
    if (!existsSync(file)) missing.push(`page of ${describe(slug)}`);
    else if (!(await readFile(file, 'utf8')).includes('data-pagefind-body')) missing.push(`search record of ${describe(slug)}`);
  }
  for (const slug of built) if (!expected.has(slug)) missing.push(`(extra) a page for ${slug}, which is not in the corpus`);

  const exported = JSON.parse(await readFile(join(dist, 'api', 'papers.json'), 'utf8')) as Array<{ slug: string }>;
  const exportedSlugs = new Set(exported.map((paper) => paper.slug));
  for (const slug of expected) if (!exportedSlugs.has(slug)) missing.push(`JSON entry of ${describe(slug)}`);
  if (exported.length !== expected.size) missing.push(`papers.json has ${exported.length} entries for ${expected.size} papers`);

  const pagefindEntry = join(dist, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(pagefindEntry)) missing.push('the Pagefind index (pagefind/pagefind-entry.json)');

  if (missing.length > 0) throw new SiteIntegrityError(missing);
  return { pages: built.length };
}
