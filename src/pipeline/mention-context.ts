/**
 * What a mention of a vocabulary phrase means where it stands: in the title or a sentence of some
 * role, negated ("without a reward model"), an example or baseline ("such as LoRA", "outperforms
 * LoRA"), a field the paper was tested on ("experiments on image classification"), or part of the
 * paper's own name ("Bone" naming a method is not bone imaging). Pure: text and spans in, readings out.
 */
import { sentenceRoles, type RoledSentence, type SentenceRole, type Span } from './sentence-roles';
import { escapeRegExp } from './text';

export type MentionPlace = SentenceRole | 'title';

export interface MentionReading {
  place: MentionPlace;
  /** Under a negation: the paper does without it. */
  negated: boolean;
  /** A baseline it is compared with, or an example in a list: says nothing of what the paper is. */
  aside: boolean;
  /** Named as a field or task the work was evaluated or applied on. */
  evaluation: boolean;
  /** Inside the paper's own method name. */
  ownName: boolean;
  /**
   * Joined by a hyphen to a bound prefix that makes it another word ("pre-rendering",
   * "non-autoregressive", "anti-customization", "re-rank"): the phrase itself is not named.
   */
  prefixed: boolean;
  /**
   * Named in the title as where or with what the work is done ("bias in LLMs", "reviews with
   * LLMs", "LLM-based extraction"): the setting of its subject, not the subject.
   */
  setting: boolean;
}

/** Words that may stand between a cue and the phrase it governs: no clause boundary, at most four. */
const GAP = String.raw`(?:(?!(?:but|while|whereas|which|that|we|and then|yet)\b)[\p{L}\p{N}'’/-]+\s+){0,4}`;

/**
 * A negation governing what follows: "without (any need for) X", "no need for X", "not X",
 * "rather than X", "instead of X", "free of X", "eliminating the need for X". "Not only X but
 * also", "not limited to" and "no longer" affirm X.
 */
const NEGATION_BEFORE = new RegExp(
  String.raw`(?:\bwithout|\bno(?! longer)|\bnot(?! only| just| merely| limited| restricted| least)|\bnever|\bneither|\bnor|\brather than|\binstead of|\bfree (?:of|from)|\beliminat\w+ the need (?:for|of)|\bobviat\w+ the need (?:for|of)|\bdispens\w+ with|\bremov\w+ the need (?:for|of))\s+${GAP}$`,
  'iu',
);

/**
 * The first words of every negation `NEGATION_BEFORE` reads ("no" also begins "not", "nor"): a
 * mention with none of them before it is not negated, which this finds far faster than the full
 * pattern, tried at every place in the text before each mention.
 */
const NEGATION_WORD = /\b(?:without|no|never|neither|rather|instead|free|eliminat|obviat|dispens|remov)/iu;

/** Whether a negation governs what follows `before` ("without fine-tuning", "instead of using"). */
export const negatedAfter = (before: string) => NEGATION_WORD.test(before) && NEGATION_BEFORE.test(before);

/** A bound prefix and its hyphen right before a mention: "pre-", "non-", "anti-", "re-". */
const BOUND_PREFIX_BEFORE = /(?:^|[^\p{L}\p{N}-])(?:non|anti|pre|post|re|de|un|sub|counter|mis)[-‐]$/iu;

/** "reward-free", "annotation-free", "X free": the phrase names what the work does without. */
const NEGATION_AFTER = /^[-‐\s]free\b/iu;

/** A baseline or an example right before the mention: "outperforms LoRA", "such as LoRA". */
const ASIDE_BEFORE =
  /(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|than|over|compared (?:to|with)|versus|vs\.?|against|such as|e\.g\.,?|including|like)\s+(?:(?:the|a|an|standard|vanilla|existing|previous|prior|conventional|traditional|full|\S+-based)\s+){0,2}$/iu;

