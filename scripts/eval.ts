/**
 * `npm run eval`: scores the extractor against hand labels, on corpora it was and was not tuned on.
 *
 * Label sets (tests/eval/):
 * - `bench-labels.yaml`: 1,147 papers of 24 fields drawn from the bench corpus (`bench-sample.txt`);
 * - `default-labels.yaml`: every paper of the bundled corpus, labelled afresh;
 * - `labels.yaml`: the first hand labels of the bundled corpus, which earlier rules were tuned on;
 * - `fresh-names.yaml` and `fresh-relations.yaml`: papers of the bench corpus drawn and labelled
 *   afresh, for names only and for relations and datasets only (the other rows stay empty).
 * The first two are split by a seeded hash into a tuning half and a held-out half; bench papers
 * labelled later are marked whole as tuning labels (`dev`) or held out (`test`). Datasets are
 * compared as the vocabulary names them (`datasetOf`). Scores of both
 * halves are printed side by side; `--misses` lists the differences of the tuning halves only, so
 * nobody fixes a held-out error from that paper's words (with `--funnel`, also where each lost
 * relation of a tuning half was lost); `--counts` adds the counts under the scores; `--frames` how
 * many relations each frame of the extractor read in each half and the share the labels hold; `--types`
 * how often a target found was typed otherwise than labelled, by the pair of types;
 * `--tuning` leaves the held-out halves out, to read a rule against tuning labels while it is made.
 *
 * Other labellers' blind labels of some tuning and held-out papers (`bench-labels-second.yaml`) are
 * scored as predictions against the first labels, in a second table beside the extractor's scores on
 * the same papers against each label set, tuning and held-out papers apart: how far two people agree
 * is the ceiling the extractor is read against. The extractor is also scored against what either
 * labeller gave (`eitherLabeller`): its precision there counts a tag wrong only where neither gave it.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { resolvePaths } from '../src/lib/paths';
import {
  bootstrapIntervals,
  eitherLabeller,
  eitherList,
  evaluate,
  methodKey,
  pairLabels,
  plainKey,
  type Evaluation,
  type Score,
  type PaperLabel,
  type PaperPrediction,
} from '../src/pipeline/evaluate';
import { loadTaxonomy, loadVocabulary } from '../src/pipeline/load-vocabulary';
import { isConfident } from '../src/model/relations';
import type { Relation } from '../src/model/paper';
import type { RelationFrame } from '../src/pipeline/relation-confidence';
import { mentionRecorder, type HeardName } from '../src/pipeline/extract-relations';
import { buildContent } from './lib/content-stage';
import {
  countByFrame,
  countTypeConfusions,
  FUNNEL_STAGES,
  funnelStage,
  ruledOutBy,
  type FrameCount,
  type FunnelStage,
} from './lib/relation-funnel';
import { REFUSALS, type Refusal } from '../src/pipeline/relation-admission';

interface LabelSet {
  name: string;
  labels: string;
  /** The corpus the labels were read from; the bundled one when absent. */
  corpus?: string;
  /** A second labeller's independent labels of some of the same papers, scored for agreement. */
  second?: string;
  /**
   * How the labels name a model's size, as their guide says: "Llama-3 8B" as the abstract writes
   * it, or "Llama-3" with the size dropped. A relation carries both (`target` and `sizes`).
   */
  modelSizes: 'as written' | 'dropped';
  /** What the labels give, when not every facet: the other rows of its columns are left empty. */
  facets?: readonly Facet[];
}

/** A facet of a paper's labels, as `evaluate` names it in its misses. */
type Facet = 'name' | 'topics' | 'relations' | 'datasets' | 'modalities';
const ALL_FACETS: readonly Facet[] = ['name', 'topics', 'relations', 'datasets', 'modalities'];

