import { z } from 'zod';

/** The fields of `atlas.config.ts`, each with its default and what it is for. */
export const atlasConfigSchema = z
  .object({
    /** The atlas's name, in the header and every page title. */
    title: z.string().trim().min(1).default('Paper Atlas'),
    /** One sentence for the home page and search engines. */
    description: z.string().default('A browsable, searchable taxonomy of research papers.'),
    /**
     * Corpus files or folders (every visible file of a folder is read, in name order), relative to
     * the project. Listing dumps, BibTeX, JSON, JSON Lines, CSV, TSV and arXiv Atom can be mixed.
     */
    corpus: z
      .union([z.string().min(1), z.array(z.string().min(1)).nonempty()])
      .default(['content/corpus'])
      .transform((value) => (typeof value === 'string' ? [value] : [...value])),
    /** The topic vocabulary. */
    taxonomy: z.string().min(1).default('content/taxonomy.yaml'),
    /** The named terms of every vocabulary facet (src/model/facets.ts), and the methods. */
    vocabulary: z.string().min(1).default('content/vocabulary.yaml'),
    /** Where the atlas is hosted, for canonical URLs, e.g. `https://lab.example.org`. */
    site: z.string().url().default('https://paper-atlas.example.org'),
    /** The folder of the site under `site`, e.g. `/atlas/`. */
    base: z.string().startsWith('/', { message: 'a path starting with "/"' }).default('/'),
    /**
     * Stop the build on a corpus entry that cannot be read as written (a bare `$` in a BibTeX value,
     * a row that is not JSON). By default such a character is read as itself and such an entry is
     * skipped, each with a warning naming the file and line.
     */
    strict: z.boolean().default(false),
  })
  .strict();

/** What `atlas.config.ts` exports, as written (every field optional). */
export type AtlasConfigInput = z.input<typeof atlasConfigSchema>;
/** The configuration with defaults filled in. */
export type AtlasConfig = z.output<typeof atlasConfigSchema>;

/** Types the configuration in `atlas.config.ts` so an editor completes and checks its fields. */
export function defineAtlasConfig(config: AtlasConfigInput): AtlasConfigInput {
  return config;
}

/** Thrown for an invalid configuration; its message names each field, what was expected and what was received. */
export class AtlasConfigError extends Error {
  declare readonly issues: string[];

  constructor(file: string, issues: string[]) {
    super(`${file} is not a valid atlas configuration:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'AtlasConfigError';
    // The configuration is the user's to fix, not the code: Node prints an uncaught error's stack and
    // enumerable fields, and both would only bury the message.
    this.stack = `${this.name}: ${this.message}`;
    Object.defineProperty(this, 'issues', { value: issues, enumerable: false });
  }
}

function valueAt(input: unknown, path: ReadonlyArray<string | number>): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[key] : undefined,
    input,
  );
}

function received(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : `an array ${JSON.stringify(value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

function describeIssue(issue: z.ZodIssue, input: unknown): string {
  const field = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the configuration';
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(atlasConfigSchema.shape).join(', ');
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: expected one of ${known}`;
    }
    case 'invalid_type':
      return `${field}: expected ${issue.expected}, received ${received(value)}`;
    case 'invalid_union':
      return `${field}: expected a path or an array of paths, received ${received(value)}`;
    case 'invalid_string':
      return `${field}: expected ${issue.validation === 'url' ? 'a full URL such as "https://lab.example.org"' : issue.message}, received ${received(value)}`;
    case 'too_small':
      return `${field}: expected ${issue.type === 'array' ? 'at least one path' : 'a non-empty string'}, received ${received(value)}`;
    default:
      return `${field}: ${issue.message}, received ${received(value)}`;
  }
}

/**
 * Validates the configuration exported by `atlas.config.ts` and fills in defaults. Throws an
 * {@link AtlasConfigError} naming every wrong field.
 */
export function parseAtlasConfig(input: unknown, file = 'atlas.config.ts'): AtlasConfig {
  const result = atlasConfigSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new AtlasConfigError(
    file,
    result.error.issues.map((issue) => describeIssue(issue, input)),
  );
}
