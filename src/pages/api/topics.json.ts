import type { APIRoute } from 'astro';
import { getCatalog, topicUrl } from '../../lib/atlas';

/**
 * The taxonomy with, for each topic, the papers tagged with it or with any of its subtopics:
 * `tentativeCount` counts the last of them, filed there only as a guess (their abstracts state no
 * topic), which the site's counts show apart.
 */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const topics = catalog.topics.map((topic) => ({
    id: topic.id,
    label: topic.label,
    parent: topic.parent,
    aliases: topic.aliases,
    url: topicUrl(topic.id),
    papers: topic.papers,
    tentativeCount: topic.tentativePapers.length,
  }));
  return new Response(JSON.stringify(topics, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