/**
 * An instrument: "with LLMs", "using a diffusion model", "LLM-based", "LLM-powered". What a paper
 * works with is a tool it uses, not what it is about (unless its title or contribution says so).
 * A model the work asks ("we prompt an LLM", "query the model") is one too.
 */
const INSTRUMENT_CUE = String.raw`\b(?:with|using|via|leveraging|utili[sz]ing|employing|(?:powered|driven|assisted|guided) by|with the help of|prompt(?:s|ed|ing)?|quer(?:y|ies|ied|ying))\s+`;
/** Words between the cue and the tool: articles, counts ("using three LLMs") and kinds. */
const TOOL_QUALIFIER = String.raw`(?:a|an|the|off-the-shelf|pretrained|pre-trained|existing|multiple|several|various|different|diverse|open|general-purpose|frozen|large|small|\d+|two|three|four|five|six|seven|eight|nine|ten)`;
const INSTRUMENT_BEFORE = new RegExp(String.raw`${INSTRUMENT_CUE}(?:${TOOL_QUALIFIER}\s+){0,2}$`, 'iu');
/**
 * After the mention: "LLM-based", "LLM-powered"; or the role it plays for the work ("an LLM judge",
 * "LLM-as-a-judge", "a language model evaluator"): a model cast as judge or annotator is a tool.
 */
const INSTRUMENT_AFTER =
  /^(?:[-‐](?:based|powered|driven|assisted|generated|guided|enabled|enhanced|aided)\b|(?:[-‐\s]as[-‐\s]an?)?[-‐\s](?:judge|evaluator|annotator|grader|rater|labell?er|critic|verifier)s?\b)/iu;
/** How far after a mention `INSTRUMENT_AFTER` and `NEGATION_AFTER` look. */
const AFTER_LENGTH = 16;

/**
 * A title's setting: "in" or "by", then at most two words that qualify the mention, which ends its
 * phrase ("bias in Chinese LLMs"; not "in LLM inference", which is about the inference); or an
 * instrument cue ("with LLM encoders"). A verb's "-ing" form makes the mention its object ("in
 * fine-tuning LLMs"). "Of" and "for" are left out: what a title does "of" something ("adaptation
 * of LLMs") it does to that very thing, and what it does "for" it ("alignment for LLMs") most often.
 */
const QUALIFIERS = String.raw`(?:(?!(?:and|or)\b|[\p{L}-]+ing\b)[\p{L}\p{N}'’-]+\s+){0,2}`;
const SETTING_BEFORE = new RegExp(String.raw`\b(?:in|by)\s+${QUALIFIERS}$`, 'iu');
const INSTRUMENT_SETTING_BEFORE = new RegExp(String.raw`${INSTRUMENT_CUE}${QUALIFIERS}$`, 'iu');
/** A mention that ends its phrase: the title, a clause or a list goes on with no noun it qualifies. */
const ENDS_PHRASE =
  /^(?:\s*$|\s*[:;,.?!)–—]|\s+(?:and|or|with|via|for|in|on|using|to|through|by|from|at|as|across|under|without)\b)/iu;

/** The words saying the work was run on a field: "experiments on", "evaluated across", "tested in". */
const EVALUATION_CUE = String.raw`(?:experiments?|experimental|evaluat\w+|tested|tests?|benchmark\w*|validat\w+|applied|appl(?:y|ies|ying)|applications?|downstream|results?|generali[sz]\w+|transfer\w*)`;

/** Where the work was run: "on", "across", "in"; "to" only after applying or transferring. */
const EVALUATION_PLACE = String.raw`(?:on|in|across|over|including|such as|spanning|ranging from)`;
const APPLIED_TO = String.raw`\b(?:appl(?:y|ies|ied|ying)|applications?|generali[sz]\w+|transfer\w*)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?to`;

/** An evaluation cue, then a few words, then a preposition, then the mention. */
const EVALUATION_BEFORE = new RegExp(
  String.raw`(?:\b${EVALUATION_CUE}\b(?:\s+[\p{L}\p{N}-]+){0,4}?\s+${EVALUATION_PLACE}|${APPLIED_TO})\s+${GAP}$`,
  'iu',
);

