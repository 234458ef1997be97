/**
 * Applies a curation to the extractor's papers, so that everything downstream sees each corrected
 * paper exactly as if the extractor had produced it, plus the record of what a curator set. A
 * correction that changes nothing any more is returned as stale rather than silently kept.
 */
import { CURATABLE_FIELDS, type CuratableField, type Relation } from '../../model/paper';
import { FACET_NAMES, FACETS, type FacetName } from '../../model/facets';
import { RELATIONS } from '../../model/relations';
import type { FacetTags, Slug, Tag, TaggedPaper } from '../types';
import type { Curation, NeverRule, PaperCorrection, RelationCorrection, StaleCorrection } from './types';

/**
 * A method's identity without case, spaces or punctuation, as the catalog's method pages see it:
 * "Sparse MeZO" and "sparse-MeZO" are one. Cheaper than the slug, which matters at 10,000 papers.
 */
const methodKey = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') || name;

/** A facet value's identity: topic ids exactly, names as method pages key them. */
const valueKey = (facet: FacetName, value: string) =>
  FACETS[facet].source.kind === 'taxonomy' ? value : methodKey(value);

/**
 * The papers with the names curators gave their methods, to be tagged with them: the extractor
 * then reads other papers' mentions of the new name as this paper's method. Slugs are assigned
 * before this, so a renamed method never moves its paper's URL. Also returns the extractor's names.
 */
export function withCuratedNames<P extends { slug: Slug; name: string | null }>(
  papers: readonly P[],
  curation: Curation,
): { papers: P[]; extractedNames: Map<string, string | null> } {
  const names = new Map(curation.papers.flatMap((c) => (c.name ? [[c.slug, c.name.value] as const] : [])));
  return {
    papers: papers.map((paper) => (names.has(paper.slug) ? { ...paper, name: names.get(paper.slug) ?? null } : paper)),
    extractedNames: new Map(papers.map((paper) => [paper.slug, paper.name])),
  };
}

const describeRelation = (verb: string, relation: RelationCorrection) =>
  `${verb} relation "${RELATIONS[relation.type].verb} ${relation.target}"`;

