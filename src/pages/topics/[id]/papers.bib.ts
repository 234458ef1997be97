import type { APIRoute } from 'astro';
import { topicBibPaths, type FileView } from '../../../lib/reusable-pages';

/**
 * A topic's papers (its subtopics' included, as its page counts them) as BibTeX, without their
 * abstracts (see `topicBibPaths`). A file whose text did not change is taken from the previous site.
 */
export function getStaticPaths() {
  return topicBibPaths();
}

export const GET: APIRoute<{ view: () => FileView }> = ({ props }) =>
  new Response(props.view().text, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
