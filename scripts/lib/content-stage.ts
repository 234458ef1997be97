import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { toSlugBrand } from '../../src/model/brands';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildCurationReport, formatCurationReport, type CurationReport } from '../../src/pipeline/curation-report';
import { fieldTerms, knownModels, topicCoverage, vocabularyCoverage } from '../../src/pipeline/extract';
import { extractInParallel } from './extract-in-parallel';
import { settleMethodNames } from '../../src/pipeline/extract-name';
import { checkTopicModalities, loadTaxonomy, loadVocabulary } from '../../src/pipeline/load-vocabulary';
import { describeMerge, normaliseEntries, type MergeNote } from '../../src/pipeline/normalise';
import { decodeCorpus } from '../../src/pipeline/parse-corpus';
import { readCorpusFile } from '../../src/pipeline/read-corpus-file';
import { toFrontmatter } from '../../src/pipeline/serialise-mdx';
import { assignSlugs } from '../../src/pipeline/slug';
import type { CorpusEntry, Problem, Slug, TaggedPaper } from '../../src/pipeline/types';
import { paperToMdx } from '../../src/pipeline/write-paper';
import { loadPhraseCache } from './phrase-cache';
import { loadNameReadingCache, loadReadingCache } from './reading-cache';
import { extractorVersion, loadExtractionCache, loadMethodMatchCache } from './extraction-cache';
import { syncFolder, type FolderChanges } from './sync-folder';
import { checkNotes } from '../../src/pipeline/check-notes';
import type { AtlasPaths } from '../../src/lib/paths';
import { readCacheFile, writeCacheFile } from '../../src/lib/cache-file';
import { readNotes } from './read-notes';
import { formatProblem, InputError } from './report';
import { curationNames, knownNames, readCuration } from './read-curation';
import { applyCuration, withCuratedNames } from '../../src/pipeline/curation/apply';
import { neverFilter } from '../../src/pipeline/curation/never';
import { reviewQueue } from '../../src/pipeline/curation/review-queue';
import { emptyCuration } from '../../src/pipeline/curation/types';

export interface ContentResult {
  papers: TaggedPaper[];
  problems: Problem[];
  corpusFiles: string[];
  /** Entries read from the corpus, before duplicates were merged. */
  entryCount: number;
  /** Papers read from several corpus files and merged into one page. */
  merges: MergeNote[];
  /** Weakly tagged papers and phrases the vocabulary lacks, also written to the report file. */
  curation: CurationReport;
  /** Papers whose tags an earlier build's were kept, papers tagged anew, and the pages written. */
  reuse: { tagsKept: number; tagsFound: number; pageChanges: FolderChanges | null };
}

const SLUG_REGISTRY = 'slugs.yaml';
const REGISTRY_HEADER =
  '# Published paper URLs: each paper key (arxiv:ID, doi:DOI, or its normalised title) and the slug it was given.\n' +
  '# Written by `npm run content`. A slug here never moves or goes to another paper, so links keep working.\n';

/** The corpus files to read: the file itself, or every visible file of a folder in name order. */
export async function listCorpusFiles(corpus: string): Promise<string[]> {
  if (!existsSync(corpus)) {
    throw new InputError([
      {
        severity: 'error',
        file: corpus,
        line: 0,
        message: 'corpus not found',
        hint: 'set ATLAS_CORPUS to a corpus file or folder',
      },
    ]);
  }
  if (!(await stat(corpus)).isDirectory()) return [corpus];
  const names = (await readdir(corpus)).filter((name) => !name.startsWith('.') && !/\.(md|SOURCE\.md)$/iu.test(name));
  return names.sort((a, b) => a.localeCompare(b, 'en')).map((name) => join(corpus, name));
}

async function readVocabularyFile(path: string, variable: string): Promise<string> {
  if (!existsSync(path)) {
    throw new InputError([
      {
        severity: 'error',
        file: relative(process.cwd(), path),
        line: 0,
        message: 'file not found',
        hint: `create it, or set ${variable} to its path`,
      },
    ]);
  }
  return readFile(path, 'utf8');
}

/**
 * The slug registry as last written, parsed, in the cache by the digest of its text: parsing ten
 * thousand lines of YAML takes most of a second, reading them back as JSON a tenth of that. A
 * registry edited by hand has another digest and is parsed as YAML.
 */
interface ParsedRegistry {
  digest: string;
  entries: Record<string, string>;
}
const registryDigest = (text: string) => createHash('sha256').update(text).digest('base64url');
const parsedRegistryFile = (cacheDir: string) => join(cacheDir, 'slug-registry.json');

