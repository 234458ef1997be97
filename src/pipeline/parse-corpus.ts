import type { CorpusEntry, Problem } from './types';

/** The result of reading one corpus file: the papers found and everything that could not be placed. */
export interface ParsedCorpus {
  entries: CorpusEntry[];
  problems: Problem[];
}

interface Line {
  text: string;
  /** 1-based line number in the file. */
  number: number;
}

/** Consecutive non-blank lines; the listing format separates every title and abstract by a blank line. */
type Block = Line[];

const TERMINAL_PUNCTUATION = /[.!?)\]"'”’]$/u;
const MAX_TITLE_WORDS = 50;
const MAX_TITLE_CHARS = 400;

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** Could this line be a paper title? Titles are one short line. */
function isTitleLike(text: string): boolean {
  return text.length > 0 && text.length <= MAX_TITLE_CHARS && wordCount(text) <= MAX_TITLE_WORDS;
}

/**
 * Does this text read like an abstract rather than a title or page chrome?
 * Abstracts are prose: at least a sentence of a dozen words that ends like a sentence,
 * or long enough that it cannot be a title.
 */
export function isAbstractLike(text: string): boolean {
  const words = wordCount(text);
  return (words >= 12 && TERMINAL_PUNCTUATION.test(text)) || words > MAX_TITLE_WORDS;
}

/** Collapses the whitespace a scraped page leaves (tabs, runs of spaces, non-breaking spaces). */
export function cleanWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/gu, ' ').trim();
}

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block = [];
  text.split(/\r\n|\r|\n/u).forEach((raw, index) => {
    const cleaned = cleanWhitespace(raw);
    if (cleaned === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push({ text: cleaned, number: index + 1 });
    }
  });
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function joinLines(lines: Line[]): string {
  return lines.map((line) => line.text).join(' ');
}

/**
 * Finds the first paper: page chrome ("Subscribe", a date) comes before it, and the first paper
 * is the first single title line followed by a block that reads as an abstract.
 */
function findFirstPaper(blocks: Block[]): number {
  return blocks.findIndex((block, index) => {
    const next = blocks[index + 1];
    const first = block[0];
    if (!first || !isTitleLike(first.text)) return false;
    // A title and its abstract with no blank line between them.
    if (block.length > 1) return isAbstractLike(joinLines(block.slice(1)));
    return next !== undefined && isAbstractLike(joinLines(next));
  });
}

/**
 * Reads a paper-listing dump: optional page chrome, then title line / abstract line pairs separated
 * by blank lines. Tolerates CRLF, a BOM, tabs and stray whitespace, abstracts wrapped over several
 * lines and a missing blank line between a title and its abstract. Whatever it cannot place is
 * reported with its line; nothing is invented.
 */
export function parseCorpus(text: string, file: string): ParsedCorpus {
  const problems: Problem[] = [];
  const entries: CorpusEntry[] = [];
  const blocks = splitBlocks(text.replace(/^\uFEFF/u, ''));

  if (blocks.length === 0) {
    problems.push({
      severity: 'error',
      file,
      line: 1,
      message: 'the corpus file is empty: expected title lines each followed by an abstract line',
      hint: 'add papers to the file or remove it from the corpus folder',
    });
    return { entries, problems };
  }

  const start = findFirstPaper(blocks);
  if (start === -1) {
    problems.push({
      severity: 'error',
      file,
      line: blocks[0]?.[0]?.number ?? 1,
      message: 'no paper found: expected a title line, a blank line, then an abstract of at least one full sentence',
      hint: 'check that the file is a paper listing (title line, blank line, abstract line, blank line)',
    });
    return { entries, problems };
  }

  for (const block of blocks.slice(0, start)) {
    for (const line of block) {
      problems.push({
        severity: 'info',
        file,
        line: line.number,
        message: `skipped page chrome before the first paper: ${JSON.stringify(line.text)}`,
      });
    }
  }

  let pendingTitle: Line | null = null;
  const reportTitleWithoutAbstract = (title: Line) =>
    problems.push({
      severity: 'error',
      file,
      line: title.number,
      message: `title ${JSON.stringify(title.text)} has no abstract: expected an abstract line after it`,
      hint: 'add the abstract on its own line after a blank line, or delete the title',
    });

  const rest = blocks.slice(start);
  rest.forEach((block, index) => {
    const first = block[0] as Line;
    if (pendingTitle === null) {
      if (block.length > 1 && isTitleLike(first.text)) {
        entries.push({
          title: first.text,
          abstract: joinLines(block.slice(1)),
          source: { file, line: first.number },
        });
      } else if (block.length === 1 && isTitleLike(first.text)) {
        pendingTitle = first;
      } else {
        problems.push({
          severity: 'error',
          file,
          line: first.number,
          message: `text where a title was expected: ${JSON.stringify(first.text.slice(0, 80))}… is too long to be a title`,
          hint: 'put a title line before this abstract, or join it to the abstract above if it is a continuation',
        });
      }
      return;
    }

    const text = joinLines(block);
    const next = rest[index + 1];
    // A title-like line where an abstract should be, followed by an abstract: the pending title lost its abstract.
    const isNextTitle =
      block.length === 1 && !isAbstractLike(text) && next !== undefined && isAbstractLike(joinLines(next));
    if (isNextTitle) {
      reportTitleWithoutAbstract(pendingTitle);
      pendingTitle = first;
      return;
    }
    entries.push({ title: pendingTitle.text, abstract: text, source: { file, line: pendingTitle.number } });
    pendingTitle = null;
  });

  if (pendingTitle !== null) reportTitleWithoutAbstract(pendingTitle);
  return { entries, problems };
}

/**
 * Decodes a corpus file's bytes as UTF-8. Invalid bytes are an error with the line they are on,
 * rather than silently replaced characters on a page.
 */
export function decodeCorpus(bytes: Uint8Array, file: string): { text: string; problems: Problem[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), problems: [] };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const lines = lossy.split('\n');
    const badLine = lines.findIndex((line) => line.includes('\uFFFD')) + 1;
    return {
      text: '',
      problems: [
        {
          severity: 'error',
          file,
          line: Math.max(badLine, 1),
          message: 'the file is not valid UTF-8',
          hint: 'convert it to UTF-8, e.g. `iconv -f latin1 -t utf-8 in.txt > out.txt`',
        },
      ],
    };
  }
}
