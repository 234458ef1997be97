import type { FacetName } from '../../lib/search-facets';

/** One page of the fallback index, as the search reads it. */
export interface FallbackPage {
  /** Site path from the root, e.g. `papers/mezo/`. */
  u: string;
  /** Title. */
  t: string;
  /** Kind of page: Paper, Topic or Method. */
  k: string;
  /** Method the paper introduces. */
  m?: string;
  /** Topic labels, for display. */
  p?: string;
  /** Body text (the abstract), possibly left out in large atlases. */
  x?: string;
  /** Facet values. */
  f: Partial<Record<FacetName, string[]>>;
}

/** The fallback index as the search reads it. */
export interface FallbackIndex {
  pages: FallbackPage[];
}

/**
 * One page as stored in `search/fallback-index.js`, where every byte is loaded at once: short
 * field names, topics as positions in the index's topic table, and nothing that can be derived.
 */
export interface StoredPage {
  u: string;
  t: string;
  k: string;
  m?: string;
  x?: string;
  /** The page's own topics (not their ancestors), as positions in `topics`. */
  tp?: number[];
  /** Tasks and modalities. */
  ta?: string[];
  mo?: string[];
  /** 1 when the paper links to code. */
  c?: 1;
}

/** The file form of the fallback index: the topic table (id, label, parent id) and the pages. */
export interface StoredFallbackIndex {
  topics: Array<[string, string, string | null]>;
  pages: StoredPage[];
}

/**
 * The stored index made searchable: each page gets its topics' labels for display and is filed
 * under its topics and all their ancestors, as the Pagefind index files it.
 */
export function hydrateFallbackIndex(stored: StoredFallbackIndex): FallbackIndex {
  const parentOf = new Map(stored.topics.map(([id, , parent]) => [id, parent]));
  const lineage = (id: string): string[] => {
    const chain: string[] = [];
    for (let current: string | null | undefined = id; current && !chain.includes(current); current = parentOf.get(current)) chain.unshift(current);
    return chain;
  };
  const labelOf = new Map(stored.topics.map(([id, label]) => [id, label]));
  const pages = stored.pages.map((entry): FallbackPage => {
    const own = (entry.tp ?? []).map((position) => stored.topics[position]?.[0]).filter((id): id is string => id !== undefined);
    const filed = [...new Set(own.flatMap(lineage))];
    const page: FallbackPage = { u: entry.u, t: entry.t, k: entry.k, f: { kind: [entry.k] } };
    if (entry.m) page.m = entry.m;
    if (entry.x) page.x = entry.x;
    if (entry.k === 'Paper') {
      page.p = own.map((id) => labelOf.get(id) ?? id).join(', ');
      page.f = { kind: ['Paper'], topic: filed, task: entry.ta ?? [], modality: entry.mo ?? [], code: [entry.c ? 'yes' : 'no'] };
    } else if (filed.length > 0) {
      page.p = filed.map((id) => labelOf.get(id) ?? id).join(' › ');
      page.f = { kind: [entry.k], topic: filed };
    }
    return page;
  });
  return { pages };
}

/** One ranked hit of the fallback search, with an HTML excerpt whose matches are in `<mark>`. */
export interface FallbackHit {
  page: FallbackPage;
  score: number;
  excerpt: string;
}

export interface FallbackOutcome {
  /** Number of pages that match. */
  total: number;
  hits: FallbackHit[];
  /** For each facet, how many of the matching pages carry each value. */
  counts: Partial<Record<FacetName, Record<string, number>>>;
}

/** Lower case, accents removed, every run of non-letters and non-digits a single space. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a text, normalised. */
export const wordsOf = (text: string): string[] => {
  const normal = normaliseText(text);
  return normal === '' ? [] : normal.split(' ');
};

