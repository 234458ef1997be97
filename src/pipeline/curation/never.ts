/**
 * The atlas-wide `never` rules at work inside extraction. A rule drops the mentions of a tag that
 * fall on its phrase before the extractor weighs them, so the phrase never yields the tag while
 * other words of the same paper still can ("ViT" may never mean the topic, "vision transformer"
 * still does). Deleting the tag afterwards would also delete it where the paper has other evidence.
 */
import { FACETS, type FacetName } from '../../model/facets';
import type { NeverRule } from './types';

export interface NeverFilter {
  /** Whether a mention of `value` at `start`–`end` of `text` falls on the phrase of a rule for it. */
  rejects(facet: FacetName, value: string, text: string, start: number, end: number): boolean;
  /** The rules that dropped at least one mention so far: the others change nothing (stale). */
  usedRules(): ReadonlySet<NeverRule>;
  /** The rules it was made of, so another thread can make the same filter. */
  readonly rules: readonly NeverRule[];
  /** Counts rules another thread's filter used (by their place in `rules`) as used here. */
  addUsed(indices: Iterable<number>): void;
}

/** A tag value as rules compare it: topic ids exactly, names without case. */
const valueKey = (facet: FacetName, value: string) =>
  FACETS[facet].source.kind === 'taxonomy' ? value : value.toLowerCase();

/** Where a phrase occurs in a text, without case. */
function occurrences(text: string, phrase: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const haystack = text.toLowerCase();
  const needle = phrase.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
    found.push([at, at + needle.length]);
  return found;
}

/**
 * The filter of a set of rules. A mention is dropped when it overlaps an occurrence of a rule's
 * phrase, so a phrase may be the mention itself ("ViT") or the words around it ("attention to detail").
 */
export function neverFilter(rules: readonly NeverRule[]): NeverFilter {
  const byTag = new Map<string, NeverRule[]>();
  for (const rule of rules) {
    const key = `${rule.facet}\u0000${valueKey(rule.facet, rule.id)}`;
    byTag.set(key, [...(byTag.get(key) ?? []), rule]);
  }
  const used = new Set<NeverRule>();
  // Mentions come paper by paper: a phrase's places in the current text are found once.
  let currentText: string | null = null;
  const places = new Map<string, Array<[number, number]>>();
  const placesOf = (text: string, phrase: string) => {
    if (text !== currentText) {
      currentText = text;
      places.clear();
    }
    let found = places.get(phrase);
    if (!found) {
      found = occurrences(text, phrase);
      places.set(phrase, found);
    }
    return found;
  };
  return {
    rejects(facet, value, text, start, end) {
      const candidates = byTag.get(`${facet}\u0000${valueKey(facet, value)}`);
      if (!candidates) return false;
      const rule = candidates.find((candidate) =>
        placesOf(text, candidate.phrase).some(([from, to]) => from < end && start < to),
      );
      if (rule) used.add(rule);
      return rule !== undefined;
    },
    usedRules: () => used,
    rules,
    addUsed(indices) {
      for (const index of indices) if (rules[index]) used.add(rules[index]);
    },
  };
}

/** A filter without rules, for builds without a corrections file. */
export const NO_NEVER_RULES: NeverFilter = {
  rejects: () => false,
  usedRules: () => new Set(),
  rules: [],
  addUsed: () => {},
};