const SETS: LabelSet[] = [
  {
    name: 'bench',
    labels: 'tests/eval/bench-labels.yaml',
    corpus: 'tests/eval/bench-sample.txt',
    second: 'tests/eval/bench-labels-second.yaml',
    modelSizes: 'as written',
  },
  { name: 'default', labels: 'tests/eval/default-labels.yaml', modelSizes: 'dropped' },
  // The first labels give no datasets or modalities.
  {
    name: 'first labels',
    labels: 'tests/eval/labels.yaml',
    modelSizes: 'dropped',
    facets: ['name', 'topics', 'relations'],
  },
  // Labelled later by others, one facet each, on papers no rule had been read against.
  {
    name: 'fresh names',
    labels: 'tests/eval/fresh-names.yaml',
    corpus: 'tests/eval/fresh-names-sample.txt',
    modelSizes: 'as written',
    facets: ['name'],
  },
  {
    name: 'fresh relations',
    labels: 'tests/eval/fresh-relations.yaml',
    corpus: 'tests/eval/fresh-relations-sample.txt',
    modelSizes: 'as written',
    facets: ['relations', 'datasets'],
  },
];

/** How the label sets name the vocabulary's modalities (by vocabulary id), where the two differ. */
const MODALITY_NAMES: Record<string, string[]> = {
  '3d-shape': ['3d'],
  'multi-view-images': ['image'],
  'image-text': ['image', 'text'],
  'medical-images': ['medical-image'],
  'remote-sensing-imagery': ['remote-sensing'],
  molecules: ['molecule'],
  'human-motion': ['trajectory'],
  music: ['audio'],
  radar: ['sensor'],
  'event-data': ['sensor'],
  biosignals: ['sensor'],
  infrared: ['image'],
};

/**
 * `tune` and `dev` are tuning labels (`dev`: papers labelled later, all for tuning, once the first
 * tuning half had been mined); `test` is the held-out half, only ever measured.
 */
type Split = 'tune' | 'dev' | 'test';
type SplitLabel = PaperLabel & { split?: Split };
const SPLITS: Split[] = ['tune', 'dev', 'test'];

const showMisses = process.argv.includes('--misses');
const showFunnel = process.argv.includes('--funnel');
const showCounts = process.argv.includes('--counts');
const showFrames = process.argv.includes('--frames');
const showTypes = process.argv.includes('--types');
/**
 * `--tuning`: the held-out halves are not measured at all, so a rule can be read against the tuning
 * labels over and over without its held-out score being seen until it is final.
 */
const tuningOnly = process.argv.includes('--tuning');
const base = resolvePaths();
const taxonomy = loadTaxonomy(await readFile(base.taxonomy, 'utf8'), base.taxonomy).topics;
const parentOf = new Map<string, string | null>(taxonomy.map((topic) => [topic.id, topic.parent]));
const vocabulary = loadVocabulary(await readFile(base.vocabulary, 'utf8'), base.vocabulary).vocabulary;
const modalityIdOf = new Map(vocabulary.modalities.map((term) => [term.label, term.id]));
const modalityNames = (label: string) => {
  const id = modalityIdOf.get(label) ?? label;
  return MODALITY_NAMES[id] ?? [id];
};
/**
 * A dataset as the atlas names it: labels spell a dataset as the abstract wrote it ("MS-COCO",
 * "IN1k"), the atlas by the vocabulary's label of the entry that spelling is an alias of ("COCO",
 * "ImageNet"). Both are compared as the same dataset; other spellings are compared as written.
 */
const datasetLabelOf = new Map(
  vocabulary.datasets.flatMap((term) => [term.label, ...term.aliases].map((alias) => [plainKey(alias), term.label])),
);
const datasetOf = (name: string) => datasetLabelOf.get(plainKey(name)) ?? name;
/**
 * A relation's target as the atlas names a method of the vocabulary: labels write it as the abstract
 * does ("3D Gaussian Splatting"), the atlas by the label of the entry that spelling is an alias of
 * ("3DGS"), and links it to that method's page. Model families are left as written: the atlas names
 * a model by the version the abstract writes ("Llama-3"), as labels do.
 */
