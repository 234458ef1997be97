import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/build-site';

/**
 * A topic's papers over numbered pages (src/lib/topic-pages.ts), built with three papers a page so
 * the small diagrams fixture has topics of several pages.
 */
const fixture = join(projectRoot, 'tests/fixtures/diagrams');
let site: BuiltSite;
let topics: Array<{ id: string; papers: string[] }>;

const pageFile = (path: string) => join(site.dist, path, 'index.html');
const html = (path: string) => readFileSync(pageFile(path), 'utf8');
/** The site path a link of a page leads to (links are relative to the page). */
function target(from: string, href: string): string {
  const absolute = resolve(dirname(pageFile(from)), href);
  return `${relative(site.dist, absolute).split('\\').join('/')}/`.replace(/\/+$/u, '/');
}
const relLink = (path: string, rel: 'prev' | 'next') =>
  html(path).match(new RegExp(`<a rel="${rel}" href="([^"]+)"`, 'u'))?.[1];
const listed = (path: string) =>
  [...html(path).matchAll(/<a class="paper-title" href="([^"]+)"/gu)].map((m) => target(path, m[1]!));

beforeAll(async () => {
  site = await buildSite('topic-pages', join(fixture, 'corpus.txt'), {
    ATLAS_TAXONOMY: join(fixture, 'taxonomy.yaml'),
    ATLAS_VOCABULARY: join(fixture, 'vocabulary.yaml'),
    ATLAS_TOPIC_PAGE_SIZE: '3',
  });
  topics = JSON.parse(readFileSync(join(site.dist, 'api/topics.json'), 'utf8'));
}, 300_000);

describe('the pages of a topic with more papers than a page holds', () => {
  it('list every paper of the topic once, in pages linked by previous and next', () => {
    const topic = topics.find((t) => t.papers.length > 6)!;
    expect(topic, 'a topic of three pages or more').toBeDefined();
    const pages = Math.ceil(topic.papers.length / 3);
    const paths = Array.from({ length: pages }, (_, i) =>
      i === 0 ? `topics/${topic.id}/` : `topics/${topic.id}/page/${i + 1}/`,
    );
    const seen = paths.flatMap(listed);
    expect(seen.sort()).toEqual(topic.papers.map((slug) => `papers/${slug}/`).sort());
    paths.forEach((path, i) => {
      expect(existsSync(pageFile(path)), path).toBe(true);
      const next = relLink(path, 'next');
      const prev = relLink(path, 'prev');
      if (i < pages - 1) expect(target(path, next!)).toBe(paths[i + 1]);
      else expect(next).toBeUndefined();
      if (i > 0) expect(target(path, prev!)).toBe(paths[i - 1]);
      else expect(prev).toBeUndefined();
    });
    expect(existsSync(pageFile(`topics/${topic.id}/page/${pages + 1}/`))).toBe(false);
  });

  it("keep the topic's description and diagram on its own page, and lead back to it from the others", () => {
    const topic = topics.find((t) => t.papers.length > 3)!;
    expect(html(`topics/${topic.id}/`)).toContain('class="topic-header"');
    const later = `topics/${topic.id}/page/2/`;
    expect(html(later)).not.toContain('how-methods-relate');
    const back = [...html(later).matchAll(/<a href="([^"]+)"/gu)].map((m) => target(later, m[1]!));
    expect(back).toContain(`topics/${topic.id}/`);
  });

  it('leave the later pages out of the sitemap and the search index', () => {
    const sitemap = readFileSync(join(site.dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).not.toMatch(/\/topics\/[^/<]+\/page\/\d+\/</u);
    const topic = topics.find((t) => t.papers.length > 3)!;
    expect(sitemap).toContain(`/topics/${topic.id}/<`);
    expect(html(`topics/${topic.id}/page/2/`)).not.toContain('data-pagefind-body');
  });
});
