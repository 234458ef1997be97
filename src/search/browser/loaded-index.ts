import { stemmer } from 'stemmer';
import type { FacetName } from '../shared/facets';
import { docKey, textKey, wordsOf, type DocPayload, type IndexLoader, type IndexMeta } from '../shared/index-format';
import { excerptOf } from './excerpt';
import { IndexReader } from './index-reader';
import { matchWord, withCorrections } from './match-word';
import { longFormMatches, planUnits, type UnitPlan } from './query-units';
import { hasFullMatch, rankUnits, type Ranked, type Unit } from './rank';

export interface AtlasHit {
  id: number;
  doc: DocPayload;
  score: number;
  /** Whether the page has only some of the query's words (listed after every page with all of them). */
  partial: boolean;
  /** HTML: the text escaped, the matching words in `<mark>`. */
  excerpt: string;
}

export interface AtlasOutcome {
  /** How many pages have every word of the query (or pass the filters, when browsing). */
  total: number;
  /** How many more have some of its words (counted only when fewer than the limit have all). */
  partial: number;
  hits: AtlasHit[];
  /** For each facet, how many of the matching documents carry each value (when asked for). */
  counts: Partial<Record<FacetName, Record<string, number>>>;
  /** Words read as others because what was typed matched nothing (or too little). */
  corrections: Array<{ typed: string; word: string }>;
  /** The query as searched, with its corrections, when there are any. */
  searched?: string;
}

export interface AtlasSearchOptions {
  limit?: number;
  counts?: boolean;
  /** Whether this search is still wanted; documents are only fetched while it is. */
  isCurrent?: () => boolean;
  /** Whether misspelled words are corrected (default); false searches the words as typed. */
  correct?: boolean;
  /** Whether the hits' excerpts are wanted (default); each is a file of its own. */
  excerpts?: boolean;
}

/** A word in at most this many pages is tried for a correction when no page has every word. */
const RARE = 3;
/** …and read as a correction only if that is in this many times as many pages. */
const MORE_COMMON = 5;

/** One build's index: its table of contents, and the search over the files of its folder. */
export class LoadedIndex {
  private readonly reader: IndexReader;
  private readonly stopwords: ReadonlySet<string>;

  constructor(
    readonly meta: IndexMeta,
    load: IndexLoader,
  ) {
    this.reader = new IndexReader(meta, load);
    this.stopwords = new Set(meta.stopwords);
  }

  /**
   * The units of a query, with the long forms of acronyms read from the shards of its words; and,
   * for each word, the words that follow earlier words of the query in long forms, which are
   * likely what a misspelled word means ("mixture of shrads": shards, of Mixture of Shards).
   */
  private async plan(typed: readonly string[]): Promise<{ plans: UnitPlan[]; context: (word: string) => string[] }> {
    // Each word's shards are fetched at once, with those of its other forms: the matches of
    // `match` below need them, and waiting for the plan first would cost a round trip.
    const lastWord = typed.at(-1);
    for (const word of new Set(typed))
      void matchWord(this.reader, word, word === lastWord && !this.stopwords.has(word)).catch(() => undefined);
    const shards = new Map(
      await Promise.all([...new Set(typed)].map(async (word) => [word, await this.reader.shardOf(word)] as const)),
    );
    const longFormsOf = (word: string) => shards.get(word)?.l?.[word] ?? [];
    const plans = planUnits(typed, this.stopwords, longFormsOf, stemmer);
    const context = (word: string) =>
      typed
        .slice(0, typed.indexOf(word))
        .flatMap((earlier) => longFormsOf(earlier).flatMap(([rest]) => rest.split(' ')));
    return { plans, context };
  }

  /** What a unit matches: its word (corrected if it matches nothing), or a long form or its acronym. */
  private async match(plan: UnitPlan, correct: boolean, context: (word: string) => string[] = () => []): Promise<Unit> {
    const last = plan.words.length - 1;
    // The words and an acronym's terms are looked up together: one round of fetches, not two.
    const lookups = plan.words.map((word, index) =>
      matchWord(this.reader, word, plan.last && plan.required && index === last),
    );
    if (plan.terms !== undefined) {
      const terms = plan.terms;
      // Pages that write the acronym itself; those with another of its long forms are not meant.
      const termLookups = terms.map((term) => matchWord(this.reader, term, false, { longForms: false }));
      const key = `${plan.words.join(' ')}\u0000${terms.join(' ')}\u0000${plan.last}`;
      const matches = await this.reader.remember(key, async () =>
        longFormMatches(await Promise.all(lookups), await Promise.all(termLookups)),
      );
      return { ...plan, matches };
    }
    const [word] = plan.words as [string];
    const matches = await lookups[0]!;
    if (!correct || !plan.required || matches.byDoc.size > 0) return { ...plan, matches };
    const likely = context(word);
    const found = await this.reader.remember(`\u0001${word}\u0000${plan.last}\u0000${likely.join(' ')}`, () =>
      withCorrections(this.reader, word, plan.last, matches, { context: likely }),
    );
    return this.corrected({ ...plan, matches }, found);
  }

