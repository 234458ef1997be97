/**
 * The benchmark's baseline: the papers of an atlas written out as a Hugo site (see `hugoSite`) and
 * built with Hugo, without and with related papers, timed like the atlas.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { splitFrontmatter } from '../../src/lib/paper-store';
import { formatSeconds, hugoSite, type HugoPaper } from './bench';
import { measure, type RunResult } from './measure-run';
import { folderSize } from './site-weight';

/** The largest atlas Hugo also builds with related papers (`.Related` is quadratic in the pages). */
const HUGO_RELATED_MAX = 10_000;

/** True when a `hugo` command is on the PATH. */
export function hugoInstalled(): boolean {
  return spawnSync('hugo', ['version']).status === 0;
}

/** The installed Hugo's version: the second word of what `hugo version` prints. */
export function hugoVersion(): string | undefined {
  return spawnSync('hugo', ['version']).stdout.toString().trim().split(' ')[1];
}

/** Hugo's runs on the papers of one atlas size. */
export interface HugoRuns {
  /** Hugo on the same papers and taxonomies: the baseline of the ratio. */
  hugo: RunResult;
  hugoPages: number;
  /** The same Hugo site with five related papers on each page (Hugo's `.Related`), up to `HUGO_RELATED_MAX` papers. */
  hugoRelated: RunResult | null;
}

export interface HugoBenchOptions {
  /** The number of papers, for the log and the `.Related` limit. */
  size: number;
  /** The atlas's generated papers: `<slug>.mdx` files read for their frontmatter and body. */
  papersFolder: string;
  paperFiles: readonly string[];
  /** Where the Hugo sites are written and built, one folder each. */
  folder: string;
  /** The folder for GNU time's figures and failed runs' output (see `measure`). */
  scratch: string;
  log: (message: string) => void;
}

/** Builds the atlas's papers as a Hugo site, and again with related papers when the atlas is small enough. */
export async function benchHugo({
  size,
  papersFolder,
  paperFiles,
  folder,
  scratch,
  log,
}: HugoBenchOptions): Promise<HugoRuns> {
  const papers: HugoPaper[] = [];
  for (const name of paperFiles) {
    const { frontmatter, body } = splitFrontmatter(await readFile(join(papersFolder, name), 'utf8'));
    const data = frontmatter as { slug: string; title: string; topics: string[]; methods: string[] };
    papers.push({ slug: data.slug, title: data.title, topics: data.topics, methods: data.methods, body });
  }
  const buildHugo = async (name: string, related: boolean) => {
    const site = join(folder, name);
    for (const [path, text] of hugoSite(papers, { related })) {
      await mkdir(dirname(join(site, path)), { recursive: true });
      await writeFile(join(site, path), text);
    }
    return measure('hugo', ['--quiet', '--destination', join(site, 'public')], {
      env: process.env,
      cwd: site,
      scratch,
    });
  };
  log(`${size} papers: Hugo build…`);
  const hugo = await buildHugo('hugo', false);
  const hugoPages = (await folderSize(join(folder, 'hugo', 'public'))).html;
  log(`${size} papers: Hugo ${formatSeconds(hugo.seconds)} for ${hugoPages} pages`);
  let hugoRelated: RunResult | null = null;
  // Hugo's related lists compare every page with every other: 25 s at 10,000 papers, far longer beyond.
  if (size <= HUGO_RELATED_MAX) {
    log(`${size} papers: Hugo with related papers…`);
    hugoRelated = await buildHugo('hugo-related', true);
    log(`${size} papers: Hugo with related papers ${formatSeconds(hugoRelated.seconds)}`);
  }
  return { hugo, hugoPages, hugoRelated };
}
