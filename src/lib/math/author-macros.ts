/**
 * Abstracts pasted from a paper keep the paper's own macros (`\ourmodel`, `\method{}`,
 * `\revise{…}`), defined in a preamble the corpus does not have. TeX cannot read them; this says
 * what a reader can be shown instead, when something can be said for sure.
 */

/** What to show for a macro TeX does not know. */
export type MacroReading =
  /** Its argument, as text (`\revise{text}`, `\tit{text}`): `open` and `close` are the marks around it. */
  | { kind: 'argument'; open: string; text: string; close: string }
  /** The name the paper's title gives its contribution (`\ourmodel` in "FooNet: …"). */
  | { kind: 'name'; text: string }
  /** Nothing: text a change-tracking macro marks as deleted. */
  | { kind: 'nothing' };

/** Macro names that stand for the paper's own method, model or system. */
const SELF_NAME =
  /^(?:our|ours|the|this|new)?(?:method|model|approach|system|sys|framework|tool|algorithm|algo|technique|arch|agent|net|app)|name$|^ours?$/iu;

/**
 * The name a title gives the paper's contribution: the words before its colon when they read as a
 * name: "FooNet: …", "Pixel Reasoner: …".
 */
export function titleName(title: string): string | undefined {
  const head = title.match(/^([^:]{2,40}?)\s*:\s/u)?.[1]?.trim();
  if (!head || /[$\\{}]/u.test(head)) return undefined;
  const words = head.split(/\s+/u);
  if (words.length > 4) return undefined;
  // One word, a word with inner capitals or digits ("MeZO", "S2FT"), or up to three capitalised words.
  const camel = /\p{L}[\p{Lu}\p{N}]/u.test(head);
  const titled = words.length <= 3 && words.every((word) => /^\p{Lu}/u.test(word));
  return words.length === 1 || camel || titled ? head : undefined;
}

const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * How to read a macro TeX does not know, from its name and braced arguments, or undefined when
 * nothing sure can be said (its source is then shown as code).
 */
export function readMacro(
  source: string,
  command: { name: string; args: string[] },
  context: { selfName?: string | undefined } = {},
): MacroReading | undefined {
  const { name, args } = command;
  if (name === 'deleted' && args.length === 1) return { kind: 'nothing' };
  if (name === 'replaced' && args.length === 2) {
    const text = args[0] ?? '';
    return {
      kind: 'argument',
      open: source.slice(0, name.length + 2),
      text,
      close: source.slice(name.length + 2 + text.length),
    };
  }
  if (args.length === 1) {
    const text = args[0] ?? '';
    if (text === '') return selfName(name, context.selfName);
    return { kind: 'argument', open: source.slice(0, -text.length - 1), text, close: '}' };
  }
  if (args.length === 0 && /^\\[A-Za-z]+$/u.test(source)) return selfName(name, context.selfName);
  return undefined;
}

function selfName(macro: string, name: string | undefined): MacroReading | undefined {
  if (!name) return undefined;
  const same = letters(macro) === letters(name);
  const bench = /bench/iu.test(macro) && /bench/iu.test(name);
  return same || bench || SELF_NAME.test(macro) ? { kind: 'name', text: name } : undefined;
}
