import { base as configuredBase } from 'astro:config/client';
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from './catalog';

let catalog: Promise<Catalog> | undefined;

/** The whole atlas, built once per build from the collections and shared by every page. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= (async () => {
    const [papers, topics, methodTerms] = await Promise.all([getCollection('papers'), getCollection('topics'), getCollection('methodTerms')]);
    return buildCatalog(
      papers.map((entry) => entry.data),
      topics.map((entry) => entry.data),
      methodTerms.map((entry) => entry.data),
    );
  })();
  return catalog;
}

/** A site path under the configured base: `url('/papers/x/')` → `/atlas/papers/x/`. */
export function url(path: string): string {
  // From the configuration itself: `import.meta.env.BASE_URL` yields to a BASE_URL environment variable.
  const base = configuredBase.replace(/\/$/u, '');
  return `${base}${path}`;
}

export const paperUrl = (slug: string) => url(`/papers/${slug}/`);
export const topicUrl = (id: string) => url(`/topics/${id}/`);
export const methodUrl = (slug: string) => url(`/methods/${slug}/`);

/** The site's URL builders, for graph helpers that must not import Astro (src/lib/method-graph.ts). */
export const graphLinks = { method: methodUrl, paper: paperUrl, topic: topicUrl };
