import { describe, expect, it } from 'vitest';
import { relativePath, relativizeHtml } from '../../src/lib/relative-links';

describe('relativePath', () => {
  it.each([
    ['/papers/a/', '/topics/b/', '../../topics/b/'],
    ['/papers/a/', '/papers/', '../'],
    ['/', '/papers/a/', 'papers/a/'],
    ['/search/', '/search/?q=x', './?q=x'],
    ['/atlas/papers/a/', '/atlas/favicon.svg', '../../favicon.svg'],
  ])('from %s, %s is %s', (from, to, expected) => expect(relativePath(from, to)).toBe(expected));
});

describe('relativizeHtml', () => {
  it('rewrites root-absolute URLs in tag attributes', () => {
    expect(relativizeHtml('<a href="/topics/b/">x</a><img src="/i.png">', '/papers/a/')).toBe(
      '<a href="../../topics/b/">x</a><img src="../../i.png">',
    );
  });

  it('leaves text, script contents and protocol-relative URLs alone', () => {
    const html =
      '<p>href="/x/"</p><script src="/s.js">var u = "/keep/"; if (a <b) {}</script><a href="//cdn.example/x">y</a>';
    expect(relativizeHtml(html, '/papers/a/')).toBe(
      '<p>href="/x/"</p><script src="../../s.js">var u = "/keep/"; if (a <b) {}</script><a href="//cdn.example/x">y</a>',
    );
  });
});
