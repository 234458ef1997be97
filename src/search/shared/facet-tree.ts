import { decodeIdSet, encodeIdSet } from './codec';

/*
 * A facet whose values form a tree (topics) files every document under a value's ancestors too, so
 * the value at the root holds nearly every document and its parents repeat their children. Such a
 * facet is written with each value's own documents only, those no value under it has, and where each
 * value sits; a reader adds the documents of the values under it back. At 10,000 papers this makes
 * the topic filter about a third smaller (54 KB to 35 KB), which the search page fetches before its
 * first results.
 */

/** The key, in a nested facet's record, of where each value sits (no topic or value is spelled so). */
export const WITHIN = '^';

/** A nested facet's values in the order `WITHIN` counts them: by code unit, the same in every engine. */
const inOrder = (values: Iterable<string>) => [...values].filter((value) => value !== WITHIN).sort();

/**
 * A facet's record: each value's documents, encoded. With `parentOf`, a value is written with only
 * its own documents when every value under it has documents it has too, which the tree promises;
 * a value where that fails is written whole and its children stand alone, so reading is exact.
 */
export function writeFacet(
  documentsOf: ReadonlyMap<string, readonly number[]>,
  docs: number,
  parentOf?: (value: string) => string | null | undefined,
): Record<string, string> {
  const record: Record<string, string> = {};
  if (!parentOf) {
    for (const value of [...documentsOf.keys()].sort((a, b) => a.localeCompare(b)))
      record[value] = encodeIdSet(documentsOf.get(value) as number[], docs);
    return record;
  }
  const values = inOrder(documentsOf.keys());
  const childrenOf = new Map<string, string[]>();
  for (const value of values) {
    const parent = parentOf(value);
    if (parent && documentsOf.has(parent)) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), value]);
  }
  const linked = new Set<string>();
  for (const value of values) {
    const own = new Set(documentsOf.get(value));
    const children = childrenOf.get(value) ?? [];
    const contained = children.every((child) => documentsOf.get(child)?.every((id) => own.has(id)));
    if (contained) {
      for (const child of children) {
        linked.add(child);
        for (const id of documentsOf.get(child) ?? []) own.delete(id);
      }
    }
    record[value] = encodeIdSet(
      [...own].sort((a, b) => a - b),
      docs,
    );
  }
  const position = new Map(values.map((value, index) => [value, index]));
  record[WITHIN] = values
    .map((value) => (linked.has(value) ? String(position.get(parentOf(value) as string)) : ''))
    .join(',');
  return record;
}

/** The documents of every value of a facet's record, those under it included. */
export function readFacet(record: Readonly<Record<string, string>>): Map<string, number[]> {
  const values = inOrder(Object.keys(record));
  const sets = new Map(values.map((value) => [value, decodeIdSet(record[value] as string)]));
  const within = record[WITHIN];
  if (within === undefined) return sets;
  const childrenOf = new Map<string, string[]>();
  within.split(',').forEach((position, index) => {
    const parent = position === '' ? undefined : values[Number(position)];
    const value = values[index];
    if (parent !== undefined && value !== undefined) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), value]);
  });
  const whole = new Map<string, number[]>();
  const gather = (value: string, depth: number): number[] => {
    let ids = whole.get(value);
    if (ids) return ids;
    const all = new Set(sets.get(value));
    // A tree of topics is a few levels deep; the bound only guards against a damaged index.
    if (depth < 32)
      for (const child of childrenOf.get(value) ?? []) for (const id of gather(child, depth + 1)) all.add(id);
    whole.set(value, (ids = [...all].sort((a, b) => a - b)));
    return ids;
  };
  return new Map(values.map((value) => [value, gather(value, 0)]));
}
