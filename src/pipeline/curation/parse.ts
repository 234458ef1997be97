/**
 * Reads `content/curation.yaml` and checks every name in it against the atlas: paper slugs, topic
 * ids, facets, relation types, vocabulary terms. Problems are values with the file and line, what
 * was expected and the nearest valid names, so a typo stops the build with its fix in the message.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { FACET_NAMES, FACETS, type FacetName } from '../../model/facets';
import { RELATION_TYPES, type RelationType } from '../../model/relations';
import type { Problem } from '../types';
import { didYouMean } from './nearest';
import {
  CORRECTION_VERBS,
  type CorrectionVerb,
  type Curation,
  type FacetCorrection,
  type NeverRule,
  type PaperCorrection,
  type RelationCorrection,
} from './types';

/** What the names of a corrections file are checked against. */
export interface CurationNames {
  /** The slugs of this build's papers. */
  papers: ReadonlySet<string>;
  /**
   * Every slug the atlas has published (the slug registry): a correction of one whose paper left
   * the corpus is stale, not a typo.
   */
  published: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  /** A renamed topic's former id → its id now. */
  formerTopics: ReadonlyMap<string, string>;
  /**
   * For facets whose values must be terms of the vocabulary (the field facets that are search
   * filters): each label and alias, lower-cased → the label pages show.
   */
  terms: Partial<Record<FacetName, ReadonlyMap<string, string>>>;
}

const TOP_KEYS = ['papers', 'never'];
const PAPER_FIELDS = ['name', ...FACET_NAMES, 'relations'];
const RELATION_KEYS = ['type', 'target', 'evidence'];
const NEVER_KEYS = ['facet', 'id', 'phrase'];

const isFacet = (key: string): key is FacetName => (FACET_NAMES as string[]).includes(key);
const isVerb = (key: string): key is CorrectionVerb => (CORRECTION_VERBS as readonly string[]).includes(key);
const isRelationType = (key: string): key is RelationType => (RELATION_TYPES as readonly string[]).includes(key);

const emptyVerbs = <T>(): Record<CorrectionVerb, T[]> => ({ add: [], remove: [], keep: [] });

