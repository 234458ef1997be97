import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { readCacheFile, writeCacheFile } from './cache-file';
import type { PaperRecord } from './catalog';
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

const relation = z.object({
  type: z.enum(['builds-on', 'compares-with']),
  target: z.string(),
  targetSlug: z.string().nullable(),
  evidence: z.string(),
});

const phrases = z.record(z.string(), z.string()).default({});

/** The frontmatter of a generated paper page (written by src/pipeline/serialise-mdx.ts). */
export const paperFrontmatter = z.object({
  slug: z.string(),
  title: z.string(),
  name: z.string().nullable(),
  aliases: z.array(z.string()).default([]),
  // Present when the corpus format carries them (BibTeX, JSON, CSV, arXiv Atom).
  authors: z.array(z.string()).optional(),
  year: z.number().int().optional(),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}){0,2}$/u)
    .optional(),
  arxivId: z.string().optional(),
  doi: z.string().optional(),
  url: z.string().url().optional(),
  venue: z.string().optional(),
  topics: z.array(z.string()),
  methods: z.array(z.string()),
  tasks: z.array(z.string()),
  modalities: z.array(z.string()),
  models: z.array(z.string()),
  datasets: z.array(z.string()),
  keyphrases: z.array(z.string()).default([]),
  links: z.array(z.string().url()),
  relations: z.array(relation),
  evidence: z
    .object({
      topics: phrases,
      methods: phrases,
      tasks: phrases,
      modalities: phrases,
      models: phrases,
      datasets: phrases,
    })
    .partial()
    .default({}),
  source: z.object({ file: z.string(), line: z.number().int() }),
  alsoIn: z.array(z.object({ file: z.string(), line: z.number().int() })).optional(),
});

/** A paper page as the site reads it: its data, and its abstract rendered to HTML. */
export interface LoadedPaper {
  /** The file name without `.mdx`: the page's URL segment. */
  id: string;
  data: PaperRecord & z.infer<typeof paperFrontmatter>;
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
  const parsed = paperFrontmatter.safeParse(frontmatter);
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
  for (const name of names) {
    const path = join(folder, name);
    const text = await readFile(path, 'utf8');
    const digest = digestOf(text);
    let paper = cached[digest];
    if (!paper || paper.id !== name.slice(0, -'.mdx'.length)) {
      paper = readPaperPage(text, name.slice(0, -'.mdx'.length), relative(root, path));
      changed = true;
    }
    pages[digest] = paper;
    papers.push(paper);
  }
  if (cacheFile && changed)
    await writeCacheFile(cacheFile, JSON.stringify({ version: CACHE_VERSION, pages } satisfies StoreCache));
  return papers;
}
