import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonPieces, readCacheFile, writeCacheFile } from '../../src/lib/cache-file';

const folder = await mkdtemp(join(tmpdir(), 'atlas-cache-file-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('jsonPieces', () => {
  it('joins to the text JSON.stringify writes, for any JSON-like value', () => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withMap: true, withNullPrototype: true }), (value) => {
        expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value) ?? 'null');
      }),
      { numRuns: 300 },
    );
  });

  it('writes a record of records an entry at a time, leaving out what JSON leaves out', () => {
    const cache = { version: 'v1', tags: { a: { x: [1, 'é'] }, b: undefined, c: { when: new Date(0) } } };
    const pieces = [...jsonPieces(cache)];
    expect(pieces.join('')).toBe(JSON.stringify(cache));
    expect(pieces).toContain('"a":');
    expect(pieces).not.toContain(JSON.stringify(cache.tags));
  });
});

describe('writeCacheFile', () => {
  it('writes a cache larger than one chunk that reads back whole', async () => {
    const file = join(folder, 'big.json');
    const pages = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`k${i}`, `page ${i} `.repeat(100)]));
    await writeCacheFile(file, { version: 2, pages });
    expect(await readCacheFile(file)).toEqual({ version: 2, pages });
    expect(await readFile(file, 'utf8')).toBe(JSON.stringify({ version: 2, pages }));
  });

  it('loses only time when the file cannot be written', async () => {
    await expect(writeCacheFile(join(folder, 'big.json', 'below-a-file.json'), { a: 1 })).resolves.toBeUndefined();
  });
});
