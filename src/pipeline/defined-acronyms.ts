import { stemmer } from 'stemmer';
import { singularAcronym, spellsAcronym, type AcronymDefinition } from './acronyms';
import { isAcronymLike, type PhraseMatch, type PhraseMatcher } from './match-terms';
import { FUNCTION_WORDS } from './text';

/** What an abstract means by an acronym it defines, in the terms of one matcher. */
interface Reading<T> {
  definition: AcronymDefinition;
  /** The long form's words, as `wordsOf` gives them. */
  words: ReadonlySet<string>;
  /** Terms named anywhere in the long form: "large-scale language models" names language models. */
  named: ReadonlySet<T>;
  /** Terms the whole long form names, which its acronym's mentions are read as. */
  whole: readonly T[];
}

/**
 * The content words of a phrase, stemmed, with British -ise spelt -ize: "question-answer" and
 * "question answering" give the same words, and so do "quantised" and "quantized". A hyphenated
 * word counts as its parts and as one word, so "multi-modal" also says "multimodal".
 */
function wordsOf(phrase: string): Set<string> {
  const words = phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .flatMap((word) => (word.includes('-') ? [...word.split('-'), word.replace(/-/gu, '')] : [word]))
    .filter((word) => word !== '' && !FUNCTION_WORDS.has(word));
  return new Set(words.map((word) => stemmer(word.replace(/is(e[ds]?|ing|ations?)$/u, 'iz$1'))));
}

/** The same word, or one shortened ("nets" for "networks"). */
const sameWord = (a: string, b: string) =>
  a === b || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a)));

/** Whether every word of `a` is among the words of `b`. */
const within = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  [...a].every((word) => b.has(word) || [...b].some((other) => sameWord(word, other)));

/**
 * Whether the vocabulary spells the acronym out as something other than the abstract does: the term
 * has an ordinary phrase whose initials spell the acronym, and none of its phrases says the same as
 * the abstract's long form (one's words all among the other's). A term known only by its letters
 * ("MMLU") or by names ("YOLOv5") disagrees with nothing.
 */
function disagrees<T>(matcher: PhraseMatcher<T>, term: T, reading: Reading<T>): boolean {
  const phrases = matcher.phrasesOf(term);
  const spelled = (phrase: string) => !isAcronymLike(phrase) && spellsAcronym(phrase, reading.definition.acronym);
  if (!phrases.some(spelled)) return false;
  return !phrases.some((phrase) => {
    const words = wordsOf(phrase);
    return within(words, reading.words) || within(reading.words, words);
  });
}

/**
 * Reads each acronym an abstract defines as the abstract defines it. In an abstract that writes
 * "sparse fine-tuning (SFT)", every "SFT" means sparse fine-tuning, whatever the vocabulary means by
 * the letters (supervised fine-tuning): such a mention is tagged as what the long form names, or
 * dropped when the vocabulary has no term for the long form. Mentions of acronyms the abstract does
 * not define, and those whose vocabulary reading agrees with it, are kept as matched.
 */
export function readAcronymsAsDefined<T>(
  matches: PhraseMatch<T>[],
  definitions: readonly AcronymDefinition[],
  matcher: PhraseMatcher<T>,
): PhraseMatch<T>[] {
  if (definitions.length === 0) return matches;
  // An abstract defines an acronym once; a second "definition" is usually a mention in brackets.
  const byAcronym = new Map<string, AcronymDefinition>();
  for (const definition of definitions) {
    const key = singularAcronym(definition.acronym);
    if (!byAcronym.has(key)) byAcronym.set(key, definition);
  }
  // Read a long form only when the vocabulary matched its acronym, which few abstracts need.
  const readings = new Map<AcronymDefinition, Reading<T>>();
  const readingOf = (definition: AcronymDefinition) => {
    let reading = readings.get(definition);
    if (!reading) {
      const found = matcher.match(definition.longForm);
      const whole = found.filter((match) => match.start === 0 && match.end === definition.longForm.length);
      reading = {
        definition,
        words: wordsOf(definition.longForm),
        named: new Set(found.map((match) => match.term)),
        whole: whole.map((match) => match.term),
      };
      readings.set(definition, reading);
    }
    return reading;
  };
  return matches.flatMap((match) => {
    const definition = byAcronym.get(singularAcronym(match.text));
    if (!definition) return [match];
    const reading = readingOf(definition);
    if (reading.named.has(match.term) || !disagrees(matcher, match.term, reading)) return [match];
    return reading.whole.map((term) => ({ ...match, term }));
  });
}

/**
 * `matcher` as one abstract reads it: its matches of an acronym the abstract defines are read as
 * the abstract defines it (`readAcronymsAsDefined`). Relations read names through it, so "a Fast
 * Fourier Transform (FFT) was applied" is no use of full fine-tuning (FFT), nor "context-free
 * grammar (CFG)" one of classifier-free guidance.
 */
export function matcherAsDefined<T>(
  matcher: PhraseMatcher<T>,
  definitions: readonly AcronymDefinition[],
): PhraseMatcher<T> {
  if (definitions.length === 0) return matcher;
  const defined = Object.create(matcher) as PhraseMatcher<T>;
  defined.match = (text, tokens) => readAcronymsAsDefined(matcher.match(text, tokens), definitions, matcher);
  defined.matchAtStart = (text) => readAcronymsAsDefined(matcher.matchAtStart(text), definitions, matcher);
  return defined;
}
