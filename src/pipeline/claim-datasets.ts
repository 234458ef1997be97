/**
 * Where a claimed number was measured: the places a paper's datasets are written in its abstract, and
 * the one dataset its sentences say it was evaluated on (not trained on), for claims that name none.
 */
import { splitSentences } from './text';
import type { Tag } from './types';

/** A named thing found in a clause, at an offset of the abstract. */
export interface Found<T> {
  value: T;
  start: number;
  end: number;
}

/** A dataset right after these words is what the model learnt from, not where the number was measured. */
export const TRAINED_ON_BEFORE =
  /\b(?:pre-?trained|trained|fine-?tuned|finetuned|learned)\s+(?:\w+\s+){0,2}?(?:on|with)\s+(?:the\s+)?$/iu;

/** Every place a list of phrases is written in a text, as whole words. */
export function occurrences<T>(
  text: string,
  offset: number,
  items: readonly { value: T; phrases: string[] }[],
): Found<T>[] {
  const found: Found<T>[] = [];
  for (const item of items)
    for (const phrase of new Set(item.phrases)) {
      if (phrase.length < 2) continue;
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
        const before = text[at - 1] ?? ' ';
        const after = text[at + phrase.length] ?? ' ';
        if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
        found.push({ value: item.value, start: offset + at, end: offset + at + phrase.length });
      }
    }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * How a dataset may be written in a sentence: its name, the words that tagged it, and the last part
 * of a hyphenated name in capitals ("VOC" of "PASCAL-VOC", "COCO" of "MS-COCO").
 */
export function datasetPhrases(tag: Tag): string[] {
  const tail = /^[\p{Lu}\p{N}]+-(?<tail>\p{Lu}[\p{Lu}\p{N}]{2,})$/u.exec(tag.value)?.groups?.tail;
  // The words that tagged it, when they are a name rather than a whole list ("datasets, i.e., X, Y").
  const evidence = tag.evidence.length <= tag.value.length + 12 ? [tag.evidence] : [];
  return [tag.value, ...evidence, ...(tail ? [tail] : [])];
}

/** Words of a sentence that say the work was evaluated on what it names. */
const EVALUATION_CUE =
  /\b(?:evaluat|experiment|benchmark|results?\b|tested|validat|state-of-the-art|sota\b|outperform|achiev)/iu;

/** The dataset, when a sentence that names it says the work was evaluated there (not trained on it). */
function evaluatedOn(
  abstract: string,
  sentences: ReturnType<typeof splitSentences>,
  item: { value: string; phrases: string[] },
): string | null {
  for (const sentence of sentences) {
    if (!EVALUATION_CUE.test(sentence.text)) continue;
    const found = occurrences(sentence.text, sentence.start, [item]);
    if (found.some((at) => !TRAINED_ON_BEFORE.test(abstract.slice(Math.max(sentence.start, at.start - 40), at.start))))
      return item.value;
  }
  return null;
}

/** The one dataset sentences say the paper was evaluated on, or null when they name none or several. */
export function onlyEvaluatedDataset(abstract: string, items: ReadonlyArray<{ value: string; phrases: string[] }>) {
  const sentences = splitSentences(abstract);
  const evaluated = new Set(items.flatMap((item) => evaluatedOn(abstract, sentences, item) ?? []));
  return evaluated.size === 1 ? [...evaluated][0]! : null;
}
