/** How big a built site is: its files on disk, and what a reader downloads for one paper page. */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  htmlCssGzip: number;
  scriptFiles: number;
  inlineScripts: number;
  inlineScriptBytes: number;
}

/** An HTML page of a built site and its size in bytes; the path is relative to the site's folder. */
export interface PageSize {
  path: string;
  bytes: number;
}

/** The bytes and files under a folder, how many of the files are HTML pages, and the largest pages. */
export async function folderSize(
  folder: string,
): Promise<{ bytes: number; files: number; html: number; largestPage: PageSize; largestTopicPage: PageSize }> {
  let bytes = 0;
  let files = 0;
  let html = 0;
  let largestPage: PageSize = { path: '', bytes: 0 };
  let largestTopicPage: PageSize = { path: '', bytes: 0 };
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    const size = (await stat(join(entry.parentPath, entry.name))).size;
    bytes += size;
    if (!entry.name.endsWith('.html')) continue;
    html += 1;
    const path = relative(folder, join(entry.parentPath, entry.name));
    if (size > largestPage.bytes) largestPage = { path, bytes: size };
    if (path.startsWith(`topics${sep}`) && size > largestTopicPage.bytes) largestTopicPage = { path, bytes: size };
  }
  return { bytes, files, html, largestPage, largestTopicPage };
}

/**
 * What a reader downloads for a paper page before using search: its HTML (inline styles and scripts
 * included) and stylesheets, gzipped; the script files it loads; the bytes of its inline scripts.
 */
export async function pageWeight(dist: string, slug: string): Promise<PageWeight> {
  const page = join(dist, 'papers', slug, 'index.html');
  const html = await readFile(page, 'utf8');
  let gzipped = gzipSync(html).length;
  for (const match of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/gu)) {
    const css = resolve(dirname(page), match[1] as string);
    if (existsSync(css)) gzipped += gzipSync(await readFile(css)).length;
  }
  const scriptFiles = [...html.matchAll(/<script\b[^>]*\bsrc=/gu)].length;
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gu)].map(
    (match) => match[1] as string,
  );
  return {
    htmlCssGzip: gzipped,
    scriptFiles,
    inlineScripts: inline.length,
    inlineScriptBytes: inline.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
  };
}
