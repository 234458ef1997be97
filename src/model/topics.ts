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
