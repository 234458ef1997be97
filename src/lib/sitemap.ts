import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';

/** The site path of a built HTML file: `papers/x/index.html` → `papers/x/`; null for error pages. */
export function pagePathOfFile(file: string): string | null {
  if (/^(?:404|500)(?:\.html|\/index\.html)$/u.test(file)) return null;
  return file.replace(/(?:^|(?<=\/))index\.html$/u, '');
}

/** A sitemap (sitemaps.org 0.9) of absolute page URLs, sorted so builds are comparable. */
export function sitemapXml(urls: string[]): string {
  const sorted = [...new Set(urls)].sort();
  return `${toXml({
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
      x(
        'urlset',
        { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' },
        sorted.map((url) => x('url', [x('loc', url)])),
      ),
    ],
  })}\n`;
}
