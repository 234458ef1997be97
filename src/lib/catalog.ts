import { toSlug } from '../pipeline/slug';
import type { PaperRecord } from '../model/paper';
import { ancestorsOf } from '../model/topics';

export type { PaperRecord } from '../model/paper';

export interface TopicRecord {
  id: string;
  label: string;
  parent: string | null;
  description: string;
  aliases: string[];
  formerIds: string[];
}

export interface TopicNode extends TopicRecord {
  children: TopicNode[];
  /** Ancestors from the root down, not including the topic itself. */
  ancestors: TopicRecord[];
  /** Papers tagged with this topic itself. */
  directPapers: string[];
  /** Papers tagged with this topic or any subtopic, in title order. */
  papers: string[];
}

export interface MethodRecord {
  name: string;
  slug: string;
  /** Other names: long form, acronym, spellings from the vocabulary. */
  aliases: string[];
  /** Papers that name the method in their abstract without a typed relation to it. */
  mentionedBy: string[];
  /** The corpus paper that introduces the method, if any. */
  introducedBy: string | null;
  /** Papers that build on the method, with the sentence that says so. */
  builtOnBy: Array<{ paper: string; evidence: string }>;
  /** Papers that compare against the method. */
  comparedBy: Array<{ paper: string; evidence: string }>;
  /** Papers that use the method or model as a part, base or tool. */
  usedBy: Array<{ paper: string; evidence: string }>;
}

export interface Catalog {
  papers: PaperRecord[];
  paperBySlug: Map<string, PaperRecord>;
  topics: TopicNode[];
  topicById: Map<string, TopicNode>;
  roots: TopicNode[];
  methods: MethodRecord[];
  methodBySlug: Map<string, MethodRecord>;
  methodByName: Map<string, MethodRecord>;
}

// One collator for every comparison: `localeCompare` with options builds a new one per call.
const collator = new Intl.Collator('en', { sensitivity: 'base' });
const byText = (a: string, b: string) => collator.compare(a, b);

/** The topic hierarchy with paper counts that include subtopics, children in label order. */
export function buildTopicTree(topics: TopicRecord[], papers: PaperRecord[]): TopicNode[] {
  const nodes = new Map<string, TopicNode>(
    topics.map((topic) => [topic.id, { ...topic, children: [], ancestors: [], directPapers: [], papers: [] }]),
  );
  const parentOf = new Map(topics.map((topic) => [topic.id, topic.parent]));
  for (const node of nodes.values()) {
    if (node.parent) nodes.get(node.parent)?.children.push(node);
    node.ancestors = ancestorsOf(node.id, parentOf).flatMap((id) => nodes.get(id) ?? []);
  }
  const sortedPapers = [...papers].sort((a, b) => byText(a.title, b.title));
  for (const paper of sortedPapers) {
    const reached = new Set<string>();
    for (const id of paper.topics) {
      const node = nodes.get(id);
      if (!node) continue;
      node.directPapers.push(paper.slug);
      for (const topic of [node, ...node.ancestors]) reached.add(topic.id);
    }
    for (const id of reached) nodes.get(id)?.papers.push(paper.slug);
  }
  for (const node of nodes.values()) node.children.sort((a, b) => byText(a.label, b.label));
  return [...nodes.values()];
}

/** A named method of the vocabulary, for its aliases. */
export interface MethodTerm {
  label: string;
  aliases: string[];
}

/**
 * Every method worth a page: each one a corpus paper introduces, each one papers relate to, and
 * each one two or more papers name. Names that differ only in case or spacing are one method.
 */
