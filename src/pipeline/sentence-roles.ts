/**
 * The part each sentence of an abstract plays, read from its cues: what the paper contributes, how
 * its method works, what its experiments found, the background it starts from, and the limitations
 * it names. A topic is what a paper is about only when its contribution or method says so; a field
 * named in the background or the experiments is context (see extract-topics.ts).
 */
import { GLUED_SENTENCE_END } from './text';

export type SentenceRole = 'contribution' | 'method' | 'result' | 'background' | 'limitation';

export interface Span {
  start: number;
  end: number;
}

export interface RoledSentence extends Span {
  role: SentenceRole;
}

/** Abbreviations whose full stop ends no sentence ("e.g. LoRA", "et al. show", "Fig. 2"). */
const ABBREVIATION = /\b(?:e\.g|i\.e|et al|vs|cf|etc|fig|figs|eq|eqs|sec|approx|resp|no|al|ref|refs|ca|viz)\.$/iu;

/**
 * A sentence ends at ".", "!" or "?" (and any closing quote or bracket) before white space, or
 * where the space after it was lost (`GLUED_SENTENCE_END`).
 */
const SENTENCE_END = new RegExp(String.raw`[.!?]+["'”’)\]]*(?=\s)|${GLUED_SENTENCE_END}`, 'gu');

/** Splits text into sentences, as character spans; a full stop after an abbreviation or before a lower-case word ends none. */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  SENTENCE_END.lastIndex = from;
  for (let match = SENTENCE_END.exec(text); match && match.index < to; match = SENTENCE_END.exec(text)) {
    const end = match.index + match[0].length;
    const next = text.slice(end, end + 3).trimStart();
    if (ABBREVIATION.test(text.slice(Math.max(from, end - 8), end)) || /^\p{Ll}/u.test(next)) continue;
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  }
  if (text.slice(start, to).trim()) spans.push({ start, end: to });
  return spans;
}

// Cues, each a named part. Matched case-insensitively against one sentence.

/** The paper speaking of itself. */
const SELF = String.raw`(?:we|our|this (?:paper|work|study|article|letter|thesis|report|survey|review|tutorial|overview|position paper)|in this (?:paper|work|study|article)|here(?:in)?|the proposed)`;

/** Verbs by which a paper states what it contributes. */
const CONTRIBUTION_VERB = String.raw`(?:propose|present|introduce|develop|design|devise|formulate|put forward|contribute|offer|release|study|investigate|explore|examine|address|tackle|analy[sz]e|revisit|focus|establish|aim|seek|build|construct|create|curate|collect|provide|report|describe|demonstrate a|bridge|extend|generalize|generalise|unify|rethink|characterize|characterise)`;

/** "We propose", "this paper introduces", "In this work, we present", "we first study". */
const CONTRIBUTION = new RegExp(
  String.raw`\b${SELF}\b(?:,?\s+\w+){0,3}?\s+${CONTRIBUTION_VERB}\w*\b|\b(?:to (?:this|that) end|to address (?:this|these|that|the)\w*|to (?:tackle|overcome|bridge|fill|close|solve) (?:this|these|that|the)\w*)\b`,
  'iu',
);

/** The experiments and what they found. */
const RESULT = new RegExp(
  String.raw`\b(?:experiments?|experimental|empirical(?:ly)?|evaluations?|results|ablations?|case stud(?:y|ies)|simulations? (?:show|demonstrate|indicate|confirm|results?)|we (?:evaluate|test|validate|benchmark|conduct|compare|run|perform|demonstrate|show|observe|find|achieve)|(?:outperform|surpass)\w*|achiev\w+ (?:state|SOTA|competitive|superior|comparable|better|significant|strong|high|an? )|state[- ]of[- ]the[- ]art (?:performance|results|accuracy))\b`,
  'iu',
);

/** What falls short: of earlier work in the background, or of the paper's own method. */
const LIMITATION = new RegExp(
  String.raw`\b(?:however|but|yet|despite|although|nevertheless|unfortunately|suffer\w*|fail\w*|struggle\w*|limitations?|limited|lacks?|lacking|remains? (?:unclear|open|challenging|difficult|unexplored|underexplored|limited)|drawbacks?|bottlenecks?|hinder\w*|prohibitive\w*|costly)\b`,
  'iu',
);

/** The paper describing its own method: first person or its method as subject. */
const METHOD = new RegExp(
  String.raw`\b(?:we|our|specifically|concretely|consists? of|comprises?|is composed of|the proposed|this (?:method|approach|framework|model|design|module|strategy|technique|architecture|algorithm))\b`,
  'iu',
);

const SPEAKS_OF_ITSELF = new RegExp(String.raw`${METHOD.source}|\b${SELF}\b`, 'iu');

/**
 * Gives each sentence of a title-less text a role. Sentences before the first contribution
 * sentence that do not speak of the paper are background; after it, a sentence with no cue
 * continues the method. A text that never states its contribution has no background: every
 * sentence may then be what it is about.
 */
export function sentenceRoles(text: string, from = 0, to = text.length): RoledSentence[] {
  const spans = splitSentences(text, from, to);
  const sentences = spans.map((span) => text.slice(span.start, span.end));
  const pivot = sentences.findIndex((sentence) => CONTRIBUTION.test(sentence));
  return spans.map((span, index): RoledSentence => {
    const sentence = sentences[index] as string;
    const speaksOfItself = SPEAKS_OF_ITSELF.test(sentence);
    let role: SentenceRole = 'method';
    if (index === pivot || (index > pivot && pivot >= 0 && CONTRIBUTION.test(sentence))) role = 'contribution';
    else if (index < pivot && !speaksOfItself) role = LIMITATION.test(sentence) ? 'limitation' : 'background';
    else if (RESULT.test(sentence)) role = 'result';
    else if (LIMITATION.test(sentence) && !speaksOfItself) role = 'limitation';
    return { ...span, role };
  });
}
