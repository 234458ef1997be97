import type { z } from 'zod';
import type { TopicRecord } from '../../src/lib/catalog';
import type { GraphLinks } from '../../src/lib/method-graph';
import { paperFrontmatterSchema, type PaperRecord } from '../../src/model/paper';

type RecordFields = Partial<z.input<typeof paperFrontmatterSchema>> & { slug: string; abstract?: string };

/**
 * A paper record for a unit test, made the way the site makes one: through the frontmatter
 * schema and its guards, so a test cannot hold a record the site would refuse. Facets, relations
 * and links default to empty; the title to the slug in capitals.
 */
export function paperRecord(fields: RecordFields): PaperRecord {
  const { abstract = '', ...frontmatter } = fields;
  const data = paperFrontmatterSchema.parse({
    title: fields.slug.toUpperCase(),
    name: null,
    links: [],
    relations: [],
    source: { file: 'test.txt', line: 1 },
    ...frontmatter,
  });
  return { ...data, abstract };
}

/** Short page URLs for views made outside Astro, which a test can read at a glance. */
export const testLinks: GraphLinks = {
  method: (slug) => `/m/${slug}/`,
  paper: (slug) => `/p/${slug}/`,
  topic: (id) => `/t/${id}/`,
};

/** A taxonomy topic with no description, aliases or former ids. */
export const topicRecord = (id: string, label: string, parent: string | null = null): TopicRecord => ({
  id,
  label,
  parent,
  description: '',
  aliases: [],
  formerIds: [],
});

/** A small taxonomy the view tests share: an area with one subtopic, and an area beside it. */
export const testTaxonomy: TopicRecord[] = [
  topicRecord('align', 'Alignment'),
  topicRecord('pref', 'Preference optimisation', 'align'),
  topicRecord('vision', 'Vision'),
];
