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
/** A topic's pages, in order: its own page, then each page its "next" link leads to. */
const pagesOf = (id: string) => {
  const paths = [`topics/${id}/`];
  for (let next = relLink(paths[0]!, 'next'); next !== undefined; next = relLink(paths.at(-1)!, 'next'))
    paths.push(target(paths.at(-1)!, next));
  return paths;
};

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
    const paths = pagesOf(topic.id);
    const pages = paths.length;
    expect(pages).toBeGreaterThan(1);
    expect(paths.slice(1)).toEqual(paths.slice(1).map((_, i) => `topics/${topic.id}/page/${i + 2}/`));
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

  it('list the newest papers first, and say so with the counts on the first page only', async () => {
    const topic = topics.find((t) => t.papers.length > 3 && t.tentativeCount > 0)!;
    expect(topic, 'a topic of two pages or more with papers filed as a guess').toBeDefined();
    // The export lists the guessed papers among the topic's papers, and counts them apart.
    const total = topic.papers.length;
    const uncertain = topic.tentativeCount;
    const [first, ...later] = pagesOf(topic.id);
    const counts = selectAll('p.meta', await readHtml(pageFile(first!)))
      .map(textOf)
      .filter((text) => text.startsWith('Newest first'));
    expect(counts).toEqual([
      `Newest first: ${listed(first!).length} of the ${total} papers here, those that state the topic before the ${uncertain} uncertain ${uncertain === 1 ? 'one' : 'ones'}; the rest on the next pages.`,
    ]);
    // Newest first: papers later in the corpus file come first among the sure ones.
    const corpus = readFileSync(join(fixture, 'corpus.txt'), 'utf8');
    const papers: Array<{ slug: string; title: string }> = JSON.parse(
      readFileSync(join(site.dist, 'api/papers.json'), 'utf8'),
    );
    const placeOf = (slug: string) => corpus.indexOf(`${papers.find((paper) => paper.slug === slug)!.title}\n`);
    const sure = topic.papers.slice(0, total - uncertain).map(placeOf);
    expect(sure.every((place) => place >= 0)).toBe(true);
    expect(sure).toEqual([...sure].sort((a, b) => b - a));
    // A later page states nothing that grows with the topic: no count, no place in the whole list.
    for (const path of later) {
      const lead = textOf(select('p.lead', await readHtml(pageFile(path))));
      expect(lead).toMatch(
        /^(?:Older papers that state this topic|Papers that may belong to this topic), newest first\. /u,
      );
      expect(lead).not.toMatch(/\d/u);
    }
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
  const pathsOf = (topic: { id: string }) => pagesOf(topic.id);
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
        // Counted on the first page only: a later page says nothing that grows with the topic.
        expect(textOf(select('h2', section!))).toBe(
          path === paths[0] ? `Papers that may belong here (${topic.tentativeCount})` : 'Papers that may belong here',
        );
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
