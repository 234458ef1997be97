import { getCollection, type CollectionEntry } from 'astro:content';

let notes: Promise<Array<CollectionEntry<'notes'>>> | undefined;

/**
 * Every curator's note, read once per build and shared by all pages (Astro warns each time an
 * empty collection is read, and most atlases have no notes yet).
 */
export function getNotes(): Promise<Array<CollectionEntry<'notes'>>> {
  notes ??= getCollection('notes').then((entries) => entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  return notes;
}