// Title and method name outrank topic labels, which outrank abstract text, as in the Pagefind
// index (data-pagefind-weight on the page's heading and method name).
const FIELD_WEIGHTS = { t: 10, m: 8, p: 3, x: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

interface PreparedPage {
  words: Record<Field, string[]>;
  phrases: Record<Field, string>;
}
const prepared = new WeakMap<FallbackPage, PreparedPage>();
function prepare(page: FallbackPage): PreparedPage {
  let ready = prepared.get(page);
  if (!ready) {
    const words = {} as Record<Field, string[]>;
    const phrases = {} as Record<Field, string>;
    for (const field of FIELDS) {
      words[field] = wordsOf(page[field] ?? '');
      phrases[field] = ` ${words[field].join(' ')} `;
    }
    ready = { words, phrases };
    prepared.set(page, ready);
  }
  return ready;
}

/** How well one query word matches a list of words: whole words count fully, prefixes half. */
function termScore(term: string, words: readonly string[]): number {
  let score = 0;
  for (const word of words) {
    if (word === term) score += 1;
    else if (word.startsWith(term)) score += 0.5;
  }
  // Repeats help, with diminishing returns, so a long abstract cannot outweigh a title.
  return score === 0 ? 0 : 1 + Math.log2(score + 0.5);
}

function matchesFilters(page: FallbackPage, filters: Partial<Record<FacetName, string[]>>): boolean {
  return Object.entries(filters).every(([name, wanted]) => {
    const values = page.f[name as FacetName] ?? [];
    return (wanted ?? []).every((value) => values.includes(value));
  });
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A window of about `length` words of a text around the first query match, HTML-escaped, with
 * every word that matches a query term in `<mark>`.
 */
export function excerptOf(text: string, terms: readonly string[], length = 30): string {
  const tokens = text.split(/(\s+)/u).filter((token) => token !== '');
  const isWord = (token: string) => !/^\s+$/u.test(token);
  const matches = (token: string) => {
    const words = wordsOf(token);
    return words.some((word) => terms.some((term) => word.startsWith(term)));
  };
  const wordIndexes = tokens.map((token, index) => (isWord(token) ? index : -1)).filter((index) => index >= 0);
  const firstMatch = wordIndexes.findIndex((index) => matches(tokens[index] as string));
  const startWord = Math.max(0, (firstMatch < 0 ? 0 : firstMatch) - Math.floor(length / 3));
  const chosen = wordIndexes.slice(startWord, startWord + length);
  if (chosen.length === 0) return '';
  const from = chosen[0] as number;
  const to = chosen[chosen.length - 1] as number;
  const body = tokens
    .slice(from, to + 1)
    .map((token) => (isWord(token) && matches(token) ? `<mark>${escapeHtml(token)}</mark>` : escapeHtml(token)))
    .join('');
  return `${from > 0 ? '… ' : ''}${body}${to < tokens.length - 1 ? ' …' : ''}`;
}

/**
 * Searches the fallback index the way the Pagefind index is searched: every query word must
 * appear (the last one may be a prefix, as while typing), pages must carry every chosen facet
 * value, and matches in titles and method names rank first; an exact title or method name ranks
 * above all. With no words, every page that passes the filters is listed by title (browse mode).
 */
export function searchFallback(
  index: FallbackIndex,
  query: string,
  filters: Partial<Record<FacetName, string[]>> = {},
  limit = 10,
): FallbackOutcome {
  const terms = wordsOf(query);
  const phrase = ` ${terms.join(' ')} `;
  const scored: FallbackHit[] = [];
  for (const page of index.pages) {
    if (!matchesFilters(page, filters)) continue;
    if (terms.length === 0) {
      scored.push({ page, score: 0, excerpt: '' });
      continue;
    }
    const { words, phrases } = prepare(page);
    let score = 0;
    let allFound = true;
    for (const term of terms) {
      let termTotal = 0;
      for (const field of FIELDS) termTotal += FIELD_WEIGHTS[field] * termScore(term, words[field]);
      if (termTotal === 0) {
        allFound = false;
        break;
      }
      score += termTotal;
    }
    if (!allFound) continue;
    if (terms.length > 1) {
      for (const field of FIELDS) if (phrases[field].includes(phrase)) score += FIELD_WEIGHTS[field] * terms.length;
    }
    if (phrases.t === phrase || phrases.m === phrase) score += 100;
    scored.push({ page, score, excerpt: '' });
  }
  scored.sort((a, b) => b.score - a.score || a.page.t.localeCompare(b.page.t, 'en', { sensitivity: 'base' }));
  const counts: FallbackOutcome['counts'] = {};
  for (const { page } of scored) {
    for (const [name, values] of Object.entries(page.f)) {
      const facet = (counts[name as FacetName] ??= {});
      for (const value of values ?? []) facet[value] = (facet[value] ?? 0) + 1;
    }
  }
  const hits = scored.slice(0, limit).map((hit) => ({ ...hit, excerpt: excerptOf(hit.page.x ?? '', terms) }));
  return { total: scored.length, hits, counts };
}
