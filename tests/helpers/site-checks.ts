import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { projectRoot } from './build-site';
import { textOf } from './html';
import { glossaryScript, pageScript } from '../../src/lib/page-script';

/** One page of a built site: its file, the URL path it is served at, and its parsed tree. */
export interface SitePage {
  file: string;
  /** e.g. `/papers/x/` for papers/x/index.html, `/404.html` for 404.html. */
  path: string;
  html: string;
  tree: Root;
}

/** A finding of a check, in the form `page: what is wrong`. */
export type Finding = string;

/** Every HTML page of a built site, in path order. */
export function readSitePages(dist: string): SitePage[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) files.push(path);
    }
  };
  walk(dist);
  return files.map((file) => {
    const html = readFileSync(file, 'utf8');
    const path = `/${relative(dist, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/u, '$1');
    return { file, path, html, tree: fromHtml(html) };
  });
}

const attribute = (element: Element, name: string): string | undefined => {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
};

/** The URL a `<meta http-equiv="refresh">` sends a reader to. */
function refreshTarget(element: Element): string | undefined {
  const content = attribute(element, 'content');
  return content
    ?.match(/^\s*\d+\s*;\s*url=(.*)$/iu)?.[1]
    ?.trim()
    .replace(/^['"]|['"]$/gu, '');
}

/** Every URL a page links to or loads, with the element it is on. */
function pageUrls(page: SitePage): Array<{ url: string; element: Element }> {
  const found: Array<{ url: string; element: Element }> = [];
  for (const element of selectAll('[href], [src], form[action], meta[http-equiv]', page.tree)) {
    for (const name of ['href', 'src', 'action']) {
      const url = attribute(element, name);
      if (url !== undefined) found.push({ url, element });
    }
    const refresh = element.tagName === 'meta' ? refreshTarget(element) : undefined;
    if (refresh !== undefined) found.push({ url: refresh, element });
  }
  return found;
}

const isExternal = (url: string) => /^[a-z][a-z0-9+.-]*:/iu.test(url) || url.startsWith('//');

/** The file a site-internal URL resolves to, or null when nothing in dist answers it. */
function resolveInternal(dist: string, page: SitePage, url: string): string | null {
  const path = url.replace(/[?#].*$/su, '');
  if (path === '') return page.file;
  const from = page.path.endsWith('/') ? page.path : posix.dirname(page.path);
  const target = decodeURIComponent(path.startsWith('/') ? path : posix.join(from, path));
  const file = join(dist, ...target.split('/'));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
}

/**
 * Internal links, images, scripts, stylesheets, form targets and redirects that lead nowhere in
 * the built site, and fragments (`#id`) that name no element of the page they point into.
 */
export function findBrokenLinks(dist: string, pages = readSitePages(dist)): Finding[] {
  const byFile = new Map(pages.map((page) => [page.file, page]));
  const findings: Finding[] = [];
  for (const page of pages) {
    for (const { url } of pageUrls(page)) {
      if (isExternal(url)) continue;
      const target = resolveInternal(dist, page, url);
      if (target === null) {
        findings.push(`${page.path}: broken link ${url}`);
        continue;
      }
      const fragment = url.match(/#(.+)$/su)?.[1];
      const targetPage = byFile.get(target);
      if (
        fragment &&
        targetPage &&
        !selectAll('[id]', targetPage.tree).some((element) => attribute(element, 'id') === decodeURIComponent(fragment))
      ) {
        findings.push(`${page.path}: link ${url} names no element with id "${fragment}"`);
      }
    }
  }
  return findings;
}

/**
 * A space before a comma, semicolon or full stop in the sentences the site writes around its
 * counts (leads, meta lines, counts): the mark of a clause a template put on a line of its own.
 */
export function findSpaceBeforePunctuation(pages: readonly SitePage[]): Finding[] {
  const findings: Finding[] = [];
  for (const page of pages) {
    for (const element of selectAll('.lead, .meta, .count', page.tree)) {
      const text = textOf(element);
      if (/\s[,;.](?:\s|$)/u.test(text)) findings.push(`${page.path}: "${text}"`);
    }
  }
  return findings;
}

/** External links (`<a href="http…">`) that do not carry rel="noopener noreferrer". */
export function findUnsafeExternalLinks(pages: readonly SitePage[]): Finding[] {
  const findings: Finding[] = [];
  for (const page of pages) {
    for (const link of selectAll('a[href]', page.tree)) {
      const href = attribute(link, 'href') as string;
      if (!/^(?:https?:)?\/\//iu.test(href)) continue;
      const rel = (attribute(link, 'rel') ?? '').split(/\s+/u);
      if (!rel.includes('noopener') || !rel.includes('noreferrer'))
        findings.push(`${page.path}: ${href} has rel="${rel.join(' ')}"`);
    }
  }
  return findings;
}

const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The inline scripts the site's own source writes (`<script is:inline>` in src/, and src/scripts/*.js), whitespace collapsed. */
export function siteInlineScripts(sourceRoot = join(projectRoot, 'src')): Set<string> {
  const scripts = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:astro|ts)$/u.test(entry.name)) {
        for (const match of readFileSync(path, 'utf8').matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gu)) {
          if ((match[1] as string).trim()) scripts.add(collapse(match[1] as string));
        }
      }
    }
  };
  walk(sourceRoot);
  // The script every page carries and the glossary's, as the build minifies them.
  scripts.add(collapse(pageScript()));
  scripts.add(collapse(glossaryScript()));
  return scripts;
}

