import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { isTopicId } from '../model/brands';
import { VOCABULARY_SECTIONS, type VocabularySection } from '../model/facets';
import { parentChainLoops } from '../model/topics';
import { readMetrics, type MetricTerm } from './load-metrics';
import type { Problem, Term, Topic, TopicId } from './types';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const topicId = z.string().refine(isTopicId, 'an id in kebab-case, e.g. "parameter-efficient-fine-tuning"');

const topicSchema = z
  .object({
    id: topicId,
    label: z.string().min(1),
    parent: topicId.nullable().default(null),
    description: z.string().default(''),
    aliases: z.array(z.string().min(1)).default([]),
    /** Old ids of this topic; their URLs redirect here. */
    formerIds: z.array(topicId).default([]),
    /** Ids of the vocabulary's modalities the topic works on; a subtopic without its own inherits these. */
    modalities: z.array(z.string().regex(idPattern, 'a modality id in kebab-case')).default([]),
    /**
     * Nouns that name the topic in a paper that names data of a kind in `headData`: "tooth
     * segmentation" of dental scans is image segmentation, "word segmentation" of text is not.
     */
    headNouns: z
      .array(z.string().regex(/^\p{Ll}+(?:-\p{Ll}+)*$/u, 'one word in lower case, hyphens allowed'))
      .default([]),
    headData: z.array(z.string().regex(idPattern, 'a modality id in kebab-case')).default([]),
    /**
     * Topics beside which the head nouns name the topic too: in a paper about language models an
     * "agent" is an LLM agent; in one about reinforcement learning alone it is the learner.
     */
    headTopics: z.array(topicId).default([]),
    /**
     * Aliases that do not name the topic in a paper that names data of a kind in `offData` or another
     * topic in `offTopics`, which give the word another sense: on medical scans "3D" is the shape of
     * the volume ("a 3D U-Net", "3D MRI"), not 3D vision; beside neural rendering "rendering" is its
     * rendering, not graphics'.
     */
    offAliases: z.array(z.string().min(1)).default([]),
    offData: z.array(z.string().regex(idPattern, 'a modality id in kebab-case')).default([]),
    offTopics: z.array(topicId).default([]),
    /**
     * An area of fields where machine learning is used (medicine, law, finance): a phrase of its
     * topics that qualifies another topic's phrase ("medical image segmentation") names that field
     * too. Set on the area; its subtopics are fields of it.
     */
    domain: z.boolean().default(false),
    /**
     * A topic most papers of the field name as the tool they work with (large language models): it
     * is a paper's subject only alone or beside a topic under one of these ids (fine-tuning it,
     * compressing it, aligning it); beside other topics, none under these ids, the paper uses it.
     */
    subjectBeside: z.array(topicId).default([]),
  })
  .strict()
  .refine((topic) => topic.headNouns.length === 0 || topic.headData.length > 0 || topic.headTopics.length > 0, {
    message:
      'headNouns need headData or headTopics: the modality ids of the data, or the ids of the topics, beside which the nouns name the topic',
    path: ['headData'],
  })
  .refine((topic) => (topic.offAliases.length === 0) === (topic.offData.length + topic.offTopics.length === 0), {
    message:
      'offAliases go with offData or offTopics: the aliases, and the modality ids of the data or the ids of the topics beside which they do not name the topic',
    path: ['offAliases'],
  })
  .refine((topic) => topic.offAliases.every((alias) => [topic.label, ...topic.aliases].includes(alias)), {
    message: "offAliases must be written among the topic's label and aliases",
    path: ['offAliases'],
  });

const termSchema = z
  .object({
    id: z.string().regex(idPattern, 'an id in kebab-case'),
    label: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    /** The name is usually followed by a version or size, e.g. "LLaMA-2-7B". */
    prefix: z.boolean().default(false),
    /** A category of methods ("PEFT", "MoE") rather than one method: never the target of a relation. */
    family: z.boolean().default(false),
    /** A stage of training every model goes through (SFT): a relation's target only as a baseline. */
    stage: z.boolean().default(false),
  })
  .strict();

export type TaxonomyTopic = Topic & {
  formerIds: TopicId[];
  modalities?: string[];
  headNouns?: string[];
  headData?: string[];
  headTopics?: TopicId[];
  offAliases?: string[];
  offData?: string[];
  offTopics?: TopicId[];
  domain?: boolean;
  subjectBeside?: TopicId[];
};
export type VocabularyTerm = Term & { prefix: boolean; family: boolean; stage?: boolean };

/** Turns a Zod issue into words: the field, what was expected, what was there. */
function describeIssue(issue: z.ZodIssue): string {
  const field = issue.path.join('.') || 'entry';
  return `${field}: ${issue.message}`;
}

