import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../lib/atlas';
import { bibtexFile, hasOwnBibFile, methodPaperSlugs } from '../../../lib/citation/atlas-citations';

/**
 * The papers a method page lists (introducing, building on, comparing with, using, naming it) as
 * BibTeX, without their abstracts (see `bibtexFile`); only for pages listing two papers or more
 * (see `hasOwnBibFile`).
 */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.methods.filter(hasOwnBibFile).map((method) => ({ params: { slug: method.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const catalog = await getCatalog();
  const method = catalog.methodBySlug.get(params.slug as string);
  return new Response(bibtexFile(catalog, method ? methodPaperSlugs(method) : [], { abstracts: false }), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
