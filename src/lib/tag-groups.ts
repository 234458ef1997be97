import { FACET_NAMES, FACETS, type FacetDisplay, type FacetName } from '../model/facets';
import { methodNamed, type Catalog, type PaperRecord } from './catalog';
import { isConfident } from '../model/confidence';

/**
 * Whether a paper's topic tag is only a guess: the extractor was unsure of it (a paper that states
 * none of its topics is filed under the one its abstract weighs most) and no curator confirmed it.
 */
export function isTentativeTopic(paper: Pick<PaperRecord, 'confidence' | 'curatedTags'>, id: string): boolean {
  if (paper.curatedTags.topics?.includes(id)) return false;
  return !isConfident({ confidence: paper.confidence.topics?.[id] ?? 1 });
}

/** One tag as a paper page shows it. */
export interface ShownTag {
  /** The value as stored: a topic id, or a name. */
  value: string;
  /** What the reader sees: a topic's label, or the name itself. */
  label: string;
  /** The words of the paper that produced the tag, when the extractor recorded them. */
  phrase: string | undefined;
  /** The method page a method tag links to, when the method has one. */
  methodSlug?: string;
  /** How sure the extractor was, 0–1; 1 when it did not say. */
  confidence: number;
  /** A curator added or confirmed it (content/curation.yaml). */
  curated: boolean;
}

/** A facet's tags on a paper page, under the facet's heading. */
export interface TagGroup {
  facet: FacetName;
  label: string;
  show: FacetDisplay;
  tags: ShownTag[];
}

/**
 * A paper's tags grouped by facet, in the registry's order (src/model/facets.ts), leaving out
 * facets with no values: what the paper page's Tags panel and its "Why these tags" list show.
 */
export function tagGroups(paper: PaperRecord, catalog: Pick<Catalog, 'topicById' | 'methodByKey'>): TagGroup[] {
  return FACET_NAMES.flatMap((facet): TagGroup[] => {
    const values: readonly string[] = paper[facet];
    if (values.length === 0) return [];
    const spec = FACETS[facet];
    const evidence = paper.evidence[facet] ?? {};
    const confidence = paper.confidence[facet] ?? {};
    const curated = new Set(paper.curatedTags[facet] ?? []);
    const tags = values.map((value): ShownTag => {
      const tag: ShownTag = {
        value,
        label: value,
        phrase: evidence[value],
        confidence: confidence[value] ?? 1,
        curated: curated.has(value),
      };
      if (spec.show === 'topic-chips') tag.label = catalog.topicById.get(value)?.label ?? value;
      if (spec.show === 'method-links') tag.methodSlug = methodNamed(catalog, value)?.slug;
      return tag;
    });
    return [{ facet, label: spec.label, show: spec.show, tags }];
  });
}
