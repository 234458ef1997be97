/**
 * Names a cue may govern that the vocabulary does not know, read from how English writes a proper
 * name: "the Integrated Gradients algorithm", "the Delayed Streams Modeling framework". Capitals on
 * every word of a phrase mark it as a name; the noun after it says what kind of thing it names.
 */

/**
 * Two to four capitalised words, the first a word rather than an acronym ("SOTA UnSAM model"
 * qualifies a name), then a noun of a kind of method, model or tool. Not "network",
 * "module" or "block": a phrase in capitals before them is as often the paper's own part ("the
 * Masked Recurrent Network").
 */
const KIND = String.raw`(?:algorithm|method|model|framework|engine|filter|library|toolkit|technique|formulation|paradigm|distance|test|loss)s?\b`;
const NAME_THEN_KIND = new RegExp(
  String.raw`^(\p{Lu}\p{Ll}[\p{L}\p{N}'’-]*\s+(?:\p{Lu}[\p{L}\p{N}'’-]*\s+){0,2}\p{Lu}[\p{L}\p{N}'’-]*)\s+${KIND}`,
  'u',
);

/** The noun of the kind of thing a name names, right after it: " algorithm", " distances". */
export const KIND_OF_NAME = new RegExp(String.raw`^\s+${KIND}`, 'u');

/** An indefinite article: "a Dual Attention model" is a new thing, not one named before. */
const INDEFINITE_BEFORE = /(?:^|\s)(?:a|an)\s+$/iu;

/**
 * The name of a method, model or tool written in capitals and followed by its kind, at the start
 * of `window`; `before` is the text before it. Null when none is written there.
 */
export function namedByKind(window: string, before: string): string | null {
  const named = window.match(NAME_THEN_KIND)?.[1];
  if (!named || INDEFINITE_BEFORE.test(before)) return null;
  return named;
}
