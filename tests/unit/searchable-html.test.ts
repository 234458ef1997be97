import { describe, expect, it } from 'vitest';
import { searchableHtml } from '../../src/search/build/searchable-html';

/** A paper page: its searched text, then its related papers (`related`), then a footer. */
const page = (related: string, heading = 'MeZO') =>
  `<html><head><title>${heading} · Paper Atlas</title></head><body><main data-pagefind-body>` +
  `<h1 data-pagefind-weight="10">${heading}</h1><p>Zeroth-order fine-tuning.</p>` +
  `<section><h2>Related papers</h2><ul class="paper-list" data-astro-cid-x>${related}</ul></section>` +
  `</main><footer>Paper Atlas</footer></body></html>`;

describe('searchableHtml', () => {
  it('gives two pages that differ only in a list search leaves out the same text, the rest kept', () => {
    const before = searchableHtml(page('<li><a href="/papers/a/">A</a></li>'));
    const after = searchableHtml(page('<li><a href="/papers/b/">B</a></li><li><a href="/papers/a/">A</a></li>'));
    expect(after).toBe(before);
    expect(before).toContain('<h1 data-pagefind-weight="10">MeZO</h1><p>Zeroth-order fine-tuning.</p>');
    expect(before).toContain('<section><h2>Related papers</h2></section></main><footer>Paper Atlas</footer>');
    expect(before).not.toContain('paper-list');
  });

  it('keeps every change outside the elements left out', () => {
    expect(searchableHtml(page('', 'MeZO'))).not.toBe(searchableHtml(page('', 'Sparse MeZO')));
  });

  it('cuts an element out at its own end tag, past nested elements of the same name and void ones', () => {
    const html = '<div class="relations"><div><div>x</div></div><br><hr/><input></div><p>kept</p>';
    expect(searchableHtml(html)).toBe('<p>kept</p>');
  });

  it('keeps the emptied tags of an element with an id, which Pagefind records as an anchor', () => {
    const html = '<figure class="method-diagram" id="method-diagram"><svg><g>x</g></svg></figure><p>y</p>';
    expect(searchableHtml(html)).toBe('<figure class="method-diagram" id="method-diagram"></figure><p>y</p>');
  });

  it("keeps an element whole that holds an image or a heading, from which Pagefind takes a page's image and title", () => {
    for (const inner of ['<img src="a.png">', '<h1>Title</h1>']) {
      const html = `<ul class="paper-list"><li>${inner}</li></ul><p>x</p>`;
      expect(searchableHtml(html)).toBe(html);
    }
  });

  it('reads attributes by their whole names, in any case, not inside other values', () => {
    const inValue = `<div title='a class="relations" data-pagefind-ignore'>words</div>`;
    expect(searchableHtml(inValue)).toBe(inValue);
    const otherName = '<div data-pagefind-ignored>words</div>';
    expect(searchableHtml(otherName)).toBe(otherName);
    expect(searchableHtml('<div DATA-PAGEFIND-IGNORE="all">x</div><p>y</p>')).toBe('<p>y</p>');
    const upper = '<ul class="paper-list"><li DATA-PAGEFIND-FILTER="topic">x</li></ul><p>y</p>';
    expect(searchableHtml(upper)).toBe(upper);
  });

  it('keeps an element whose own tag carries a filter', () => {
    const html = '<ul class="paper-list" data-pagefind-filter="topic:Optimization"><li>x</li></ul><p>y</p>';
    expect(searchableHtml(html)).toBe(html);
  });

  it('matches whole class names, as a class selector does', () => {
    const html = '<ul class="relations-list"><li>x</li></ul><ul class="astro-1 relations"><li>y</li></ul>';
    expect(searchableHtml(html)).toBe('<ul class="relations-list"><li>x</li></ul>');
  });

  it('is not misled by tags written inside attribute values, scripts or comments', () => {
    const html =
      '<ul class="paper-list"><li><a title="a <ul> b > </ul> c" href="/p/">x</a>' +
      '<script>if (a < b) s = "</ul><ul>";</script><!-- </ul> --></li></ul><p>after</p>';
    expect(searchableHtml(html)).toBe('<p>after</p>');
  });

  it('cuts out what is ignored "all", filters and all, but keeps ignored text that holds a filter or metadata', () => {
    const all = '<div data-pagefind-ignore="all"><span data-pagefind-filter="year">2024</span></div><p>x</p>';
    expect(searchableHtml(all)).toBe('<p>x</p>');
    const text = '<div data-pagefind-ignore><span data-pagefind-meta="venue:ICML"></span>words</div><p>x</p>';
    expect(searchableHtml(text)).toBe(text);
    const list = '<ul class="paper-list"><li data-pagefind-filter="topic">x</li></ul><p>x</p>';
    expect(searchableHtml(list)).toBe(list);
    expect(searchableHtml('<a data-pagefind-ignore href="/">source</a><p>x</p>')).toBe('<p>x</p>');
  });

  it('keeps an element whole that holds a "<" it cannot read as a tag', () => {
    for (const inner of ['a < b', '<![CDATA[<li>]]>', '<!-- x --!> y -->']) {
      const html = `<ul class="paper-list"><li>${inner}</li></ul><p>x</p>`;
      expect(searchableHtml(html)).toBe(html);
    }
  });

  it('reads the text of raw-text elements as text, up to their own end tag', () => {
    const html =
      '<ul class="paper-list"><li><noscript></ul></noscript><textarea></ul></textarea>' +
      '<script>s = "</scriptx></ul>";</script></li></ul><p>after</p>';
    expect(searchableHtml(html)).toBe('<p>after</p>');
  });

  it('keeps the page as it is from an element left out whose end tag it lacks', () => {
    const html = '<p>a</p><ul class="paper-list"><li>b</li><p>c</p>';
    expect(searchableHtml(html)).toBe(html);
  });

  it('takes the classes to leave out from its caller', () => {
    expect(searchableHtml('<div class="aside">x</div><p>y</p>', ['aside'])).toBe('<p>y</p>');
    expect(searchableHtml('<ul class="paper-list">x</ul>', ['aside'])).toBe('<ul class="paper-list">x</ul>');
  });
});
