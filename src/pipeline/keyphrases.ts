import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemToken } from 'wink-nlp';
import { sentenceRoles, type SentenceRole } from './sentence-roles';
import { FUNCTION_WORDS } from './text';

/**
 * Keyphrases: noun phrases of an abstract scored by TF-IDF over the corpus, so a paper the
 * vocabulary says little about still gets tags, and a curator sees which phrases the vocabulary
 * lacks. Tokens and parts of speech come from wink-nlp's English model.
 */

let nlp: ReturnType<typeof winkNLP> | undefined;
function getNlp() {
  // Phrases read tokens, parts of speech and stop-word flags only. wink's other annotations
  // (sentences, negation, sentiment, entities) change none of them (the same on 10,000 bench
  // abstracts read in a row) and took a quarter of each parse.
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** A noun phrase as found in one abstract: its normalised key and how it was written. */
export interface Candidate {
  key: string;
  surface: string;
  /** Where in the text it starts (UTF-16 offset). */
  at: number;
  /** How much one use of it counts towards its document's score (1 unless the caller weighs it). */
  weight?: number;
}

const NOUN_LIKE = new Set(['NOUN', 'PROPN']);

/**
 * A quantity: a number ("3.5", "10,000") with at most a multiplier or size unit ("x", "K", "B",
 * "GB", "%"): "3.5x speedup", "80B parameters", "10K samples". A count of dimensions ("3D") is not
 * one, since "3D Gaussian Splatting" names a topic.
 */
const QUANTITY = /^\p{N}+(?:[.,]\p{N}+)*(?:x|×|%|[kmbt]|[kmgt]b)?$/iu;
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN']);
const MAX_WORDS = 4;

interface Word {
  text: string;
  pos: string;
  stop: boolean;
  /** Where in the text the word starts. */
  at: number;
}

interface WinkToken {
  value: string;
  at: number;
  /** Written against the token before, with no space between. */
  glued: boolean;
  pos: string;
  stop: boolean;
}

/**
 * wink splits "memory-efficient" into three tokens, "3D" into "3" and "D", and "Llama-3.1-8B" at
 * its decimal point; a phrase needs each back as one word.
 */
function wordsOf(text: string): Word[] {
  const { its } = getNlp();
  const tokens: WinkToken[] = [];
  // wink keeps every character: each token's spaces before it and its text add up to the text.
  let offset = 0;
  getNlp()
    .readDoc(text)
    .tokens()
    .each((token: ItemToken) => {
      const value = token.out() as string;
      const spaces = (token.out(its.precedingSpaces) as string).length;
      offset += spaces;
      tokens.push({
        value,
        at: offset,
        glued: spaces === 0,
        pos: token.out(its.pos) as string,
        // wink flags "as" but not "AS": function words written in capitals (titles in caps) are still function words.
        stop: (token.out(its.stopWordFlag) as boolean) || FUNCTION_WORDS.has(value.toLowerCase()),
      });
      offset += value.length;
    });
  const words: Word[] = [];
  let joinNext = false;
  tokens.forEach(({ value, at, glued, pos, stop }, index) => {
    const last = words[words.length - 1];
    const afterNumber = glued && last !== undefined && /\p{N}$/u.test(last.text);
    const next = tokens[index + 1];
    // A hyphen inside a word, or a decimal point inside a name ("Qwen2.5"): the next token joins too.
    const decimalPoint = value === '.' && afterNumber && next?.glued === true && /^\p{N}/u.test(next.value);
    if (last && ((value === '-' && glued && last.pos !== 'PUNCT') || decimalPoint)) {
      last.text += value;
      joinNext = true;
      return;
    }
    // A number and the letters written against it are one word: "3D", "4K", "7B".
    const unit = afterNumber && /^[\p{L}\p{N}]/u.test(value);
    if ((joinNext && glued && last) || (unit && last)) {
      // wink reads "B." at the end of "20B." as an initial; the full stop ends the sentence.
      last.text += unit ? value.replace(/^(\p{L})\.$/u, '$1') : value;
      last.pos = pos === 'PUNCT' ? last.pos : pos;
      last.stop = false;
      joinNext = false;
      return;
    }
    joinNext = false;
    words.push({ text: value, pos, stop, at });
  });
  return words;
}

/** Keeps acronyms and coined names as written ("MeZO"), lower-cases ordinary words. */
function normaliseWord(word: string): string {
  return /\p{Lu}.*\p{Lu}|\d/u.test(word) ? word : word.toLowerCase();
}

/**
 * A word that qualifies the noun after it, as an adjective does, whatever the tagger calls it: a
 * compound ending in a participle or an adjective-making word ("Motion-Aware", "CLIP-based",
 * "training-free"), which titles write in capitals and wink tags as a proper noun.
 */
const QUALIFIER_COMPOUND =
  /-(?:aware|based|free|guided|driven|level|scale|wise|specific|agnostic|conditioned|augmented|enhanced|oriented|centric|informed|dependent|invariant)$/iu;
/**
 * Whether a phrase's first word qualifies the `head` left off after it. Capitals mark the extent
 * of a name, and hide the parts of speech in it (wink tags every capitalised word a proper noun):
 * a capitalised head makes the capitalised words before it part of the same name ("Multispectral
 * Foundation Model" in a title, "Denoising Diffusion Probabilistic Models"), which is cut there;
 * a lower-case one follows a name of its own ("Random Forest model"), which stands. A coined name
 * ("CLIP", "GPT-4") names a thing of its own either way.
 */
const qualifies = (word: Word, head: Word) =>
  word.pos === 'ADJ' ||
  QUALIFIER_COMPOUND.test(word.text) ||
  (word.pos === 'PROPN' &&
    /^\p{Lu}\p{Ll}/u.test(word.text) &&
    !/.\p{Lu}|\p{N}/u.test(word.text) &&
    /^\p{Lu}/u.test(head.text));

/**
 * A gerund the tagger read as a verb where it heads a noun phrase: after a noun and before a
 * punctuation mark or a conjunction ("probability modeling.", "image processing and …"), not
 * before its object ("data using LoRA") nor a preposition, where it is a participle of a clause
 * ("misalignments arising from …").
 */
function isGerundHead(word: Word, previous: Word | undefined, next: Word | undefined): boolean {
  if (word.pos !== 'VERB' || word.stop || !/\p{Ll}{2,}ing$/u.test(word.text) || previous === undefined) return false;
  // A capitalised gerund after a capitalised noun is part of a name, in a title's capitals or an
  // abstract's: "Remote Sensing for …", "Hierarchical Scale-Sensitive Feature Gating (HSFG)".
  if (/^\p{Lu}/u.test(word.text) && /^\p{Lu}/u.test(previous.text) && NOUN_LIKE.has(previous.pos)) return true;
  return NOUN_LIKE.has(previous.pos) && (next === undefined || next.pos === 'PUNCT' || next.pos === 'CCONJ');
}

/**
 * The noun phrases of a text: runs of adjectives and nouns that end in a noun, at most four
 * words, without stop words or words the caller calls generic ("novel", "results"). A phrase is
 * the whole run or nothing at its head: English puts a noun phrase's head last and its qualifiers
 * before it, so a run cut before its head ("lightweight language" of "lightweight language
 * models", "comparative user" of "comparative user study") or after its first qualifiers ("color
 * instruments onboard satellites" of "ocean color instruments onboard satellites") is a fragment
 * whose words say something else than the text did.
 */
export function nounPhrases(text: string, generic: ReadonlySet<string>): Candidate[] {
  const phrases: Candidate[] = [];
  const words = wordsOf(text);
  let run: Word[] = [];
  /**
   * `next`: the word that ended the run and `afterNext` the one after it. A generic noun there that
   * ends a phrase itself ("tasks." in "computer vision tasks.") was the run's head, which the tagger
   * left out; one before more words ("needs robust features") is a verb.
   */
  const flush = (next?: Word, afterNext?: Word) => {
    // Drop generic, non-noun or quantity words at the edges: "significant performance drops" →
    // "performance drops", "80B parameters" → "parameters".
    const droppable = (word: Word) => generic.has(word.text.toLowerCase()) || QUANTITY.test(word.text);
    let start = 0;
    let end = run.length;
    while (start < end && (droppable(run[start] as Word) || (run[start] as Word).stop)) start += 1;
    // A generic head ("models", "study", "framework") left off: what stays is a phrase of its own
    // only when its first word qualifies no head it lost ("quantum walk" of "quantum walk
    // framework", not "lightweight language" of "lightweight language models").
    let droppedHead =
      next !== undefined &&
      !next.stop &&
      generic.has(next.text.toLowerCase()) &&
      (afterNext === undefined || !MODIFIER.has(afterNext.pos))
        ? next
        : undefined;
    while (end > start && (!NOUN_LIKE.has((run[end - 1] as Word).pos) || droppable(run[end - 1] as Word))) {
      // A size after a name ("Stable Diffusion 2B") is no head the name qualified.
      const word = run[end - 1] as Word;
      if (NOUN_LIKE.has(word.pos) && generic.has(word.text.toLowerCase())) droppedHead = word;
      end -= 1;
    }
    const tooLong = end - start > MAX_WORDS;
    const phrase = run.slice(start, end);
    run = [];
    const first = phrase[0] as Word | undefined;
    if (!first || tooLong || (droppedHead && qualifies(first, droppedHead))) return;
    if (phrase.some((word) => generic.has(word.text.toLowerCase()))) return;
    const surface = phrase.map((word) => word.text).join(' ');
    if (!/\p{L}{3}/u.test(surface)) return;
    // One ordinary word ("target", "radiology") is too vague to tag a paper; a coined name is not.
    if (phrase.length === 1 && !/\p{Lu}.*\p{Lu}|\p{L}\d|\d\p{L}/u.test(surface)) return;
    phrases.push({
      key: phrase.map((word) => normaliseWord(word.text)).join(' '),
      surface,
      at: first.at,
    });
  };
  words.forEach((word, index) => {
    if (MODIFIER.has(word.pos) && !word.stop && /\p{L}/u.test(word.text)) run.push(word);
    else if (isGerundHead(word, run.at(-1), words[index + 1])) {
      run.push({ ...word, pos: 'NOUN' });
      flush();
    } else flush(word, words[index + 1]);
  });
  flush();
  return phrases;
}

/**
 * How much a use of a phrase says of what the paper is about, by where it is: the title and the
 * sentences that state the contribution say it most; the background a paper starts from and the
 * limitations it names say it least ("day-to-day life", "application builders" of a motivation).
 */
export const PHRASE_WEIGHT: Readonly<Record<SentenceRole | 'title', number>> = {
  title: 2,
  contribution: 1.5,
  method: 1,
  result: 1,
  background: 0.5,
  limitation: 0.5,
};

/**
 * The noun phrases of "<title>. <abstract>" (`titleEnd`: the title's length), each weighed by
 * `PHRASE_WEIGHT` for the part of the text it is in.
 */
export function weighByRole(phrases: readonly Candidate[], text: string, titleEnd: number): Candidate[] {
  const sentences = sentenceRoles(text, Math.min(text.length, titleEnd + 1));
  return phrases.map((phrase) => {
    const role =
      phrase.at < titleEnd
        ? 'title'
        : (sentences.find((sentence) => phrase.at >= sentence.start && phrase.at < sentence.end)?.role ?? 'method');
    return { ...phrase, weight: PHRASE_WEIGHT[role] };
  });
}

/**
 * Noun phrases found before, each weighed by the part of its text it is in (`weighByRole`), by the
 * text they were found in (`phraseMemoKey`). Parsing is most of the extractor's time, and phrases
 * and weights depend on nothing but the text (and the generic words), so the content stage keeps
 * them between builds: adding one paper then parses one abstract, not the corpus, and weighs none
 * of the others again (the roles of 10,000 abstracts' sentences took half a second a build).
 */
export interface NounPhraseMemo {
  get(key: string): Candidate[] | undefined;
  set(key: string, phrases: Candidate[]): void;
}

/**
 * What a paper's phrases are remembered by: its text as parsed, and where the title ends in it,
 * which the weights read (a title with ". " in it could otherwise be taken for another split).
 */
export const phraseMemoKey = (title: string, abstract: string): string => `${title.length}\u0000${title}. ${abstract}`;

/** The noun phrases of a paper's title and abstract, each weighed by the part of the text it is in: what the memo keeps. */
export function weighedPhrases(title: string, abstract: string, generic: ReadonlySet<string>): Candidate[] {
  const text = `${title}. ${abstract}`;
  return weighByRole(nounPhrases(text, generic), text, title.length);
}

export interface KeyphraseIndex {
  /** The top phrases of each document, best first, in their most common written form. */
  perDocument: string[][];
  /** Phrases by how many documents use them, most first. */
  frequent: Array<{ phrase: string; documents: number }>;
}

/**
 * Scores each document's noun phrases by TF-IDF over all documents and keeps the best `limit`.
 * Multi-word phrases get a bonus: "zeroth-order optimization" says more than "optimization". A
 * phrase's count in its document is the sum of its uses' weights (`Candidate.weight`).
 */
export function scoreKeyphrases(documents: readonly Candidate[][], limit = 5): KeyphraseIndex {
  const documentFrequency = new Map<string, number>();
  const surfaces = new Map<string, Map<string, number>>();
  for (const candidates of documents) {
    for (const key of new Set(candidates.map((c) => c.key)))
      documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
    for (const { key, surface } of candidates) {
      const forms = surfaces.get(key) ?? new Map<string, number>();
      forms.set(surface, (forms.get(surface) ?? 0) + 1);
      surfaces.set(key, forms);
    }
  }
  const display = (key: string) =>
    [...(surfaces.get(key) ?? new Map<string, number>())].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
    )[0]?.[0] ?? key;
  const total = documents.length;
  const perDocument = documents.map((candidates) => {
    const counts = new Map<string, number>();
    for (const { key, weight = 1 } of candidates) counts.set(key, (counts.get(key) ?? 0) + weight);
    const scored = [...counts].map(([key, tf]) => {
      const idf = Math.log((total + 1) / ((documentFrequency.get(key) ?? 0) + 1)) + 1;
      const words = key.split(' ').length;
      return { key, score: tf * idf * (1 + 0.5 * (words - 1)) };
    });
    scored.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
    // A phrase inside a better one adds nothing: keep "sparse fine-tuning", drop "fine-tuning".
    const kept: string[] = [];
    for (const { key } of scored) {
      if (kept.length >= limit) break;
      if (kept.some((k) => k.includes(key) || key.includes(k))) continue;
      kept.push(key);
    }
    return kept.map(display);
  });
  const frequent = [...documentFrequency]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([key, n]) => ({ phrase: display(key), documents: n }));
  return { perDocument, frequent };
}
