import { defineCollection, z } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { paperLoader } from './lib/paper-loader';
import { atlasPaths } from './lib/paths';

const relation = z.object({
  type: z.enum(['builds-on', 'compares-with']),
  target: z.string(),
  targetSlug: z.string().nullable(),
  evidence: z.string(),
});

const phrases = z.record(z.string(), z.string()).default({});

/** One generated MDX page per paper (see scripts/build-content.ts). */
const papers = defineCollection({
  loader: paperLoader({ base: atlasPaths.papers }),
  schema: z.object({
    slug: z.string(),
    title: z.string(),
    name: z.string().nullable(),
    aliases: z.array(z.string()).default([]),
    // Present when the corpus format carries them (BibTeX, JSON, CSV, arXiv Atom).
    authors: z.array(z.string()).optional(),
    year: z.number().int().optional(),
    date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/u).optional(),
    arxivId: z.string().optional(),
    doi: z.string().optional(),
    url: z.string().url().optional(),
    abstract: z.string(),
    topics: z.array(z.string()),
    methods: z.array(z.string()),
    tasks: z.array(z.string()),
    modalities: z.array(z.string()),
    models: z.array(z.string()),
    datasets: z.array(z.string()),
    keyphrases: z.array(z.string()).default([]),
    links: z.array(z.string().url()),
    relations: z.array(relation),
    evidence: z
      .object({ topics: phrases, methods: phrases, tasks: phrases, modalities: phrases, models: phrases, datasets: phrases })
      .partial()
      .default({}),
    source: z.object({ file: z.string(), line: z.number().int() }),
    alsoIn: z.array(z.object({ file: z.string(), line: z.number().int() })).optional(),
  }),
});

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
  loader: glob({ pattern: '**/*.{md,mdx}', base: atlasPaths.notes }),
  schema: z.object({
    paper: z.string().optional(),
    topic: z.string().optional(),
  }),
});

export const collections = { papers, topics, methodTerms, notes };
