/**
 * `npm run eval`: scores the extractor against the hand-labelled papers in tests/eval/labels.yaml
 * (precision, recall and F1 per facet). `--misses` also lists every paper where it differs.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { resolvePaths } from '../src/lib/paths';
import { evaluate, type PaperLabel, type PaperPrediction } from '../src/pipeline/evaluate';
import { loadTaxonomy } from '../src/pipeline/load-vocabulary';
import { buildContent } from './lib/content-stage';

const labelsFile = process.env.ATLAS_LABELS ?? 'tests/eval/labels.yaml';
const showMisses = process.argv.includes('--misses');

const paths = resolvePaths();
const labels = (parseYaml(await readFile(labelsFile, 'utf8')) as { papers: PaperLabel[] }).papers.map((label) => ({
  ...label,
  relations: label.relations ?? [],
}));
const { topics } = loadTaxonomy(await readFile(paths.taxonomy, 'utf8'), paths.taxonomy);
const { papers } = await buildContent(paths, { write: false });

const predictions = new Map<string, PaperPrediction>(
  papers.map((paper) => [
    paper.title,
    {
      title: paper.title,
      name: paper.tags.name,
      topics: paper.tags.topics.map((tag) => tag.value),
      relations: paper.tags.relations.map(({ type, target }) => ({ type, target })),
    },
  ]),
);
const missing = labels.filter((label) => !predictions.has(label.title));
if (missing.length > 0) {
  console.error(
    `${labelsFile}: ${missing.length} labelled title(s) are not in the corpus:\n${missing.map((m) => `  ${m.title}`).join('\n')}`,
  );
  process.exitCode = 1;
}

const result = evaluate(labels, predictions, new Map(topics.map((topic) => [topic.id, topic.parent])));
const pct = (x: number) => x.toFixed(3);
console.log(`Evaluation on ${labels.length} hand-labelled papers (${labelsFile})\n`);
console.log('| facet | precision | recall | F1 |');
console.log('|---|---|---|---|');
console.log(
  `| topics (hierarchical) | ${pct(result.topics.precision)} | ${pct(result.topics.recall)} | ${pct(result.topics.f1)} |`,
);
console.log(
  `| relations | ${pct(result.relations.precision)} | ${pct(result.relations.recall)} | ${pct(result.relations.f1)} |`,
);
console.log(`\nmethod names: ${result.names.correct}/${result.names.total} exact (${pct(result.names.accuracy)})`);
if (showMisses) {
  for (const miss of result.misses) {
    console.log(
      `\n[${miss.facet}] ${miss.title}\n  expected:  ${miss.expected.join(', ')}\n  predicted: ${miss.predicted.join(', ')}`,
    );
  }
}
