import { PREFIX_MIN_LENGTH } from '../shared/index-format';
import type { UnitPlan } from './query-units';
import type { WordMatches } from './word-matches';

/** A unit of the query with what it matched. */
export interface Unit extends UnitPlan {
  matches: WordMatches;
  /** Its words read as others, when what was typed matched nothing (or too little). */
  corrections?: Array<{ typed: string; word: string }>;
}

/**
 * The most partial matches listed: the best few, each a file to fetch, since a query still being
 * typed has none of its last word's pages yet.
 */
const PARTIAL_SHOWN = 5;

/** A document a search found, with its score; partial when it lacks some of the query's units. */
export interface Ranked {
  id: number;
  score: number;
  partial: boolean;
}

/** Bonuses for a query whose every word is in a page's title or method name, per word. */
const WHOLE_QUERY = { title: 20, method: 16 } as const;
/**
 * Bonus for a query that is a page's whole method name ("MeZO", or its long form), per word: above
 * the bonuses of a page with every word in its title and method name (Sparse MeZO).
 */
const EXACT_METHOD = 100;

/** Whether any document `allowed` has every required unit (without ranking them). */
export function hasFullMatch(units: readonly Unit[], allowed: (id: number) => boolean): boolean {
  const sets = units.filter((unit) => unit.required).map((unit) => unit.matches.byDoc);
  const [smallest, ...rest] = sets.sort((a, b) => a.size - b.size);
  if (!smallest) return false;
  for (const id of smallest.keys()) if (rest.every((set) => set.has(id)) && allowed(id)) return true;
  return false;
}

/**
 * Ranks the documents `allowed` (by the filters) that match the query's units. Full matches have
 * every required unit, scored by what each unit matched; a page whose title or method name holds
 * every word ranks above the rest, and the page of a method whose whole name (or its long form) is
 * the query above all. When fewer than `limit` match fully, pages with some of the required units
 * follow, the most units first: partial matches, always below full ones.
 */
export function rankUnits(
  units: readonly Unit[],
  allowed: (id: number) => boolean,
  limit: number,
): { full: Ranked[]; partial: Ranked[] } {
  const required = units.filter((unit) => unit.required);
  const wordCount = units.reduce((sum, unit) => sum + unit.words.length, 0);
  const scoreOf = (id: number) => {
    let score = 0;
    for (const unit of units) score += unit.matches.byDoc.get(id) ?? 0;
    // Function words aside ("mixture of shards" is MoS's long form).
    if (required.length === 1 && required[0]?.matches.isMethod.has(id)) score += EXACT_METHOD * wordCount;
    // Every word of the query, as typed, in the title or the method name: the page the reader
    // most likely means (a pasted title, a method's long name).
    if (units.every((unit) => unit.matches.inMethod.has(id))) score += WHOLE_QUERY.method * wordCount;
    if (units.every((unit) => unit.matches.inTitle.has(id))) score += WHOLE_QUERY.title * wordCount;
    return score;
  };
  // Ids are in title order, so ties list by title.
  const byScore = (a: Ranked, b: Ranked) => b.score - a.score || a.id - b.id;

  const sets = required.map((unit) => unit.matches.byDoc).sort((a, b) => a.size - b.size);
  const [smallest, ...rest] = sets;
  const fullIds = smallest ? [...smallest.keys()].filter((id) => rest.every((set) => set.has(id)) && allowed(id)) : [];
  const full = fullIds.map((id) => ({ id, score: scoreOf(id), partial: false })).sort(byScore);
  // A last word of three letters or fewer is most likely still being typed ("computer vis"):
  // pages with the other words would only flash by.
  const last = required.at(-1);
  const unfinished = last?.last && last.words.length === 1 && (last.words[0] as string).length < PREFIX_MIN_LENGTH;
  if (required.length < 2 || full.length >= limit || unfinished) return { full, partial: [] };

  const isFull = new Set(fullIds);
  const matched = new Map<number, number>();
  for (const unit of required)
    for (const id of unit.matches.byDoc.keys()) if (!isFull.has(id)) matched.set(id, (matched.get(id) ?? 0) + 1);
  // Only the pages with the most units can be among the few listed: score those alone (a query of
  // common words has thousands of pages with one of them).
  const byCount: number[][] = [];
  for (const [id, count] of matched) if (allowed(id)) (byCount[count] ??= []).push(id);
  const partial: Ranked[] = [];
  for (let count = byCount.length - 1; count > 0 && partial.length < PARTIAL_SHOWN; count -= 1)
    partial.push(...(byCount[count] ?? []).map((id) => ({ id, score: scoreOf(id), partial: true })).sort(byScore));
  return { full, partial: partial.slice(0, PARTIAL_SHOWN) };
}
