import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readCacheFile, writeCacheFile } from './cache-file';
import { paperFrontmatterSchema, type PaperRecord } from '../model/paper';
import { ABSTRACT_RENDERER_VERSION, renderAbstractAndText } from './render-abstract';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u;

/** Splits an MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = text.match(FRONTMATTER);
  if (!match) return { frontmatter: {}, body: text };
  return {
    frontmatter: (parseYaml(match[1] as string) ?? {}) as Record<string, unknown>,
    body: text.slice(match[0].length),
  };
}

/** A paper page as the site reads it: its data, and its abstract rendered to HTML. */
export interface LoadedPaper {
  /** The file name without `.mdx`: the page's URL segment. */
  id: string;
  data: PaperRecord;
  /** The abstract as HTML, from the MDX body. */
  html: string;
  /** The MDX file, relative to the project root. */
  filePath: string;
}

/** A frontmatter or body that does not hold what the pipeline writes, with the file to fix. */
export class PaperPageError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'PaperPageError';
  }
}

/** Reads one generated paper page: frontmatter validated, body rendered without compiling it. */
export function readPaperPage(text: string, id: string, filePath: string): LoadedPaper {
  const { frontmatter, body } = splitFrontmatter(text);
  const parsed = paperFrontmatterSchema.safeParse(frontmatter);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
    throw new PaperPageError(
      filePath,
      `the frontmatter does not hold a paper page (${problems.join('; ')}). Regenerate it with \`npm run content\`.`,
    );
  }
  const abstract = renderAbstractAndText(body, filePath, parsed.data.title);
  return { id, data: { ...parsed.data, abstract: abstract.text.trim() }, html: abstract.html, filePath };
}

interface StoreCache {
  version: number;
  /** Digest of a file's text → the page read from it. */
  pages: Record<string, LoadedPaper>;
}

const CACHE_VERSION = 1;
/** How many page files are read at once. */
const FILES_AT_ONCE = 64;

function digestOf(text: string): string {
  return createHash('sha256')
    .update(`${CACHE_VERSION}\u0000${ABSTRACT_RENDERER_VERSION}\u0000${text}`)
    .digest('base64url');
}

async function readCache(file: string): Promise<StoreCache['pages']> {
  const cache = (await readCacheFile(file)) as StoreCache | null;
  return cache?.version === CACHE_VERSION ? cache.pages : {};
}

/**
 * Reads every generated paper page (`<folder>/*.mdx`), in file name order. Pages are read from the
 * files at render time rather than through a content collection: Astro 5 bundles a collection's
 * whole data store into one JavaScript module, which at 10,000 papers held 2 GB before the first
 * page was rendered. Pages whose file did not change since the last build (by digest) are taken
 * from `<cacheDir>/paper-pages.json` instead of being parsed and rendered again.
 */
export async function readPaperPages(
  folder: string,
  options: { root?: string; cacheDir?: string | null } = {},
): Promise<LoadedPaper[]> {
  const root = options.root ?? process.cwd();
  const cacheFile = options.cacheDir ? join(resolve(options.cacheDir), 'paper-pages.json') : null;
  const cached = cacheFile ? await readCache(cacheFile) : {};
  const names = existsSync(folder) ? (await readdir(folder)).filter((name) => name.endsWith('.mdx')).sort() : [];
  const pages: Record<string, LoadedPaper> = {};
  const papers: LoadedPaper[] = [];
  let changed = names.length !== Object.keys(cached).length;
  // A batch of files is read at once: one after another, 10,000 pages waited about 2 s on the disk.
  // Each batch is then read in name order, so a broken page is reported as before, the first by name.
  for (let start = 0; start < names.length; start += FILES_AT_ONCE) {
    const batch = names.slice(start, start + FILES_AT_ONCE);
    const texts = await Promise.all(batch.map((name) => readFile(join(folder, name), 'utf8')));
    for (const [index, name] of batch.entries()) {
      const text = texts[index] as string;
      const digest = digestOf(text);
      let paper = cached[digest];
      if (!paper || paper.id !== name.slice(0, -'.mdx'.length)) {
        paper = readPaperPage(text, name.slice(0, -'.mdx'.length), relative(root, join(folder, name)));
        changed = true;
      }
      pages[digest] = paper;
      papers.push(paper);
    }
  }
  if (cacheFile && changed) await writeCacheFile(cacheFile, { version: CACHE_VERSION, pages } satisfies StoreCache);
  return papers;
}
