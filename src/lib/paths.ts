import { join, resolve } from 'node:path';

/** Where the atlas reads and writes: the project's defaults, each overridable from the environment. */
export interface AtlasPaths {
  /** A corpus file, or a folder whose files are all read in name order. */
  corpus: string;
  /** The folder that receives `papers/` and holds the slug registry. */
  content: string;
  /** Generated paper pages. */
  papers: string;
  /** Curators' notes, merged into pages and never written by the build. */
  notes: string;
  taxonomy: string;
  vocabulary: string;
  /** The built site. */
  dist: string;
}

export function resolvePaths(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): AtlasPaths {
  const content = resolve(root, env.ATLAS_CONTENT ?? 'content');
  return {
    corpus: resolve(root, env.ATLAS_CORPUS ?? 'content/corpus'),
    content,
    papers: join(content, 'papers'),
    notes: resolve(root, env.ATLAS_NOTES ?? 'content/notes'),
    taxonomy: resolve(root, env.ATLAS_TAXONOMY ?? 'content/taxonomy.yaml'),
    vocabulary: resolve(root, env.ATLAS_VOCABULARY ?? 'content/vocabulary.yaml'),
    dist: resolve(root, env.ATLAS_DIST ?? 'dist'),
  };
}

/** The paths of this build. */
export const atlasPaths = resolvePaths();
