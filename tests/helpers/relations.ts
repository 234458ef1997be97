import {
  extractRelations,
  indexMethodsForLineage,
  type MethodEntity,
  type RelationInput,
} from '../../src/pipeline/extract-relations';
import { compilePhrase, PhraseMatcher } from '../../src/pipeline/match-terms';
import type { Relation } from '../../src/pipeline/types';

/** A method the corpus knows, under its name and `aliases`, of the kind `kind` says (model, stage…). */
export function knownMethod(name: string, aliases: string[] = [], kind: Partial<MethodEntity> = {}): MethodEntity {
  return { name, aliases: new Set([name, ...aliases]), introducedBy: null, ...kind };
}

/**
 * Reads the relations of an abstract titled "A Title" against `methods` as the corpus's known
 * methods; `input` sets any other field of the extractor's input.
 */
export function relationExtractor(methods: readonly MethodEntity[]) {
  const matcher = new PhraseMatcher(
    methods.flatMap((m) => [...m.aliases].flatMap((alias) => compilePhrase(m, alias) ?? [])),
  );
  const index = indexMethodsForLineage(methods);
  return (abstract: string, input: Partial<RelationInput> = {}): Relation[] =>
    extractRelations({
      title: 'A Title',
      abstract,
      own: undefined,
      ownName: null,
      methods: index,
      matcher,
      isNotMethod: () => false,
      ...input,
    });
}

/** `relationExtractor`'s relations, each as "<type> <target>". */
export function relationReader(methods: readonly MethodEntity[]) {
  const extract = relationExtractor(methods);
  return (abstract: string, input: Partial<RelationInput> = {}): string[] =>
    extract(abstract, input).map((r) => `${r.type} ${r.target}`);
}
