import type { APIRoute } from 'astro';
import { getAbstractHtml, getCatalog, getPaperDates } from '../lib/atlas';
import { atomXml } from '../lib/atom';
import { paperFeed } from '../lib/feeds';

/** The Atom feed of the whole atlas: its newest papers. */
export const GET: APIRoute = async () => {
  const [catalog, rendered, dates] = await Promise.all([getCatalog(), getAbstractHtml(), getPaperDates()]);
  const feed = paperFeed({
    title: 'Paper Atlas',
    subtitle: `${catalog.papers.length} research papers, by topic and method.`,
    pagePath: '/',
    feedPath: '/feed.xml',
    papers: catalog.papers,
    catalog,
    abstractHtml: (slug) => rendered.get(slug),
    updatedOf: (slug) => dates.get(slug),
  });
  return new Response(atomXml(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
