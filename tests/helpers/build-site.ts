import { execFile } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const projectRoot = resolve(import.meta.dirname, '../..');

export interface BuiltSite {
  root: string;
  content: string;
  dist: string;
  stdout: string;
  stderr: string;
}

/**
 * Builds a site from a fixture corpus with `npm run build`'s own script, in a folder of its own
 * under tests/.tmp/ (content, dist and Astro cache), so builds never touch the project's files.
 */
export async function buildSite(name: string, corpus: string, env: Record<string, string> = {}): Promise<BuiltSite> {
  const root = join(projectRoot, 'tests/.tmp', name);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const paths = { content: join(root, 'content'), dist: join(root, 'dist') };
  const { stdout, stderr } = await run(join(projectRoot, 'node_modules/.bin/tsx'), ['scripts/build-site.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      ATLAS_CORPUS: resolve(projectRoot, corpus),
      ATLAS_CONTENT: paths.content,
      ATLAS_DIST: paths.dist,
      ATLAS_CACHE_DIR: join(root, 'cache'),
      ATLAS_NOTES: join(root, 'notes'),
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { root, ...paths, stdout, stderr };
}
