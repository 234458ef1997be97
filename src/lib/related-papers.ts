/**
 * Related papers: which papers of the catalog are most like a given one, and why in words.
 * The catalog itself (papers, topic tree, methods) is built in ./catalog.
 */
import type { Catalog, PaperRecord } from './catalog';
import { byText } from './text-order';
import { isConfident } from '../model/relations';

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
  if (paper.relations.some((relation) => isConfident(relation) && relation.targetSlug === other.slug)) {
    score += 4;
    reasons.push(`this paper builds on or compares with ${other.name ?? 'it'}`);
  }
  if (other.relations.some((relation) => isConfident(relation) && relation.targetSlug === paper.slug)) {
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
    for (const slug of confidentTargets(paper)) if (slug) add(built.relatingTo, slug, position);
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
  for (const slug of confidentTargets(paper)) {
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

/** The papers this one relates to by relations sure enough to be drawn. */
function confidentTargets(paper: PaperRecord): Set<string | null> {
  return new Set(paper.relations.filter(isConfident).map((relation) => relation.targetSlug));
}
