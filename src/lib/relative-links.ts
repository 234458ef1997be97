import { posix } from 'node:path';

/** Tags, and the script/style blocks whose text may hold a `<` without being a tag. */
const TAG_OR_RAW_BLOCK = /<(script|style)\b[^>]*>[\s\S]*?<\/\1>|<[a-zA-Z][^>]*>/gu;
const URL_ATTRIBUTE = /(\s(?:href|src|action|poster|data-url|data-root)=)(["'])(\/[^"']*)\2/gu;

/**
 * The relative form of a root-absolute site path, as seen from a page: from `/papers/a/`,
 * `/topics/b/` becomes `../../topics/b/`. Query and fragment are kept.
 */
export function relativePath(fromPage: string, target: string): string {
  const match = target.match(/^([^?#]*)(.*)$/u) as RegExpMatchArray;
  const path = match[1] as string;
  const suffix = match[2] as string;
  const fromDir = fromPage.endsWith('/') ? fromPage : posix.dirname(fromPage);
  let relative = posix.relative(fromDir, path);
  if (path.endsWith('/') && relative !== '') relative += '/';
  if (relative === '') relative = './';
  return relative + suffix;
}

/**
 * Rewrites every root-absolute URL in the tags of a page (href, src, …) into a relative one, so
 * the built site works under any sub-path and straight from disk. Text and the contents of
 * scripts are left alone; protocol-relative URLs (`//host`) are not site paths and stay as they are.
 */
export function relativizeHtml(html: string, pagePath: string): string {
  const rewrite = (all: string, before: string, quote: string, url: string) =>
    url.startsWith('//') ? all : `${before}${quote}${relativePath(pagePath, url)}${quote}`;
  return html.replace(TAG_OR_RAW_BLOCK, (match) => {
    // Only a tag's own attributes hold URLs: a script or style block keeps its contents as they are.
    const open = match.match(/^<[^>]*>/u)?.[0] ?? match;
    return open.replace(URL_ATTRIBUTE, rewrite) + match.slice(open.length);
  });
}