const methodLabelOf = new Map(
  vocabulary.methods.flatMap((term) => [term.label, ...term.aliases].map((alias) => [methodKey(alias), term.label])),
);
const methodOf = (target: string) => methodLabelOf.get(methodKey(target)) ?? target;
const asVocabularyNames = <R extends { target: string }>(relation: R): R => ({
  ...relation,
  target: methodOf(relation.target),
});
/** A topic a labeller proposed (`new:<id>`) counts as that id once the taxonomy has it. */
const topicOf = (id: string) => id.replace(/^new:/u, '');

async function readLabels(path: string) {
  return ((parseYaml(await readFile(path, 'utf8')) as { papers: SplitLabel[] }).papers ?? []).map((label) => ({
    ...label,
    // A label set of some facets only gives no name or topics (see `LabelSet.facets`).
    name: label.name ?? null,
    topics: (label.topics ?? []).map(topicOf),
    relations: (label.relations ?? []).map(asVocabularyNames),
    datasets: label.datasets?.map(datasetOf),
    writtenDatasets: label.datasets,
  }));
}
/** A relation as labels name it: with each size the abstract gives ("Llama-3 8B"), or without. */
const relationNamed =
  (modelSizes: LabelSet['modelSizes']) =>
  ({ type, target, sizes }: Relation) =>
    modelSizes === 'as written' && sizes?.length
      ? sizes.map((size) => ({ type, target: `${target} ${size}` }))
      : [{ type, target }];

type ReadLabel = Awaited<ReturnType<typeof readLabels>>[number];
type Prediction = PaperPrediction & { drawnRelations?: PaperPrediction['relations']; writtenDatasets?: string[] };

interface Column {
  heading: string;
  result: Evaluation;
  /** Absent for a labeller's predictions, which carry no confidence. */
  drawn?: Evaluation['relations'];
  /** Datasets compared as the labels spell them, without the vocabulary's names. */
  written: Evaluation['datasets'];
  count: number;
  /** The facets its labels give: rows of others are left empty. */
  facets: ReadonlySet<Facet>;
  /** 95% intervals of the headline scores over papers (`bootstrapIntervals`). */
  intervals?: Record<IntervalRow, [number, number]>;
}

const ROW_FACETS: ReadonlyArray<[start: string, facet: Facet]> = [
  ['name', 'name'],
  ['topic', 'topics'],
  ['relation', 'relations'],
  ['drawn relations', 'relations'],
  ['dataset', 'datasets'],
  ['modalit', 'modalities'],
];
/** The facet a row of the tables reads, by its name: "names exact", "topic areas F1", "drawn relations R". */
const facetOfRow = (row: string): Facet => {
  const facet = ROW_FACETS.find(([start]) => row.startsWith(start))?.[1];
  if (!facet) throw new Error(`eval: the row "${row}" reads no facet`);
  return facet;
};
/** The scores the targets are set on, with how far each could move with other papers. */
const INTERVAL_ROWS = {
  'names exact': (r: Evaluation) => r.names.accuracy,
  'topics P': (r: Evaluation) => r.topics.precision,
  'topics F1': (r: Evaluation) => r.topics.f1,
  'relations F1': (r: Evaluation) => r.relations.f1,
  'relations F1, sizes ignored': (r: Evaluation) => r.relationsSizeless.f1,
  'datasets R': (r: Evaluation) => r.datasets.recall,
};
type IntervalRow = keyof typeof INTERVAL_ROWS;

