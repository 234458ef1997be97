import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadNameReadingCache, loadReadingCache } from '../../scripts/lib/reading-cache';
import { readNames } from '../../src/pipeline/extract-name';
import type { PaperText, TextReading } from '../../src/pipeline/extract';
import type { Slug } from '../../src/pipeline/types';

const paper = (title: string, abstract = 'We propose Direct Preference Optimization (DPO).'): PaperText => ({
  slug: 'p' as Slug,
  name: null,
  title,
  abstract,
});
const reading: TextReading = {
  definitions: [{ acronym: 'DPO', longForm: 'Direct Preference Optimization' }],
  topicMatches: [],
  framed: { datasets: [], things: [] },
  datasetMatches: [],
};

describe('loadReadingCache keeps text readings between builds', () => {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-readings-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('gives back what an earlier build saved, for the same text and extractor version only', async () => {
    const first = await loadReadingCache(folder, 'v1');
    expect(first.get(paper('A'))).toBeUndefined();
    first.set(paper('A'), reading);
    await first.save();
    const again = await loadReadingCache(folder, 'v1');
    expect(again.get(paper('A'))).toEqual(reading);
    expect(again.hits).toBe(1);
    // Another abstract under the same title, or another version of the extractor, is read afresh.
    expect(again.get(paper('A', 'We propose something else.'))).toBeUndefined();
    expect((await loadReadingCache(folder, 'v2')).get(paper('A'))).toBeUndefined();
  });

  it('keeps only the texts of the last build', async () => {
    const earlier = await loadReadingCache(folder, 'v1');
    earlier.set(paper('old'), reading);
    await earlier.save();
    const later = await loadReadingCache(folder, 'v1');
    later.set(paper('new'), reading);
    await later.save();
    const reloaded = await loadReadingCache(folder, 'v1');
    expect(reloaded.get(paper('new'))).toEqual(reading);
    expect(reloaded.get(paper('old'))).toBeUndefined();
  });

  it('keeps the names each text gives beside the extractor\u2019s readings, in a file of their own', async () => {
    const texts = await loadReadingCache(folder, 'v1');
    const names = await loadNameReadingCache(folder, 'v1');
    const named = paper('Named');
    texts.set(named, reading);
    names.set(named, readNames(named.title, named.abstract));
    await Promise.all([texts.save(), names.save()]);
    expect((await loadReadingCache(folder, 'v1')).get(named)).toEqual(reading);
    expect((await loadNameReadingCache(folder, 'v1')).get(named)?.named?.name).toBe('DPO');
  });
});
