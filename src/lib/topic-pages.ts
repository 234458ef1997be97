/**
 * A topic's papers listed over numbered pages (src/lib/list-pages.ts `stableListPages`), so that
 * no topic page grows with the corpus: the topic's own URL (`/topics/<id>/`) is its first page and
 * stays so, with the newest papers; later pages are `/topics/<id>/page/<n>/`, older papers.
 */
import { listPagePath, listPageSize, type ListPagination } from './list-pages';

/** The papers per topic page of this build: `ATLAS_TOPIC_PAGE_SIZE` when set (tests build small fixtures), else `LIST_PAGE_SIZES.topic`. */
export function topicPageSize(env: NodeJS.ProcessEnv = process.env): number {
  return listPageSize('topic', env);
}

/** Where a page of a topic's list stands among the others. */
export type TopicPagination = ListPagination;

/** The site path of a page of a topic's list, from the site root. */
export function topicPagePath(id: string, page: number): string {
  return listPagePath(`/topics/${id}/`, page);
}