/** One column: `labels` scored against `predictions`, as a whole, as drawn and with datasets as written. */
function measure(
  heading: string,
  labels: readonly ReadLabel[],
  predictions: ReadonlyMap<string, Prediction>,
  facets: readonly Facet[] = ALL_FACETS,
): Column {
  const result = evaluate(labels, predictions, parentOf);
  // What diagrams and method pages show: only the relations sure enough to be drawn.
  const drawnPredictions = [...predictions].flatMap(([title, p]) =>
    p.drawnRelations ? [[title, { ...p, relations: p.drawnRelations }] as const] : [],
  );
  const drawn =
    drawnPredictions.length > 0 ? evaluate(labels, new Map(drawnPredictions), parentOf).relations : undefined;
  // A labeller spells datasets as written too; the extractor only by the vocabulary's names.
  const writtenPredictions = new Map(
    [...predictions].map(([title, p]) => [title, { ...p, datasets: p.writtenDatasets ?? p.datasets }]),
  );
  const written = evaluate(
    labels.map((label) => ({ ...label, datasets: label.writtenDatasets })),
    writtenPredictions,
    parentOf,
  ).datasets;
  return { heading, result, drawn, written, count: labels.length, facets: new Set(facets) };
}

const columns: Column[] = [];
const agreementColumns: Column[] = [];
/** Per column, what each frame of the extractor read and how much of it the labels hold (`--frames`). */
const frameCounts: Array<{ heading: string; counts: Map<string, FrameCount> }> = [];
/** Per column, how often a target both name was typed otherwise than labelled (`--types`). */
const typeConfusions: Array<{ heading: string; counts: Map<string, number> }> = [];
/** Per column, how many labelled relations reached each stage of `funnelStage`. */
const funnels: Array<{
  heading: string;
  counts: Map<FunnelStage, number>;
  /** Of those ruled out as no target, how many by each rule (`ruledOutBy`). */
  refusals: Map<Refusal, number>;
  total: number;
}> = [];
for (const set of SETS) {
  const labels = await readLabels(set.labels);
  const corpusPaths = set.corpus ? { ...base, corpora: [set.corpus], corpus: set.corpus } : base;
  // The funnel hears every abstract read afresh, in this thread: no tags kept from an earlier run.
  const reading = showFunnel || showFrames;
  const funnelCache = reading ? await mkdtemp(join(tmpdir(), 'atlas-funnel-')) : undefined;
  const paths = funnelCache ? { ...corpusPaths, cache: funnelCache } : corpusPaths;
  const heard = new Map<string, readonly HeardName[]>();
  const framed = new Map<string, ReadonlyArray<{ relation: Relation; frame: RelationFrame }>>();
  if (showFunnel) mentionRecorder.record = (title, names) => heard.set(title, names);
  if (showFrames) mentionRecorder.frames = (title, relations) => framed.set(title, relations);
  const { papers } = await buildContent(paths, { write: false, curate: false, ...(reading ? { threads: 0 } : {}) });
  mentionRecorder.record = undefined;
  mentionRecorder.frames = undefined;
  if (funnelCache) await rm(funnelCache, { recursive: true, force: true });
  const abstracts = new Map(papers.map((paper) => [paper.title, paper.abstract]));
  const keptRelations = new Map(papers.map((paper) => [paper.title, paper.tags.relations]));
  const predictions = new Map<string, Prediction>(
    papers.map((paper) => [
      paper.title,
      {
        title: paper.title,
        name: paper.tags.name,
        topics: paper.tags.topics.map((tag) => tag.value),
        relations: paper.tags.relations.map(asVocabularyNames).flatMap(relationNamed(set.modelSizes)),
        drawnRelations: paper.tags.relations
          .filter(isConfident)
          .map(asVocabularyNames)
          .flatMap(relationNamed(set.modelSizes)),
        datasets: paper.tags.datasets.map((tag) => tag.value),
        modalities: [...new Set(paper.tags.modalities.flatMap((tag) => modalityNames(tag.value)))],
      },
    ]),
  );
  const missing = labels.filter((label) => !predictions.has(label.title));
  if (missing.length > 0) {
    console.error(`${set.labels}: ${missing.length} labelled title(s) not in the corpus:`);
    for (const label of missing) console.error(`  ${label.title}`);
    process.exitCode = 1;
  }
  const halves = labels.some((label) => label.split)
    ? SPLITS.filter((split) => !(tuningOnly && split === 'test'))
        .map((split) => ({ split, labels: labels.filter((label) => label.split === split) }))
        .filter((half) => half.labels.length > 0)
    : [{ split: 'all' as const, labels }];
  for (const half of halves) {
    /** Each labelled relation of a tuning half that was lost, with where (`--funnel --misses`). */
    const lost: string[] = [];
    // Funnel and frames read relations: a set without them has no column there.
    const relationsLabelled = (set.facets ?? ALL_FACETS).includes('relations');
    if (showFunnel && relationsLabelled) {
      const counts = new Map<FunnelStage, number>();
      const refusals = new Map<Refusal, number>();
      let total = 0;
      for (const label of half.labels)
        for (const relation of label.relations) {
          const stage = funnelStage(
            relation,
            predictions.get(label.title)?.relations ?? [],
            heard.get(label.title) ?? [],
            abstracts.get(label.title) ?? '',
          );
          counts.set(stage, (counts.get(stage) ?? 0) + 1);
          const refusal = ruledOutBy(
            relation,
            predictions.get(label.title)?.relations ?? [],
            heard.get(label.title) ?? [],
          );
          if (refusal) refusals.set(refusal, (refusals.get(refusal) ?? 0) + 1);
          total += 1;
          if (showMisses && half.split !== 'test' && stage !== 'related, with its type')
            lost.push(
              `${relation.type}:${relation.target} (${stage}${refusal ? `: ${refusal}` : ''}) | ${label.title}`,
            );
        }
      funnels.push({ heading: `${set.name} ${half.split}`, counts, refusals, total });
    }
    if (showFrames && relationsLabelled) {
      const counts = new Map<string, FrameCount>();
      for (const label of half.labels) {
        // The relations the paper kept (a name its own data vetoes is dropped after extraction).
        const relations = keptRelations.get(label.title) ?? [];
        const read = (framed.get(label.title) ?? [])
          .filter(({ relation }) => relations.some((r) => r.type === relation.type && r.target === relation.target))
          .flatMap(({ relation, frame }) =>
            relationNamed(set.modelSizes)(relation).map((named) => ({ ...named, frame })),
          );
        countByFrame(counts, read, label.relations);
      }
      frameCounts.push({ heading: `${set.name} ${half.split}`, counts });
    }
    if (showTypes && relationsLabelled) {
      const counts = new Map<string, number>();
      for (const label of half.labels)
        countTypeConfusions(counts, predictions.get(label.title)?.relations ?? [], label.relations);
      typeConfusions.push({ heading: `${set.name} ${half.split}`, counts });
    }
    const column = measure(`${set.name} ${half.split}`, half.labels, predictions, set.facets);
    const result = column.result;
    column.intervals = bootstrapIntervals(half.labels, predictions, parentOf, INTERVAL_ROWS);
    columns.push(column);
    if (showMisses && half.split !== 'test') {
      console.log(`\n## Misses: ${set.name} ${half.split}`);
      for (const miss of result.misses.filter((miss) => column.facets.has(miss.facet as Facet))) {
        console.log(`\n[${miss.facet}] ${miss.title}\n  expected:  ${miss.expected.join(', ')}`);
        console.log(`  predicted: ${miss.predicted.join(', ')}`);
      }
      if (lost.length > 0) console.log(`\n### Lost relations, where: ${set.name} ${half.split}\n\n${lost.join('\n')}`);
    }
  }
  if (set.second) {
    const second = await readLabels(set.second);
    const { reference, predictions: secondPredictions, unmatched } = pairLabels(labels, second);
    if (unmatched.length > 0) {
      console.error(`${set.second}: ${unmatched.length} title(s) not in ${set.labels}:`);
      for (const title of unmatched) console.error(`  ${title}`);
      process.exitCode = 1;
    }
    // Tuning and held-out papers labelled twice are scored apart, so that how far two people agree
    // on the held-out half reads beside the extractor's score there. Disagreements are listed for
    // tuning papers only: a held-out paper's labels are never shown.
    const heldOut = (label: ReadLabel) => label.split === 'test';
    const tuning = (label: ReadLabel) => !heldOut(label);
    const titlesOf = (labels: readonly ReadLabel[]) => new Set(labels.map((label) => label.title));
    for (const [group, inGroup] of [
      ['tuning', tuning],
      ['held-out', heldOut],
    ] as const) {
      const firsts = reference.filter(inGroup);
      if (firsts.length === 0 || (tuningOnly && group === 'held-out')) continue;
      const titles = titlesOf(firsts);
      const seconds = second.filter((label) => titles.has(label.title));
      const n = firsts.length;
      agreementColumns.push(
        measure(`labellers agree, ${group} (${n})`, firsts, secondPredictions),
        measure(`extractor vs first labels, ${group} (${n})`, firsts, predictions),
        measure(`extractor vs second labels, ${group} (${n})`, seconds, predictions),
        measure(
          `extractor vs either labeller, ${group} (${n})`,
          eitherLabeller(firsts, seconds, (first, second) => ({
            writtenDatasets: eitherList(first.writtenDatasets, second.writtenDatasets),
          })),
          predictions,
        ),
      );
    }
    if (showMisses) {
      console.log(`\n## Disagreements on tuning papers: ${set.labels} (expected) and ${set.second} (predicted)`);
      for (const miss of evaluate(reference.filter(tuning), secondPredictions, parentOf).misses) {
        console.log(`\n[${miss.facet}] ${miss.title}\n  first:  ${miss.expected.join(', ')}`);
        console.log(`  second: ${miss.predicted.join(', ')}`);
      }
    }
  }
}