function correctPaper(
  paper: TaggedPaper,
  correction: PaperCorrection,
  extractedName: string | null,
  introducers: ReadonlyMap<string, Slug>,
  stale: StaleCorrection[],
): TaggedPaper {
  const fields = new Set<CuratableField>();
  const curatedTags: Partial<Record<FacetName, string[]>> = {};
  const staleAt = (line: number, what: string, why: string) => stale.push({ line, slug: paper.slug, what, why });

  if (correction.name) {
    if (correction.name.value === extractedName)
      staleAt(correction.name.line, `name ${JSON.stringify(extractedName)}`, 'the extractor now gives the same name');
    else fields.add('name');
  }

  const facets: Partial<Record<FacetName, Tag[]>> = {};
  for (const facet of FACET_NAMES) {
    const facetCorrection = correction.facets[facet];
    if (!facetCorrection) continue;
    const key = (value: string) => valueKey(facet, value);
    let tags: Tag[] = [...paper.tags[facet]];
    for (const { value, line } of facetCorrection.remove) {
      if (!tags.some((tag) => key(tag.value) === key(value))) {
        staleAt(line, `remove ${facet} "${value}"`, 'the extractor no longer gives this tag');
        continue;
      }
      tags = tags.filter((tag) => key(tag.value) !== key(value));
      fields.add(facet);
    }
    for (const verb of ['add', 'keep'] as const)
      for (const { value, line } of facetCorrection[verb]) {
        const found = tags.find((tag) => key(tag.value) === key(value));
        if (found && verb === 'add')
          staleAt(line, `add ${facet} "${value}"`, 'the extractor now gives this tag: move it to `keep` or delete it');
        if (!found) {
          tags.push({ value, evidence: '' });
          fields.add(facet);
        }
        curatedTags[facet] = [...(curatedTags[facet] ?? []), found?.value ?? value];
      }
    facets[facet] = tags;
  }

  let relations: Relation[] = [...paper.tags.relations];
  const matches = (relation: Relation, wanted: RelationCorrection) =>
    relation.type === wanted.type && methodKey(relation.target) === methodKey(wanted.target);
  for (const wanted of correction.relations.remove) {
    if (!relations.some((relation) => matches(relation, wanted))) {
      staleAt(wanted.line, describeRelation('remove', wanted), 'the extractor no longer finds this relation');
      continue;
    }
    relations = relations.filter((relation) => !matches(relation, wanted));
    fields.add('relations');
  }
  for (const verb of ['add', 'keep'] as const)
    for (const wanted of correction.relations[verb]) {
      const found = relations.find((relation) => matches(relation, wanted));
      if (found) {
        if (verb === 'add')
          staleAt(
            wanted.line,
            describeRelation('add', wanted),
            'the extractor now finds this relation: move it to `keep` or delete it',
          );
        relations = relations.map((relation) =>
          relation === found
            ? { ...relation, source: 'curated', confidence: 1, evidence: wanted.evidence ?? relation.evidence }
            : relation,
        );
        continue;
      }
      relations.push({
        type: wanted.type,
        target: wanted.target,
        targetSlug: introducers.get(methodKey(wanted.target)) ?? null,
        evidence: wanted.evidence ?? '',
        source: 'curated',
        // A curator's word is sure: drawn and listed like the surest reading.
        confidence: 1,
      });
      fields.add('relations');
    }

  const curated = CURATABLE_FIELDS.filter((field) => fields.has(field));
  return {
    ...paper,
    tags: {
      ...paper.tags,
      // Topic ids were checked against the taxonomy where the file was read (./parse.ts).
      ...(facets as Partial<FacetTags>),
      relations,
      ...(curated.length > 0 ? { curated } : {}),
      ...(Object.keys(curatedTags).length > 0 ? { curatedTags } : {}),
    },
  };
}

/**
 * The papers with their curators' corrections, and the corrections that no longer change
 * anything: of papers that left the corpus, `never` rules that ruled nothing out (`usedNever`,
 * from the extraction), and adds, removes and names the extractor now agrees with.
 */
export function applyCuration(
  papers: readonly TaggedPaper[],
  curation: Curation,
  options: { extractedNames: ReadonlyMap<string, string | null>; usedNever: ReadonlySet<NeverRule> },
): { papers: TaggedPaper[]; stale: StaleCorrection[] } {
  const stale: StaleCorrection[] = [];
  const present = new Set<string>(papers.map((paper) => paper.slug));
  for (const correction of curation.papers)
    if (!present.has(correction.slug))
      stale.push({
        line: correction.line,
        slug: correction.slug,
        what: `the corrections of "${correction.slug}"`,
        why: 'the paper left the corpus',
      });
  for (const rule of curation.never)
    if (!options.usedNever.has(rule))
      stale.push({
        line: rule.line,
        slug: null,
        what: `never ${rule.facet} "${rule.id}" from "${rule.phrase}"`,
        why: 'no paper reads this phrase as this tag any more',
      });
  // Curated relations point at the paper that introduces their target, as extracted ones do.
  const introducers = new Map<string, Slug>();
  for (const paper of papers)
    for (const name of [paper.tags.name, ...paper.tags.aliases])
      if (name && !introducers.has(methodKey(name))) introducers.set(methodKey(name), paper.slug);
  const bySlug = new Map(curation.papers.map((correction) => [correction.slug, correction]));
  const corrected = papers.map((paper) => {
    const correction = bySlug.get(paper.slug);
    return correction
      ? correctPaper(paper, correction, options.extractedNames.get(paper.slug) ?? null, introducers, stale)
      : paper;
  });
  return { papers: corrected, stale: stale.sort((a, b) => a.line - b.line) };
}
