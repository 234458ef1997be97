import { toHtml } from 'hast-util-to-html';

/**
 * Marks the sentences claims were read from in a rendered abstract, so each row of the "Claimed
 * results" table can link to its sentence: each quote becomes `<mark id="…">` around the first place
 * its text stands in one text run of the HTML. The quote is escaped exactly as the abstract's text
 * was (hast-util-to-html), so a match can never cross or enter a tag; a quote the rendering changed
 * (math turned into superscripts) is left unmarked, and its row links to the abstract instead.
 */
export function markEvidence(html: string, quotes: readonly string[]): { html: string; ids: Map<string, string> } {
  const ids = new Map<string, string>();
  let marked = html;
  for (const quote of new Set(quotes)) {
    const escaped = toHtml({ type: 'text', value: quote });
    if (!escaped) continue;
    let at = marked.indexOf(escaped);
    // Skip places inside a tag or an earlier mark's attributes: text runs only.
    while (at >= 0 && marked.lastIndexOf('<', at) > marked.lastIndexOf('>', at)) at = marked.indexOf(escaped, at + 1);
    if (at < 0) continue;
    const id = `claim-evidence-${ids.size + 1}`;
    ids.set(quote, id);
    marked = `${marked.slice(0, at)}<mark class="claim-evidence" id="${id}">${escaped}</mark>${marked.slice(at + escaped.length)}`;
  }
  return { html: marked, ids };
}
