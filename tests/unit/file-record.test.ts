import { link, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordedFact, recordedReader, type FileRecord, type RecordedFile } from '../../src/lib/file-record';

describe('a reader of files that keeps what it read with each file', () => {
  let folder = '';
  const reads: string[] = [];
  const readText = async (file: string) => {
    reads.push(file);
    return readFile(file, 'utf8');
  };
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'file-record-'));
    reads.length = 0;
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  async function pass(recorded: FileRecord<string>, files: Record<string, string>) {
    const reader = recordedReader(recorded, readText);
    const facts: Record<string, string> = {};
    for (const [key, file] of Object.entries(files)) facts[key] = await reader.read(key, file);
    return { facts, record: reader.record };
  }

  it('trusts the record for a file hard-linked from the one it read, and reads a file written anew', async () => {
    const old = join(folder, 'old');
    await writeFile(`${old}-a`, 'page a');
    await writeFile(`${old}-b`, 'page b');
    const first = await pass({}, { a: `${old}-a`, b: `${old}-b` });
    expect(first.facts).toEqual({ a: 'page a', b: 'page b' });
    expect(reads).toHaveLength(2);

    // The next build links a's file (an unchanged page) and writes b again, the same size.
    reads.length = 0;
    await link(`${old}-a`, join(folder, 'new-a'));
    await writeFile(join(folder, 'new-b'), 'page B');
    const second = await pass(first.record, { a: join(folder, 'new-a'), b: join(folder, 'new-b') });
    expect(second.facts).toEqual({ a: 'page a', b: 'page B' });
    expect(reads).toEqual([join(folder, 'new-b')]);
  });

  it('reads a file whose key the record holds for another file, and keeps only the keys it was asked', async () => {
    await writeFile(join(folder, 'x'), 'x');
    await writeFile(join(folder, 'y'), 'y');
    const first = await pass({}, { one: join(folder, 'x'), two: join(folder, 'y') });
    reads.length = 0;
    const second = await pass(first.record, { one: join(folder, 'y') });
    expect(second.facts).toEqual({ one: 'y' });
    expect(reads).toEqual([join(folder, 'y')]);
    expect(Object.keys(second.record)).toEqual(['one']);
  });
});

describe('recordedFact', () => {
  const recorded: RecordedFile<string> = [4711, 5120, 1796490075117.25, 'digest-a'];

  it('gives what was recorded for the very file the last build read (a hard link to it)', () => {
    expect(recordedFact(recorded, { ino: 4711, size: 5120, mtimeMs: 1796490075117.25 })).toBe('digest-a');
  });

  it('reads any other file afresh: another inode, size or modification time, or no record', () => {
    expect(recordedFact(recorded, { ino: 4712, size: 5120, mtimeMs: 1796490075117.25 })).toBeUndefined();
    expect(recordedFact(recorded, { ino: 4711, size: 5121, mtimeMs: 1796490075117.25 })).toBeUndefined();
    expect(recordedFact(recorded, { ino: 4711, size: 5120, mtimeMs: 1796490075118 })).toBeUndefined();
    expect(recordedFact(undefined, { ino: 4711, size: 5120, mtimeMs: 1796490075117.25 })).toBeUndefined();
  });
});
