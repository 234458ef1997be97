import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getAbstractHtml, getCatalog } from '../../../lib/atlas';
import { atomXml } from '../../../lib/atom';
import { atlasUpdated, paperFeed } from '../../../lib/feeds';
import { atlasPaths } from '../../../lib/paths';

export const getStaticPaths: GetStaticPaths = async () => {
  const topics = await getCollection('topics');
  return topics.map((entry) => ({ params: { id: entry.id } }));
};

/** The Atom feed of one topic: the papers tagged with it or a subtopic. */
export const GET: APIRoute = async ({ params }) => {
  const catalog = await getCatalog();
  const topic = catalog.topicById.get(params.id as string)!;
  const rendered = await getAbstractHtml();
  const feed = paperFeed({
    title: `Paper Atlas: ${topic.label}`,
    subtitle: topic.description || undefined,
    pagePath: `/topics/${topic.id}/`,
    feedPath: `/topics/${topic.id}/feed.xml`,
    papers: topic.papers.map((slug) => catalog.paperBySlug.get(slug)!),
    catalog,
    abstractHtml: (slug) => rendered.get(slug),
    updated: atlasUpdated(atlasPaths.corpus),
  });
  return new Response(atomXml(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
