/**
 * `npm run bench:citations -- [corpus file or .gz] [--papers 10000]`: what typesetting TeX and writing
 * citations cost a build, apart from everything else a build does. Over every paper of a corpus,
 * in one fresh process as a build's Astro stage would: each title typeset for pages and as plain
 * text for heads and feeds, each abstract rendered as its page renders it (of which the time in
 * Temml alone is counted apart), cite keys for the whole atlas, each paper's BibTeX, RIS and
 * CSL-JSON, and its entry without the abstract for topic and method `.bib` files.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import temml from 'temml';
import { bibtexEntry } from '../src/lib/citation/bibtex';
import { citeKeys, type CitablePaper } from '../src/lib/citation/cite-data';
import { cslItem, risRecord } from '../src/lib/citation/ris-csl';
import { displayMath, displayMathHtmlInLink, visibleText } from '../src/lib/math/display-math';
import { renderAbstract } from '../src/lib/render-abstract';
import { readCorpusFile } from '../src/pipeline/read-corpus-file';
import { toMdxParagraph } from '../src/pipeline/serialise-mdx';

const args = process.argv.slice(2);
const papersAt = args.indexOf('--papers');
const limit = papersAt >= 0 ? Number(args[papersAt + 1]) : 10_000;
const corpus =
  args.find((arg, index) => !arg.startsWith('--') && index !== papersAt + 1) ?? '../shared/corpora/large.txt.gz';
const bytes = await readFile(corpus);
const text = (corpus.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
// The first papers of the corpus, as the benchmark's atlases take them (scripts/lib/bench-corpus.ts).
const entries = readCorpusFile(text, corpus.replace(/\.gz$/u, '')).entries.slice(0, limit);
const papers: CitablePaper[] = entries.map((entry, index) => ({
  slug: `paper-${index}`,
  title: entry.title,
  abstract: entry.abstract,
  ...(entry.authors ? { authors: entry.authors } : {}),
  ...(entry.year ? { year: entry.year } : {}),
  ...(entry.arxivId ? { arxivId: entry.arxivId } : {}),
  ...(entry.doi ? { doi: entry.doi } : {}),
  ...(entry.url ? { url: entry.url } : {}),
  ...(entry.venue ? { venue: entry.venue } : {}),
}));
const bodies = papers.map((paper) => toMdxParagraph(paper.abstract));

// Time inside Temml, counted by wrapping the one function the renderer calls.
let inTemml = 0;
let formulas = 0;
const renderToString = temml.renderToString.bind(temml);
temml.renderToString = (...args: Parameters<typeof renderToString>) => {
  const started = performance.now();
  try {
    return renderToString(...args);
  } finally {
    inTemml += performance.now() - started;
    formulas += 1;
  }
};

// Wall and CPU seconds: on a shared machine the wall time of a step also counts waiting for a core.
const timings: Array<[string, string, string]> = [];
const time = (label: string, work: () => void) => {
  const [started, cpu] = [performance.now(), process.cpuUsage()];
  work();
  const used = process.cpuUsage(cpu);
  timings.push([
    label,
    ((performance.now() - started) / 1000).toFixed(2),
    ((used.user + used.system) / 1e6).toFixed(2),
  ]);
};

time('titles: typeset (lists, heads) and as plain text (title, feeds)', () => {
  for (const paper of papers) {
    displayMathHtmlInLink(paper.title);
    visibleText(paper.title);
  }
});
const titleTemml = inTemml;
time('abstracts: rendered as their pages render them', () => {
  for (const [index, paper] of papers.entries()) renderAbstract(bodies[index] as string, 'abstract.mdx', paper.title);
});
timings.push(['  of which in Temml (titles and abstracts)', (inTemml / 1000).toFixed(2), '']);
// The part of rendering an abstract that reads and typesets its TeX, on the text alone (a second
// pass: Temml's results are cached by source, as within one build).
time('  of which reading and typesetting TeX (displayMath over each abstract, again)', () => {
  for (const paper of papers) displayMath(paper.abstract);
});
let keys = new Map<string, string>();
time('cite keys of the atlas', () => {
  keys = citeKeys(papers);
});
time('BibTeX, RIS and CSL-JSON of every paper, and its entry without abstract', () => {
  for (const paper of papers) {
    const key = keys.get(paper.slug) ?? paper.slug;
    bibtexEntry(paper, key);
    risRecord(paper, key);
    JSON.stringify([cslItem(paper, key)], null, 2);
    bibtexEntry(paper, key, { abstract: false });
  }
});

console.log(
  `${corpus}: ${papers.length} papers, ${formulas} formulas given to Temml (${(titleTemml / 1000).toFixed(2)} s of it for titles)`,
);
console.log(`load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]} at the end`);
console.log('| work | wall s | CPU s |');
console.log('|---|---:|---:|');
for (const [label, wall, cpu] of timings) console.log(`| ${label} | ${wall} | ${cpu} |`);
