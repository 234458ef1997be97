import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { builtPages } from '../../src/integrations/built-pages';
import { listPagePath } from '../../src/lib/list-pages';
import { mapInBatches } from '../../src/lib/in-batches';

/** No HTML page of the site may weigh more: long lists are split into pages (src/lib/list-pages.ts) to stay under it. */
export const PAGE_WEIGHT_LIMIT = 500_000;

/** The pages heavier than `limit` bytes, heaviest first, each named with its weight. */
export function heavyPages(pages: ReadonlyArray<{ path: string; bytes: number }>, limit = PAGE_WEIGHT_LIMIT): string[] {
  return pages
    .filter((page) => page.bytes > limit)
    .sort((a, b) => b.bytes - a.bytes)
    .map(
      (page) =>
        `${page.path} weighs ${Math.round(page.bytes / 1000)} KB, over the ${limit / 1000} KB a page may: split what it lists over pages (src/lib/list-pages.ts)`,
    );
}

/** The weight of every HTML page of a built site. */
export async function pageWeights(dist: string): Promise<Array<{ path: string; bytes: number }>> {
  const pages = [];
  for await (const page of builtPages(dist)) pages.push(page);
  return mapInBatches(pages, 256, async (page) => ({ path: page.path, bytes: (await stat(page.file)).size }));
}

/**
 * Where the pages of the list of all papers disagree with the corpus: a paper listed on none of
 * them, listed twice, or listed without being in the corpus. `listed` holds the slugs in page order.
 */
export function papersIndexMismatches(expected: ReadonlySet<string>, listed: readonly string[]): string[] {
  const seen = new Map<string, number>();
  for (const slug of listed) seen.set(slug, (seen.get(slug) ?? 0) + 1);
  const problems: string[] = [];
  for (const slug of expected)
    if (!seen.has(slug)) problems.push(`${slug} on the pages of /papers/`);
    else if (seen.get(slug)! > 1)
      problems.push(`(extra) ${slug} listed ${seen.get(slug)} times on the pages of /papers/`);
  for (const slug of seen.keys())
    if (!expected.has(slug))
      problems.push(`(extra) ${slug} listed on the pages of /papers/, which is not in the corpus`);
  return problems;
}

/** The slugs the pages of /papers/ list, page after page, read from the built files until a page is missing. */
export async function papersIndexSlugs(dist: string): Promise<string[]> {
  const slugs: string[] = [];
  for (let page = 1; ; page += 1) {
    const file = join(dist, listPagePath('/papers/', page), 'index.html');
    if (!existsSync(file)) return slugs;
    const html = await readFile(file, 'utf8');
    // Links are relative: `../x/` from page 1, `../../../x/` from later pages; the last folder is the slug.
    for (const [, href] of html.matchAll(/<a class="paper-title" href="([^"]+)"/gu))
      slugs.push(
        href!
          .replace(/(?:index\.html)?$/u, '')
          .split('/')
          .filter(Boolean)
          .at(-1)!,
      );
  }
}
