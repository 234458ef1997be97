import type { APIRoute } from 'astro';
import { topicFeedPaths, type FileView } from '../../../lib/reusable-pages';

/**
 * The Atom feed of one topic: the newest papers tagged with it or a subtopic. A feed whose text did
 * not change is taken from the previous site.
 */
export function getStaticPaths() {
  return topicFeedPaths();
}

export const GET: APIRoute<{ view: () => FileView }> = ({ props }) =>
  new Response(props.view().text, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
