import type { APIRoute } from 'astro';
import { getAbstractHtml, getCatalog } from '../lib/atlas';
import { atomXml } from '../lib/atom';
import { atlasUpdated, paperFeed } from '../lib/feeds';
import { atlasPaths } from '../lib/paths';

/** The Atom feed of the whole atlas: every paper. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const rendered = await getAbstractHtml();
  const feed = paperFeed({
    title: 'Paper Atlas',
    subtitle: `${catalog.papers.length} research papers, by topic and method.`,
    pagePath: '/',
    feedPath: '/feed.xml',
    papers: catalog.papers,
    catalog,
    abstractHtml: (slug) => rendered.get(slug),
    updated: atlasUpdated(atlasPaths.corpus),
  });
  return new Response(atomXml(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