async function readRegistry(path: string, cacheDir: string): Promise<Map<string, Slug>> {
  if (!existsSync(path)) return new Map();
  const text = await readFile(path, 'utf8');
  const parsed = (await readCacheFile(parsedRegistryFile(cacheDir))) as ParsedRegistry | null;
  const data =
    parsed?.digest === registryDigest(text) ? parsed.entries : ((parseYaml(text) ?? {}) as Record<string, string>);
  // A hand-edited registry is checked where it enters: a slug that is no URL segment stops the build.
  return new Map(Object.entries(data).map(([key, slug]) => [key, toSlugBrand(slug, `${path}: ${key}`)]));
}

/** Writes the registry, and its parsed form for the next build's `readRegistry`. */
async function writeRegistry(path: string, cacheDir: string, registry: Map<string, Slug>): Promise<void> {
  const entries = Object.fromEntries([...registry].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const text = REGISTRY_HEADER + toFrontmatter(entries);
  await writeFile(path, text);
  await writeCacheFile(parsedRegistryFile(cacheDir), {
    digest: registryDigest(text),
    entries,
  } satisfies ParsedRegistry);
}

/**
 * Reads every corpus file, tags every paper and writes one MDX page per paper into
 * `<content>/papers/`. Throws an InputError naming every problem before anything is written.
 */
export async function buildContent(
  paths: AtlasPaths,
  options: { write?: boolean; curate?: boolean; threads?: number } = {},
): Promise<ContentResult> {
  const problems: Problem[] = [];
  const corpusFiles = [];
  for (const corpus of paths.corpora) corpusFiles.push(...(await listCorpusFiles(corpus)));
  const entries: CorpusEntry[] = [];
  const displayRoot = process.cwd();
  for (const path of corpusFiles) {
    const file = relative(displayRoot, path) || basename(path);
    const decoded = decodeCorpus(await readFile(path), file);
    problems.push(...decoded.problems);
    if (decoded.problems.length > 0) continue;
    const parsed = readCorpusFile(decoded.text, file, { strict: paths.strict });
    problems.push(...parsed.problems);
    entries.push(...parsed.entries);
  }

  const taxonomyFile = relative(displayRoot, paths.taxonomy);
  const vocabularyFile = relative(displayRoot, paths.vocabulary);
  const taxonomy = loadTaxonomy(await readVocabularyFile(paths.taxonomy, 'ATLAS_TAXONOMY'), taxonomyFile);
  const vocabulary = loadVocabulary(await readVocabularyFile(paths.vocabulary, 'ATLAS_VOCABULARY'), vocabularyFile);
  problems.push(...taxonomy.problems, ...vocabulary.problems);
  problems.push(...checkTopicModalities(taxonomy.topics, vocabulary.vocabulary, taxonomyFile));

  const normalised = normaliseEntries(entries);
  problems.push(...normalised.problems);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new InputError(errors);

  // The names a text gives depend on the extractor's code alone, not on the vocabulary or the never rules.
  const nameReadings = await loadNameReadingCache(paths.cache, await extractorVersion('', ''));
  const names = settleMethodNames(
    normalised.papers,
    fieldTerms(taxonomy.topics, vocabulary.vocabulary),
    knownModels(vocabulary.vocabulary),
    nameReadings,
  );
  const named = normalised.papers.map((draft, index) => ({ ...draft, name: names[index] ?? null }));
  const registryPath = join(paths.content, SLUG_REGISTRY);
  const { slugs, registry } = assignSlugs(
    named.map((paper) => ({ key: paper.key, preferred: paper.name ?? paper.title, formerKeys: paper.formerKeys })),
    await readRegistry(registryPath, paths.cache),
  );
  // Corrections are checked before anything is tagged; evaluations measure the extractor alone.
  const corrections =
    options.curate === false
      ? emptyCuration(relative(displayRoot, paths.curation))
      : await readCuration(
          paths.curation,
          curationNames(slugs.values(), registry.values(), taxonomy.topics, vocabulary.vocabulary),
        );
  const curatedNames = withCuratedNames(
    named.map((paper) => ({ ...paper, slug: slugs.get(paper.key) as Slug })),
    corrections,
  );
  const nounPhraseMemo = await loadPhraseCache(paths.cache, vocabulary.vocabulary.generic);
  const never = neverFilter(corrections.never);
  // A curator's never rule changes what extraction reads, so the kept tags and readings depend on
  // the rules too.
  const version = await extractorVersion(
    await readFile(paths.taxonomy, 'utf8'),
    await readFile(paths.vocabulary, 'utf8'),
    JSON.stringify(corrections.never),
  );
  const extractions = await loadExtractionCache(paths.cache, version);
  const textReadingMemo = await loadReadingCache(paths.cache, version);
  const methodMatchMemo = await loadMethodMatchCache(paths.cache, version);
  const context = {
    topics: taxonomy.topics,
    vocabulary: vocabulary.vocabulary,
    nounPhraseMemo,
    never,
    paperTagsMemo: extractions.tags,
    textReadingMemo,
    methodMatchMemo,
  };
  const { papers, stale } = applyCuration(
    await extractInParallel(curatedNames.papers, context, { threads: options.threads }),
    corrections,
    {
      extractedNames: curatedNames.extractedNames,
      // Tags and readings kept from the last build were read under the same rules, but this run did
      // not see them rule anything out: a rule is called stale only when every paper was read afresh.
      usedNever: extractions.tags.hits > 0 || textReadingMemo.hits > 0 ? new Set(corrections.never) : never.usedRules(),
    },
  );
  // Runs that write nothing (evaluation, coverage) leave the build's cache as it is.
  if (options.write !== false)
    await Promise.all([nounPhraseMemo.save(), textReadingMemo.save(), nameReadings.save(), methodMatchMemo.save()]);
  const isKnown = knownNames(
    vocabulary.vocabulary,
    papers.flatMap((paper) => (paper.tags.name ? [paper.tags.name] : [])),
  );
  const curation = buildCurationReport(papers, vocabularyCoverage(context), 50, topicCoverage(taxonomy.topics), {
    review: reviewQueue(papers, corrections, isKnown),
    stale,
    curationFile: corrections.file,
  });
  // A note that names no paper or topic of this atlas would silently go unshown.
  const noteProblems = checkNotes(await readNotes(paths.notes), {
    paperSlugs: new Set(papers.map((paper) => paper.slug)),
    topics: taxonomy.topics,
  });
  if (noteProblems.length > 0) throw new InputError(noteProblems);

  let pageChanges: FolderChanges | null = null;
  if (options.write !== false) {
    await mkdir(paths.content, { recursive: true });
    // Only pages whose bytes change are written, so a rebuild after adding papers touches few files.
    pageChanges = await syncFolder(paths.papers, papers, (paper) => ({
      name: `${paper.slug}.mdx`,
      text: extractions.page(paper, paperToMdx),
    }));
    await extractions.save();
    await writeRegistry(registryPath, paths.cache, registry);
    await writeFile(paths.report, formatCurationReport(curation));
  }
  return {
    papers,
    problems,
    corpusFiles,
    entryCount: entries.length,
    merges: normalised.merges,
    curation,
    reuse: { tagsKept: extractions.tags.hits, tagsFound: extractions.tags.misses, pageChanges },
  };
}

/** Prints warnings and a one-line summary of what the content stage read and wrote. */
export function printContentReport(result: ContentResult): void {
  const shown = result.problems.filter((problem) => problem.severity !== 'info');
  for (const problem of shown) console.warn(formatProblem(problem));
  for (const merge of result.merges) console.log(`[atlas] merged: ${describeMerge(merge)}`);
  const skipped = result.problems.filter((problem) => problem.severity === 'info').length;
  const untagged = result.papers.filter((paper) => paper.tags.topics.length < 2);
  console.log(
    `[atlas] corpus: ${result.corpusFiles.length} file(s), ${result.entryCount} entries, ${result.papers.length} papers` +
      (result.merges.length ? `, ${result.merges.length} merged from several files` : '') +
      (skipped ? `, ${skipped} line(s) of page chrome skipped` : '') +
      `, ${untagged.length} paper(s) with fewer than two topics`,
  );
  const { tagsKept, tagsFound, pageChanges } = result.reuse;
  console.log(
    `[atlas] extraction: ${tagsFound} paper(s) tagged, ${tagsKept} kept from the last build` +
      (pageChanges
        ? `; pages ${pageChanges.written.length} written, ${pageChanges.removed.length} removed, ${pageChanges.unchanged} unchanged`
        : ''),
  );
  for (const entry of result.curation.stale)
    console.warn(`${result.curation.curationFile}:${entry.line}: stale: ${entry.what}: ${entry.why}`);
  if (result.curation.review.length > 0)
    console.log(
      `[atlas] review queue: ${result.curation.review.length} entries, weakest first, in the curation report`,
    );
  const phrases = result.curation.missingPhrases.slice(0, 8).map(({ phrase, papers }) => `${phrase} (${papers})`);
  if (phrases.length > 0)
    console.log(
      `[atlas] frequent phrases not in the vocabulary: ${phrases.join(', ')}; full list in the curation report`,
    );
}
