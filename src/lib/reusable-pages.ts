/**
 * The static paths of the routes a build can take from the site it replaces: paper, topic,
 * method and dataset pages, and the `.bib` files of topics and methods. Each page's only props are its view (src/lib/page-views/), and the view is what
 * `pagesToRender` digests, so what a page renders and what decides its reuse cannot drift apart.
 * A route listed here must render from `Astro.props.view` alone (tests/unit/reusable-pages.test.ts).
 */
import { getCatalog, getDatasets, getGlossary, getPapers, graphLinks } from './atlas';
import { bibtexFile, hasOwnBibFile, methodPaperSlugs } from './citation/atlas-citations';
import { pagesToRender } from './page-reuse';
import type { ListPagination } from './list-pages';
import {
  glossaryPageViews,
  methodListPageViews,
  methodsIndexPageViews,
  papersIndexPageViews,
  methodPageView,
  paperPageView,
  topicListPageViews,
  topicPageViews,
} from './page-views';

function reusablePaths<V, P extends string>(folder: string, param: P, views: V[], segmentOf: (view: V) => string) {
  return pagesToRender(views, (view) => `${folder}/${segmentOf(view)}/index.html`).map((view) => ({
    params: { [param]: segmentOf(view) } as Record<P, string>,
    props: { view },
  }));
}

/** `src/pages/papers/[slug].astro`. */
export async function paperPagePaths() {
  const [pages, catalog] = await Promise.all([getPapers(), getCatalog()]);
  const views = pages.map((page) => paperPageView(page, catalog, graphLinks));
  return reusablePaths('papers', 'slug', views, (view) => view.id);
}

/** `src/pages/topics/[id].astro`. */
export async function topicPagePaths() {
  const views = topicPageViews(await getCatalog(), graphLinks);
  return reusablePaths('topics', 'id', views, (view) => view.topic.id);
}

/** The later pages of lists (`<folder>/<segment>/page/<n>/`), each segment the list's own page. */
function laterListPaths<V, P extends string>(
  folder: string,
  param: P,
  views: V[],
  segmentOf: (view: V) => string,
  pageOf: (view: V) => number,
) {
  const fileOf = (view: V) => `${folder}/${segmentOf(view)}/page/${pageOf(view)}/index.html`;
  return pagesToRender(views, fileOf).map((view) => ({
    params: { [param]: segmentOf(view), page: String(pageOf(view)) } as Record<P | 'page', string>,
    props: { view },
  }));
}

/** `src/pages/topics/[id]/page/[page].astro`: pages 2 and on of each topic's list of papers. */
export async function topicListPagePaths() {
  const views = topicListPageViews(await getCatalog());
  return laterListPaths(
    'topics',
    'id',
    views,
    (view) => view.topic.id,
    (view) => view.pagination.page,
  );
}

/** `src/pages/methods/[slug].astro`. */
export async function methodPagePaths() {
  const catalog = await getCatalog();
  const views = catalog.methods.map((method) => methodPageView(method, catalog, graphLinks));
  return reusablePaths('methods', 'slug', views, (view) => view.method.slug);
}

/** `src/pages/methods/[slug]/page/[page].astro`: pages 2 and on of each method's list of papers. */
export async function methodListPagePaths() {
  const views = methodListPageViews(await getCatalog());
  return laterListPaths(
    'methods',
    'slug',
    views,
    (view) => view.method.slug,
    (view) => view.papers.pagination.page,
  );
}

/** The later pages (`<folder>/page/<n>/`) of one of the site's lists, given the views of all its pages. */
function laterPagesOf<V extends { pagination: ListPagination }>(folder: string, views: V[]) {
  const pageOf = (view: V) => String(view.pagination.page);
  return pagesToRender(views.slice(1), (view) => `${folder}/page/${pageOf(view)}/index.html`).map((view) => ({
    params: { page: pageOf(view) },
    props: { view },
  }));
}

/**
 * `src/pages/datasets/[slug].astro`: a dataset's record (its claimed results) is its view. Nearly a
 * thousand pages at 10,000 papers, few of which a day's papers change.
 */
export async function datasetPagePaths() {
  return reusablePaths('datasets', 'slug', await getDatasets(), (dataset) => dataset.slug);
}

/** The view of a `.bib` file: its text, since each paper's entry is written once per build anyway. */
export interface BibFileView {
  segment: string;
  bibtex: string;
}

function reusableBibFiles<P extends string>(folder: string, param: P, views: BibFileView[]) {
  return pagesToRender(views, (view) => `${folder}/${view.segment}/papers.bib`).map((view) => ({
    params: { [param]: view.segment } as Record<P, string>,
    props: { view },
  }));
}

/** `src/pages/papers/page/[page].astro`: pages 2 and on of the list of all papers. */
export async function papersIndexPagePaths() {
  return laterPagesOf('papers', papersIndexPageViews(await getCatalog()));
}

/** `src/pages/methods/page/[page].astro`: pages 2 and on of the list of all methods. */
export async function methodsIndexPagePaths() {
  return laterPagesOf('methods', methodsIndexPageViews(await getCatalog()));
}

/** `src/pages/glossary/page/[page].astro`: pages 2 and on of the glossary. */
export async function glossaryPagePaths() {
  const [glossary, catalog] = await Promise.all([getGlossary(), getCatalog()]);
  return laterPagesOf('glossary', glossaryPageViews(glossary, catalog));
}

/**
 * `src/pages/methods/[slug]/papers.bib.ts`: the papers a method page lists, without abstracts (see
 * `bibtexFile`), for the methods with a file of their own (`hasOwnBibFile`).
 */
export async function methodBibPaths() {
  const catalog = await getCatalog();
  const views = catalog.methods.filter(hasOwnBibFile).map((method) => ({
    segment: method.slug as string,
    bibtex: bibtexFile(catalog, methodPaperSlugs(method), { abstracts: false }),
  }));
  return reusableBibFiles('methods', 'slug', views);
}

/** `src/pages/topics/[id]/papers.bib.ts`: a topic's papers, its subtopics' included, as its page counts them. */
export async function topicBibPaths() {
  const catalog = await getCatalog();
  const views = catalog.topics
    .filter((topic) => topic.papers.length > 0)
    .map((topic) => ({ segment: topic.id as string, bibtex: bibtexFile(catalog, topic.papers, { abstracts: false }) }));
  return reusableBibFiles('topics', 'id', views);
}
