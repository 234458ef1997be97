import { FACET_NAMES } from '../model/facets';
import type { FacetTags, Tag } from './types';

/**
 * How sure the atlas is of a tag, 0–1, for tags whose extractor has no finer measure (the topics
 * weigh theirs from where they are named: src/pipeline/extract-topics.ts). A name in the title says
 * most about a paper; one the abstract repeats, more than one it names once; a tag inferred with
 * no words of its own in the text (a modality a topic implies), least.
 */
const IN_TITLE = 0.9;
const REPEATED = 0.8;
const ONCE = 0.6;
const INFERRED = 0.4;

function mentionConfidence(tag: Tag, title: string, abstract: string): number {
  const phrase = tag.evidence.toLowerCase();
  if (!phrase) return INFERRED;
  if (title.toLowerCase().includes(phrase)) return IN_TITLE;
  const text = abstract.toLowerCase();
  const first = text.indexOf(phrase);
  if (first < 0) return INFERRED;
  return text.includes(phrase, first + phrase.length) ? REPEATED : ONCE;
}

/** Every facet's tags with a confidence, keeping the one an extractor gave. */
export function withTagConfidence(tags: FacetTags, title: string, abstract: string): FacetTags {
  return Object.fromEntries(
    FACET_NAMES.map((facet) => [
      facet,
      tags[facet].map((tag: Tag) => ({
        ...tag,
        confidence: tag.confidence ?? mentionConfidence(tag, title, abstract),
      })),
    ]),
  ) as FacetTags;
}
