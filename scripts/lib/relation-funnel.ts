/**
 * Where a labelled relation was lost, for `npm run eval -- --funnel`: whether the extractor related
 * its target, read it as a name and let no rule relate it, ruled it out as no target, read it under
 * another name, or never read it as a name at all. Counted per split, never listed by paper, so the
 * held-out half can be measured this way without anyone reading its misses.
 */
import { methodKey, sizelessTarget, type LabelledRelation } from '../../src/pipeline/evaluate';
import type { HeardName } from '../../src/pipeline/extract-relations';
import type { Refusal } from '../../src/pipeline/relation-admission';

export const FUNNEL_STAGES = [
  'related, with its type',
  'related, with another type',
  'read as a name, no rule relates it',
  'read as a name, ruled out as no target',
  'read under a longer or shorter name',
  'not read as a name',
  'not written in the abstract as labelled',
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

const sameTarget = (a: string, b: string) => methodKey(a) === methodKey(b) || sizelessTarget(a) === sizelessTarget(b);

/** "GPT-4o" read for "GPT-4o-mini", "SD3" for "SD3-Medium": one name starts the other. */
function nested(a: string, b: string): boolean {
  const [x, y] = [methodKey(a), methodKey(b)];
  return x.length > 1 && y.length > 1 && x !== y && (x.startsWith(y) || y.startsWith(x));
}

/** The stage a labelled relation of a paper reached, given what the extractor related and read. */
export function funnelStage(
  label: LabelledRelation,
  related: readonly LabelledRelation[],
  heard: readonly HeardName[],
  text: string,
): FunnelStage {
  const targets = related.filter((relation) => sameTarget(relation.target, label.target));
  if (targets.some((relation) => relation.type === label.type)) return 'related, with its type';
  if (targets.length > 0) return 'related, with another type';
  const read = heard.filter((name) => sameTarget(name.name, label.target));
  if (read.some((name) => name.target)) return 'read as a name, no rule relates it';
  if (read.length > 0) return 'read as a name, ruled out as no target';
  if ([...related.map((r) => r.target), ...heard.map((name) => name.name)].some((name) => nested(name, label.target)))
    return 'read under a longer or shorter name';
  return text.toLowerCase().includes(label.target.toLowerCase())
    ? 'not read as a name'
    : 'not written in the abstract as labelled';
}

/**
 * Why the rules ruled out the target of a labelled relation that reached 'read as a name, ruled out
 * as no target': the rule that refused the first reading of its name, or null for any other stage.
 */
export function ruledOutBy(
  label: LabelledRelation,
  related: readonly LabelledRelation[],
  heard: readonly HeardName[],
): Refusal | null {
  if (funnelStage(label, related, heard, '') !== 'read as a name, ruled out as no target') return null;
  const read = heard.filter((name) => sameTarget(name.name, label.target));
  return read.find((name) => name.ruledOutBy)?.ruledOutBy ?? null;
}

/** What one frame of the extractor read in a set of papers, and how much of it the labels hold. */
export interface FrameCount {
  /** Relations it read (each size of a model once, when the labels name sizes). */
  read: number;
  /** Of those, labelled with the same target and type. */
  typed: number;
  /** Of those, labelled with the same target, of any type. */
  targets: number;
}

/**
 * Adds one paper's relations, each with the frame that read it, to `counts` (by frame), given the
 * paper's labelled relations: how sure each frame is, on a half the rules were or were not tuned on.
 */
export function countByFrame(
  counts: Map<string, FrameCount>,
  read: ReadonlyArray<LabelledRelation & { frame: string }>,
  labelled: readonly LabelledRelation[],
): Map<string, FrameCount> {
  for (const relation of read) {
    const count = counts.get(relation.frame) ?? { read: 0, typed: 0, targets: 0 };
    const same = labelled.filter((label) => sameTarget(label.target, relation.target));
    count.read += 1;
    if (same.some((label) => label.type === relation.type)) count.typed += 1;
    if (same.length > 0) count.targets += 1;
    counts.set(relation.frame, count);
  }
  return counts;
}

/**
 * How the types of a paper's relations compare with its labels where both name the same target:
 * "compares-with → uses" counts a target labelled compares-with and read as a use. Keys are the
 * sets of types each side gives the target, so "compares-with + uses → uses" is a target labelled
 * both ways and read one way. Only targets found with some other type are counted: typing, not
 * finding, is what it measures.
 */
export function countTypeConfusions(
  counts: Map<string, number>,
  read: readonly LabelledRelation[],
  labelled: readonly LabelledRelation[],
): Map<string, number> {
  const typesOf = (relations: readonly LabelledRelation[], target: string) =>
    [...new Set(relations.filter((r) => sameTarget(r.target, target)).map((r) => r.type))].sort().join(' + ');
  // One count per target, as the labels' targets are told apart: sizes of one model are one target.
  const seen: string[] = [];
  for (const label of labelled) {
    if (seen.some((target) => sameTarget(target, label.target))) continue;
    seen.push(label.target);
    const [expected, found] = [typesOf(labelled, label.target), typesOf(read, label.target)];
    if (found && found !== expected)
      counts.set(`${expected} → ${found}`, (counts.get(`${expected} → ${found}`) ?? 0) + 1);
  }
  return counts;
}
