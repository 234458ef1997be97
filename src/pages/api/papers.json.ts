import type { APIRoute } from 'astro';
import { getCatalog, paperUrl } from '../../lib/atlas';
import { FACET_NAMES } from '../../model/facets';

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
    ...Object.fromEntries(FACET_NAMES.map((name) => [name, paper[name]])),
    // How sure each tag is, 0–1, by facet and value (src/model/confidence.ts).
    confidence: paper.confidence,
    links: paper.links,
    relations: paper.relations.map(({ type, target, sizes, targetSlug, evidence, confidence, source }) => ({
      type,
      target,
      // The model's sizes the abstract names ("7B", "70B"), when it names any.
      ...(sizes && { sizes }),
      targetSlug,
      evidence,
      confidence,
      source,
    })),
    results: paper.results,
    // What a curator set in content/curation.yaml: the fields, and each facet's added or confirmed values.
    curated: paper.curated,
    curatedTags: paper.curatedTags,
  }));
  return new Response(JSON.stringify(papers, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
