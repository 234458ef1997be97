/**
 * The confidence (0–1) from which the atlas states a reading as fact. A relation below it is not
 * drawn in diagrams, listed on method pages or used to relate papers (src/pipeline/relation-confidence.ts);
 * a tag below it is marked as less certain where it is shown (src/pipeline/tag-confidence.ts).
 * Both are listed apart on the paper's page, and first in the curation review queue.
 */
export const CONFIDENT = 0.5;

export const isConfident = (reading: { confidence: number }): boolean => reading.confidence >= CONFIDENT;
