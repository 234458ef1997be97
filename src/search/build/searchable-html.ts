/**
 * The part of a page's HTML that can change its Pagefind record. Pagefind leaves out elements of
 * the classes it is told to exclude (lists of other papers, diagrams, relation lists) and elements
 * marked `data-pagefind-ignore`; a day's papers change those on hundreds of pages (a paper's
 * related papers) and nothing else there, so the search index is updated only for pages whose
 * HTML differs once they are cut out (scripts/lib/search-stage.ts).
 *
 * Cutting out too little only indexes a page again; cutting out too much would keep a stale
 * record, so any doubt keeps the element: one that holds a Pagefind attribute of its own
 * (`data-pagefind-filter` and `-meta` are read inside ignored text) unless it is ignored "all",
 * and one whose end tag the page does not have.
 */

/** The classes Pagefind is told to leave out (`excludeSelectors`, one class each). */
export const EXCLUDED_FROM_SEARCH_CLASSES = ['paper-list', 'method-diagram', 'relations'] as const;

/** The selectors Pagefind is given for `EXCLUDED_FROM_SEARCH_CLASSES`. */
export const EXCLUDED_FROM_SEARCH = EXCLUDED_FROM_SEARCH_CLASSES.map((name) => `.${name}`);

// A start tag with its attributes, quoted values holding any character but their quote (Astro
// writes "<" and ">" into attribute values as they are).
const START_TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const END_TAG = /<\/([a-zA-Z][\w:-]*)\s*>/y;
const CLASS_ATTRIBUTE = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/u;
const IGNORE_ATTRIBUTE = /\sdata-pagefind-ignore(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/u;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

type Token =
  | { kind: 'start'; name: string; attributes: string; selfClosing: boolean; at: number; end: number }
  | { kind: 'end'; name: string; at: number; end: number };

/** The tags of `html` in order; comments and the text of scripts and styles are passed over. */
function* tags(html: string): Generator<Token> {
  const lower = html.toLowerCase();
  let at = html.indexOf('<');
  while (at >= 0) {
    if (html.startsWith('<!--', at)) {
      const close = html.indexOf('-->', at + 4);
      if (close < 0) return;
      at = html.indexOf('<', close + 3);
      continue;
    }
    END_TAG.lastIndex = at;
    const end = END_TAG.exec(html);
    if (end) {
      yield { kind: 'end', name: end[1]!.toLowerCase(), at, end: END_TAG.lastIndex };
      at = html.indexOf('<', END_TAG.lastIndex);
      continue;
    }
    START_TAG.lastIndex = at;
    const start = START_TAG.exec(html);
    if (!start) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const name = start[1]!.toLowerCase();
    yield { kind: 'start', name, attributes: start[2]!, selfClosing: start[3] === '/', at, end: START_TAG.lastIndex };
    let next = START_TAG.lastIndex;
    if (RAW_TEXT.has(name)) {
      const close = lower.indexOf(`</${name}`, next);
      if (close < 0) return;
      next = close;
    }
    at = html.indexOf('<', next);
  }
}

const attributeValue = (match: RegExpMatchArray | null) => (match ? (match[1] ?? match[2] ?? match[3] ?? '') : null);

/** How an element is left out of the index: not at all, its text only, or with its filters and metadata. */
function exclusion(attributes: string, classes: ReadonlySet<string>): 'none' | 'text' | 'all' {
  const ignore = attributeValue(attributes.match(IGNORE_ATTRIBUTE));
  if (ignore === 'all') return 'all';
  if (ignore !== null) return 'text';
  const classList = attributeValue(attributes.match(CLASS_ATTRIBUTE));
  return classList?.split(/\s+/u).some((name) => classes.has(name)) ? 'text' : 'none';
}

/**
 * `html` without the elements Pagefind leaves out: those with one of `classes`, or marked
 * `data-pagefind-ignore`. Two pages with the same result give Pagefind the same record.
 */
export function searchableHtml(html: string, classes: readonly string[] = EXCLUDED_FROM_SEARCH_CLASSES): string {
  const excluded = new Set(classes);
  const kept: string[] = [];
  let from = 0;
  const stream = tags(html);
  for (let token = stream.next(); !token.done; token = stream.next()) {
    const open = token.value;
    if (open.kind !== 'start' || open.selfClosing || VOID.has(open.name) || open.at < from) continue;
    const how = exclusion(open.attributes, excluded);
    if (how === 'none') continue;
    let depth = 1;
    let close: Token | undefined;
    let ownAttributes = false;
    for (let inner = stream.next(); !inner.done; inner = stream.next()) {
      const tag = inner.value;
      if (tag.kind === 'start' && /\sdata-pagefind-/u.test(tag.attributes)) ownAttributes = true;
      if (tag.name !== open.name || (tag.kind === 'start' && (tag.selfClosing || VOID.has(tag.name)))) continue;
      depth += tag.kind === 'start' ? 1 : -1;
      if (depth === 0) {
        close = tag;
        break;
      }
    }
    // No end tag: the rest of the page is kept as it is.
    if (!close) break;
    if (ownAttributes && how !== 'all') continue;
    kept.push(html.slice(from, open.at));
    from = close.end;
  }
  kept.push(html.slice(from));
  return kept.join('');
}