/** Reads a YAML file, reporting syntax errors with their line. */
function readYaml(
  text: string,
  file: string,
): { document: ReturnType<typeof parseDocument>; lines: LineCounter; problems: Problem[] } {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const problems: Problem[] = document.errors.map((error) => ({
    severity: 'error',
    file,
    line: error.linePos?.[0]?.line ?? lines.linePos(error.pos[0]).line,
    message: `invalid YAML: ${error.message.split('\n')[0]}`,
    hint: 'fix the YAML syntax at this line (indentation, an unquoted ":" or a missing "-")',
  }));
  return { document, lines, problems };
}

function lineOf(node: YamlNode | null | undefined, lines: LineCounter): number {
  const offset = node?.range?.[0];
  return offset === undefined ? 1 : lines.linePos(offset).line;
}

/** Validates each item of a YAML sequence with a schema, reporting the item's own line on failure. */
function readList<T>(
  sequence: unknown,
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  file: string,
  lines: LineCounter,
  what: string,
): { items: Array<{ value: T; line: number }>; problems: Problem[] } {
  const items: Array<{ value: T; line: number }> = [];
  const problems: Problem[] = [];
  if (!isSeq(sequence)) {
    problems.push({
      severity: 'error',
      file,
      line: lineOf(sequence as YamlNode, lines),
      message: `expected a list of ${what}`,
    });
    return { items, problems };
  }
  for (const node of sequence.items) {
    const line = lineOf(node as YamlNode, lines);
    const result = schema.safeParse((node as { toJSON(): unknown }).toJSON());
    if (result.success) items.push({ value: result.data, line });
    else
      problems.push(
        ...result.error.issues.map((issue) => ({
          severity: 'error' as const,
          file,
          line,
          message: `invalid ${what}: ${describeIssue(issue)}`,
          hint: `see the header of ${file} for the fields a ${what} takes`,
        })),
      );
  }
  return { items, problems };
}

/**
 * Reads `taxonomy.yaml`: a `topics:` list of { id, label, parent, description, aliases }.
 * Checks what the site relies on: unique ids, parents that exist, no cycles.
 */
export function loadTaxonomy(text: string, file: string): { topics: TaxonomyTopic[]; problems: Problem[] } {
  const { document, lines, problems } = readYaml(text, file);
  if (problems.length > 0) return { topics: [], problems };
  const root = document.contents;
  if (!isMap(root) || !root.has('topics')) {
    return {
      topics: [],
      problems: [{ severity: 'error', file, line: 1, message: 'expected a `topics:` list at the top of the file' }],
    };
  }
  const { items, problems: itemProblems } = readList(root.get('topics', true), topicSchema, file, lines, 'topic');
  problems.push(...itemProblems);

  const lineById = new Map<string, number>();
  for (const { value, line } of items) {
    if (lineById.has(value.id)) {
      problems.push({
        severity: 'error',
        file,
        line,
        message: `duplicate topic id "${value.id}" (first defined at line ${lineById.get(value.id)})`,
        hint: 'give each topic its own id, or merge the two entries (list the old id under formerIds)',
      });
    } else lineById.set(value.id, line);
  }
  for (const { value, line } of items) {
    for (const field of ['headTopics', 'offTopics', 'subjectBeside'] as const)
      for (const other of value[field].filter((id) => !lineById.has(id)))
        problems.push({
          severity: 'error',
          file,
          line,
          message: `topic "${value.id}" lists unknown topic "${other}" under ${field}`,
          hint: 'use the id of a topic defined in this file',
        });
    if (value.parent !== null && !lineById.has(value.parent)) {
      problems.push({
        severity: 'error',
        file,
        line,
        message: `topic "${value.id}" has unknown parent "${value.parent}": expected the id of a topic in this file, or null`,
        hint: 'use the id of a topic defined in this file, or null for a top-level topic',
      });
    }
    if (value.domain && value.parent !== null)
      problems.push({
        severity: 'error',
        file,
        line,
        message: `topic "${value.id}" sets domain but has a parent: domain marks a top-level area, whose subtopics are its fields`,
        hint: 'set `domain: true` on the top-level topic instead',
      });
  }
  // A former id answers with a redirect page at /topics/<id>/, so it must not be any other page's URL.
  const formerOwner = new Map<string, string>();
  for (const { value, line } of items) {
    for (const formerId of value.formerIds) {
      const clash = lineById.has(formerId)
        ? `the id of a current topic (line ${lineById.get(formerId)})`
        : formerOwner.has(formerId)
          ? `also a former id of "${formerOwner.get(formerId)}"`
          : null;
      if (clash) {
        problems.push({
          severity: 'error',
          file,
          line,
          message: `former id "${formerId}" of topic "${value.id}" is ${clash}: its old URL can redirect to one topic only`,
          hint: 'list each old id under the formerIds of exactly one topic, and never an id still in use',
        });
      } else formerOwner.set(formerId, value.id);
    }
  }
  const parentOf = new Map(items.map(({ value }) => [value.id, value.parent]));
  for (const { value, line } of items) {
    if (parentChainLoops(value.id, parentOf)) {
      problems.push({
        severity: 'error',
        file,
        line,
        message: `topic "${value.id}" is its own ancestor`,
        hint: 'break the cycle of parents',
      });
    }
  }
  const topics = items.map(({ value }) => value);
  return { topics, problems };
}

