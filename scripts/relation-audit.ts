/**
 * `npm run audit:relations`: how often each way of reading a relation is right on papers nobody
 * labelled, next to the confidence the extractor gives it (src/pipeline/relation-confidence.ts).
 *
 * - With no option, scores the committed audit (`tests/eval/relation-audit.yaml`): for each frame,
 *   of targets the atlas knows or not, how many readings were judged right, the 95% Wilson interval,
 *   and the confidence such a reading gets now, marked where it falls outside the interval.
 * - `--sample=<folder>` draws a fresh audit: every relation the extractor reads in the first
 *   `--papers` (10,000) bench papers, leaving out labelled papers (tests/eval/bench-sample.txt) and
 *   those already audited, is grouped by frame and confidence; `--per-cell` (20) are drawn at random
 *   (`--seed`) from each group of `--min-cell` (50) or more, shuffled, and written as `--batches` (5)
 *   files for annotators, with `GUIDE.md` (the guide the committed audit was judged by) and
 *   `key.json`. An annotator writes `answers-<n>.tsv` beside each batch: `<id>\t<verdict>\t<reason>`.
 * - `--collect=<folder>` turns such a folder's key and answers into the audit's YAML on stdout.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { resolvePaths } from '../src/lib/paths';
import { wilsonInterval } from '../src/pipeline/evaluate';
import { mentionRecorder } from '../src/pipeline/extract-relations';
import { relationConfidence, type RelationFrame } from '../src/pipeline/relation-confidence';
import type { Relation } from '../src/model/paper';
import { buildContent } from './lib/content-stage';
import { commandOptions, joinPapers } from './lib/bench';
import { largeCorpusPath, readLargeCorpus } from './lib/bench-corpus';
import { seededSample } from './lib/math-coverage';
import { AUDIT_FILE, auditCells, type AuditedRelation } from './lib/relation-audit';

interface Drawn {
  id: string;
  title: string;
  abstract: string;
  relation: { type: string; target: string };
  frame: RelationFrame;
  confidence: number;
  known: boolean;
  weak: boolean;
}

const args = commandOptions();

async function readAudit(): Promise<{ header: string; relations: AuditedRelation[] }> {
  const text = await readFile(AUDIT_FILE, 'utf8');
  const header = text.slice(0, text.indexOf('\nrelations:'));
  return { header, relations: (parseYaml(text) as { relations: AuditedRelation[] }).relations };
}

/** The table of the committed audit, each cell beside the confidence the extractor gives it now. */
async function score(): Promise<void> {
  const { relations } = await readAudit();
  console.log('| frame | target | judged | right | share | 95% interval | confidence now |');
  console.log('|---|---|---|---|---|---|---|');
  for (const { frame, known, right, all } of auditCells(relations).sort(
    (a, b) => a.frame.localeCompare(b.frame) || Number(b.known) - Number(a.known),
  )) {
    const [low, high] = wilsonInterval(right, all);
    const confidence = relationConfidence({ frame, known, weak: false });
    const outside = confidence < low - 0.005 ? ' (below)' : confidence > high + 0.005 ? ' (above)' : '';
    console.log(
      `| ${frame} | ${known ? 'known' : 'unknown'} | ${all} | ${right} | ${(right / all).toFixed(2)} | ${low.toFixed(2)}–${high.toFixed(2)} | ${confidence.toFixed(2)}${outside} |`,
    );
  }
}

/** Whether a reading's confidence says its target is unknown and its cue weak, as the extractor set them. */
function readingOf(frame: RelationFrame, confidence: number): { known: boolean; weak: boolean } | null {
  for (const known of [true, false])
    for (const weak of [false, true])
      if (Math.abs(relationConfidence({ frame, known, weak }) - confidence) < 0.001) return { known, weak };
  // Said again in a second sentence: the confidence was raised, and says no more which it was.
  return null;
}

