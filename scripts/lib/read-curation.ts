import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { FACETS, VOCABULARY_FACETS, vocabularyFacetsOf, type FacetName } from '../../src/model/facets';
import type { LoadedVocabulary, TaxonomyTopic } from '../../src/pipeline/load-vocabulary';
import { parseCuration, type CurationNames } from '../../src/pipeline/curation/parse';
import { emptyCuration, type Curation } from '../../src/pipeline/curation/types';
import { InputError } from './report';

/** The names a corrections file is checked against, from this build's papers, registry and vocabulary. */
export function curationNames(
  papers: Iterable<string>,
  published: Iterable<string>,
  topics: readonly TaxonomyTopic[],
  vocabulary: LoadedVocabulary,
): CurationNames {
  const terms = Object.fromEntries(
    vocabularyFacetsOf('field')
      .filter((facet) => FACETS[facet].filter !== null)
      .map((facet) => [
        facet,
        new Map(
          vocabulary[facet].flatMap((term) =>
            [term.label, ...term.aliases].map((name) => [name.toLowerCase(), term.label]),
          ),
        ),
      ]),
  );
  return {
    papers: new Set(papers),
    published: new Set(published),
    topics: new Set(topics.map((topic) => topic.id)),
    formerTopics: new Map(topics.flatMap((topic) => topic.formerIds.map((former) => [former, topic.id] as const))),
    terms,
  };
}

/** Reads the corrections file (none when it does not exist); stops the build on any problem in it. */
export async function readCuration(path: string, names: CurationNames): Promise<Curation> {
  const file = relative(process.cwd(), path) || path;
  if (!existsSync(path)) return emptyCuration(file);
  const { curation, problems } = parseCuration(await readFile(path, 'utf8'), file, names);
  if (problems.length > 0) throw new InputError(problems);
  return curation;
}

/**
 * Whether the vocabulary knows a facet value or relation target, or a paper of the corpus
 * introduces it: the review queue trusts such names more than ones only the corpus suggests.
 */
export function knownNames(
  vocabulary: LoadedVocabulary,
  introduced: Iterable<string>,
): (facet: FacetName | 'relations', value: string) => boolean {
  const namesOf = (terms: readonly { label: string; aliases: string[] }[]) =>
    terms.flatMap((term) => [term.label, ...term.aliases]).map((name) => name.toLowerCase());
  const methods = new Set([
    ...namesOf(vocabulary.methods),
    ...namesOf(vocabulary.models),
    ...[...introduced].map((name) => name.toLowerCase()),
  ]);
  const byFacet = new Map<string, Set<string>>(
    VOCABULARY_FACETS.map((facet) => [facet, new Set(namesOf(vocabulary[facet]))]),
  );
  return (facet, value) => {
    const lower = value.toLowerCase();
    if (facet === 'relations' || facet === 'methods') return methods.has(lower);
    return byFacet.get(facet)?.has(lower) ?? true;
  };
}