export function buildMethods(papers: PaperRecord[], terms: readonly MethodTerm[] = []): MethodRecord[] {
  const byKey = new Map<string, MethodRecord>();
  const keyOf = (name: string) => toSlug(name) || name.toLowerCase();
  const get = (name: string) => {
    const key = keyOf(name);
    let method = byKey.get(key);
    if (!method) {
      method = {
        name,
        slug: key,
        aliases: [],
        mentionedBy: [],
        introducedBy: null,
        builtOnBy: [],
        comparedBy: [],
        usedBy: [],
      };
      byKey.set(key, method);
    }
    return method;
  };
  for (const paper of papers) {
    if (!paper.name) continue;
    const method = get(paper.name);
    method.introducedBy ??= paper.slug;
    for (const alias of paper.aliases ?? []) if (!method.aliases.includes(alias)) method.aliases.push(alias);
  }
  for (const paper of papers) {
    for (const relation of paper.relations) {
      const method = get(relation.target);
      if (relation.targetSlug && !method.introducedBy) method.introducedBy = relation.targetSlug;
      const list = { 'builds-on': method.builtOnBy, 'compares-with': method.comparedBy, uses: method.usedBy }[
        relation.type
      ];
      if (!list.some((entry) => entry.paper === paper.slug))
        list.push({ paper: paper.slug, evidence: relation.evidence });
    }
  }
  // Methods two or more papers name get a page too; papers that name a paged method are listed on it.
  const mentions = new Map<string, string[]>();
  for (const paper of papers)
    for (const name of paper.methods) mentions.set(keyOf(name), [...(mentions.get(keyOf(name)) ?? []), paper.slug]);
  for (const paper of papers) {
    for (const name of paper.methods) {
      const slugs = mentions.get(keyOf(name)) ?? [];
      if (slugs.length < 2 && !byKey.has(keyOf(name))) continue;
      const method = get(name);
      const related = [
        method.introducedBy,
        ...method.builtOnBy.map((e) => e.paper),
        ...method.comparedBy.map((e) => e.paper),
        ...method.usedBy.map((e) => e.paper),
      ];
      if (!related.includes(paper.slug) && !method.mentionedBy.includes(paper.slug))
        method.mentionedBy.push(paper.slug);
    }
  }
  const termByKey = new Map<string, MethodTerm>();
  for (const term of terms)
    for (const name of [term.label, ...term.aliases]) if (!termByKey.has(keyOf(name))) termByKey.set(keyOf(name), term);
  for (const method of byKey.values()) {
    const term = termByKey.get(method.slug);
    for (const alias of term ? [term.label, ...term.aliases] : []) {
      if (alias !== method.name && !method.aliases.includes(alias)) method.aliases.push(alias);
    }
  }
  return [...byKey.values()].sort((a, b) => byText(a.name, b.name));
}

export function buildCatalog(
  papers: PaperRecord[],
  topics: TopicRecord[],
  methodTerms: readonly MethodTerm[] = [],
): Catalog {
  const sorted = [...papers].sort((a, b) => byText(a.title, b.title));
  const tree = buildTopicTree(topics, sorted);
  const methods = buildMethods(sorted, methodTerms);
  return {
    papers: sorted,
    paperBySlug: new Map(sorted.map((paper) => [paper.slug, paper])),
    topics: tree,
    topicById: new Map(tree.map((node) => [node.id, node])),
    roots: tree.filter((node) => node.parent === null).sort((a, b) => byText(a.label, b.label)),
    methods,
    methodBySlug: new Map(methods.map((method) => [method.slug, method])),
    methodByName: new Map(methods.map((method) => [method.name, method])),
  };
}

export interface RelatedPaper {
  paper: PaperRecord;
  /** Why it is related, in words: "shares Low-rank adaptation, LoRA". */
  reasons: string[];
}

/** How strongly two papers are related, and why in words; score 0 means not related. */
function relatedness(paper: PaperRecord, other: PaperRecord, catalog: Catalog): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0;
  const sharedTopics = other.topics.filter((id) => paper.topics.includes(id));
  for (const id of sharedTopics) score += topicDepth(id, catalog);
  if (sharedTopics.length)
    reasons.push(`topic ${sharedTopics.map((id) => catalog.topicById.get(id)?.label ?? id).join(', ')}`);
  const sharedMethods = other.methods.filter((name) => paper.methods.includes(name));
  score += sharedMethods.length * 2;
  if (sharedMethods.length) reasons.push(`method ${sharedMethods.join(', ')}`);
  if (paper.relations.some((relation) => relation.targetSlug === other.slug)) {
    score += 4;
    reasons.push(`this paper builds on or compares with ${other.name ?? 'it'}`);
  }
  if (other.relations.some((relation) => relation.targetSlug === paper.slug)) {
    score += 4;
    reasons.push(`it builds on or compares with ${paper.name ?? 'this paper'}`);
  }
  return { score, reasons };
}

function topicDepth(id: string, catalog: Catalog): number {
  return (catalog.topicById.get(id)?.ancestors.length ?? 0) + 1;
}

