import { splitSentences } from '../pipeline/text';

/** The first sentence of an abstract, for one-line summaries in lists. */
export function firstSentence(abstract: string, maxLength = 240): string {
  const sentence = splitSentences(abstract)[0]?.text ?? abstract;
  return sentence.length <= maxLength ? sentence : `${sentence.slice(0, maxLength - 1).trimEnd()}…`;
}
