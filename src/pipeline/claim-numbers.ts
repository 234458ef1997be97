/**
 * The numbers of a sentence that can state a result ("9\%", "3.5x", "+1.27", "1.5-2.7times",
 * "83.74"), with the unit they are written with, read apart from numbers that are part of a name,
 * a size or a setting ("LLaMA-30b", "7B parameters", "2.5-bit", "10-shot", "2023").
 */

/** How a number is written: its unit decides much of what it can claim. */
export type NumberUnit = 'percent' | 'times' | 'points' | 'measure' | 'none';

export interface NumberMention {
  /** Offsets in the text searched. */
  start: number;
  end: number;
  /** The number with its unit, LaTeX leftovers read: "9%", "3.5x", "1.5-2.7x", "12.3-point". */
  value: string;
  /** The first number, as a number. */
  first: number;
  unit: NumberUnit;
  /** Written with a plus sign: a difference. */
  signed: boolean;
}

const NUMBER = String.raw`\d{1,9}(?:,\d{3})*(?:\.\d{1,9})?`;
/** "9%", "9\%", "3x", "3×", "3$\times$", "3times" (not "256times256"), "12.3-point", "5.93 GB". */
const UNIT = String.raw`(?<unitSpace>\s?)(?<unit>\\?%|\s?percent\b|\$?\\times\$?|×|x(?![\p{L}\p{N}])|times(?!\s*\d|\p{L})|-?points?\b|-point\b|percentage points?\b|pp\b|FPS\b|GB\b|MB\b|ms\b|cm\b|mm\b|seconds?\b|G(?![\p{L}\p{N}]))`;
const MENTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.\-^@\\{])(?<sign>[+~≈]|approx\s?)?\$?(?<a>${NUMBER})\$?(?:${UNIT})?` +
    String.raw`(?:\s*(?:--?|–|—|to)\s*(?:over\s+|up to\s+)?\$?(?<b>${NUMBER})\$?(?:\s?(?<unitB>\\?%|\$?\\times\$?|×|x(?![\p{L}\p{N}])|times(?!\s*\d|\p{L})|\s?points?\b)|(?<![\d.])))?` +
    String.raw`(?![\p{L}\p{N}]|\.\d)`,
  'gu',
);

/** Words after a bare number that make it a count or a size: "5.5 million samples", "4 A100 GPUs". */
export const COUNT_AFTER =
  /^\s*(?:million|billion|thousand|hundred|k\b|m\b|b\b|hours?|days?|weeks?|epochs?|steps?|iterations?|rounds?|GPUs?|layers?|bits?|tokens?|samples?|images?|examples?|shots?|parameters?|params?|languages?|tasks?|datasets?|benchmarks?|models?|classes|categories|subjects|participants|patients|papers|words|frames|views)\b/iu;
/** A number joined by a hyphen to a word is a modifier: "2.5-bit", "10-shot", "3.5-layer". */
const MODIFIER_AFTER = /^-\p{L}/u;
/** Words before a number that make it a setting, not a result: "using only 10% of", "top 1%". */
const SETTING_BEFORE =
  /(?:\busing(?: only)?(?: about| around)?|\bwith (?:only|just)|\bonly using|\btop|\bsubset \(|\bsmallest|\blargest|\bfirst|\blast|\bwindow of|\brate of|\bratio of|\bbudget of|\bsize of|\bset to|\bp\s*[<>=]|\bepsilon|\blambda|\balpha|\bbeta)\s*$/iu;

/** "95% CI", "a 95% confidence interval of 0.83-0.87": the level and bounds of an interval restate a result. */
const INTERVAL_AFTER = /^\s*(?:CI\b|confidence\b)/iu;
const INTERVAL_BEFORE = /(?:\bCI|\bconfidence intervals?(?: of)?)\s*[:=,]?\s*[([]?\s*(?:\S+,\s*)?$/iu;

/** A decimal between a name and a word that goes on naming it is a version: "Claude 3.7 Sonnet", "Wan 2.1 14B". */
const NAME_BEFORE = /\p{Lu}[\p{L}\p{N}-]*\s$/u;
const NAME_AFTER = /^(?:\s+(?:\p{Lu}\p{Ll}|\d+(?:\.\d+)?[BMK]\b)|\))/u;
/** "Claude 3.5", "(SV4D 2.0)": a number of one digit and one decimal after a name is its version, unless the name is a measure ("FID 2.1"). */
const VERSION_BEFORE = /(?<name>\p{Lu}[\p{L}\p{N}-]*)\s$/u;
const VERSION = /^\d\.\d$/u;

/** "9 times the size of", "120x larger than": the size of data, not a result. */
const SIZE_AFTER = /^\s*(?:the size|larger|bigger|more (?:data|samples|images|tokens|examples))\b/iu;
/** "124 / 78 FPS": the first number of a pair takes the unit of the second. */
const PAIR_UNIT_AFTER = /^\s*\/\s*\$?\d+(?:\.\d+)?\$?\s?(\\?%|FPS\b)/u;
/** After a setting's words, a relative number is a result again: "using 30% less memory". */
const RELATIVE_AFTER = /^\s*(?:less|fewer|lower|more|higher|smaller)\b/iu;

/** Reads a unit as written into the unit it is. */
function unitOf(unit: string | undefined): NumberUnit {
  if (!unit) return 'none';
  if (unit.endsWith('%') || unit.endsWith('percent')) return 'percent';
  if (/times|×|^x$|\\times/u.test(unit)) return 'times';
  if (/point|pp/u.test(unit)) return 'points';
  return 'measure';
}

/** The value as a reader writes it: "9\%" → "9%", "3$\times$" → "3x", "65.2\%--89.7\%" → "65.2%-89.7%". */
export function normaliseValue(raw: string): string {
  return raw
    .replace(/\\%/gu, '%')
    .replace(/\$?\\times\$?|×/gu, 'x')
    .replace(/(\d)\s?times\b/gu, '$1x')
    .replace(/\$/gu, '')
    .replace(/--/gu, '-')
    .replace(/^approx\s?/u, '~')
    .trim();
}

/**
 * The numbers of a text that can state a result. A bare integer (no unit) never does: counts, years
 * and sizes are written that way; a bare decimal does ("83.74", "+1.27") unless a count follows.
 */
export function findNumberMentions(text: string, isMeasure: (word: string) => boolean = () => false): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const groups = match.groups ?? {};
    const a = groups.a as string;
    const start = match.index;
    const end = start + match[0].length;
    const after = text.slice(end, end + 30);
    const before = text.slice(Math.max(0, start - 30), start);
    const pairUnit = groups.unit || groups.b ? undefined : after.match(PAIR_UNIT_AFTER)?.[1];
    const unit = unitOf(groups.unit ?? groups.unitB ?? pairUnit);
    if (unit === 'none' && !a.includes('.')) continue;
    if (unit === 'none' && (COUNT_AFTER.test(after) || MODIFIER_AFTER.test(after))) continue;
    if (unit === 'none' && NAME_BEFORE.test(before) && NAME_AFTER.test(after)) continue;
    const versioned = unit === 'none' && VERSION.test(a) ? before.match(VERSION_BEFORE)?.groups?.name : undefined;
    if (versioned && !isMeasure(versioned)) continue;
    if (unit === 'times' && SIZE_AFTER.test(after)) continue;
    if (unit === 'measure' && groups.unit === 'G' && !/\d\.\d|\d{2}/u.test(a)) continue;
    if (SETTING_BEFORE.test(before) && !RELATIVE_AFTER.test(after)) continue;
    if (INTERVAL_AFTER.test(after) || INTERVAL_BEFORE.test(before)) continue;
    mentions.push({
      start,
      end,
      value: normaliseValue(pairUnit ? `${match[0]} ${pairUnit}` : match[0]),
      first: Number(a.replace(/,/gu, '')),
      unit,
      signed: groups.sign === '+',
    });
  }
  return mentions;
}
