import type { RelationType } from '../model/relations';
import { withAncestors } from '../model/topics';

/**
 * Scores extracted tags against hand labels: precision, recall and F1 per facet.
 * Topics are scored hierarchically (both sides closed under ancestors, as in Kiritchenko et al.),
 * so tagging "Low-rank adaptation" where the label says "Parameter-efficient fine-tuning" earns
 * the shared ancestors rather than nothing.
 */

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface LabelledRelation {
  type: RelationType;
  target: string;
}

/**
 * What a person read in a paper. Datasets and modalities are optional: a label set that does not
 * give them is not scored on them.
 */
export interface PaperLabel {
  title: string;
  name: string | null;
  topics: string[];
  relations: LabelledRelation[];
  datasets?: string[];
  modalities?: string[];
}

export interface PaperPrediction {
  title: string;
  name: string | null;
  topics: string[];
  relations: LabelledRelation[];
  datasets?: string[];
  modalities?: string[];
}

export interface Evaluation {
  topics: Score;
  /** Top-level areas only (each topic's root): whether the paper landed in the right part of the atlas. */
  areas: Score;
  names: { correct: number; total: number; accuracy: number };
  /** Papers labelled as naming nothing, and how many of them the extractor gave a name. */
  inventedNames: { invented: number; unnamed: number };
  relations: Score;
  /**
   * Typed relations with model sizes dropped on both sides: how much of the relations' score is
   * the labellers' convention on sizes (the atlas drops them, so one method page holds a model's sizes).
   */
  relationsSizeless: Score;
  /** Relations by target only: whether the right methods were found, whatever the type. */
  relationTargets: Score;
  datasets: Score;
  modalities: Score;
  /** Per paper, what differed: for reading the errors, not for scoring. */
  misses: Array<{ title: string; facet: string; expected: string[]; predicted: string[] }>;
}

