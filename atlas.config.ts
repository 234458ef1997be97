import { defineAtlasConfig } from './src/lib/config';

/**
 * The atlas's settings. Paths are relative to this folder. The environment variables
 * ATLAS_CORPUS, ATLAS_TAXONOMY, ATLAS_VOCABULARY, ATLAS_SITE and ATLAS_BASE override them.
 */
export default defineAtlasConfig({
  title: 'Paper Atlas',
  description: 'A browsable, searchable taxonomy of research papers.',
  // Files or folders; listing dumps, .bib, .json, .jsonl, .csv, .tsv and arXiv Atom .xml can be mixed.
  corpus: ['content/corpus'],
  taxonomy: 'content/taxonomy.yaml',
  vocabulary: 'content/vocabulary.yaml',
  site: 'https://paper-atlas.example.org',
  base: '/',
});
