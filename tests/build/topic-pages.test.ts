import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, sitePages, type BuiltSite } from '../helpers/build-site';
import { readHtml, select, selectAll, textOf } from '../helpers/html';

/**
 * A topic's papers over numbered pages (src/lib/topic-pages.ts), built with three papers a page so
 * the small diagrams fixture has topics of several pages. Two more papers state no topic
 * (tests/fixtures/tentative), so each is filed under the topic its abstract weighs most, as a guess.
 */
const fixture = join(projectRoot, 'tests/fixtures/diagrams');
const guessed = join(projectRoot, 'tests/fixtures/tentative/corpus.txt');
let site: BuiltSite;
let topics: Array<{ id: string; label: string; parent: string | null; papers: string[]; tentativeCount: number }>;

const { pageFile, html, target, relLink } = sitePages(() => site);
const listed = (path: string) =>
  [...html(path).matchAll(/<a class="paper-title" href="([^"]+)"/gu)].map((m) => target(path, m[1]!));

beforeAll(async () => {
  site = await buildSite('topic-pages', join(fixture, 'corpus.txt'), {
    ATLAS_CORPUS: [join(fixture, 'corpus.txt'), guessed].join(delimiter),
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

  it('say which of its papers each page holds, with the uncertain ones counted, in one sentence', async () => {
    const topic = topics.find((t) => t.papers.length > 3 && t.tentativeCount > 0)!;
    expect(topic, 'a topic of two pages or more with papers filed as a guess').toBeDefined();
    // The export lists the guessed papers among the topic's papers, and counts them apart.
    const total = topic.papers.length;
    const uncertain = topic.tentativeCount;
    const counts = selectAll('p.meta', await readHtml(pageFile(`topics/${topic.id}/`)))
      .map(textOf)
      .filter((text) => text.startsWith('Papers '));
    expect(counts).toEqual([
      `Papers 1–3 of ${total} (${uncertain} of them uncertain, listed last); the rest on the next pages.`,
    ]);
    expect(textOf(select('p.lead', await readHtml(pageFile(`topics/${topic.id}/page/2/`))))).toMatch(
      new RegExp(`^Papers 4–6 of ${total}, the last ${uncertain} of them uncertain\\. `, 'u'),
    );
  });

  it('leave the later pages out of the sitemap and the search index', () => {
    const sitemap = readFileSync(join(site.dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).not.toMatch(/\/topics\/[^/<]+\/page\/\d+\/</u);
    const topic = topics.find((t) => t.papers.length > 3)!;
    expect(sitemap).toContain(`/topics/${topic.id}/<`);
    expect(html(`topics/${topic.id}/page/2/`)).not.toContain('data-pagefind-body');
  });
});

describe('a topic with papers filed under it only as a guess', () => {
  const pathsOf = (topic: { id: string; papers: string[] }) =>
    Array.from({ length: Math.ceil(topic.papers.length / 3) }, (_, i) =>
      i === 0 ? `topics/${topic.id}/` : `topics/${topic.id}/page/${i + 1}/`,
    );
  const guessedTopics = () => topics.filter((topic) => topic.tentativeCount > 0);

  it('lists the papers that state it first, then the guessed ones under a heading that says why, across its pages', async () => {
    expect(
      guessedTopics()
        .map((topic) => topic.id)
        .sort(),
    ).toEqual(['alignment', 'optimizers', 'reward']);
    for (const topic of guessedTopics()) {
      const paths = pathsOf(topic);
      expect(paths.flatMap(listed)).toEqual(topic.papers.map((slug) => `papers/${slug}/`));
      const guesses = topic.papers.slice(-topic.tentativeCount).map((slug) => `papers/${slug}/`);
      for (const path of paths) {
        const page = await readHtml(pageFile(path));
        const section = select('section.tentative-papers', page);
        const inSection = selectAll('li.tentative a.paper-title', section ?? page).map((a) =>
          target(path, String(a.properties.href)),
        );
        const here = listed(path).filter((paper) => guesses.includes(paper));
        expect(inSection, path).toEqual(here);
        if (here.length === 0) continue;
        expect(textOf(select('h2', section!))).toBe(`Papers that may belong here (${topic.tentativeCount})`);
        expect(textOf(section!)).toContain('Their abstracts state no topic');
        expect(textOf(section!)).toContain('(less certain)');
      }
    }
  });

  it('counts only the papers that state it, with the guessed ones beside, alike on its page, the index and the export', async () => {
    const index = await readHtml(join(site.dist, 'topics/index.html'));
    expect(guessedTopics().length, 'topics the export says hold a guessed paper').toBe(3);
    for (const topic of guessedTopics()) {
      const sure = topic.papers.length - topic.tentativeCount;
      const page = await readHtml(pageFile(`topics/${topic.id}/`));
      const heading = selectAll('h2', page).find((h2) => textOf(h2).startsWith('Papers ('));
      expect(textOf(heading)).toBe(`Papers (${sure})`);
      const entry = selectAll('.tree li', index).find((li) => textOf(select('a', li)) === topic.label.trim())!;
      expect(textOf(select('.count', entry))).toBe(`${sure} papers +${topic.tentativeCount} uncertain`);
      if (topic.parent) {
        const parent = await readHtml(pageFile(`topics/${topic.parent}/`));
        const link = selectAll('.subtopics a', parent).find((a) => textOf(a).startsWith(topic.label.trim()))!;
        expect(textOf(select('.count', link))).toBe(`${sure} papers +${topic.tentativeCount} uncertain`);
      }
    }
  });
});
