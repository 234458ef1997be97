import { toHtml } from 'hast-util-to-html';
import { displayMathWithoutLinks } from './math/display-math';

/**
 * Marks the sentences claims were read from in a rendered abstract, so each row of the "Claimed
 * results" table can link to its sentence: each quote becomes `<mark id="…">` around the first place
 * its text stands in the HTML. The quote is rendered as the abstract was (its TeX typeset, "9\\%"
 * read as "9%"), or else escaped as plain text, so a match is a whole fragment that never starts
 * inside a tag; a quote the rendering changed otherwise (a formula cut by the sentence's end) is
 * left unmarked, and its row links to the abstract instead.
 */
export function markEvidence(html: string, quotes: readonly string[]): { html: string; ids: Map<string, string> } {
  const ids = new Map<string, string>();
  let marked = html;
  for (const quote of new Set(quotes)) {
    const forms = [
      toHtml({ type: 'root', children: displayMathWithoutLinks(quote) }),
      toHtml({ type: 'text', value: quote }),
    ];
    let escaped = '';
    let at = -1;
    for (const form of forms) {
      if (!form) continue;
      at = marked.indexOf(form);
      // Skip places inside a tag or an earlier mark's attributes.
      while (at >= 0 && marked.lastIndexOf('<', at) > marked.lastIndexOf('>', at)) at = marked.indexOf(form, at + 1);
      escaped = form;
      if (at >= 0) break;
    }
    if (at < 0) continue;
    const id = `claim-evidence-${ids.size + 1}`;
    ids.set(quote, id);
    marked = `${marked.slice(0, at)}<mark class="claim-evidence" id="${id}">${escaped}</mark>${marked.slice(at + escaped.length)}`;
  }
  return { html: marked, ids };
}
