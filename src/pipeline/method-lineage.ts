import type { MethodEntity } from './extract-relations';

/**
 * A method's lineage read from its name: a name that contains another method's name descends from
 * it (LoRA-GA from LoRA, MIA-DPO from DPO).
 */

/** True when `name` is written inside the paper's own method name as a component ("LoRA" in "LoRA-GA"). */
function isComponentOf(name: string, ownName: string): boolean {
  if (name === ownName || name.length < 3) return false;
  // Every method of the corpus is tried against every paper's name: a plain substring test first
  // keeps that from compiling a regular expression per pair (quadratic in the corpus size).
  if (!ownName.includes(name)) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // Glued to a prefix only when the name is mixed-case ("FLoRA", "SCMoE"); an all-capital name
  // glued to another capital is a different acronym ("RPO" is not inside "SRPO").
  const start = /\p{Ll}/u.test(name) ? '' : '(?:^|[\\s-]|(?<=\\p{Ll}))';
  return new RegExp(`${start}${escaped}(?=$|[\\s\\d-])`, 'u').test(ownName);
}

/**
 * The substrings of a method name that could be another method's name: from the start of a word,
 * a hyphenated part or a capital, up to the end or a hyphen, space or digit ("LQ-LoRA" gives
 * "LQ-LoRA", "LoRA", "QLoRA"…).
 */
export function namePieces(name: string): Set<string> {
  const pieces = new Set<string>();
  const ends = [...name.matchAll(/(?=[\s\d-])|$/gu)].map((match) => match.index);
  for (let start = 0; start < name.length; start += 1) {
    if (!/[\p{L}\p{N}]/u.test(name[start] as string)) continue;
    if (start > 0 && !/[\s-]/u.test(name[start - 1] as string) && !/\p{Lu}/u.test(name[start] as string)) continue;
    for (const end of ends) if (end - start >= 3) pieces.add(name.slice(start, end));
  }
  return pieces;
}

/** Indexes methods by the aliases a name can contain: those written with two or more capitals ("LoRA", "DPO"). */
export function indexMethodsForLineage(methods: readonly MethodEntity[]): Map<string, MethodEntity> {
  const index = new Map<string, MethodEntity>();
  for (const method of methods) {
    for (const alias of [method.name, ...method.aliases]) {
      if (alias.length >= 3 && /\p{Lu}.*\p{Lu}/u.test(alias) && !index.has(alias)) index.set(alias, method);
    }
  }
  return index;
}

/**
 * The methods whose names are written inside the paper's own method name as components. Only the
 * pieces of the name that could be another name are looked up, so this costs a few map look-ups
 * per paper rather than a pass over every method of the corpus.
 */
export function methodsInName(
  ownName: string | null,
  own: MethodEntity | undefined,
  methods: ReadonlyMap<string, MethodEntity>,
): MethodEntity[] {
  if (!ownName) return [];
  const found: MethodEntity[] = [];
  for (const piece of namePieces(ownName)) {
    const method = methods.get(piece);
    if (method && method !== own && isComponentOf(piece, ownName)) found.push(method);
  }
  return found;
}
