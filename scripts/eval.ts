/**
 * `npm run eval`: scores the extractor against hand labels, on corpora it was and was not tuned on.
 *
 * Label sets (tests/eval/):
 * - `bench-labels.yaml`: 165 papers of 24 fields drawn from the bench corpus (`bench-sample.txt`);
 * - `default-labels.yaml`: every paper of the bundled corpus, labelled afresh;
 * - `labels.yaml`: the first hand labels of the bundled corpus, which earlier rules were tuned on.
 * The first two are split by a seeded hash into a tuning half and a held-out half; bench papers
 * labelled later are all tuning labels (`dev`). Datasets are
 * compared as the vocabulary names them (`datasetOf`). Scores of both
 * halves are printed side by side; `--misses` lists the differences of the tuning halves only, so
 * nobody fixes a held-out error from that paper's words.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { resolvePaths } from '../src/lib/paths';
import { evaluate, plainKey, type Evaluation, type PaperLabel, type PaperPrediction } from '../src/pipeline/evaluate';
import { loadTaxonomy, loadVocabulary } from '../src/pipeline/load-vocabulary';
import { isConfident } from '../src/model/relations';
import { buildContent } from './lib/content-stage';

interface LabelSet {
  name: string;
  labels: string;
  /** The corpus the labels were read from; the bundled one when absent. */
  corpus?: string;
}

const SETS: LabelSet[] = [
  { name: 'bench', labels: 'tests/eval/bench-labels.yaml', corpus: 'tests/eval/bench-sample.txt' },
  { name: 'default', labels: 'tests/eval/default-labels.yaml' },
  { name: 'first labels', labels: 'tests/eval/labels.yaml' },
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
/** A topic a labeller proposed (`new:<id>`) counts as that id once the taxonomy has it. */
const topicOf = (id: string) => id.replace(/^new:/u, '');

const columns: Array<{
  heading: string;
  result: Evaluation;
  drawn: Evaluation['relations'];
  /** Datasets compared as the labels spell them, without the vocabulary's names. */
  written: Evaluation['datasets'];
  count: number;
}> = [];
for (const set of SETS) {
  const labels = ((parseYaml(await readFile(set.labels, 'utf8')) as { papers: SplitLabel[] }).papers ?? []).map(
    (label) => ({
      ...label,
      relations: label.relations ?? [],
      topics: label.topics.map(topicOf),
      datasets: label.datasets?.map(datasetOf),
      writtenDatasets: label.datasets,
    }),
  );
  const paths = set.corpus ? { ...base, corpora: [set.corpus], corpus: set.corpus } : base;
  const { papers } = await buildContent(paths, { write: false, curate: false });
  const predictions = new Map<string, PaperPrediction & { drawnRelations: PaperPrediction['relations'] }>(
    papers.map((paper) => [
      paper.title,
      {
        title: paper.title,
        name: paper.tags.name,
        topics: paper.tags.topics.map((tag) => tag.value),
        relations: paper.tags.relations.map(({ type, target }) => ({ type, target })),
        drawnRelations: paper.tags.relations.filter(isConfident).map(({ type, target }) => ({ type, target })),
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
    ? SPLITS.map((split) => ({ split, labels: labels.filter((label) => label.split === split) })).filter(
        (half) => half.labels.length > 0,
      )
    : [{ split: 'all' as const, labels }];
  for (const half of halves) {
    const result = evaluate(half.labels, predictions, parentOf);
    // What diagrams and method pages show: only the relations sure enough to be drawn.
    const drawn = evaluate(
      half.labels,
      new Map([...predictions].map(([title, p]) => [title, { ...p, relations: p.drawnRelations }])),
      parentOf,
    ).relations;
    const written = evaluate(
      half.labels.map((label) => ({ ...label, datasets: label.writtenDatasets })),
      predictions,
      parentOf,
    ).datasets;
    columns.push({ heading: `${set.name} ${half.split}`, result, drawn, written, count: half.labels.length });
    if (showMisses && half.split !== 'test') {
      console.log(`\n## Misses: ${set.name} ${half.split}`);
      for (const miss of result.misses) {
        console.log(`\n[${miss.facet}] ${miss.title}\n  expected:  ${miss.expected.join(', ')}`);
        console.log(`  predicted: ${miss.predicted.join(', ')}`);
      }
    }
  }
}

const f = (x: number) => x.toFixed(2);
type Column = (typeof columns)[number];
const rows: Array<[string, (result: Evaluation, drawn: Column['drawn'], written: Column['written']) => string]> = [
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
  ['drawn relations P (confidence ≥ 0.5)', (_, d) => f(d.precision)],
  ['drawn relations R', (_, d) => f(d.recall)],
  ['drawn relations F1', (_, d) => f(d.f1)],
  ['datasets P', (r) => f(r.datasets.precision)],
  ['datasets R', (r) => f(r.datasets.recall)],
  ['datasets P / R, spelled as written', (_, __, w) => `${f(w.precision)} / ${f(w.recall)}`],
  ['modalities P', (r) => f(r.modalities.precision)],
  ['modalities R', (r) => f(r.modalities.recall)],
];
console.log(`\n| | ${columns.map((column) => `${column.heading} (${column.count})`).join(' | ')} |`);
console.log(`|---|${columns.map(() => '---').join('|')}|`);
for (const [name, cell] of rows)
  console.log(
    `| ${name} | ${columns.map((column) => cell(column.result, column.drawn, column.written)).join(' | ')} |`,
  );
console.log('\nHeld-out halves ("test") are measured only; --misses never lists them.');
