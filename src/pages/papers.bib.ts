import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/atlas';
import { bibtexFile } from '../lib/citation/atlas-citations';

/** Every paper of the atlas as BibTeX, in title order: read as a corpus, it gives the same papers back. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const text = bibtexFile(
    catalog,
    catalog.papers.map((paper) => paper.slug),
    { abstracts: true },
  );
  return new Response(text, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
