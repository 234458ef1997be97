import { methodKey, methodSlug } from './method-key';
import type { PaperRecord } from '../model/paper';
import { isConfident } from '../model/relations';
import { isTentativeTopic } from './tag-groups';
import { ancestorsOf } from '../model/topics';
import { methodsWithPages } from './method-pages';
import { byNewest } from './newest-papers';
import { byText } from './text-order';

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
  /**
   * Papers tagged with this topic or any subtopic: those a sure tag files here first, then those
   * only a tentative tag does (`tentativePapers`), each part newest first (./newest-papers).
   */
  papers: string[];
  /** The last of `papers`: filed here only by tags the extractor was unsure of (a guessed topic). */
  tentativePapers: string[];
}

/** How many papers a topic holds (its subtopics' included): filed by a sure tag, and only by a tentative one. */
export interface TopicPaperCounts {
  confident: number;
  tentative: number;
}

/** What the taxonomy counts of a topic: its papers filed by a sure tag, and apart, the guessed ones. */
export function topicPaperCounts(topic: Pick<TopicNode, 'papers' | 'tentativePapers'>): TopicPaperCounts {
  return { confident: topic.papers.length - topic.tentativePapers.length, tentative: topic.tentativePapers.length };
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
  /** The methods with a page of their own (./method-pages), in name order. */
  methods: MethodRecord[];
  methodBySlug: Map<string, MethodRecord>;
  /** The methods with a page by the key their spellings share (./method-key): see `methodNamed`. */
  methodByKey: Map<string, MethodRecord>;
  /** The methods without a page, by slug: each is listed on the page of the one paper that names it. */
  pagelessMethodBySlug: Map<string, MethodRecord>;
  /** The same by key, for an old URL of one of their spellings. */
  pagelessMethodByKey: Map<string, MethodRecord>;
}

/**
 * The topic hierarchy with paper counts that include subtopics, children in label order. A paper
 * is sure under a topic when one of its sure tags is the topic or a subtopic of it; one filed there
 * only by tentative tags follows the sure ones, so a reader meets what the papers state first.
 */
export function buildTopicTree(topics: TopicRecord[], papers: PaperRecord[]): TopicNode[] {
  const nodes = new Map<string, TopicNode>(
    topics.map((topic) => [
      topic.id,
      { ...topic, children: [], ancestors: [], directPapers: [], papers: [], tentativePapers: [] },
    ]),
  );
  const parentOf = new Map(topics.map((topic) => [topic.id, topic.parent]));
  for (const node of nodes.values()) {
    if (node.parent) nodes.get(node.parent)?.children.push(node);
    node.ancestors = ancestorsOf(node.id, parentOf).flatMap((id) => nodes.get(id) ?? []);
  }
  // Newest first: a day's papers join the front of each topic's list, and the pages of its older
  // papers (./list-pages `stableListPages`) stay as they were.
  const sortedPapers = [...papers].sort((a, b) => byNewest(a, b) || byText(a.title, b.title));
  for (const paper of sortedPapers) {
    const sure = new Set<string>();
    const guessed = new Set<string>();
    for (const id of paper.topics) {
      const node = nodes.get(id);
      if (!node) continue;
      node.directPapers.push(paper.slug);
      const reached = isTentativeTopic(paper, id) ? guessed : sure;
      for (const topic of [node, ...node.ancestors]) reached.add(topic.id);
    }
    for (const id of sure) nodes.get(id)?.papers.push(paper.slug);
    for (const id of guessed) if (!sure.has(id)) nodes.get(id)?.tentativePapers.push(paper.slug);
  }
  for (const node of nodes.values()) node.papers.push(...node.tentativePapers);
  for (const node of nodes.values()) node.children.sort((a, b) => byText(a.label, b.label));
  return [...nodes.values()];
}

/** A named method of the vocabulary, for its aliases. */
export interface MethodTerm {
  label: string;
  aliases: string[];
}

/**
 * Every method the atlas names: each one a corpus paper introduces, relates to or names among its
 * methods, with the papers that do. Spellings of one name are one method (./method-key): it is
 * called as the paper that introduces it calls it, else as papers write it most often (the first
 * written of equals), and its page is that name's slug. Which of them get a page is decided in
 * ./method-pages.
 */