  /** A one-word unit with its corrections' matches, and the correction the reader is told of. */
  private corrected(unit: Unit, found: { matches: Unit['matches']; corrected?: string }): Unit {
    if (!found.corrected) return unit;
    return {
      ...unit,
      matches: found.matches,
      corrections: [{ typed: unit.words[0] as string, word: found.corrected }],
    };
  }

  /**
   * The query's units and what they match, misspelled words corrected: first those that match
   * nothing; then, if no page has every word, rare words that a much commoner one is likely meant
   * for. A corrected word that completes an acronym's long form is planned again with it.
   */
  private async units(typed: readonly string[], correct: boolean, allowed: (id: number) => boolean): Promise<Unit[]> {
    const { plans, context } = await this.plan(typed);
    let units = await Promise.all(plans.map((plan) => this.match(plan, correct, context)));
    if (correct && units.filter((unit) => unit.required).length > 1 && !hasFullMatch(units, allowed)) {
      units = await Promise.all(
        units.map(async (unit) => {
          const size = unit.matches.byDoc.size;
          if (unit.terms || unit.corrections || !unit.required || size === 0 || size > RARE) return unit;
          const better = await withCorrections(this.reader, unit.words[0] as string, unit.last, unit.matches, {
            isBetter: (correction) => correction.documents >= MORE_COMMON * size,
          });
          return this.corrected(unit, better);
        }),
      );
    }
    const corrections = units.flatMap((unit) => unit.corrections ?? []);
    if (corrections.length === 0) return units;
    const meant = new Map(corrections.map(({ typed: word, word: correction }) => [word, correction]));
    const { plans: replanned } = await this.plan(typed.map((word) => meant.get(word) ?? word));
    const termsOf = (list: readonly UnitPlan[]) => list.flatMap((plan) => plan.terms ?? []).join(' ');
    const newTerm = termsOf(replanned) !== termsOf(plans);
    if (!newTerm) return units;
    const again = await Promise.all(replanned.map((plan) => this.match(plan, false)));
    // The corrected words are still corrections the reader is told of.
    return again.map((unit) => {
      const own = corrections.filter(({ word }) => unit.words.includes(word));
      return own.length > 0 ? { ...unit, corrections: own } : unit;
    });
  }

  /** Searches this index (see `AtlasSearch`). */
  async search(
    query: string,
    filters: Partial<Record<FacetName, string[]>>,
    options: AtlasSearchOptions,
  ): Promise<AtlasOutcome> {
    const { limit = 10, counts = false, isCurrent = () => true, correct = true, excerpts = true } = options;
    let allowedIds: Set<number> | undefined;
    for (const [name, values] of Object.entries(filters) as Array<[FacetName, string[]]>) {
      for (const value of values) {
        const ids = await this.reader.idsOf(name, value);
        allowedIds = new Set([...(allowedIds ?? ids)].filter((id) => ids.has(id)));
      }
    }
    const allowed = (id: number) => !allowedIds || allowedIds.has(id);
    const typed = wordsOf(query);

    let ranked: { full: Ranked[]; partial: Ranked[] };
    let units: Unit[] = [];
    if (typed.length === 0) {
      // Browse: every page that passes the filters, in title order (the order of ids).
      const ids = Array.from({ length: this.meta.docs }, (_, id) => id).filter(allowed);
      ranked = { full: ids.map((id) => ({ id, score: 0, partial: false })), partial: [] };
    } else {
      units = await this.units(typed, correct, allowed);
      ranked = rankUnits(units, allowed, limit);
    }
    const corrections = units.flatMap((unit) => unit.corrections ?? []);
    const outcome: AtlasOutcome = {
      total: ranked.full.length,
      partial: ranked.partial.length,
      hits: [],
      counts: {},
      corrections,
    };
    if (corrections.length > 0)
      outcome.searched = typed.map((word) => corrections.find((entry) => entry.typed === word)?.word ?? word).join(' ');
    const listed = [...ranked.full, ...ranked.partial];
    if (counts)
      outcome.counts = await this.reader.count((ranked.full.length > 0 ? ranked.full : listed).map(({ id }) => id));
    if (!isCurrent()) return outcome;
    const shown = listed.slice(0, limit);
    const withText = excerpts && typed.length > 0;
    const docs = await Promise.all(shown.map(({ id }) => this.doc(id, withText)));
    // Function words would mark half an abstract, and place its excerpt at the first "of".
    const highlighted = new Set(units.filter((unit) => unit.required).flatMap((unit) => [...unit.matches.words]));
    const isMatch = (word: string) => highlighted.has(word);
    outcome.hits = shown.map(({ id, score, partial }, index) => {
      const doc = docs[index] as DocPayload;
      return { id, doc, score, partial, excerpt: withText ? excerptOf(doc.x ?? '', isMatch) : '' };
    });
    return outcome;
  }

  /** A document as a result shows it, with its body text if `withText`. */
  private doc(id: number, withText: boolean): Promise<DocPayload> {
    return this.reader.file<DocPayload>(withText ? textKey(id) : docKey(id));
  }
}
