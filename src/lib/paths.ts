import { delimiter, join, resolve } from 'node:path';
import userConfig from '../../atlas.config';
import { parseAtlasConfig, type AtlasConfig } from './config';

/** The validated `atlas.config.ts` of this project. */
export const atlasConfig: AtlasConfig = parseAtlasConfig(userConfig);

/** Where the atlas reads and writes: `atlas.config.ts`, each path overridable from the environment. */
export interface AtlasPaths {
  /** The first corpus file or folder (see `corpora`). */
  corpus: string;
  /** Corpus files, or folders whose files are all read in name order; read in this order. */
  corpora: string[];
  /** The folder that receives `papers/` and holds the slug registry. */
  content: string;
  /** Generated paper pages. */
  papers: string;
  /** Curators' notes, merged into pages and never written by the build. */
  notes: string;
  /** Curators' corrections of the extractor (src/pipeline/curation/), never written by the build. */
  curation: string;
  taxonomy: string;
  vocabulary: string;
  /** The built site. */
  dist: string;
  /** The curation report each content build writes (not committed, not published). */
  report: string;
  /** Astro's cache folder, which also holds the build's own caches and records. */
  cache: string;
  /** Stop on corpus entries that cannot be read as written (`strict`, or `ATLAS_STRICT=1`), rather than skip them. */
  strict: boolean;
}

/**
 * The paths of a build: from the environment when set (`ATLAS_CORPUS` may list several paths
 * separated by `:`, `;` on Windows), else from the configuration, relative to `root`.
 */
export function resolvePaths(
  env: NodeJS.ProcessEnv = process.env,
  root = process.cwd(),
  config: AtlasConfig = atlasConfig,
): AtlasPaths {
  const content = resolve(root, env.ATLAS_CONTENT ?? 'content');
  const corpora = (env.ATLAS_CORPUS ? env.ATLAS_CORPUS.split(delimiter).filter(Boolean) : config.corpus).map((path) =>
    resolve(root, path),
  );
  return {
    corpus: corpora[0] ?? resolve(root, 'content/corpus'),
    corpora,
    content,
    papers: join(content, 'papers'),
    notes: resolve(root, env.ATLAS_NOTES ?? 'content/notes'),
    // Beside the slug registry its slugs are checked against: a build of another corpus into
    // another content folder does not read this atlas's corrections.
    curation: resolve(root, env.ATLAS_CURATION ?? join(content, 'curation.yaml')),
    taxonomy: resolve(root, env.ATLAS_TAXONOMY ?? config.taxonomy),
    vocabulary: resolve(root, env.ATLAS_VOCABULARY ?? config.vocabulary),
    dist: resolve(root, env.ATLAS_DIST ?? 'dist'),
    report: resolve(root, env.ATLAS_REPORT ?? join(content, 'report.md')),
    // Separate caches let several builds (tests, benchmarks) run side by side.
    cache: resolve(root, env.ATLAS_CACHE_DIR ?? 'node_modules/.astro'),
    strict: env.ATLAS_STRICT !== undefined ? /^(?:1|true|yes)$/iu.test(env.ATLAS_STRICT) : config.strict,
  };
}

/** The paths of this build. */
export const atlasPaths = resolvePaths();
