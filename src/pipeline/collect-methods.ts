import { looksLikeAcronym, singularAcronym, type AcronymDefinition } from './acronyms';
import type { MethodEntity } from './extract-relations';
import type { VocabularyTerm } from './load-vocabulary';
import { sameSense } from './relation-frames';
import type { Paper, Slug } from './types';

/**
 * The methods and models a corpus can name, gathered before any paper is tagged: the vocabulary's,
 * and those the papers of the corpus introduce, each with every name it goes by.
 */

/** The names the vocabulary gives a term, in lower case: its label and aliases. */
const listedNames = (term: VocabularyTerm): ReadonlySet<string> =>
  new Set([term.label, ...term.aliases].map((alias) => alias.toLowerCase()));

/** The vocabulary's model families as relation targets, matched with their versions ("Qwen2.5"). */
export function modelEntities(models: readonly VocabularyTerm[]): Array<{ entity: MethodEntity; prefix: boolean }> {
  return models.map((term) => ({
    entity: {
      name: term.label,
      aliases: new Set([term.label, ...term.aliases]),
      introducedBy: null,
      model: true,
      listed: true,
      listedAs: listedNames(term),
    },
    prefix: term.prefix,
  }));
}

/**
 * The methods a corpus can name: vocabulary methods, plus each paper's own method with the acronym
 * and long form it defines ("Direct Preference Optimization (DPO)" is one method with two names).
 */
export function collectMethods(
  papers: ReadonlyArray<Pick<Paper, 'slug' | 'title' | 'abstract'> & { name: string | null }>,
  vocabularyMethods: VocabularyTerm[],
  definitionLists: readonly AcronymDefinition[][],
  vocabularyModels: readonly VocabularyTerm[] = [],
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
    entity.listedAs = listedNames(term);
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
  papers.forEach((paper, index) => {
    if (!paper.name) return;
    // The paper's own definition first: "Masked Language Prompting (MLP)" is not the corpus's first
    // "multi-layer perceptron (MLP)".
    const name = paper.name;
    const own = definitionLists[index]?.find(
      (d) => d.acronym === name || d.longForm.toLowerCase() === name.toLowerCase(),
    );
    const first = Math.min(firstByAcronym.get(name) ?? Infinity, firstByLongForm.get(name.toLowerCase()) ?? Infinity);
    // Another paper's definition only where this paper spells it out too ("We propose Low-Rank
    // Adaptation, or LoRA"): "PnP" in one abstract need not be another's "plug-and-play (PnP)".
    const borrowed = Number.isFinite(first) ? definitions[first] : undefined;
    const spelled = (d: AcronymDefinition) =>
      `${paper.title} ${paper.abstract}`.toLowerCase().includes(d.longForm.toLowerCase());
    const defined = own ?? (borrowed && spelled(borrowed) ? borrowed : undefined);
    const aliases = defined ? [defined.acronym, defined.longForm] : [];
    // Titles often hyphenate the name the abstract spaces ("Sparse MeZO" / "Sparse-MeZO").
    aliases.push(name.replace(/\s+/gu, '-'));
    add(defined?.acronym ?? name, aliases, paper.slug);
  });
  // Acronyms the corpus defines that name methods elsewhere ("low-rank adaptation (LoRA)") join them,
  // but not a name the vocabulary gives a model: "sharpness-aware minimization (SAM)" in one paper
  // does not make every other paper's SAM (Segment Anything) a mention of that optimiser. A paper
  // that spells SAM out so still reads it so (an abstract's own definitions come first).
  const modelNames = new Set(
    vocabularyModels.flatMap((term) => [term.label, ...term.aliases].map((a) => a.toLowerCase())),
  );
  const borrowed = new Map<MethodEntity, Set<string>>();
  for (const definition of definitions) {
    const acronym = singularAcronym(definition.acronym);
    if (modelNames.has(acronym.toLowerCase())) continue;
    // By its long form only a method of the vocabulary or one known by no acronym of its own:
    // "text-to-image generation (T2I)" does not make T2I a name of a paper's IA-T2I, whose long form
    // was read as the same words.
    const byLongForm = byAlias.get(definition.longForm.toLowerCase());
    const entity =
      byAlias.get(acronym.toLowerCase()) ??
      (byLongForm && (byLongForm.listed || ![...byLongForm.aliases].some((alias) => looksLikeAcronym(alias)))
        ? byLongForm
        : undefined);
    if (entity) {
      // The vocabulary's own acronyms stand; one a method of it only borrows from a paper's
      // definition is weighed against the corpus's other senses below.
      if (entity.listed && !entity.aliases.has(acronym))
        borrowed.set(entity, (borrowed.get(entity) ?? new Set()).add(acronym));
      entity.aliases.add(acronym);
      byAlias.set(acronym.toLowerCase(), entity);
    }
  }
  // Each acronym's long forms, per paper that spells it out.
  const spelledOut = new Map<string, string[][]>();
  for (const list of definitionLists) {
    const byAcronym = new Map<string, string[]>();
    for (const d of list) {
      const key = singularAcronym(d.acronym).toLowerCase();
      if (!byAcronym.has(key)) byAcronym.set(key, []);
      byAcronym.get(key)!.push(d.longForm);
    }
    for (const [key, longForms] of byAcronym) {
      if (!spelledOut.has(key)) spelledOut.set(key, []);
      spelledOut.get(key)!.push(longForms);
    }
  }
  for (const entity of entities) if (entity.introducedBy && !entity.listed) dropOtherSenses(entity, spelledOut);
  // "rectified flow (RF)" in a few papers does not make every RF of the corpus (random forest,
  // radio frequency) a mention of flow matching.
  for (const [entity, acronyms] of borrowed) dropOtherSenses(entity, spelledOut, acronyms);
  return entities;
}

/**
 * A paper's acronym that most papers of the corpus spell out as something else is read in them as
 * that: "Segmenting Objectiveness and Task-awareness Unknown Region (SOTA)" does not make every
 * "SOTA" of the corpus (state of the art) a mention of that paper's method. The acronym stops
 * naming the method; its long form still does. One the corpus spells out as the method
 * ("low-rank adaptation (LoRA)") or nowhere else keeps it. Only the `weighed` aliases are.
 */
function dropOtherSenses(
  entity: MethodEntity,
  spelledOut: ReadonlyMap<string, string[][]>,
  weighed: ReadonlySet<string> = entity.aliases,
): void {
  const longForms = [...entity.aliases].filter((alias) => /\s/u.test(alias.trim()));
  for (const alias of [...weighed]) {
    const papers = /\s/u.test(alias.trim()) ? undefined : spelledOut.get(singularAcronym(alias).toLowerCase());
    if (!papers) continue;
    const agree = papers.filter((spelled) => spelled.some((s) => longForms.some((own) => sameSense(own, s)))).length;
    if (papers.length - agree > agree) entity.aliases.delete(alias);
  }
}
