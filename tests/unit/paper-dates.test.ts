import { describe, expect, it } from 'vitest';
import { entryDates, type EntryContent } from '../../src/lib/paper-dates';

const entry = (slug: string, abstractHtml = `<p>${slug}</p>`, topics = ['nlp']): EntryContent => ({
  slug,
  title: slug.toUpperCase(),
  abstractHtml,
  topics,
});
const first = new Date('2026-11-30T10:00:00Z');
const later = new Date('2026-12-04T08:30:00Z');

describe('entryDates dates each feed entry', () => {
  it('by the build that first showed it, whatever builds came after', () => {
    const built = entryDates([entry('a'), entry('b')], {}, first);
    const rebuilt = entryDates([entry('a'), entry('b'), entry('c')], built.record, later);
    expect(rebuilt.dates).toEqual(
      new Map([
        ['a', first],
        ['b', first],
        ['c', later],
      ]),
    );
  });

  it('by the build that changed what it shows: its abstract or its topics', () => {
    const built = entryDates([entry('a'), entry('b'), entry('c')], {}, first);
    const rebuilt = entryDates(
      [entry('a', '<p>reworded</p>'), entry('b', '<p>b</p>', ['nlp', 'vision']), entry('c')],
      built.record,
      later,
    );
    expect([...rebuilt.dates.values()]).toEqual([later, later, first]);
  });

  it('records only the papers of the build', () => {
    const built = entryDates([entry('a'), entry('b')], {}, first);
    expect(Object.keys(entryDates([entry('b')], built.record, later).record)).toEqual(['b']);
  });
});