/** Between two items of one list: separators and at most two other words ("tasks and"). */
const LIST_GAP =
  /^[\s,;]*(?:[\p{L}\p{N}-]+[\s,;]+){0,2}?(?:(?:and|or|as well as|and\/or)\s+)?(?:[\p{L}\p{N}-]+\s+){0,1}$/iu;

/** Where the paper's own name occurs in the text, as written (case-sensitive, whole words). */
export function ownNameSpans(text: string, name: string | null): Span[] {
  if (!name || name.length < 2) return [];
  const escaped = escapeRegExp(name).replace(/[\s-]+/gu, '[\\s-]+');
  // Word edges are checked after matching: a pattern that opens with a lookbehind cannot skip
  // ahead to the name's first letter, and costs a tenth of a millisecond per abstract.
  const spans: Span[] = [];
  for (const match of text.matchAll(new RegExp(escaped, 'gu'))) {
    const end = match.index + match[0].length;
    if (!WORD_CHAR.test(text[match.index - 1] ?? '') && !WORD_CHAR.test(text[end] ?? ''))
      spans.push({ start: match.index, end });
  }
  return spans;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Reads each mention of a text laid out as title, newline, abstract. Mentions must be in text
 * order. A mention joined to the one before it by a list separator ("on image classification,
 * detection and language modelling") reads as that one does.
 */
export function readMentions(
  text: string,
  titleLength: number,
  mentions: readonly Span[],
  ownName: string | null,
  sentences: readonly RoledSentence[] = sentenceRoles(text, Math.min(text.length, titleLength + 1)),
): MentionReading[] {
  const names = ownNameSpans(text, ownName);
  let sentenceIndex = 0;
  let previous: { reading: MentionReading; end: number; sentence: number } | null = null;
  return mentions.map((mention) => {
    const inTitle = mention.start < titleLength;
    while (!inTitle && sentenceIndex < sentences.length - 1 && (sentences[sentenceIndex] as Span).end <= mention.start)
      sentenceIndex += 1;
    const sentence = inTitle ? { start: 0, end: titleLength } : (sentences[sentenceIndex] ?? { start: 0, end: 0 });
    const before = text.slice(Math.max(sentence.start, mention.start - 90), mention.start);
    const after = text.slice(mention.end, mention.end + AFTER_LENGTH);
    const ownNameHit = names.some((span) => span.start < mention.end && mention.start < span.end);
    const continues =
      previous !== null &&
      previous.sentence === (inTitle ? -1 : sentenceIndex) &&
      LIST_GAP.test(text.slice(previous.end, mention.start));
    const reading: MentionReading = {
      place: inTitle ? 'title' : ((sentences[sentenceIndex]?.role ?? 'method') as MentionPlace),
      negated: negatedAfter(before) || NEGATION_AFTER.test(after) || (continues && previous!.reading.negated),
      aside:
        ASIDE_BEFORE.test(before) ||
        (!inTitle && (INSTRUMENT_BEFORE.test(before) || INSTRUMENT_AFTER.test(after))) ||
        (continues && previous!.reading.aside),
      evaluation: EVALUATION_BEFORE.test(before) || (continues && previous!.reading.evaluation),
      ownName: ownNameHit,
      prefixed: BOUND_PREFIX_BEFORE.test(text.slice(Math.max(0, mention.start - 9), mention.start)),
      setting:
        inTitle &&
        ((SETTING_BEFORE.test(before) && ENDS_PHRASE.test(text.slice(mention.end, titleLength))) ||
          INSTRUMENT_SETTING_BEFORE.test(before) ||
          INSTRUMENT_AFTER.test(after)),
    };
    previous = { reading, end: mention.end, sentence: inTitle ? -1 : sentenceIndex };
    return reading;
  });
}
