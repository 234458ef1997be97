import type { APIRoute } from 'astro';
import { methodBibPaths, type FileView } from '../../../lib/reusable-pages';

/**
 * The papers a method page lists (introducing, building on, comparing with, using, naming it) as
 * BibTeX, without their abstracts; only for pages listing two papers or more (see
 * `methodBibPaths`). A file whose text did not change is taken from the previous site.
 */
export function getStaticPaths() {
  return methodBibPaths();
}

export const GET: APIRoute<{ view: () => FileView }> = ({ props }) =>
  new Response(props.view().text, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