export function buildMethods(papers: PaperRecord[], terms: readonly MethodTerm[] = []): MethodRecord[] {
  const byKey = new Map<string, MethodRecord>();
  const spellings = new Map<MethodRecord, Map<string, number>>();
  const get = (name: string) => {
    const key = methodKey(name);
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
      spellings.set(method, new Map());
    }
    const written = spellings.get(method)!;
    written.set(name, (written.get(name) ?? 0) + 1);
    return method;
  };
  const namedBy = new Map<MethodRecord, string>();
  for (const paper of papers) {
    if (!paper.name) continue;
    const method = get(paper.name);
    if (!method.introducedBy) namedBy.set(method, paper.name);
    method.introducedBy ??= paper.slug;
    for (const alias of paper.aliases ?? []) if (!method.aliases.includes(alias)) method.aliases.push(alias);
  }
  for (const paper of papers) {
    for (const relation of paper.relations.filter(isConfident)) {
      const method = get(relation.target);
      if (relation.targetSlug && !method.introducedBy) method.introducedBy = relation.targetSlug;
      const list = { 'builds-on': method.builtOnBy, 'compares-with': method.comparedBy, uses: method.usedBy }[
        relation.type
      ];
      if (!list.some((entry) => entry.paper === paper.slug))
        list.push({ paper: paper.slug, evidence: relation.evidence });
    }
  }
  // A paper that names a method without a typed relation to it is listed as mentioning it.
  for (const paper of papers) {
    for (const name of paper.methods) {
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
  for (const [method, written] of spellings) {
    method.name = namedBy.get(method) ?? mostWritten(written);
    method.slug = methodSlug(method.name);
    // Other spellings are aliases (a search for "Llama3" finds Llama 3), not those a slug cannot tell apart.
    for (const spelling of written.keys())
      if (methodSlug(spelling) !== method.slug && !method.aliases.includes(spelling)) method.aliases.push(spelling);
  }
  const termByKey = new Map<string, MethodTerm>();
  for (const term of terms)
    for (const name of [term.label, ...term.aliases])
      if (!termByKey.has(methodKey(name))) termByKey.set(methodKey(name), term);
  for (const [key, method] of byKey) {
    const term = termByKey.get(key);
    for (const alias of term ? [term.label, ...term.aliases] : []) {
      if (alias !== method.name && !method.aliases.includes(alias)) method.aliases.push(alias);
    }
  }
  return [...byKey.values()].sort((a, b) => byText(a.name, b.name));
}

/** The spelling written most often; of equals, the first written. */
function mostWritten(written: ReadonlyMap<string, number>): string {
  let best: [string, number] | undefined;
  for (const entry of written) if (!best || entry[1] > best[1]) best = entry;
  return best![0];
}

/**
 * Methods by the key of their name, then of each alias no name has ("UniRef" for UniRef++, "Low-Rank
 * Adaptation" for LoRA), the first method to give one keeping it.
 */
function byNameThenAlias(methods: readonly MethodRecord[]): Map<string, MethodRecord> {
  const byKey = new Map(methods.map((method) => [methodKey(method.name), method]));
  for (const method of methods)
    for (const alias of method.aliases) if (!byKey.has(methodKey(alias))) byKey.set(methodKey(alias), method);
  return byKey;
}

/** The method with a page that `name`, in any of its spellings or by an alias, names. */
export function methodNamed(catalog: Pick<Catalog, 'methodByKey'>, name: string): MethodRecord | undefined {
  return catalog.methodByKey.get(methodKey(name));
}

export function buildCatalog(
  papers: PaperRecord[],
  topics: TopicRecord[],
  methodTerms: readonly MethodTerm[] = [],
): Catalog {
  const sorted = [...papers].sort((a, b) => byText(a.title, b.title));
  const tree = buildTopicTree(topics, sorted);
  const named = buildMethods(sorted, methodTerms);
  const methods = methodsWithPages(named);
  const paged = new Set(methods);
  return {
    papers: sorted,
    paperBySlug: new Map(sorted.map((paper) => [paper.slug, paper])),
    topics: tree,
    topicById: new Map(tree.map((node) => [node.id, node])),
    roots: tree.filter((node) => node.parent === null).sort((a, b) => byText(a.label, b.label)),
    methods,
    methodBySlug: new Map(methods.map((method) => [method.slug, method])),
    methodByKey: byNameThenAlias(methods),
    pagelessMethodBySlug: new Map(named.filter((method) => !paged.has(method)).map((method) => [method.slug, method])),
    pagelessMethodByKey: byNameThenAlias(named.filter((method) => !paged.has(method))),
  };
}
