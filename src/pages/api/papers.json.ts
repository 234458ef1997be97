import type { APIRoute } from 'astro';
import { getCatalog, paperUrl } from '../../lib/atlas';

/** Every paper with its tags and relations: the atlas as data, for tools and for checking the site. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const papers = catalog.papers.map((paper) => ({
    slug: paper.slug,
    url: paperUrl(paper.slug),
    title: paper.title,
    name: paper.name,
    authors: paper.authors ?? [],
    year: paper.year ?? null,
    date: paper.date ?? null,
    arxivId: paper.arxivId ?? null,
    doi: paper.doi ?? null,
    sourceUrl: paper.url ?? null,
    venue: paper.venue ?? null,
    abstract: paper.abstract,
    topics: paper.topics,
    methods: paper.methods,
    tasks: paper.tasks,
    modalities: paper.modalities,
    models: paper.models,
    datasets: paper.datasets,
    links: paper.links,
    relations: paper.relations.map(({ type, target, targetSlug, evidence }) => ({
      type,
      target,
      targetSlug,
      evidence,
    })),
  }));
  return new Response(JSON.stringify(papers, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
