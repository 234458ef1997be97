import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../lib/atlas';
import { bibtexFile } from '../../../lib/citation/atlas-citations';

/**
 * A topic's papers (its subtopics' included, as its page counts them) as BibTeX, without their
 * abstracts (see `bibtexFile`).
 */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.topics.filter((topic) => topic.papers.length > 0).map((topic) => ({ params: { id: topic.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const catalog = await getCatalog();
  const topic = catalog.topicById.get(params.id as string);
  return new Response(bibtexFile(catalog, topic?.papers ?? [], { abstracts: false }), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