/** Parses and checks a corrections file; with any problem, the curation holds only what was valid. */
export function parseCuration(
  text: string,
  file: string,
  names: CurationNames,
): { curation: Curation; problems: Problem[] } {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const curation: Curation = { file, papers: [], never: [] };
  const problems: Problem[] = document.errors.map((error) => ({
    severity: 'error',
    file,
    line: error.linePos?.[0]?.line ?? lines.linePos(error.pos[0]).line,
    message:
      error.code === 'DUPLICATE_KEY'
        ? 'a key is written twice in the same map (YAML would silently keep only one of them)'
        : `invalid YAML: ${error.message.split('\n')[0]}`,
    hint:
      error.code === 'DUPLICATE_KEY'
        ? 'merge the two entries into one'
        : 'fix the YAML syntax at this line (indentation, an unquoted ":" or a missing "-")',
  }));
  if (problems.length > 0) return { curation, problems };

  const lineOf = (node: unknown): number => {
    const offset = (node as YamlNode | null | undefined)?.range?.[0];
    return offset === undefined ? 1 : lines.linePos(offset).line;
  };
  const report = (node: unknown, message: string, hint?: string) =>
    problems.push({ severity: 'error', file, line: lineOf(node), message, ...(hint ? { hint } : {}) });
  /** A scalar as text (numbers too: a name may be "2"), or undefined. */
  const textOf = (node: unknown): string | undefined =>
    isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')
      ? String(node.value).trim()
      : undefined;
  /** The pairs of a map with their keys as text; reports a node that is no map. */
  const pairsOf = (node: unknown, expected: string): Array<{ key: string; pair: Pair }> => {
    if (node === null || (isScalar(node) && node.value === null)) return [];
    if (!isMap(node)) {
      report(node, `expected ${expected}`);
      return [];
    }
    return node.items.filter(isPair).map((pair) => ({ key: textOf(pair.key) ?? '', pair }));
  };
  const unknownKey = (pair: Pair, key: string, allowed: readonly string[], where: string) =>
    report(
      pair.key,
      `unknown key "${key}" in ${where}${didYouMean(key, allowed)}`,
      `the keys there are: ${allowed.join(', ')}`,
    );

  /** A facet's value checked against the atlas: the topic id, or the term's label; undefined if wrong. */
  const facetValue = (facet: FacetName, node: unknown): string | undefined => {
    const value = textOf(node);
    if (!value) {
      report(node, `expected a ${FACETS[facet].label.toLowerCase()} value as text`);
      return undefined;
    }
    if (FACETS[facet].source.kind === 'taxonomy') {
      if (names.topics.has(value)) return value;
      const renamed = names.formerTopics.get(value);
      if (renamed) report(node, `topic "${value}" was renamed to "${renamed}"`, `write "${renamed}"`);
      else
        report(
          node,
          `unknown topic id "${value}"${didYouMean(value, names.topics)}`,
          'use an id of content/taxonomy.yaml',
        );
      return undefined;
    }
    const terms = names.terms[facet];
    if (!terms) return value;
    const label = terms.get(value.toLowerCase());
    if (label) return label;
    report(
      node,
      `"${value}" is not a term of the vocabulary's ${facet}${didYouMean(value, new Set(terms.values()))}`,
      `${facet} are search filters: use a term of content/vocabulary.yaml, or add one there first`,
    );
    return undefined;
  };

  const readFacet = (facet: FacetName, node: unknown): FacetCorrection => {
    const correction = emptyVerbs<{ value: string; line: number }>();
    for (const { key, pair } of pairsOf(node, `a map such as { add: [...], remove: [...] } for ${facet}`)) {
      if (!isVerb(key)) {
        unknownKey(pair, key, CORRECTION_VERBS, facet);
        continue;
      }
      // One value may stand without brackets: `remove: vision`.
      const items = isSeq(pair.value) ? pair.value.items : [pair.value];
      for (const item of items) {
        const value = facetValue(facet, item);
        if (value !== undefined) correction[key].push({ value, line: lineOf(item) });
      }
    }
    return correction;
  };

  const readRelation = (node: unknown): RelationCorrection | undefined => {
    const fields = new Map<string, unknown>();
    for (const { key, pair } of pairsOf(node, 'a relation such as { type: builds-on, target: MeZO }')) {
      if (RELATION_KEYS.includes(key)) fields.set(key, pair.value);
      else unknownKey(pair, key, RELATION_KEYS, 'a relation');
    }
    const type = textOf(fields.get('type'));
    const target = textOf(fields.get('target'));
    const evidence = textOf(fields.get('evidence'));
    if (!type || !isRelationType(type)) {
      report(
        fields.get('type') ?? node,
        type ? `unknown relation type "${type}"${didYouMean(type, RELATION_TYPES)}` : 'a relation needs a `type`',
        `the types are: ${RELATION_TYPES.join(', ')}`,
      );
      return undefined;
    }
    if (!target) {
      report(node, 'a relation needs a `target`: the name of a method or model');
      return undefined;
    }
    return { type, target, ...(evidence ? { evidence } : {}), line: lineOf(node) };
  };

  const readPaper = (slug: string, keyNode: unknown, node: unknown): PaperCorrection => {
    const correction: PaperCorrection = { slug, line: lineOf(keyNode), facets: {}, relations: emptyVerbs() };
    for (const { key, pair } of pairsOf(node, `the corrections of paper "${slug}" as a map`)) {
      if (key === 'name') {
        const name = textOf(pair.value);
        const isNull = pair.value === null || (isScalar(pair.value) && pair.value.value === null);
        if (isNull || name) correction.name = { value: isNull ? null : (name as string), line: lineOf(pair.key) };
        else report(pair.value, 'expected the name of the method the paper introduces, or null for none');
      } else if (isFacet(key)) correction.facets[key] = readFacet(key, pair.value);
      else if (key === 'relations') {
        for (const verbPair of pairsOf(pair.value, 'a map such as { add: [...], remove: [...] } for relations')) {
          if (!isVerb(verbPair.key)) unknownKey(verbPair.pair, verbPair.key, CORRECTION_VERBS, 'relations');
          else if (!isSeq(verbPair.pair.value)) report(verbPair.pair.value, 'expected a list of relations');
          else
            for (const item of verbPair.pair.value.items) {
              const relation = readRelation(item);
              if (relation) correction.relations[verbPair.key].push(relation);
            }
        }
      } else unknownKey(pair, key, PAPER_FIELDS, `paper "${slug}"`);
    }
    return correction;
  };

  const readNever = (node: unknown): NeverRule | undefined => {
    const fields = new Map<string, unknown>();
    for (const { key, pair } of pairsOf(node, 'a rule such as { facet: topics, id: vision, phrase: "ViT" }')) {
      if (NEVER_KEYS.includes(key)) fields.set(key, pair.value);
      else unknownKey(pair, key, NEVER_KEYS, 'a never rule');
    }
    const facet = textOf(fields.get('facet'));
    const phrase = textOf(fields.get('phrase'));
    if (!facet || !isFacet(facet)) {
      report(
        fields.get('facet') ?? node,
        facet ? `unknown facet "${facet}"${didYouMean(facet, FACET_NAMES)}` : 'a never rule needs a `facet`',
        `the facets are: ${FACET_NAMES.join(', ')}`,
      );
      return undefined;
    }
    const id = facetValue(facet, fields.get('id') ?? node);
    if (!phrase) report(node, 'a never rule needs a `phrase`: the words that must not yield the tag');
    return id !== undefined && phrase ? { facet, id, phrase, line: lineOf(node) } : undefined;
  };

  const root = document.contents;
  for (const { key, pair } of pairsOf(root, 'a map with `papers:` and `never:` at the top of the file')) {
    if (key === 'papers') {
      for (const { key: slug, pair: paper } of pairsOf(pair.value, 'a map of paper slugs')) {
        if (names.papers.has(slug) || names.published.has(slug))
          curation.papers.push(readPaper(slug, paper.key, paper.value));
        else
          report(
            paper.key,
            `unknown paper slug "${slug}"${didYouMean(slug, names.papers)}`,
            'use the slug of the paper page, as in /papers/<slug>/ (content/slugs.yaml lists them all)',
          );
      }
    } else if (key === 'never') {
      if (!isSeq(pair.value)) report(pair.value, 'expected a list of never rules');
      else
        for (const item of pair.value.items) {
          const rule = readNever(item);
          if (rule) curation.never.push(rule);
        }
    } else unknownKey(pair, key, TOP_KEYS, 'the top of the file');
  }
  return { curation, problems };
}