const f = (x: number) => x.toFixed(2);
const counts = (s: Score) => `${s.truePositives} / ${s.falsePositives} / ${s.falseNegatives}`;
type Row = [string, (result: Evaluation, drawn: Column['drawn'], written: Column['written']) => string];
const rows: Row[] = [
  ['names exact', (r) => f(r.names.accuracy)],
  ['names invented (of unnamed)', (r) => `${r.inventedNames.invented}/${r.inventedNames.unnamed}`],
  ['topics P (hierarchical)', (r) => f(r.topics.precision)],
  ['topics R', (r) => f(r.topics.recall)],
  ['topics F1', (r) => f(r.topics.f1)],
  ['topic areas F1 (top level)', (r) => f(r.areas.f1)],
  ['relations P (typed)', (r) => f(r.relations.precision)],
  ['relations R', (r) => f(r.relations.recall)],
  ['relations F1', (r) => f(r.relations.f1)],
  ['relations F1, model sizes ignored', (r) => f(r.relationsSizeless.f1)],
  ['relation targets F1 (untyped)', (r) => f(r.relationTargets.f1)],
  ['drawn relations P (confidence ≥ 0.5)', (_, d) => (d ? f(d.precision) : '–')],
  ['drawn relations R', (_, d) => (d ? f(d.recall) : '–')],
  ['drawn relations F1', (_, d) => (d ? f(d.f1) : '–')],
  ['datasets P', (r) => f(r.datasets.precision)],
  ['datasets R', (r) => f(r.datasets.recall)],
  ['datasets P / R, spelled as written', (_, __, w) => `${f(w.precision)} / ${f(w.recall)}`],
  ['modalities P', (r) => f(r.modalities.precision)],
  ['modalities R', (r) => f(r.modalities.recall)],
  // `--counts`: the counts under the scores, for reading a change smaller than the second decimal.
  ...(showCounts
    ? ([
        ['topics TP / FP / FN', (r) => counts(r.topics)],
        ['relations TP / FP / FN', (r) => counts(r.relations)],
        ['relation targets TP / FP / FN', (r) => counts(r.relationTargets)],
        ['datasets TP / FP / FN', (r) => counts(r.datasets)],
      ] satisfies Row[])
    : []),
];
/** A table's heading row and its rule, one column per heading after the row names' column. */
function printHeading(headings: readonly string[]): void {
  console.log(`\n| | ${headings.join(' | ')} |`);
  console.log(`|---|${headings.map(() => '---').join('|')}|`);
}
/** The keys of every column's counts, the most counted over all columns first (`weight` of each count). */
function keysByTotal<T>(columns: ReadonlyArray<{ counts: ReadonlyMap<string, T> }>, weight: (count: T) => number) {
  const total = new Map<string, number>();
  for (const { counts } of columns)
    for (const [key, count] of counts) total.set(key, (total.get(key) ?? 0) + weight(count));
  return [...total.keys()].sort((a, b) => (total.get(b) ?? 0) - (total.get(a) ?? 0));
}
function printTable(table: readonly Column[], headingOf: (column: Column) => string): void {
  printHeading(table.map(headingOf));
  for (const [name, cell] of rows)
    console.log(
      `| ${name} | ${table
        .map((column) =>
          column.facets.has(facetOfRow(name)) ? cell(column.result, column.drawn, column.written) : '–',
        )
        .join(' | ')} |`,
    );
}
printTable(columns, (column) => `${column.heading} (${column.count})`);
console.log(
  "\n95% intervals over papers (1,000 bootstrap resamples of each half's papers): a score could as well have been anywhere in its interval with other papers of the same kind.",
);
printHeading(columns.map((column) => column.heading));
for (const row of Object.keys(INTERVAL_ROWS) as IntervalRow[])
  console.log(
    `| ${row} | ${columns
      .map((column) => {
        const interval = column.intervals?.[row];
        return interval && column.facets.has(facetOfRow(row)) ? `${f(interval[0])}–${f(interval[1])}` : '–';
      })
      .join(' | ')} |`,
  );
