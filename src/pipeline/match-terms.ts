import { rememberedPerWord } from './text';

/**
 * Finds vocabulary phrases in text, normalised the way a reader would: case, hyphens versus spaces
 * and simple plurals do not matter, and a phrase only matches whole words. A phrase written with two
 * or more capitals ("LoRA", "RLHF", "MoE") is an acronym: it matches case-sensitively, so "RL" never
 * matches inside "CURL" or the word "rl", and "LLMs" still matches "LLM". A name ending in symbols
 * ("LoRA+", "ScanNet++") matches only where the text has them too.
 */

export interface Token {
  /** The word as written. */
  raw: string;
  /** Lower-cased and singular, for case-insensitive phrases. */
  norm: string;
  start: number;
  end: number;
  /** The forms phrases are indexed under (`lookupKeys`), worked out once for all matchers. */
  keys?: readonly string[];
}

export interface PhrasePattern<T> {
  term: T;
  /** The vocabulary phrase, as written. */
  phrase: string;
  words: string[];
  /** Per word: written as an acronym ("LoRA", "AI"), so matched as written. */
  caseSensitive: boolean[];
  /** Also match when the last word runs on into a version or size ("LLaMA" in "LLaMA-2-7B"). */
  prefix: boolean;
  /** Symbols the phrase ends with ("+" of "LoRA+"), which the text must have right after the last word. */
  suffix: string;
}