async function sample(folder: string): Promise<void> {
  const papers = Number(args.get('papers') ?? 10_000);
  const perCell = Number(args.get('per-cell') ?? 20);
  const minCell = Number(args.get('min-cell') ?? 50);
  const batches = Number(args.get('batches') ?? 5);
  const seed = Number(args.get('seed') ?? 20261206);
  const work = await mkdtemp(join(tmpdir(), 'atlas-audit-'));
  const corpus = join(work, 'corpus.txt');
  await writeFile(corpus, joinPapers(readLargeCorpus(largeCorpusPath(args.get('corpus')), papers)));
  const framed = new Map<string, ReadonlyArray<{ relation: Relation; frame: RelationFrame }>>();
  mentionRecorder.frames = (title, relations) => framed.set(title, relations);
  const paths = { ...resolvePaths(), corpora: [corpus], corpus, cache: join(work, 'cache') };
  const { papers: tagged } = await buildContent(paths, { write: false, curate: false, threads: 0 });
  const labelled = new Set((await readFile('tests/eval/bench-sample.txt', 'utf8')).split('\n').map((l) => l.trim()));
  const { header, relations: audited } = await readAudit();
  const auditedTitles = new Set(audited.map((relation) => relation.title));
  const groups = new Map<string, Omit<Drawn, 'id'>[]>();
  for (const paper of tagged) {
    if (labelled.has(paper.title.trim()) || auditedTitles.has(paper.title)) continue;
    for (const { relation, frame } of framed.get(paper.title) ?? []) {
      const reading = readingOf(frame, relation.confidence);
      if (!reading) continue;
      const key = `${frame}\u0000${relation.confidence}`;
      const group = groups.get(key) ?? [];
      group.push({
        title: paper.title,
        abstract: paper.abstract,
        relation: { type: relation.type, target: relation.target },
        frame,
        confidence: relation.confidence,
        ...reading,
      });
      groups.set(key, group);
    }
  }
  const drawn = seededSample(
    [...groups.values()]
      .filter((group) => group.length >= minCell)
      .flatMap((group) => seededSample(group, perCell, seed)),
    Infinity,
    seed,
  ).map((item, index) => ({ id: `R${String(index + 1).padStart(3, '0')}`, ...item }));
  await mkdir(folder, { recursive: true });
  const size = Math.ceil(drawn.length / batches);
  for (let batch = 0; batch < batches; batch += 1) {
    const byPaper = new Map<string, Drawn[]>();
    for (const item of drawn.slice(batch * size, (batch + 1) * size))
      byPaper.set(item.title, [...(byPaper.get(item.title) ?? []), item]);
    const text = [...byPaper.values()]
      .map(
        (items) =>
          `## ${items[0]!.title}\n\n${items[0]!.abstract}\n\n` +
          items.map((item) => `- ${item.id}: ${item.relation.type} -> ${item.relation.target}\n`).join(''),
      )
      .join('\n');
    await writeFile(join(folder, `batch-${batch + 1}.md`), text);
  }
  const guide = header
    .slice(header.indexOf("# THE ANNOTATORS' GUIDE"))
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/^#\s{0,3}/u, ''))
    .join('\n');
  await writeFile(join(folder, 'GUIDE.md'), `${guide.trim()}\n`);
  await writeFile(join(folder, 'key.json'), JSON.stringify(drawn, null, 1));
  console.log(`${drawn.length} readings from ${groups.size} groups, in ${batches} batches under ${folder}`);
}

async function collect(folder: string): Promise<void> {
  const drawn = JSON.parse(await readFile(join(folder, 'key.json'), 'utf8')) as Drawn[];
  const answers = new Map<string, { verdict: string; reason?: string }>();
  for (let batch = 1; ; batch += 1) {
    const text = await readFile(join(folder, `answers-${batch}.tsv`), 'utf8').catch(() => null);
    if (text === null) break;
    for (const line of text.split('\n')) {
      const [id, verdict, reason] = line.split('\t');
      if (id && verdict)
        answers.set(id.trim(), { verdict: verdict.trim(), ...(reason?.trim() && { reason: reason.trim() }) });
    }
  }
  const missing = drawn.filter((item) => !answers.has(item.id)).map((item) => item.id);
  if (missing.length > 0)
    throw new Error(`${folder}: no verdict for ${missing.join(', ')}; ask the annotator of their batch to finish it`);
  const relations = drawn.map(({ title, relation, frame, known, weak, id }) => ({
    title,
    relation,
    frame,
    known,
    weak,
    ...answers.get(id),
  }));
  process.stdout.write(stringifyYaml({ relations }, { lineWidth: 0 }));
}

if (args.has('sample')) await sample(args.get('sample') as string);
else if (args.has('collect')) await collect(args.get('collect') as string);
else await score();