export type LoadedVocabulary = Record<VocabularySection, VocabularyTerm[]> & {
  /** Words too generic to make a keyphrase ("novel", "results"), lower-case. */
  generic: Set<string>;
  /** Names of measures ("BLEU", "mIoU"), lower-case: what a result is reported in, never a dataset. */
  metrics: Set<string>;
  /** The measures claimed results are shown under, with their direction. */
  metricTerms: MetricTerm[];
  /** Names of natural languages ("English"), lower-case: "English datasets" are a kind, not a name. */
  languages: Set<string>;
  /** Names of organisations that make models ("OpenAI", "Google"), lower-case: whose a model is, not a method. */
  organisations: Set<string>;
};

/** The vocabulary's plain word lists, read into lower-case sets. */
const WORD_LISTS = ['generic', 'languages', 'organisations'] as const;

/**
 * Reads `vocabulary.yaml`: one list of { id, label, aliases, prefix } per facet, a `generic` list
 * of words that never make a keyphrase, and `metrics`, `languages` and `organisations` lists of names.
 */
export function loadVocabulary(text: string, file: string): { vocabulary: LoadedVocabulary; problems: Problem[] } {
  const { document, lines, problems } = readYaml(text, file);
  const sections = Object.fromEntries(VOCABULARY_SECTIONS.map((section) => [section, [] as VocabularyTerm[]]));
  const vocabulary = {
    ...(sections as Record<VocabularySection, VocabularyTerm[]>),
    generic: new Set<string>(),
    metrics: new Set<string>(),
    metricTerms: [] as MetricTerm[],
    languages: new Set<string>(),
    organisations: new Set<string>(),
  };
  if (problems.length > 0) return { vocabulary, problems };
  const root = document.contents;
  if (!isMap(root)) {
    return {
      vocabulary,
      problems: [
        {
          severity: 'error',
          file,
          line: 1,
          message: `expected the sections ${VOCABULARY_SECTIONS.join(', ')} at the top of the file`,
        },
      ],
    };
  }
  for (const facet of VOCABULARY_SECTIONS) {
    if (!root.has(facet)) continue;
    const { items, problems: facetProblems } = readList(
      root.get(facet, true),
      termSchema,
      file,
      lines,
      `${facet} entry`,
    );
    problems.push(...facetProblems);
    vocabulary[facet] = items.map(({ value }) => value);
  }
  for (const list of WORD_LISTS) {
    if (!root.has(list)) continue;
    const words = z.array(z.string()).safeParse((root.get(list, true) as { toJSON(): unknown }).toJSON());
    if (words.success) vocabulary[list] = new Set(words.data.map((word) => word.toLowerCase()));
    else
      problems.push({
        severity: 'error',
        file,
        line: lineOf(root.get(list, true) as YamlNode, lines),
        message: `\`${list}\` must be a list of words`,
      });
  }
  if (root.has('metrics')) {
    const node = root.get('metrics', true) as YamlNode & { toJSON(): unknown; items?: YamlNode[] };
    const read = readMetrics(node.toJSON());
    if ('metrics' in read) {
      vocabulary.metrics = read.metrics.names;
      vocabulary.metricTerms = read.metrics.terms;
    } else
      problems.push({
        severity: 'error',
        file,
        line: lineOf(read.badItem >= 0 ? node.items?.[read.badItem] : node, lines),
        message: read.message,
      });
  }
  return { vocabulary, problems };
}

/**
 * The modalities topics name that the vocabulary lacks: a typo there would silently imply nothing.
 * Taxonomy lines are not known here, so the problem names the topic.
 */
export function checkTopicModalities(
  topics: readonly TaxonomyTopic[],
  vocabulary: LoadedVocabulary,
  file: string,
): Problem[] {
  const known = new Set(vocabulary.modalities.map((term) => term.id));
  return topics.flatMap((topic) =>
    [...(topic.modalities ?? []), ...(topic.headData ?? []), ...(topic.offData ?? [])]
      .filter((id) => !known.has(id))
      .map((id) => ({
        severity: 'error' as const,
        file,
        line: 1,
        message: `topic "${topic.id}" names modality "${id}", which content/vocabulary.yaml does not define`,
        hint: `use the id of an entry of the vocabulary's modalities: ${[...known].join(', ')}`,
      })),
  );
}
