/**
 * The one walk up the topic tree. Ancestors are implied everywhere in the atlas (a paper tagged
 * `low-rank-adaptation` is also under `parameter-efficient-fine-tuning`), so the taxonomy loader,
 * the extractor, the catalog, search and the evaluation all close a set of topics through here.
 */

/** Each topic's parent, or null for a top-level area. */
export type ParentOf<Id extends string = string> = ReadonlyMap<Id, Id | null>;

/**
 * A topic's ancestors, root first, not including the topic itself. A cycle (which the taxonomy
 * loader reports as an error) ends the walk rather than looping.
 */
export function ancestorsOf<Id extends string>(id: Id, parentOf: ParentOf<Id>): Id[] {
  const chain: Id[] = [];
  const seen = new Set<Id>([id]);
  for (let parent = parentOf.get(id); parent && !seen.has(parent); parent = parentOf.get(parent)) {
    seen.add(parent);
    chain.unshift(parent);
  }
  return chain;
}

/** The top-level area a topic is filed under: the last of its ancestors, or the topic itself. */
export const areaOf = <Id extends string>(id: Id, parentOf: ParentOf<Id>): Id => ancestorsOf(id, parentOf)[0] ?? id;

/** Whether following parents from a topic runs into a loop (the taxonomy loader reports it). */
export function parentChainLoops<Id extends string>(id: Id, parentOf: ParentOf<Id>): boolean {
  const seen = new Set<Id>();
  for (let at: Id | null | undefined = id; at; at = parentOf.get(at)) {
    if (seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}

/** Topics with all their ancestors, ancestors first, without repeats. */
export function withAncestors<Id extends string>(ids: readonly Id[], parentOf: ParentOf<Id>): Id[] {
  const all = new Set<Id>();
  for (const id of ids) {
    for (const ancestor of ancestorsOf(id, parentOf)) all.add(ancestor);
    all.add(id);
  }
  return [...all];
}

/** Drops topics that are an ancestor of another one in the list: the specific one implies them. */
export function mostSpecific<Id extends string, T extends { value: Id }>(
  tags: readonly T[],
  parentOf: ParentOf<Id>,
): T[] {
  const implied = new Set(tags.flatMap((tag) => ancestorsOf(tag.value, parentOf)));
  return tags.filter((tag) => !implied.has(tag.value));
}

/**
 * Topics without those a paper only works with: "Large language models" beside "Legal AI" and
 * "Benchmarks" is the tool of a benchmark of legal reasoning, not its subject; beside
 * "Quantization" it is what the work quantizes. `subjectBeside` gives, for each such topic, the
 * topics under which work on it is filed (the taxonomy's `subjectBeside`). Only topics that are
 * not such tools themselves count as the others, so a paper keeps at least one topic.
 */
export function withoutToolTopics<Id extends string, T extends { value: Id }>(
  tags: readonly T[],
  subjectBeside: ReadonlyMap<Id, ReadonlySet<Id>>,
  parentOf: ParentOf<Id>,
): T[] {
  const others = tags.filter((tag) => !subjectBeside.has(tag.value));
  if (others.length === 0) return [...tags];
  // The other topics and every topic above them, read once for all the tool topics.
  const filedUnder = new Set(
    withAncestors(
      others.map((tag) => tag.value),
      parentOf,
    ),
  );
  const usedOnly = (tag: T) => {
    const beside = subjectBeside.get(tag.value);
    return beside !== undefined && ![...beside].some((id) => filedUnder.has(id));
  };
  return tags.filter((tag) => !usedOnly(tag));
}