if (agreementColumns.length > 0) {
  console.log(
    '\nTwo labellers on the same papers (first labels as reference, second as predictions; "either labeller": a tag either gave counts, so read its precision, not its recall):',
  );
  printTable(agreementColumns, (column) => column.heading);
}
if (showFunnel) {
  console.log(
    "\nWhere the labelled relations went (share of each column's labelled relations; a paper with no relations read, such as a survey, counts as not read):",
  );
  printHeading(funnels.map((funnel) => `${funnel.heading} (${funnel.total})`));
  for (const stage of FUNNEL_STAGES)
    console.log(
      `| ${stage} | ${funnels.map((funnel) => (funnel.total ? f((funnel.counts.get(stage) ?? 0) / funnel.total) : '–')).join(' | ')} |`,
    );
  console.log('\nOf the labelled relations ruled out as no target, how many each rule ruled out (counts):');
  printHeading(funnels.map((funnel) => funnel.heading));
  for (const refusal of REFUSALS)
    if (funnels.some((funnel) => funnel.refusals.has(refusal)))
      console.log(`| ${refusal} | ${funnels.map((funnel) => funnel.refusals.get(refusal) ?? 0).join(' | ')} |`);
}
if (showFrames) {
  console.log(
    '\nBy the frame that read each relation: how many it read, and the share the labels hold with that type / with that target of any type:',
  );
  printHeading(frameCounts.map((column) => column.heading));
  // Frames in order of how much they read over every column.
  for (const frame of keysByTotal(frameCounts, (count) => count.read))
    console.log(
      `| ${frame} | ${frameCounts
        .map(({ counts }) => {
          const count = counts.get(frame);
          return count ? `${count.read} · ${f(count.typed / count.read)} / ${f(count.targets / count.read)}` : '–';
        })
        .join(' | ')} |`,
    );
}
if (showTypes) {
  console.log(
    '\nTargets labelled and read with other types (labelled → read; counts, most frequent over all columns first):',
  );
  printHeading(typeConfusions.map((column) => column.heading));
  for (const pair of keysByTotal(typeConfusions, (count) => count))
    console.log(`| ${pair} | ${typeConfusions.map(({ counts }) => counts.get(pair) ?? 0).join(' | ')} |`);
}
console.log(
  '\nHeld-out halves ("test") are measured only; --misses never lists them, --funnel, --frames and --types only count them.',
);
