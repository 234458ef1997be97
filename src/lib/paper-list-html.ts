/**
 * The HTML of a paper's line in a list of papers (src/components/PaperList.astro), written once per
 * paper and kind of line in a build: a paper is listed on each of its topics' pages and their
 * ancestors', on the pages of the methods it relates to and in the index of all papers, and a
 * 10,000-paper atlas renders some 200,000 such lines. Written as a string, not as components: the
 * titles, gists and names are rendered by `displayMathHtmlInLink`, the rest escaped by `escapeXml`.
 */
import { paperUrl } from './atlas';
import { escapeXml } from './escape-xml';
import { displayMathHtmlInLink } from './math/display-math';
import type { PaperListItem } from './page-views';

function lineHtml(paper: PaperListItem, tentative: boolean): string {
  const introduces = paper.name ? `<span>Introduces ${displayMathHtmlInLink(paper.name)}</span>` : '';
  const between = paper.name && paper.topics.length > 0 ? ' · ' : '';
  const more = paper.moreTopics > 0 ? ` and ${paper.moreTopics} more` : '';
  return (
    `<li${tentative ? ' class="tentative"' : ''}>` +
    `<a class="paper-title" href="${escapeXml(paperUrl(paper.slug))}">${displayMathHtmlInLink(paper.title)}</a>` +
    (tentative ? '<span class="tentative-label"> (less certain)</span>' : '') +
    (paper.gist !== undefined ? `<p class="gist">${displayMathHtmlInLink(paper.gist)}</p>` : '') +
    `<p class="meta">${introduces}${between}${escapeXml(paper.topics.join(', ') + more)}</p>` +
    '</li>'
  );
}

const written = new Map<string, string>();

/** The `<li>` of a paper in a list; `tentative` marks one filed there only as a guess. */
export function paperListLineHtml(paper: PaperListItem, tentative: boolean): string {
  const key = JSON.stringify([paper, tentative]);
  let html = written.get(key);
  if (html === undefined) written.set(key, (html = lineHtml(paper, tentative)));
  return html;
}
