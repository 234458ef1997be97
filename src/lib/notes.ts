import { getCollection, type CollectionEntry } from 'astro:content';
import { hasNotes } from './notes-folder';
import { atlasPaths } from './paths';

let notes: Promise<Array<CollectionEntry<'notes'>>> | undefined;

/**
 * Every curator's note, read once per build and shared by all pages (see `hasNotes`).
 */
export function getNotes(): Promise<Array<CollectionEntry<'notes'>>> {
  notes ??= hasNotes(atlasPaths.notes)
    ? getCollection('notes').then((entries) => entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
    : Promise.resolve([]);
  return notes;
}
