import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
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

export interface BuildRun extends BuiltSite {
  /** The build script's exit code: 0 when the site was built. */
  exitCode: number;
}

/**
 * Runs `npm run build`'s own script on a fixture corpus in a folder of its own under tests/.tmp/
 * (content, dist and Astro cache), so builds never touch the project's files, and reports how it
 * ended without throwing. `fresh: false` keeps what an earlier run left in the folder, to check
 * what a failed build does to a previous site.
 */
export async function runBuild(
  name: string,
  corpus: string,
  env: Record<string, string> = {},
  options: { fresh?: boolean } = {},
): Promise<BuildRun> {
  const root = join(projectRoot, 'tests/.tmp', name);
  if (options.fresh !== false) await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const paths = { content: join(root, 'content'), dist: join(root, 'dist') };
  try {
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
    return { root, ...paths, stdout, stderr, exitCode: 0 };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { root, ...paths, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '', exitCode: failed.code };
  }
}

/**
 * Builds a site from a fixture corpus with `npm run build`'s own script, in a folder of its own
 * under tests/.tmp/ (content, dist and Astro cache), so builds never touch the project's files.
 * Throws with the build's output when it fails.
 */
export async function buildSite(name: string, corpus: string, env: Record<string, string> = {}): Promise<BuiltSite> {
  const result = await runBuild(name, corpus, env);
  if (result.exitCode !== 0) {
    // Shaped like execFile's error (code, stdout, stderr), so a test can read what the build said.
    throw Object.assign(
      new Error(`the build of ${corpus} failed (exit code ${result.exitCode}):\n${result.stdout}\n${result.stderr}`),
      {
        code: result.exitCode,
        stdout: result.stdout,
        stderr: result.stderr,
      },
    );
  }
  const { exitCode: _exitCode, ...site } = result;
  return site;
}

/**
 * Readers of a built site's pages by site path ("topics/x/page/2/"), for a site a `beforeAll`
 * builds: `site` is asked for it when a page is read.
 */
export function sitePages(site: () => BuiltSite) {
  const pageFile = (path: string) => join(site().dist, path, 'index.html');
  const html = (path: string) => readFileSync(pageFile(path), 'utf8');
  /** The site path a link of a page leads to (links are relative to the page). */
  function target(from: string, href: string): string {
    const absolute = resolve(dirname(pageFile(from)), href);
    return `${relative(site().dist, absolute).split('\\').join('/')}/`.replace(/\/+$/u, '/');
  }
  /** The href of a page's "previous" or "next" link. */
  const relLink = (path: string, rel: 'prev' | 'next') =>
    html(path).match(new RegExp(`<a rel="${rel}" href="([^"]+)"`, 'u'))?.[1];
  return { pageFile, html, target, relLink };
}
