import { splitSentences } from '../pipeline/text';

/**
 * `text` cut to at most `length` characters, never inside a formula (`$…$`): half a formula would
 * show as raw TeX, so the cut moves back before its opening dollar.
 */
function cutOutsideMaths(text: string, length: number): string {
  const cut = text.slice(0, length);
  const dollars = [...cut.matchAll(/(?<!\\)\$/gu)];
  return dollars.length % 2 === 1 ? cut.slice(0, dollars.at(-1)?.index ?? length) : cut;
}

/** The first sentence of an abstract, for one-line summaries in lists. */
export function firstSentence(abstract: string, maxLength = 240): string {
  const sentence = splitSentences(abstract)[0]?.text ?? abstract;
  return sentence.length <= maxLength ? sentence : `${cutOutsideMaths(sentence, maxLength - 1).trimEnd()}…`;
}

/** A sentence that says what the paper contributes: "we propose …", "this paper introduces …". */
const CONTRIBUTION =
  /\b(?:we|this (?:paper|work|study)|in this (?:paper|work),? we|our (?:method|approach|framework))\b[^.]{0,80}?\b(?:propose|introduce|present|develop|design|establish|build|release)[sd]?\b/iu;

/**
 * A one-line gist of a paper for topic pages: its contribution sentence ("We propose X, …") when
 * the abstract has one, since the first sentence is usually background; otherwise the first.
 * Long sentences are cut at a word boundary with an ellipsis.
 */
export function paperGist(abstract: string, maxLength = GIST_LENGTH): string {
  if (maxLength !== GIST_LENGTH) return gistOf(abstract, maxLength);
  let gist = gists.get(abstract);
  if (gist === undefined) gists.set(abstract, (gist = gistOf(abstract, maxLength)));
  return gist;
}

const GIST_LENGTH = 220;
// A paper's gist shows in the list of each of its topics, methods and feeds: at 10,000 papers the
// same sentences were split and searched again for every list, 0.9 s of a rebuild's Astro stage.
const gists = new Map<string, string>();

function gistOf(abstract: string, maxLength: number): string {
  const sentences = splitSentences(abstract);
  const contribution = sentences.find((candidate) => CONTRIBUTION.test(candidate.text))?.text;
  // "Based on this observation, we propose X" reads on its own as "We propose X".
  const sentence = contribution?.replace(/^[^,]{3,60},\s+we\b/iu, 'We') ?? sentences[0]?.text ?? abstract;
  if (sentence.length <= maxLength) return sentence;
  const cut = cutOutsideMaths(sentence, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:(–-]+$/u, '')}…`;
}
