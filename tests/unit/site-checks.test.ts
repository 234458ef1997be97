import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findBrokenLinks,
  findForeignCode,
  findUnsafeExternalLinks,
  readSitePages,
  validateHtml,
} from '../helpers/site-checks';

/** A throwaway site from a map of path → HTML. */
function siteOf(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'atlas-site-checks-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), html);
  }
  return dist;
}
const pageWith = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}</head><body><main>${body}</main></body></html>`;

describe('the site checks', () => {
  it('find internal links, assets, redirects and fragments that lead nowhere, and accept the ones that resolve', () => {
    const dist = siteOf({
      'index.html': pageWith(
        '<a href="papers/a/">ok</a> <a href="papers/b/">missing</a> <a href="papers/a/#top">ok</a> <a href="papers/a/#nope">bad fragment</a> <img src="x.png" alt="x"> <a href="https://example.org/">external</a>',
      ),
      'papers/a/index.html': pageWith(
        '<h1 id="top">A</h1><a href="../../">home</a><a href="../../style.css">css</a>',
        '<meta http-equiv="refresh" content="0; url=../gone/">',
      ),
      'style.css': 'body{}',
    });
    expect(findBrokenLinks(dist)).toEqual([
      '/: broken link papers/b/',
      '/: link papers/a/#nope names no element with id "nope"',
      '/: broken link x.png',
      '/papers/a/: broken link ../gone/',
    ]);
  });

  it('find external links without rel="noopener noreferrer"', () => {
    const dist = siteOf({
      'index.html': pageWith(
        '<a href="https://a.example/" rel="noopener noreferrer">a</a><a href="https://b.example/" rel="noopener">b</a><a href="//c.example/">c</a><a href="papers/">in</a>',
      ),
    });
    expect(findUnsafeExternalLinks(readSitePages(dist))).toEqual([
      '/: https://b.example/ has rel="noopener"',
      '/: //c.example/ has rel=""',
    ]);
  });

  it('find event handlers, javascript: links, frames, foreign scripts and inline scripts the site did not write', () => {
    const dist = siteOf({
      'index.html': pageWith(
        '<img src="a.png" alt="" onerror="alert(1)"><a href="javascript:alert(2)">x</a><iframe src="https://evil.example/"></iframe>' +
          '<script src="https://evil.example/x.js"></script><script>alert(3)</script><script>site()</script>' +
          '<script type="application/json">{"a":"\\u003c/script>"}</script><script type="application/json">not json</script>',
      ),
      'a.png': '',
    });
    expect(findForeignCode(dist, readSitePages(dist), new Set(['site()']))).toEqual([
      '/: <img> has an event handler onError',
      '/: <iframe> element',
      '/: <a> links to javascript:alert(2)',
      '/: script from https://evil.example/x.js',
      '/: inline script not written by the site: alert(3)',
      '/: <script type="application/json"> holds text that is not JSON',
    ]);
  });

  it('report invalid HTML with its page, line and rule', async () => {
    const dist = siteOf({ 'index.html': pageWith('<div><p>unclosed</div><img src="a.png">') });
    const findings = await validateHtml(readSitePages(dist));
    expect(findings.some((finding) => /^\/:1:\d+ wcag\/h37: /u.test(finding))).toBe(true);
    expect(await validateHtml(readSitePages(siteOf({ 'index.html': pageWith('<p>fine</p>') })))).toEqual([]);
  });
});