/**
 * Anything in the built pages that could run and that the site itself did not write: event
 * handler attributes, `javascript:` URLs, frames and plugins, scripts loaded from outside the site,
 * and inline scripts whose text is not one of the site's own.
 */
export function findForeignCode(
  dist: string,
  pages: readonly SitePage[],
  allowedInline = siteInlineScripts(),
): Finding[] {
  const findings: Finding[] = [];
  for (const page of pages) {
    for (const element of selectAll('*', page.tree)) {
      for (const name of Object.keys(element.properties)) {
        if (/^on[a-z]/iu.test(name)) findings.push(`${page.path}: <${element.tagName}> has an event handler ${name}`);
      }
      if (['iframe', 'frame', 'object', 'embed', 'applet', 'base'].includes(element.tagName)) {
        findings.push(`${page.path}: <${element.tagName}> element`);
      }
    }
    for (const { url, element } of pageUrls(page)) {
      if (/^\s*(?:javascript|vbscript|data):/iu.test(url))
        findings.push(`${page.path}: <${element.tagName}> links to ${url.slice(0, 60)}`);
    }
    for (const script of selectAll('script', page.tree)) {
      const src = attribute(script, 'src');
      if (src !== undefined) {
        if (isExternal(src) || resolveInternal(dist, page as SitePage, src) === null)
          findings.push(`${page.path}: script from ${src}`);
        continue;
      }
      const raw = script.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
      const type = (attribute(script, 'type') ?? '').toLowerCase();
      if (/^application\/(?:[a-z+.-]+\+)?json$/u.test(type)) {
        // A data block never runs; it only has to stay data (valid JSON that cannot close its tag).
        try {
          JSON.parse(raw);
        } catch {
          findings.push(`${page.path}: <script type="${type}"> holds text that is not JSON`);
        }
        continue;
      }
      const text = collapse(raw);
      if (text !== '' && !allowedInline.has(text))
        findings.push(`${page.path}: inline script not written by the site: ${text.slice(0, 80)}`);
    }
  }
  return findings;
}

/**
 * html-validate's recommended rules, less the ones about formatting style that say nothing about
 * whether a page is valid and usable (Astro's output style, long attribute-free text).
 */
export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'no-inline-style': 'off',
    'long-title': 'off',
  },
};

/** html-validate's findings on each page, as `page:line:column rule: message`. */
export async function validateHtml(
  pages: readonly SitePage[],
  config: ConfigData = htmlValidateConfig,
): Promise<Finding[]> {
  const validator = new HtmlValidate(config);
  const findings: Finding[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const message of result.messages as Message[]) {
        findings.push(`${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  return findings;
}
