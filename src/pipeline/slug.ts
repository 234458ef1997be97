import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { toSlugBrand } from '../model/brands';
import type { Slug } from './types';

/** Slugs from long titles are cut at a word boundary to stay readable in a link. */
const MAX_SLUG_LENGTH = 60;

/** A short, stable digest of a string, used where a slug needs a tiebreak that never changes. */
export function shortDigest(text: string, length = 8): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * Turns a name or title into a readable URL segment: `Sparse MeZO` → `sparse-mezo`,
 * `S^{2}FT` → `s2ft`. LaTeX markup is dropped rather than spelled out, so the slug reads like the name.
 * Returns an empty string when nothing readable is left (e.g. a title of emoji only).
 */
export function toSlug(text: string): string {
  const withoutLatex = text.replace(/\\[a-zA-Z]+/gu, ' ').replace(/[\^_{}$\\]/gu, '');
  const slug = slugify(withoutLatex, { decamelize: false });
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH);
}

/**
 * Segments the site's own routes put beside slugs: /papers/page/2/ is the second page of the papers
 * list, so a paper (or a method) called "PAGE" may not be /papers/page/: it would read as the list.
 */
export const ROUTE_SEGMENTS: ReadonlySet<string> = new Set(['page']);

/** A slug clear of the site's own route segments: the same, or with `-2` when it is one of them. */
export function clearOfRoutes(slug: string): string {
  return ROUTE_SEGMENTS.has(slug) ? `${slug}-2` : slug;
}

/** A published record of which paper (by key) holds which slug. */
export type SlugRegistry = ReadonlyMap<string, Slug>;

export interface SlugRequest {
  /** The paper's stable identity. */
  key: string;
  /** What the slug should read as: the method name if the paper has one, else its title. */
  preferred: string;
  /** Keys the paper was published under before (its title key, before it had an arXiv id or DOI). */
  formerKeys?: readonly string[];
}

/**
 * Gives every paper a unique slug that never moves once published.
 *
 * A paper already in the registry keeps its slug. A new paper gets the slug of its preferred text,
 * or, when that is taken by any paper past or present, the same with `-2`, `-3`, … in the order the
 * papers are given. Slugs of papers that left the corpus stay reserved so a published link never
 * comes to point at a different paper. A paper whose key changed (it gained an arXiv id or DOI)
 * keeps the slug of its former key, unless a paper present under that key holds it.
 * Returns the registry to publish next.
 */
export function assignSlugs(
  requests: readonly SlugRequest[],
  registry: SlugRegistry,
): { slugs: Map<string, Slug>; registry: Map<string, Slug> } {
  const next = new Map(registry);
  const taken = new Set<string>([...ROUTE_SEGMENTS, ...registry.values()]);
  const slugs = new Map<string, Slug>();
  const heldByPresentKey = new Set(requests.flatMap(({ key }) => registry.get(key) ?? []));
  const adopted = new Set<string>();

  for (const { key, preferred, formerKeys = [] } of requests) {
    const published = next.get(key);
    if (published !== undefined) {
      slugs.set(key, published);
      continue;
    }
    const former = formerKeys
      .map((formerKey) => registry.get(formerKey))
      .find((slug) => slug !== undefined && !heldByPresentKey.has(slug) && !adopted.has(slug));
    if (former !== undefined) {
      adopted.add(former);
      next.set(key, former);
      slugs.set(key, former);
      continue;
    }
    const base = toSlug(preferred) || `paper-${shortDigest(key)}`;
    let candidate = base;
    for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
    // slugify gives lower-case words joined by hyphens; the guard holds it to that.
    const slug = toSlugBrand(candidate, `the slug of ${key}`);
    taken.add(slug);
    next.set(key, slug);
    slugs.set(key, slug);
  }
  return { slugs, registry: next };
}
