import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { LIST_PAGE_SIZES } from '../../src/lib/list-pages';

/** Everything a build reads, by role: a change to any of it means the site must be built again. */
export interface BuildInputs {
  /** Corpus files or folders, taxonomy, vocabulary, notes: the atlas's data. */
  data: string[];
  /** The generator itself: sources, configuration, lock file, static files. */
  code: string[];
  /** Settings that change the output without a file changing (site URL, base path, …). */
  settings: Record<string, string | undefined>;
}

async function filesUnder(path: string): Promise<string[]> {
  if (!existsSync(path)) return [];
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A digest of a build's inputs: the path and bytes of every file, in a fixed order, and the
 * settings. Equal digests mean the build would write the same site.
 */
export async function digestBuildInputs(inputs: BuildInputs, root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const [role, paths] of [
    ['data', inputs.data],
    ['code', inputs.code],
  ] as const) {
    for (const path of paths) {
      const files = await filesUnder(path);
      hash.update(`${role}\u0000${relative(root, path)}\u0000${files.length}\u0000`);
      for (const file of files) {
        hash.update(`${relative(root, file)}\u0000`);
        hash.update(await readFile(file));
        hash.update('\u0000');
      }
    }
  }
  for (const key of Object.keys(inputs.settings).sort()) hash.update(`${key}=${inputs.settings[key] ?? ''}\u0000`);
  return hash.digest('hex');
}

/** What the last complete build recorded: the digest of its inputs and the site it wrote. */
export interface BuildRecord {
  inputs: string;
  dist: string;
  /** Pages Astro rendered, to size the next build's progress bar. */
  pages?: number;
}

/** The record of the last complete build, or null when there is none or it cannot be read. */
export async function readBuildRecord(file: string): Promise<BuildRecord | null> {
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as Partial<BuildRecord>;
    if (typeof record.inputs !== 'string' || typeof record.dist !== 'string') return null;
    return {
      inputs: record.inputs,
      dist: record.dist,
      ...(typeof record.pages === 'number' ? { pages: record.pages } : {}),
    };
  } catch {
    return null;
  }
}

/** Records a complete build, so the next one with the same inputs can be skipped. */
export async function writeBuildRecord(file: string, record: BuildRecord): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
}

/**
 * True when the site at `dist` was written by a build with exactly these inputs and is still
 * there: its search index, which the build writes last before the swap, exists.
 */
export function isUpToDate(record: BuildRecord | null, inputs: string, dist: string): boolean {
  return (
    record !== null &&
    record.inputs === inputs &&
    record.dist === dist &&
    existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))
  );
}

/** The files a build of these paths reads: its data, the top-level files of the content folder, and the generator. */
export async function buildInputsOf(
  paths: { corpus: string; taxonomy: string; vocabulary: string; notes: string; content: string; curation?: string },
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<BuildInputs> {
  // The slug registry and other records beside content/papers/ shape the site; the pages themselves
  // are regenerated from the corpus by every build, so they are not an input.
  const contentFiles = existsSync(paths.content)
    ? (await readdir(paths.content, { withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => join(paths.content, entry.name))
        .sort()
    : [];
  // The project's own configuration (astro.config.mjs, atlas.config.ts, package-lock.json, …) sits at its root.
  const rootConfig = (await readdir(root, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && /\.(?:[cm]?[jt]s|json)$/u.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  const code = ['src', 'scripts', 'public', ...rootConfig].map((path) => join(root, path));
  return {
    // The corrections file is among the content folder's files unless ATLAS_CURATION puts it elsewhere.
    data: [
      paths.corpus,
      paths.taxonomy,
      paths.vocabulary,
      paths.notes,
      ...contentFiles,
      ...(paths.curation && !contentFiles.includes(paths.curation) ? [paths.curation] : []),
    ],
    code,
    settings: {
      ATLAS_SITE: env.ATLAS_SITE,
      ATLAS_BASE: env.ATLAS_BASE,
      ATLAS_DIST: env.ATLAS_DIST,
      // How many items each long list shows a page (ATLAS_TOPIC_PAGE_SIZE, …) cuts the site into pages.
      ...Object.fromEntries(Object.values(LIST_PAGE_SIZES).map(({ env: name }) => [name, env[name]])),
      node: process.version,
    },
  };
}

/** Where the record of the last complete build is kept: in the build's cache folder (`AtlasPaths.cache`). */
export function buildRecordPath(cache: string): string {
  return join(cache, 'atlas-build.json');
}

/**
 * What a reusable page depends on besides its view: the generator, curators' notes and the
 * settings. Not the corpus, the taxonomy, the vocabulary, the paper pages or the registries beside
 * them: what a page shows of those is in its view, and its view is digested page by page
 * (src/lib/page-reuse/), so a renamed topic re-renders the pages that show its label, not all.
 */
export async function templateInputsOf(
  paths: { corpus: string; taxonomy: string; vocabulary: string; notes: string; content: string },
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<BuildInputs> {
  const inputs = await buildInputsOf(paths, root, env);
  return { ...inputs, data: [paths.notes] };
}
