/**
 * The part of a page's HTML that can change its Pagefind record. Pagefind leaves out elements of
 * the classes it is told to exclude (lists of other papers, diagrams, relation lists) and elements
 * marked `data-pagefind-ignore`; a day's papers change those on hundreds of pages (a paper's
 * related papers) and nothing else there, so the search index is updated only for pages whose
 * HTML differs once they are cut out (scripts/lib/search-stage.ts).
 *
 * Cutting out too little only indexes a page again; cutting out too much would keep a stale
 * record, so any doubt keeps the element whole:
 * - one that holds, or carries itself, a Pagefind attribute Pagefind reads inside ignored text
 *   (`data-pagefind-filter`, `-meta`, `-sort`, `-index-attrs`; not `-ignore` or `-weight`), unless it
 *   is ignored "all";
 * - one that holds an `<img>` or an `<h1>`: Pagefind takes a page's image and default title from the
 *   first of them wherever they are;
 * - one that holds a "<" this scanner cannot read as a tag, a comment or raw text, or whose end tag
 *   the page does not have.
 * An element excluded by class that has an `id` keeps its own tags, emptied: Pagefind records the
 * id as an anchor, at its place among the words.
 */

/**
 * Bumped whenever what `searchableHtml` keeps changes: a page's digest is compared with one the
 * last whole index recorded, and digests made by other rules cannot be compared.
 */
export const SEARCHABLE_HTML_VERSION = 2;

/**
 * The classes Pagefind is told to leave out (`excludeSelectors`, one class each). Lists of other
 * papers and diagrams name many papers and methods: indexing them would rank a topic page above
 * the very paper a reader is looking for, who finds each paper on its own page.
 */
export const EXCLUDED_FROM_SEARCH_CLASSES = ['paper-list', 'method-diagram', 'relations'] as const;

/** The selectors Pagefind is given for `EXCLUDED_FROM_SEARCH_CLASSES`. */
export const EXCLUDED_FROM_SEARCH = EXCLUDED_FROM_SEARCH_CLASSES.map((name) => `.${name}`);

// A start tag with its attributes, quoted values holding any character but their quote (Astro
// writes "<" and ">" into attribute values as they are).
const START_TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const END_TAG = /<\/([a-zA-Z][\w:-]*)\s*>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gu;
/** Elements whose content is text, not tags, up to their own end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'iframe', 'xmp', 'noembed', 'noframes']);
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
/** Pagefind attributes it reads inside text it ignores. */
const READ_WHEN_IGNORED = /^data-pagefind-(?!ignore$|weight$)/u;

type Token =
  | { kind: 'start'; name: string; attributes: Map<string, string>; selfClosing: boolean; at: number; end: number }
  | { kind: 'end'; name: string; at: number; end: number }
  /** A "<" read as neither a tag, a comment nor raw text. */
  | { kind: 'unread'; at: number; end: number };

function attributesOf(written: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single, bare] of written.matchAll(ATTRIBUTE))
    if (name && !attributes.has(name.toLowerCase())) attributes.set(name.toLowerCase(), double ?? single ?? bare ?? '');
  return attributes;
}

/** The tags of `html` in order; comments and the text of raw-text elements are passed over. */
function* tags(html: string): Generator<Token> {
  const lower = html.toLowerCase();
  let at = html.indexOf('<');
  while (at >= 0) {
    if (html.startsWith('<!--', at)) {
      const close = html.indexOf('-->', at + 4);
      // "--!>" also ends a comment in HTML: an unusual comment is not read past.
      if (close < 0 || html.slice(at, close).includes('--!>')) {
        yield { kind: 'unread', at, end: at + 4 };
        return;
      }
      at = html.indexOf('<', close + 3);
      continue;
    }
    if (lower.startsWith('<!doctype', at)) {
      at = html.indexOf('<', at + 2);
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
      yield { kind: 'unread', at, end: at + 1 };
      at = html.indexOf('<', at + 1);
      continue;
    }
    const name = start[1]!.toLowerCase();
    yield {
      kind: 'start',
      name,
      attributes: attributesOf(start[2]!),
      selfClosing: start[3] === '/',
      at,
      end: START_TAG.lastIndex,
    };
    let next = START_TAG.lastIndex;
    if (name === 'plaintext') {
      yield { kind: 'unread', at: next, end: next };
      return;
    }
    if (RAW_TEXT.has(name)) {
      // Raw text ends at its own end tag only: "</scriptx" does not end a script.
      const close = new RegExp(`</${name}[\\s/>]`, 'gu');
      close.lastIndex = next;
      const found = close.exec(lower);
      if (!found) {
        yield { kind: 'unread', at: next, end: next };
        return;
      }
      next = found.index;
    }
    at = html.indexOf('<', next);
  }
}

/** How an element is left out of the index: not at all, its text only, or with its filters and metadata. */
function exclusion(attributes: ReadonlyMap<string, string>, classes: ReadonlySet<string>): 'none' | 'text' | 'all' {
  const ignore = attributes.get('data-pagefind-ignore');
  if (ignore === 'all') return 'all';
  if (ignore !== undefined) return 'text';
  const classList = attributes.get('class');
  return classList?.split(/\s+/u).some((name) => classes.has(name)) ? 'text' : 'none';
}

const readWhenIgnored = (attributes: ReadonlyMap<string, string>) =>
  [...attributes.keys()].some((name) => READ_WHEN_IGNORED.test(name));

/**
 * `html` without the elements Pagefind leaves out: those with one of `classes`, or marked
 * `data-pagefind-ignore`, as far as the rules above let them be cut. Two pages with the same
 * result give Pagefind the same record.
 */
export function searchableHtml(html: string, classes: readonly string[] = EXCLUDED_FROM_SEARCH_CLASSES): string {
  const excluded = new Set(classes);
  const kept: string[] = [];
  let from = 0;
  const stream = tags(html);
  for (let token = stream.next(); !token.done; token = stream.next()) {
    const open = token.value;
    if (open.kind !== 'start' || open.selfClosing || VOID.has(open.name)) continue;
    const how = exclusion(open.attributes, excluded);
    if (how === 'none') continue;
    let depth = 1;
    let close: Token | undefined;
    let doubt = how !== 'all' && readWhenIgnored(open.attributes);
    for (let inner = stream.next(); !inner.done; inner = stream.next()) {
      const tag = inner.value;
      if (tag.kind === 'unread') doubt = true;
      if (tag.kind !== 'start' && tag.kind !== 'end') continue;
      if (tag.kind === 'start' && (tag.name === 'img' || tag.name === 'h1')) doubt = true;
      if (tag.kind === 'start' && how !== 'all' && readWhenIgnored(tag.attributes)) doubt = true;
      if (tag.name !== open.name || (tag.kind === 'start' && (tag.selfClosing || VOID.has(tag.name)))) continue;
      depth += tag.kind === 'start' ? 1 : -1;
      if (depth === 0) {
        close = tag;
        break;
      }
    }
    // No end tag: the rest of the page is kept as it is.
    if (!close) break;
    if (doubt) continue;
    kept.push(html.slice(from, open.at));
    // An element excluded by class keeps its tags, emptied, where it has an id Pagefind records.
    if (how === 'text' && open.attributes.has('id') && !open.attributes.has('data-pagefind-ignore'))
      kept.push(`${html.slice(open.at, open.end)}</${open.name}>`);
    from = close.end;
  }
  kept.push(html.slice(from));
  return kept.join('');
}
