/**
 * Branded strings for the identities that appear in URLs, and the guards that make them. Data
 * enters the atlas from YAML (taxonomy, slug registry), MDX frontmatter and JSON; each of those
 * readers checks a value with a guard here before it is used as a slug or an id, so a raw title
 * can never stand where a URL segment is expected.
 */

/** A URL path segment for a paper page. */
export type Slug = string & { readonly __brand: 'Slug' };

/** The id of a topic in `content/taxonomy.yaml` (also its URL segment). */
export type TopicId = string & { readonly __brand: 'TopicId' };

/** The key of a method: its name as a URL segment (`Sparse MeZO` → `sparse-mezo`). */
export type MethodId = string & { readonly __brand: 'MethodId' };

/** Lower-case ASCII words joined by single hyphens: what every URL segment of the atlas is. */
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

const isKebabCase = (value: unknown): value is string => typeof value === 'string' && KEBAB_CASE.test(value);

export const isSlug = (value: unknown): value is Slug => isKebabCase(value);
export const isTopicId = (value: unknown): value is TopicId => isKebabCase(value);
export const isMethodId = (value: unknown): value is MethodId => isKebabCase(value);

/** What a guard expects, in words, for error messages. */
export const KEBAB_CASE_EXPECTED =
  'lower-case letters and digits in words joined by single hyphens, e.g. "sparse-mezo"';

/** A value that failed a guard where data entered the atlas. */
export class BrandError extends Error {
  constructor(kind: string, value: unknown, where: string) {
    super(`${where}: ${JSON.stringify(value)} is not a ${kind} (expected ${KEBAB_CASE_EXPECTED})`);
    this.name = 'BrandError';
  }
}

function brand<T extends string>(guard: (value: unknown) => value is T, kind: string) {
  return (value: unknown, where: string): T => {
    if (!guard(value)) throw new BrandError(kind, value, where);
    return value;
  };
}

/** Checks a value read from a file and gives it the brand, or throws naming the file. */
export const toSlugBrand = brand(isSlug, 'slug');
export const toTopicId = brand(isTopicId, 'topic id');
export const toMethodId = brand(isMethodId, 'method id');
