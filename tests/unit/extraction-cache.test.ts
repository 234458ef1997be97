import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { extractorVersion, loadExtractionCache, loadMethodMatchCache } from '../../scripts/lib/extraction-cache';
import { extractCorpus, PaperTagger } from '../../src/pipeline/extract';
import { loadTaxonomy, loadVocabulary } from '../../src/pipeline/load-vocabulary';
import { readCorpusFile } from '../../src/pipeline/read-corpus-file';
import type { Slug } from '../../src/pipeline/types';

const taxonomyText = readFileSync('content/taxonomy.yaml', 'utf8');
const vocabularyText = readFileSync('content/vocabulary.yaml', 'utf8');
const taxonomy = loadTaxonomy(taxonomyText, 'content/taxonomy.yaml');
const vocabulary = loadVocabulary(vocabularyText, 'content/vocabulary.yaml').vocabulary;

const paper = (slug: string, name: string | null, title: string, abstract: string) => ({
  key: slug,
  slug: slug as Slug,
  name,
  title,
  abstract,
  source: { file: 'corpus.txt', line: 1 },
});
// Forty papers of the bundled corpus, so that one more paper moves no corpus-wide statistic by chance.
const bundled = readCorpusFile(readFileSync('content/corpus/trending-papers.txt', 'utf8'), 'trending-papers.txt')
  .entries.slice(0, 40)
  .map((entry, index) => paper(`bundled-${index}`, null, entry.title, entry.abstract));
const base = [
  ...bundled,
  paper(
    'mezo',
    'MeZO',
    'Fine-Tuning Language Models with Just Forward Passes',
    'We propose a memory-efficient zeroth-order optimizer (MeZO) for fine-tuning large language models.',
  ),
  paper(
    'sparse-study',
    null,
    'Sparse Updates for Language Models',
    'We study sparse updates of language models and compare them with Quokka-Tune on reasoning benchmarks.',
  ),
];
/** A paper that introduces Quokka-Tune: the method the second paper above names without the corpus knowing it. */
const introducesQuokka = paper(
  'quokka-tune',
  'Quokka-Tune',
  'Quokka-Tune: Tuning Language Models by Parts',
  'We propose Quokka-Tune, a parameter-efficient fine-tuning method for large language models.',
);
const unrelated = paper(
  'graph-survey',
  null,
  'A Survey of Graph Neural Networks',
  'This survey reviews graph neural networks for node classification.',
);

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

afterEach(() => vi.restoreAllMocks());

/** Extraction with the tags and method-match caches of `cacheDir`: the tags, and how many texts were tagged and matched anew. */
async function buildWith(cacheDir: string, papers: typeof base, version: string) {
  const cache = await loadExtractionCache(cacheDir, version);
  const matches = await loadMethodMatchCache(cacheDir, version);
  const matching = vi.spyOn(PaperTagger.prototype, 'methodMatchDigest');
  const tagged = extractCorpus(papers, {
    topics: taxonomy.topics,
    vocabulary,
    paperTagsMemo: cache.tags,
    methodMatchMemo: matches,
  });
  await Promise.all([cache.save(), matches.save()]);
  const matched = matching.mock.calls.length;
  matching.mockRestore();
  return { tagged, kept: cache.tags.hits, tagged_anew: cache.tags.misses, matched };
}

describe('the per-paper extraction cache', () => {
  it('keeps the tags of papers whose text and corpus facts did not change, and tags exactly as without it', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'atlas-extractions-'));
    folders.push(cacheDir);
    const version = await extractorVersion(taxonomyText, vocabularyText);
    const first = await buildWith(cacheDir, base, version);
    expect(first).toMatchObject({ kept: 0, tagged_anew: base.length, matched: base.length });
    const again = await buildWith(cacheDir, [...base, unrelated], version);
    // The new text is the only one matched against the corpus's methods: it introduces none.
    expect(again).toMatchObject({ kept: base.length, tagged_anew: 1, matched: 1 });
    expect(again.tagged).toEqual(extractCorpus([...base, unrelated], { topics: taxonomy.topics, vocabulary }));
  });

  it('tags every paper anew when the vocabulary changes', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'atlas-extractions-'));
    folders.push(cacheDir);
    const version = await extractorVersion(taxonomyText, vocabularyText);
    await buildWith(cacheDir, base, version);
    const edited = await extractorVersion(taxonomyText, `${vocabularyText}\n# a curator's edit\n`);
    expect(edited).not.toBe(version);
    expect(await buildWith(cacheDir, base, edited)).toMatchObject({ kept: 0, tagged_anew: base.length });
  });

  it('tags a paper anew when another paper introduces a method it names, and only that paper', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'atlas-extractions-'));
    folders.push(cacheDir);
    const version = await extractorVersion(taxonomyText, vocabularyText);
    const before = await buildWith(cacheDir, base, version);
    const study = (tagged: typeof before.tagged) => tagged.find((p) => p.slug === 'sparse-study')!.tags;
    expect(study(before.tagged).methods.map((tag) => tag.value)).not.toContain('Quokka-Tune');
    const after = await buildWith(cacheDir, [...base, introducesQuokka], version);
    // The others are kept; the study is tagged again, as is the new paper. Only the texts that hold
    // the new method's first word are matched again.
    expect(after).toMatchObject({ kept: base.length - 1, tagged_anew: 2, matched: 2 });
    expect(study(after.tagged).methods.map((tag) => tag.value)).toContain('Quokka-Tune');
    expect(after.tagged).toEqual(extractCorpus([...base, introducesQuokka], { topics: taxonomy.topics, vocabulary }));
  });
});
