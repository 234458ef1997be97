/**
 * The tree the benchmark builds in: what a fresh clone followed by `npm ci` holds, so that the
 * benchmark's cold build is the README's `npm run build` in the same state a user starts from.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Caches a fresh `npm ci` does not have: Astro's (the build's own caches live there too), Vite's
 * and other tools' folders under node_modules.
 */
const CACHE_FOLDERS = ['.astro', '.vite', '.cache'];

/**
 * Writes into `target` every file git tracks in `root`, as it is in the working tree (so the
 * benchmark measures uncommitted changes too), and `root`'s installed packages as hard links
 * without their caches. Nothing the project's own builds left behind (dist/, caches, generated
 * pages of other corpora, .astro/) comes along.
 * Hard links make the copy cheap (seconds for 500 MB); a build only ever adds files under
 * node_modules, so the project's own packages are never written through them.
 */
export async function freshCheckout(root: string, target: string): Promise<void> {
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 })
    .split('\0')
    .filter((file) => file !== '');
  for (const file of tracked) {
    // A file deleted in the working tree but not yet in the index is not part of the checkout.
    if (!existsSync(join(root, file))) continue;
    await mkdir(dirname(join(target, file)), { recursive: true });
    await copyFile(join(root, file), join(target, file));
  }
  // A worktree's node_modules may be a symlink to another checkout's: `cp -a` would copy the link
  // itself, and deleting the caches below would then delete that checkout's own. The folder the
  // link points to is linked file by file instead.
  execFileSync('cp', ['-al', realpathSync(join(root, 'node_modules')), join(target, 'node_modules')]);
  for (const folder of CACHE_FOLDERS) await rm(join(target, 'node_modules', folder), { recursive: true, force: true });
}

/**
 * The environment of a user's shell for a build in a checkout: this process's, without the
 * variables that would point the build elsewhere (every `ATLAS_*`), plus `extra`.
 */
export function userEnvironment(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('ATLAS_')));
  return { ...env, ...extra };
}