/**
 * Which papers carry each topic, method and relation target, by their position in title order
 * (`catalog.papers`): the candidates of relatedPapers, with scratch space to score them.
 */
interface RelatedIndex {
  position: Map<string, number>;
  byTopic: Map<string, number[]>;
  byMethod: Map<string, number[]>;
  /** Papers whose relations point at a slug. */
  relatingTo: Map<string, number[]>;
  /** One score per paper, reset to 0 after each use. */
  scores: Float64Array;
}

const relatedIndexes = new WeakMap<Catalog, RelatedIndex>();

function relatedIndex(catalog: Catalog): RelatedIndex {
  let index = relatedIndexes.get(catalog);
  if (index) return index;
  const add = (map: Map<string, number[]>, key: string, position: number) => {
    const list = map.get(key);
    if (list) list.push(position);
    else map.set(key, [position]);
  };
  const built: RelatedIndex = {
    position: new Map(),
    byTopic: new Map(),
    byMethod: new Map(),
    relatingTo: new Map(),
    scores: new Float64Array(catalog.papers.length),
  };
  catalog.papers.forEach((paper, position) => {
    built.position.set(paper.slug, position);
    // One entry per occurrence, so a tag listed twice counts twice, as in relatedness().
    for (const id of paper.topics) add(built.byTopic, id, position);
    for (const name of paper.methods) add(built.byMethod, name, position);
    for (const slug of new Set(paper.relations.map((relation) => relation.targetSlug)))
      if (slug) add(built.relatingTo, slug, position);
  });
  relatedIndexes.set(catalog, built);
  index = built;
  return index;
}

/**
 * Papers most like this one: shared topics (more specific ones count more), shared methods, and
 * direct relations between the two. Ties break by title so the list is stable.
 * Scores come from an index of the catalog built once, so a page costs what its tags share,
 * not a pass over every paper (which made a 10,000-paper build quadratic).
 */
export function relatedPapers(paper: PaperRecord, catalog: Catalog, limit = 5): RelatedPaper[] {
  const index = relatedIndex(catalog);
  const { scores } = index;
  const self = index.position.get(paper.slug) ?? -1;
  const touched: number[] = [];
  const credit = (positions: readonly number[] | undefined, points: number) => {
    for (const position of positions ?? []) {
      if (position === self) continue;
      if (scores[position] === 0) touched.push(position);
      scores[position] = (scores[position] as number) + points;
    }
  };
  for (const id of new Set(paper.topics)) credit(index.byTopic.get(id), topicDepth(id, catalog));
  for (const name of new Set(paper.methods)) credit(index.byMethod.get(name), 2);
  for (const slug of new Set(paper.relations.map((relation) => relation.targetSlug))) {
    const position = slug ? index.position.get(slug) : undefined;
    if (position !== undefined) credit([position], 4);
  }
  credit(index.relatingTo.get(paper.slug), 4);

  // Keep the best `limit` in one pass: higher score first, then earlier in title order.
  const best: Array<{ position: number; score: number }> = [];
  for (const position of touched) {
    const score = scores[position] as number;
    scores[position] = 0;
    const last = best[best.length - 1];
    if (best.length === limit && last && (score < last.score || (score === last.score && position > last.position)))
      continue;
    let at = best.length;
    while (
      at > 0 &&
      (best[at - 1]!.score < score || (best[at - 1]!.score === score && best[at - 1]!.position > position))
    )
      at -= 1;
    best.splice(at, 0, { position, score });
    if (best.length > limit) best.pop();
  }
  return best.map(({ position }) => {
    const related = catalog.papers[position] as PaperRecord;
    return { paper: related, reasons: relatedness(paper, related, catalog).reasons };
  });
}

/** relatedPapers by comparing the paper with every other one: the definition the index must match. */
export function relatedPapersByScan(paper: PaperRecord, catalog: Catalog, limit = 5): RelatedPaper[] {
  const scored: Array<RelatedPaper & { score: number }> = [];
  for (const other of catalog.papers) {
    if (other.slug === paper.slug) continue;
    const { score, reasons } = relatedness(paper, other, catalog);
    if (score > 0) scored.push({ paper: other, reasons, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || byText(a.paper.title, b.paper.title))
    .slice(0, limit)
    .map(({ paper: related, reasons }) => ({ paper: related, reasons }));
}