export interface PhraseMatch<T> {
  term: T;
  start: number;
  end: number;
  /** The words of the text that matched, as written. */
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

/** Singular form for matching; deliberately simple and only for words long enough to be nouns. */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (/ies$/u.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is|ics)$/u.test(word)) return word;
  if (/(sses|shes|ches|xes)$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/**
 * Each word's normal form, and its lookup keys once a matcher asks for them, by the word as
 * written: extraction matches the same sentences many times over (every matcher, every window a
 * relation frame reads). A corpus of 10,000 papers has about 150,000 distinct words.
 */
const formsOf = rememberedPerWord(
  (raw): { norm: string; keys?: readonly string[] } => ({ norm: singular(raw.toLowerCase().replace(/['’]s$/u, '')) }),
  500_000,
);

function tokenAt(match: RegExpExecArray | RegExpMatchArray): Token {
  const raw = match[0];
  const start = match.index ?? 0;
  return { raw, norm: formsOf(raw).norm, start, end: start + raw.length };
}

export function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(WORD), tokenAt);
}

/** The first `count` words of `text`, as `tokenize` reads them. */
function tokenizeFirst(text: string, count: number): Token[] {
  const words = new RegExp(WORD.source, WORD.flags);
  const tokens: Token[] = [];
  for (let match = words.exec(text); match && tokens.length < count; match = words.exec(text))
    tokens.push(tokenAt(match));
  return tokens;
}

/** True for phrases written as acronyms or brand-cased names, which must match case-sensitively. */
export function isAcronymLike(phrase: string): boolean {
  return (phrase.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/**
 * `properName`: a name a paper of the corpus coined, matched with its capitals as written: the
 * method "Ares" is not the verb "are", nor "Bone" the bone of a medical image, nor "Consistency
 * Learning" (COTEL) any paper's "consistency learning". The vocabulary's names ("Qwen", "Gemma")
 * and long forms ("Direct Preference Optimization") match in any case.
 */
export function compilePhrase<T>(term: T, phrase: string, prefix = false, properName = false): PhrasePattern<T> | null {
  // Each word on its own: in "AI Feedback" the acronym is matched as written, the word in any case,
  // and a long form in Title Case ("Direct Preference Optimization") matches however it is written.
  const tokens = tokenize(phrase);
  // A coined name keeps its capitals: "Fine-Grained" and "End-to-End" as a paper's names are not the
  // adjectives "fine-grained" and "end-to-end", nor "Strong Baseline" "a strong baseline".
  const caseSensitive = tokens.map((token) => isAcronymLike(token.raw) || (properName && /\p{Lu}/u.test(token.raw)));
  const words = tokens.map((token, index) => (caseSensitive[index] ? token.raw : token.norm));
  // Words are letters and digits only, so without this "LoRA+" would be read as "LoRA".
  const suffix = phrase.slice(tokens.at(-1)?.end ?? 0).trimEnd();
  return words.length === 0 ? null : { term, phrase, words, caseSensitive, prefix, suffix };
}

/** Whether the text has a name's closing symbols at `end`, not followed by another word ("LoRA+DPO"). */
function hasSuffix(text: string, end: number, suffix: string): boolean {
  return suffix === '' || (text.startsWith(suffix, end) && !/[\p{L}\p{N}]/u.test(text[end + suffix.length] ?? ''));
}

/** A count of dimensions ("3D" of "Mamba3D"), which names another model rather than a version. */
const DIMENSIONS = /^\p{N}+d$/iu;

/**
 * Whether a word is a name run on into its version or size: "Qwen2" (of "Qwen2.5-72B"), "LLaMA3",
 * "Gemma2". The rest starts with a digit, after a name ending in a letter: "GPT-40" is not a version
 * of "GPT-4". The separated forms ("Llama-3.1-8B", "Gemma 2") need no rule, since the name is a
 * word of its own there.
 */
function isVersioned(written: string, name: string): boolean {
  const rest = written.slice(name.length);
  return written.startsWith(name) && /\p{L}$/u.test(name) && /^\p{N}/u.test(rest) && !DIMENSIONS.test(rest);
}

function wordMatches(pattern: PhrasePattern<unknown>, index: number, token: Token, isLast: boolean): boolean {
  const word = pattern.words[index] as string;
  const versioned = isLast && pattern.prefix;
  // An ordinary word, or a name with one capital ("Qwen", "Gemma"), matches in any case.
  if (!pattern.caseSensitive[index])
    return token.norm === word || (versioned && isVersioned(token.raw.toLowerCase(), word));
  if (token.raw === word) return true;
  // "LLMs" is the plural of the acronym "LLM".
  if (isLast && token.raw === `${word}s`) return true;
  return versioned && isVersioned(token.raw, word);
}

/**
 * What ends a phrase between two of its words: a comma or a semicolon, or a stop, a colon, a mark of
 * exclamation or question or a closing quote before a space (brackets or quotes may close after it),
 * which end a clause, a sentence or a quotation.
 * "ViT, b) ViT pre-trained" names ViT, not its variant "ViT-B", and "tasks, arithmetic reasoning"
 * no task arithmetic; hyphens, spaces, slashes and the dots and signs inside a name ("GPT-3.5",
 * "ViT-B/16", "S^2-Attn") join its words, and so do brackets, which an acronym's definition puts
 * inside a phrase ("large language model (LLM) agents", "(LLM)-as-judge"), and a quote inside a
 * name ('Quote"Net').
 */
const PHRASE_BREAK = /[,;]|[.:!?"”][)\]"”’]*\s/u;

/** How many texts' matches a matcher keeps: a sentence's frames read it within a few calls. */
const RECENT_TEXTS = 8;

/** An index of phrases by their first word, so matching is one pass over the text. */
export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, PhrasePattern<T>[]>();
  private readonly byTerm = new Map<T, string[]>();
  /** Matches of the texts read last, oldest first. */
  private readonly recent = new Map<string, PhraseMatch<T>[]>();
  /** Words in the longest phrase: how far a match from one word can reach. */
  private longestPhrase = 0;

  constructor(patterns: Iterable<PhrasePattern<T>>) {
    for (const pattern of patterns) {
      this.longestPhrase = Math.max(this.longestPhrase, pattern.words.length);
      const phrases = this.byTerm.get(pattern.term) ?? [];
      phrases.push(pattern.phrase);
      this.byTerm.set(pattern.term, phrases);
      const first = pattern.caseSensitive[0]
        ? (pattern.words[0] as string).toLowerCase()
        : (pattern.words[0] as string);
      const list = this.byFirstWord.get(first) ?? [];
      list.push(pattern);
      this.byFirstWord.set(first, list);
    }
    // Longest phrases first, so "low-rank adaptation" wins over "adaptation".
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /**
   * Every non-overlapping match, the longest at each position (by the text it covers), left to right.
   * Overlapping matches of different terms are all kept when they cover the same text, since the
   * same phrase may name a topic and a method at once.
   */
  match(text: string, tokens?: Token[]): PhraseMatch<T>[] {
    if (tokens) return this.matchFrom(text, tokens, tokens.length);
    // Relation frames read a sentence's names several times over (each frame, then every mention
    // in it): the last few sentences' matches are kept, and each caller gets its own array.
    let matches = this.recent.get(text);
    if (!matches) {
      const all = tokenize(text);
      matches = this.matchFrom(text, all, all.length);
      if (this.recent.size >= RECENT_TEXTS) this.recent.delete(this.recent.keys().next().value as string);
      this.recent.set(text, matches);
    }
    return matches.slice();
  }

  /**
   * The matches `match` finds at the text's first word, if any: what a reader looking for a name
   * at one place needs, reading only as many words as the longest phrase has.
   */
  matchAtStart(text: string): PhraseMatch<T>[] {
    return this.matchFrom(text, tokenizeFirst(text, this.longestPhrase), 1);
  }

  /** The match at the text's first word that spans all of it: the text is that phrase, whole. */
  wholeMatch(text: string): PhraseMatch<T> | undefined {
    return this.matchAtStart(text).find((match) => match.start === 0 && match.end === text.length);
  }

  /** Matches starting at the first `positions` words of `tokens`, as `match` finds them. */
  private matchFrom(text: string, tokens: Token[], positions: number): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    let index = 0;
    while (index < tokens.length && index < positions) {
      const token = tokens[index] as Token;
      const candidates = this.candidatesFor(token);
      let longest = 0;
      // This position's matches are matches[first…], all ending at the same place.
      const first = matches.length;
      for (const pattern of candidates) {
        if (longest > 0 && pattern.words.length < longest) break;
        const length = pattern.words.length;
        if (index + length > tokens.length) continue;
        let ok = true;
        for (let offset = 0; offset < length && ok; offset += 1) {
          const word = tokens[index + offset] as Token;
          ok =
            wordMatches(pattern, offset, word, offset === length - 1) &&
            (offset === 0 || !PHRASE_BREAK.test(text.slice((tokens[index + offset - 1] as Token).end, word.start)));
        }
        const lastEnd = (tokens[index + length - 1] as Token).end;
        if (!ok || !hasSuffix(text, lastEnd, pattern.suffix)) continue;
        const end = lastEnd + pattern.suffix.length;
        // "LoRA+" covers more of "LoRA+ helps" than "LoRA" does, so only it names the method there.
        const bestEnd = matches.length > first ? (matches[first] as PhraseMatch<T>).end : -1;
        if (end < bestEnd) continue;
        if (end > bestEnd) matches.length = first;
        matches.push({ term: pattern.term, start: token.start, end, text: text.slice(token.start, end) });
        longest = length;
      }
      index += Math.max(longest, 1);
    }
    return matches;
  }

  /** The phrases, by the first word (in lower case) a text's word is looked up under to find them. */
  patternsByFirstWord(): ReadonlyMap<string, readonly PhrasePattern<T>[]> {
    return this.byFirstWord;
  }

  /** The phrases a term is matched by, as the vocabulary writes them. */
  phrasesOf(term: T): readonly string[] {
    return this.byTerm.get(term) ?? [];
  }

  private static readonly NONE: never[] = [];

  private candidatesFor(token: Token): PhrasePattern<T>[] {
    // The text's words are shared by every matcher, so their forms are hashed once, not per matcher.
    if (!token.keys) {
      const forms = formsOf(token.raw);
      forms.keys ??= lookupKeys(token);
      token.keys = forms.keys;
    }
    let found: PhrasePattern<T>[] | undefined;
    let more = false;
    for (const key of token.keys) {
      const list = this.byFirstWord.get(key);
      if (!list) continue;
      if (found) more = true;
      else found = list;
    }
    // Most words start no phrase; a word indexed under several forms gets them all, longest first.
    if (!found) return PhraseMatcher.NONE;
    if (!more) return found;
    const all = token.keys.flatMap((key) => this.byFirstWord.get(key) ?? []);
    return Array.from(new Set(all)).sort((a, b) => b.words.length - a.words.length);
  }
}

/**
 * The first words a phrase starting at this word could be indexed under: its normal form, the word
 * lower-cased, its leading letters ("llama" of "LLaMA2", for phrases that take a version) and, for
 * "LLMs", the acronym without its plural "s".
 */
function lookupKeys(token: Token): string[] {
  const lower = token.raw.toLowerCase();
  const alpha = lower.match(/^\p{L}+/u)?.[0];
  const keys = [token.norm, lower];
  if (alpha) keys.push(alpha);
  if (lower.endsWith('s')) keys.push(lower.slice(0, -1));
  return [...new Set(keys)];
}