export function score(truePositives: number, falsePositives: number, falseNegatives: number): Score {
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

function compare<T>(expected: Set<T>, predicted: Set<T>): [number, number, number] {
  let tp = 0;
  for (const item of predicted) if (expected.has(item)) tp += 1;
  return [tp, predicted.size - tp, expected.size - tp];
}

/** A topic set with every ancestor added. */
export function closeUnderAncestors(
  topics: Iterable<string>,
  parentOf: ReadonlyMap<string, string | null>,
): Set<string> {
  return new Set(withAncestors([...topics], parentOf));
}

/** Method names compare without case, spacing, hyphens or LaTeX marks: "Sparse-MeZO" is "Sparse MeZO". */
export function methodKey(name: string): string {
  return name.toLowerCase().replace(/[\s\-_^{}$\\*]+/gu, '');
}

const relationKey = (relation: LabelledRelation) => `${relation.type}:${methodKey(relation.target)}`;

/**
 * A model's parameter count after its name ("Llama3 8B", "Qwen2.5-7B-Instruct", "InternVL3-8B"):
 * one labeller writes it and another drops it, for the same model. Millions and billions of
 * parameters only: "GSM8K" names a dataset by its size in thousands.
 */
const MODEL_SIZE = /(?:[-\s_]|\s*\()\d+(?:\.\d+)?[BbMm]\)?(?:[-\s_](?:instruct|chat|it|base))?$/iu;

/** A relation target without the model size it may be written with: "Llama-3-8B" is "Llama-3". */
export const sizelessTarget = (target: string) => methodKey(target.trim().replace(MODEL_SIZE, ''));

const sizelessRelationKey = (relation: LabelledRelation) => `${relation.type}:${sizelessTarget(relation.target)}`;

/** Datasets and modalities compare without case, spacing or punctuation: "MS-COCO" is "MS COCO". */
export const plainKey = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function addCounts(total: number[], counts: [number, number, number]): void {
  counts.forEach((n, i) => (total[i] = (total[i] ?? 0) + n));
}

const toScore = (counts: number[]) => score(counts[0] ?? 0, counts[1] ?? 0, counts[2] ?? 0);

/**
 * Two label sets of the same papers set up as reference and prediction, so that `evaluate` measures
 * how far two labellers agree with exactly the matching it applies to the extractor: the first
 * set's labels of the papers the second set labels (in the second's order), the second's labels as
 * predictions, and the second's titles the first lacks.
 */
export function pairLabels<T extends PaperLabel>(
  first: readonly T[],
  second: readonly T[],
): { reference: T[]; predictions: Map<string, T>; unmatched: string[] } {
  const firstByTitle = new Map(first.map((label) => [label.title, label]));
  const reference = second.flatMap((label) => firstByTitle.get(label.title) ?? []);
  const unmatched = second.filter((label) => !firstByTitle.has(label.title)).map((label) => label.title);
  return { reference, predictions: new Map(second.map((label) => [label.title, label])), unmatched };
}

/**
 * Two labellers' labels of the same papers as one reference: each facet what either of them gave
 * (the name is the first labeller's, so names score as against the first). Labellers list a few of
 * the topics and relations a paper states and leave others out, so a tag only one of them gave is
 * as often one the other omitted as a wrong one: precision against this reference counts a tag
 * wrong only where neither labeller gave it. Recall against it is usually lower than against either
 * alone, and is not what it is for.
 */
export function eitherLabeller<T extends PaperLabel>(
  first: readonly T[],
  second: readonly T[],
  /** The caller's own fields of a label, merged from both labellers' (`eitherList`). */
  more: (first: T, second: T) => Partial<T> = () => ({}),
): T[] {
  const secondByTitle = new Map(second.map((label) => [label.title, label]));
  return first.flatMap((label) => {
    const other = secondByTitle.get(label.title);
    if (!other) return [];
    const datasets = eitherList(label.datasets, other.datasets);
    const modalities = eitherList(label.modalities, other.modalities);
    return [
      {
        ...label,
        topics: union(label.topics, other.topics, (topic) => topic),
        relations: union(label.relations, other.relations, relationKey),
        ...(datasets ? { datasets } : {}),
        ...(modalities ? { modalities } : {}),
        ...more(label, other),
      },
    ];
  });
}

/** The values of both lists, each once by `key`, in order. */
function union<V>(a: readonly V[], b: readonly V[], key: (value: V) => string): V[] {
  const byKey = new Map<string, V>();
  for (const value of [...a, ...b]) if (!byKey.has(key(value))) byKey.set(key(value), value);
  return [...byKey.values()];
}

/** Two labellers' names of a facet one of them may not give, each once (`plainKey`); undefined where neither gives it. */
export const eitherList = (a: readonly string[] | undefined, b: readonly string[] | undefined): string[] | undefined =>
  a === undefined || b === undefined ? (a ?? b)?.slice() : union(a, b, plainKey);

export function evaluate(
  labels: readonly PaperLabel[],
  predictions: ReadonlyMap<string, PaperPrediction>,
  parentOf: ReadonlyMap<string, string | null>,
): Evaluation {
  const topicCounts = [0, 0, 0];
  const areaCounts = [0, 0, 0];
  const areasOf = (topics: Set<string>) => new Set([...topics].filter((id) => !parentOf.get(id)));
  const relationCounts = [0, 0, 0];
  const sizelessCounts = [0, 0, 0];
  const targetCounts = [0, 0, 0];
  const datasetCounts = [0, 0, 0];
  const modalityCounts = [0, 0, 0];
  const inventedNames = { invented: 0, unnamed: 0 };
  let correctNames = 0;
  const misses: Evaluation['misses'] = [];

  for (const label of labels) {
    const predicted = predictions.get(label.title) ?? { title: label.title, name: null, topics: [], relations: [] };

    const expectedTopics = closeUnderAncestors(label.topics, parentOf);
    const predictedTopics = closeUnderAncestors(predicted.topics, parentOf);
    compare(expectedTopics, predictedTopics).forEach((n, i) => (topicCounts[i] = (topicCounts[i] ?? 0) + n));
    addCounts(areaCounts, compare(areasOf(expectedTopics), areasOf(predictedTopics)));
    if (
      compare(expectedTopics, predictedTopics)[0] !== expectedTopics.size ||
      expectedTopics.size !== predictedTopics.size
    ) {
      misses.push({ title: label.title, facet: 'topics', expected: label.topics, predicted: predicted.topics });
    }

    const nameMatches =
      label.name === null
        ? predicted.name === null
        : predicted.name !== null && methodKey(predicted.name) === methodKey(label.name);
    if (nameMatches) correctNames += 1;
    else
      misses.push({
        title: label.title,
        facet: 'name',
        expected: [String(label.name)],
        predicted: [String(predicted.name)],
      });
    if (label.name === null) {
      inventedNames.unnamed += 1;
      if (predicted.name !== null) inventedNames.invented += 1;
    }

    addCounts(
      targetCounts,
      compare(
        new Set(label.relations.map((relation) => methodKey(relation.target))),
        new Set(predicted.relations.map((relation) => methodKey(relation.target))),
      ),
    );
    for (const [facet, counts] of [
      ['datasets', datasetCounts],
      ['modalities', modalityCounts],
    ] as const) {
      const expected = label[facet];
      if (!expected) continue;
      const found = compare(new Set(expected.map(plainKey)), new Set((predicted[facet] ?? []).map(plainKey)));
      addCounts(counts, found);
      if (found[1] > 0 || found[2] > 0) {
        misses.push({ title: label.title, facet, expected, predicted: predicted[facet] ?? [] });
      }
    }

    const expectedRelations = new Set(label.relations.map(relationKey));
    const predictedRelations = new Set(predicted.relations.map(relationKey));
    const counts = compare(expectedRelations, predictedRelations);
    addCounts(
      sizelessCounts,
      compare(new Set(label.relations.map(sizelessRelationKey)), new Set(predicted.relations.map(sizelessRelationKey))),
    );
    counts.forEach((n, i) => (relationCounts[i] = (relationCounts[i] ?? 0) + n));
    if (counts[1] > 0 || counts[2] > 0) {
      misses.push({
        title: label.title,
        facet: 'relations',
        expected: [...expectedRelations],
        predicted: [...predictedRelations],
      });
    }
  }

  return {
    topics: score(topicCounts[0] ?? 0, topicCounts[1] ?? 0, topicCounts[2] ?? 0),
    areas: toScore(areaCounts),
    names: { correct: correctNames, total: labels.length, accuracy: labels.length ? correctNames / labels.length : 1 },
    inventedNames,
    relations: score(relationCounts[0] ?? 0, relationCounts[1] ?? 0, relationCounts[2] ?? 0),
    relationsSizeless: toScore(sizelessCounts),
    relationTargets: toScore(targetCounts),
    datasets: toScore(datasetCounts),
    modalities: toScore(modalityCounts),
    misses,
  };
}

/** A seeded generator of numbers in [0, 1) (mulberry32): the same intervals on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How far each score could move with other papers of the same kind: a 95% interval by resampling
 * the labelled papers with replacement (a percentile bootstrap over papers). Errors cluster by
 * paper (a paper that lists ten models scores ten relations at once), so papers, not tags, are
 * resampled. With 50 to 180 papers per half, a difference well inside these intervals is not
 * evidence of a change.
 */
export function bootstrapIntervals<K extends string>(
  labels: readonly PaperLabel[],
  predictions: ReadonlyMap<string, PaperPrediction>,
  parentOf: ReadonlyMap<string, string | null>,
  metrics: Readonly<Record<K, (evaluation: Evaluation) => number>>,
  options: { resamples?: number; seed?: number } = {},
): Record<K, [low: number, high: number]> {
  const { resamples = 1000, seed = 20261204 } = options;
  const names = Object.keys(metrics) as K[];
  const values = new Map<K, number[]>(names.map((name) => [name, []]));
  const random = seededRandom(seed);
  for (let round = 0; labels.length > 0 && round < resamples; round += 1) {
    const sample = Array.from(
      { length: labels.length },
      () => labels[Math.floor(random() * labels.length)] as PaperLabel,
    );
    const evaluation = evaluate(sample, predictions, parentOf);
    for (const name of names) values.get(name)?.push(metrics[name](evaluation));
  }
  const interval = (sorted: number[]): [number, number] => {
    if (sorted.length === 0) return [Number.NaN, Number.NaN];
    const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] as number;
    return [at(0.025), at(0.975)];
  };
  return Object.fromEntries(
    names.map((name) => [name, interval((values.get(name) ?? []).sort((a, b) => a - b))]),
  ) as Record<K, [number, number]>;
}

/**
 * A 95% interval for a share of `hits` in `trials` (Wilson's score interval): unlike the plain
 * share ± two standard errors, it stays inside [0, 1] and is fair at 20 trials, the size of each
 * cell of the relation audit (tests/eval/relation-audit.yaml).
 */
export function wilsonInterval(hits: number, trials: number, z = 1.96): [low: number, high: number] {
  if (trials === 0) return [0, 1];
  const share = hits / trials;
  const spread = (z * z) / trials;
  const centre = (share + spread / 2) / (1 + spread);
  const half = (z * Math.sqrt((share * (1 - share)) / trials + spread / (4 * trials))) / (1 + spread);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
