import { defineCollection, z } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { hasNotes } from './lib/notes-folder';
import { atlasPaths } from './lib/paths';

/** The topic vocabulary, `content/taxonomy.yaml`; validated again by the content stage with line numbers. */
const topics = defineCollection({
  loader: file(atlasPaths.taxonomy, {
    parser: (text) => (parseYaml(text) as { topics: Array<Record<string, unknown>> }).topics,
  }),
  schema: z.object({
    id: z.string(),
    label: z.string(),
    parent: z.string().nullable().default(null),
    description: z.string().default(''),
    aliases: z.array(z.string()).default([]),
    formerIds: z.array(z.string()).default([]),
  }),
});

/** The named methods of `content/vocabulary.yaml`, for the aliases shown on method pages. */
const methodTerms = defineCollection({
  loader: file(atlasPaths.vocabulary, {
    parser: (text) => (parseYaml(text) as { methods?: Array<Record<string, unknown>> }).methods ?? [],
  }),
  schema: z.object({
    id: z.string(),
    label: z.string(),
    aliases: z.array(z.string()).default([]),
  }),
});

/** Curators' notes, one MDX file per paper or topic; never touched by the build. */
const notes = defineCollection({
  loader: hasNotes(atlasPaths.notes) ? glob({ pattern: '**/*.{md,mdx}', base: atlasPaths.notes }) : () => [],
  schema: z.object({
    paper: z.string().optional(),
    topic: z.string().optional(),
  }),
});

// Paper pages are not a collection: src/lib/paper-store.ts reads them, for the reason given there.
export const collections = { topics, methodTerms, notes };
