import { parseTex, type TexSegment } from '../../lib/math/tex-source';

/**
 * Hand-kept and exported `.bib` files carry characters TeX reads as markup but their writers meant
 * as text: a lone `$` in "($0.12/F1 point)" opens maths that never closes (the parser then drops
 * the entry), a `%` starts a comment that swallows the rest of the line, `&`, `#` and `_` are
 * markup outside maths. This pass finds such characters in field values and escapes them, so the
 * parser reads them as the characters they are; every one is noted with its line for a warning.
 * It also hands back each entry's raw title and abstract, for reading their formulas as TeX.
 */

/** Fields whose values are read as written (addresses and identifiers): never changed. */
const VERBATIM = new Set(['url', 'doi', 'eprint', 'file', 'pdf', 'urlraw', 'verba', 'verbb', 'verbc', 'howpublished']);

/** Fields whose raw TeX the reader keeps, for their formulas. */
const RAW_FIELDS = new Set(['title', 'abstract']);

export interface RepairNote {
  /** 1-based line of the first repaired character of the field. */
  line: number;
  /** `@article{key}`. */
  entry: string;
  field: string;
  /** The characters read as themselves, e.g. `$` and `%`. */
  characters: string[];
}

export interface BibtexRepair {
  text: string;
  notes: RepairNote[];
  /** Raw (repaired) title and abstract values of each entry, by the offset of its `@` in `text`. */
  rawFields: Map<number, Record<string, string>>;
}

/** Offsets of the `$` that open or close a formula in a value (by the same rule pages use). */
function formulaDollars(value: string): Set<number> {
  const found = new Set<number>();
  const visit = (segments: TexSegment[], start: number) => {
    let offset = start;
    for (const segment of segments) {
      if (segment.kind === 'math' && segment.source.startsWith('$')) {
        const width = segment.source.startsWith('$$') ? 2 : 1;
        for (let index = 0; index < width; index += 1) {
          found.add(offset + index);
          found.add(offset + segment.source.length - 1 - index);
        }
      } else if (segment.kind === 'styled' || segment.kind === 'link') {
        visit(segment.children, offset + segment.open.length);
      }
      offset += segment.source.length;
    }
  };
  visit(parseTex(value), 0);
  return found;
}

/** A value with its bare `$`, `%`, `&`, `#` and `_` escaped, and which ones were. */
function repairValue(value: string): { value: string; characters: Set<string> } {
  const characters = new Set<string>();
  // Which dollars are maths is read as pages read it: two bare dollars in prose ("($0.12 per point) …
  // save $4,000") pair up for TeX, but not for a reader.
  const formulas = value.includes('$') ? formulaDollars(value) : null;
  let inMath = false;
  let out = '';
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index] as string;
    if (char === '\\') {
      // `\(…\)` and `\[…\]` are maths too: `_` and `&` in them are TeX's.
      const next = value[index + 1];
      if (next === '(' || next === '[') inMath = true;
      else if (next === ')' || next === ']') inMath = false;
      out += value.slice(index, index + 2);
      index += 1;
      continue;
    }
    const bareDollar = char === '$' && formulas !== null && !formulas.has(index);
    if (char === '$' && !bareDollar) inMath = !inMath;
    if (bareDollar || char === '%' || (!inMath && (char === '&' || char === '#' || char === '_'))) {
      characters.add(char);
      out += `\\${char}`;
    } else out += char;
  }
  return { value: out, characters };
}

/** The end of a braced (`{…}`) or quoted (`"…"`) value starting at `start`, or -1 when it does not end. */
function valueEnd(text: string, start: number, stop: number): number {
  const quoted = text[start] === '"';
  let depth = 0;
  for (let index = start; index < stop; index += 1) {
    const char = text[index];
    if (char === '\\') index += 1;
    else if (char === '{') depth += 1;
    else if (char === '}') {
      depth -= 1;
      if (!quoted && depth === 0) return index + 1;
      if (depth < 0) return -1;
    } else if (quoted && char === '"' && index > start && depth === 0) return index + 1;
  }
  return -1;
}

/** Entries start with `@type{` at the beginning of a line; each is repaired on its own. */
const ENTRY_START = /^[ \t]*@[ \t]*([A-Za-z]+)[ \t]*[{(]/gmu;

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Repairs the field values of every entry of a BibTeX file (see the module comment). */
export function repairBibtex(text: string): BibtexRepair {
  // Each entry by the offset of its `@`, as the parser's `input` begins.
  const atSign = (match: RegExpMatchArray) => (match.index ?? 0) + match[0].indexOf('@');
  const starts = [...text.matchAll(ENTRY_START)].map((match) => ({ at: atSign(match), type: match[1] as string }));
  const notes: RepairNote[] = [];
  const rawFields = new Map<number, Record<string, string>>();
  let out = '';
  let copied = 0;
  starts.forEach(({ at, type }, position) => {
    const stop = starts[position + 1]?.at ?? text.length;
    if (/^(?:comment|preamble|string)$/iu.test(type)) return;
    const head = text.slice(at, stop).match(/^@[ \t]*[A-Za-z]+[ \t]*[{(]\s*([^,\s]*)\s*,/u);
    if (!head) return;
    const entry = `@${type}{${head[1]}}`;
    const raw: Record<string, string> = {};
    const fieldPattern = /([A-Za-z][\w:+.-]*)\s*=\s*/gu;
    fieldPattern.lastIndex = at + head[0].length;
    for (let match = fieldPattern.exec(text); match && match.index < stop; match = fieldPattern.exec(text)) {
      const name = (match[1] as string).toLowerCase();
      let cursor = match.index + match[0].length;
      // A value is parts joined by `#`: braced or quoted text, or a bare word or number.
      for (;;) {
        const first = text[cursor];
        if (first === '{' || first === '"') {
          const end = valueEnd(text, cursor, stop);
          if (end < 0) return;
          if (!VERBATIM.has(name)) {
            const inner = text.slice(cursor + 1, end - 1);
            const repaired = repairValue(inner);
            if (repaired.characters.size > 0) {
              out += text.slice(copied, cursor + 1) + repaired.value;
              copied = end - 1;
              notes.push({ line: lineOf(text, cursor), entry, field: name, characters: [...repaired.characters] });
            }
            if (RAW_FIELDS.has(name)) raw[name] = repaired.value;
          }
          cursor = end;
        } else {
          const bare = text.slice(cursor, stop).match(/^[\w.:+-]+/u);
          if (!bare) break;
          cursor += bare[0].length;
        }
        const next = text.slice(cursor, stop).match(/^\s*#\s*/u);
        if (!next) break;
        cursor += next[0].length;
      }
      fieldPattern.lastIndex = cursor;
    }
    rawFields.set(at, raw);
  });
  out += text.slice(copied);
  // Offsets were taken in the input; shift them to the repaired text (repairs add characters before them).
  return {
    text: out,
    notes,
    rawFields: shiftOffsets(
      out,
      rawFields,
      starts.map((start) => start.at),
    ),
  };
}

/** The raw fields keyed by where each entry starts in the repaired text (repairs add no entry). */
function shiftOffsets(
  output: string,
  fields: Map<number, Record<string, string>>,
  inputStarts: number[],
): Map<number, Record<string, string>> {
  const outputStarts = [...output.matchAll(ENTRY_START)].map((match) => (match.index ?? 0) + match[0].indexOf('@'));
  const byInput = new Map(inputStarts.map((start, index) => [start, outputStarts[index] ?? start]));
  return new Map([...fields].map(([offset, record]) => [byInput.get(offset) ?? offset, record]));
}
