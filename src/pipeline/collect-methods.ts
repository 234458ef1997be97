import { singularAcronym, type AcronymDefinition } from './acronyms';
import type { MethodEntity } from './extract-relations';
import type { VocabularyTerm } from './load-vocabulary';
import type { Paper, Slug } from './types';

/**
 * The methods and models a corpus can name, gathered before any paper is tagged: the vocabulary's,
 * and those the papers of the corpus introduce, each with every name it goes by.
 */

/** The vocabulary's model families as relation targets, matched with their versions ("Qwen2.5"). */
export function modelEntities(models: readonly VocabularyTerm[]): Array<{ entity: MethodEntity; prefix: boolean }> {
  return models.map((term) => ({
    entity: {
      name: term.label,
      aliases: new Set([term.label, ...term.aliases]),
      introducedBy: null,
      model: true,
      listed: true,
    },
    prefix: term.prefix,
  }));
}

/**
 * The methods a corpus can name: vocabulary methods, plus each paper's own method with the acronym
 * and long form it defines ("Direct Preference Optimization (DPO)" is one method with two names).
 */
export function collectMethods(
  papers: ReadonlyArray<Pick<Paper, 'slug'> & { name: string | null }>,
  vocabularyMethods: VocabularyTerm[],
  definitionLists: readonly AcronymDefinition[][],
): MethodEntity[] {
  const byAlias = new Map<string, MethodEntity>();
  const entities: MethodEntity[] = [];
  const add = (name: string, aliases: string[], introducedBy: Slug | null) => {
    const known = [name, ...aliases].map((alias) => byAlias.get(alias.toLowerCase())).find(Boolean);
    const entity: MethodEntity = known ?? { name, aliases: new Set<string>(), introducedBy };
    if (!known) entities.push(entity);
    if (introducedBy && !entity.introducedBy) entity.introducedBy = introducedBy;
    for (const alias of [name, ...aliases]) {
      entity.aliases.add(alias);
      byAlias.set(alias.toLowerCase(), entity);
    }
    return entity;
  };
  for (const term of vocabularyMethods) {
    const entity = add(term.label, term.aliases, null);
    entity.listed = true;
    if (term.family) entity.family = true;
    if (term.stage) entity.stage = true;
  }

  const definitions = definitionLists.flat();
  // The first definition by acronym and by long form, so each name is one look-up rather than a
  // pass over every definition of the corpus (quadratic at tens of thousands of papers).
  const firstByAcronym = new Map<string, number>();
  const firstByLongForm = new Map<string, number>();
  definitions.forEach((d, index) => {
    if (!firstByAcronym.has(d.acronym)) firstByAcronym.set(d.acronym, index);
    const longForm = d.longForm.toLowerCase();
    if (!firstByLongForm.has(longForm)) firstByLongForm.set(longForm, index);
  });
  for (const paper of papers) {
    if (!paper.name) continue;
    const first = Math.min(
      firstByAcronym.get(paper.name) ?? Infinity,
      firstByLongForm.get(paper.name.toLowerCase()) ?? Infinity,
    );
    const defined = Number.isFinite(first) ? definitions[first] : undefined;
    const aliases = defined ? [defined.acronym, defined.longForm] : [];
    // Titles often hyphenate the name the abstract spaces ("Sparse MeZO" / "Sparse-MeZO").
    aliases.push(paper.name.replace(/\s+/gu, '-'));
    add(defined?.acronym ?? paper.name, aliases, paper.slug);
  }
  // Acronyms the corpus defines that name methods elsewhere ("low-rank adaptation (LoRA)") join them.
  for (const definition of definitions) {
    const acronym = singularAcronym(definition.acronym);
    const entity = byAlias.get(acronym.toLowerCase()) ?? byAlias.get(definition.longForm.toLowerCase());
    if (entity) {
      entity.aliases.add(acronym);
      byAlias.set(acronym.toLowerCase(), entity);
    }
  }
  return entities;
}
