/**
 * The static paths of the routes a build can take from the site it replaces: paper, topic,
 * method and dataset pages, and the `.bib` files of topics and methods. Each page's only prop is
 * `view`, a function that makes its view (src/lib/page-views/), and that view is what
 * `pagesToRender` digests, so what a page renders and what decides its reuse cannot drift apart.
 * A route listed here must render from `Astro.props.view()` alone (tests/unit/reusable-pages.test.ts).
 *
 * Astro keeps every route's static paths, props included, until the last page is written: a view
 * in the props would keep every page's view (about 15 KB a paper page) in memory for the whole
 * build. The view is made when its page renders instead, and once more here to digest it.
 */
import { getAbstractHtml, getCatalog, getDatasets, getGlossary, getPaperDates, getPapers, graphLinks } from './atlas';
import { atomXml } from './atom';
import { topicFeed } from './feeds';
import { bibtexFile, hasOwnBibFile, methodPaperSlugs } from './citation/atlas-citations';
import { pagesToRender } from './page-reuse';
import { aheadHasRoom, drawAhead } from './diagram-cache';
import { diagramParts, isDrawn, type DiagramView } from './method-graph';
import type { ListPagination } from './list-pages';
import {
  datasetListPages,
  datasetPageView,
  datasetsIndexPageViews,
  glossaryPageViews,
  methodListPages,
  methodListPageView,
  methodsIndexPageViews,
  papersIndexPageViews,
  methodPageView,
  paperPageView,
  topicListPages,
  topicListPageView,
  topicPageView,
} from './page-views';

/** A page of a route: its URL parameters, and how to make its view (as often as asked, the same each time). */
interface LazyPage<P extends string, V> {
  params: Record<P, string>;
  view: () => V;
}

/** The static paths of the pages to render: each with its view as a function, made when the page renders. */
function lazyPaths<P extends string, V>(
  pages: LazyPage<P, V>[],
  fileOf: (params: Record<P, string>) => string,
  onRender?: (view: V) => void,
) {
  return pagesToRender(
    pages,
    (page) => fileOf(page.params),
    (page) => page.view(),
    onRender,
  ).map((page) => ({ params: page.params, props: { view: page.view } }));
}

/** Pages `<folder>/<segment>/`, one for each of `items`. */
function reusablePaths<T, P extends string, V>(
  folder: string,
  param: P,
  items: readonly T[],
  segmentOf: (item: T) => string,
  viewOf: (item: T) => V,
  onRender?: (view: V) => void,
) {
  const pages = items.map((item) => ({
    params: { [param]: segmentOf(item) } as Record<P, string>,
    view: () => viewOf(item),
  }));
  return lazyPaths(pages, (params) => `${folder}/${params[param]}/index.html`, onRender);
}

/**
 * Hands the diagram a page will draw to the layout worker as soon as the route knows the page will
 * render, so the worker draws the route's diagrams in order while the pages before them render.
 * With the queue full the page draws its own as it renders, and its diagram is not split here.
 */
const drawDiagramAhead = (view: { diagram: DiagramView }) => {
  if (isDrawn(view.diagram) && aheadHasRoom()) drawAhead(diagramParts(view.diagram.graph));
};

/** `src/pages/papers/[slug].astro`. */
export async function paperPagePaths() {
  const [pages, catalog] = await Promise.all([getPapers(), getCatalog()]);
  return reusablePaths(
    'papers',
    'slug',
    pages,
    (page) => page.id,
    (page) => paperPageView(page, catalog, graphLinks),
    drawDiagramAhead,
  );
}

/** `src/pages/topics/[id].astro`. */
export async function topicPagePaths() {
  const catalog = await getCatalog();
  return reusablePaths(
    'topics',
    'id',
    catalog.topics,
    (topic) => topic.id,
    (topic) => topicPageView(topic, catalog, graphLinks),
    drawDiagramAhead,
  );
}

/** The later pages of lists (`<folder>/<segment>/page/<n>/`), each segment the list's own page. */
function laterListPaths<T, P extends string, V>(
  folder: string,
  param: P,
  items: readonly T[],
  segmentOf: (item: T) => string,
  pageOf: (item: T) => number,
  viewOf: (item: T) => V,
) {
  const pages = items.map((item) => ({
    params: { [param]: segmentOf(item), page: String(pageOf(item)) } as Record<P | 'page', string>,
    view: () => viewOf(item),
  }));
  return lazyPaths(pages, (params) => `${folder}/${params[param]}/page/${params.page}/index.html`);
}

/** `src/pages/topics/[id]/page/[page].astro`: pages 2 and on of each topic's list of papers. */
export async function topicListPagePaths() {
  const catalog = await getCatalog();
  return laterListPaths(
    'topics',
    'id',
    topicListPages(catalog),
    ({ topic }) => topic.id,
    ({ page }) => page,
    ({ topic, page }) => topicListPageView(topic, page, catalog),
  );
}

/** `src/pages/methods/[slug].astro`. */
export async function methodPagePaths() {
  const catalog = await getCatalog();
  return reusablePaths(
    'methods',
    'slug',
    catalog.methods,
    (method) => method.slug,
    (method) => methodPageView(method, catalog, graphLinks),
    drawDiagramAhead,
  );
}

/** `src/pages/methods/[slug]/page/[page].astro`: pages 2 and on of each method's list of papers. */
export async function methodListPagePaths() {
  const catalog = await getCatalog();
  return laterListPaths(
    'methods',
    'slug',
    methodListPages(catalog),
    ({ method }) => method.slug,
    ({ page }) => page,
    ({ method, page }) => methodListPageView(method, page, catalog),
  );
}

/**
 * The later pages (`<folder>/page/<n>/`) of one of the site's lists, given the views of all its
 * pages: a list's pages are cut and lettered together, and hold a line per paper or method, not its page.
 */
function laterPagesOf<V extends { pagination: ListPagination }>(folder: string, views: V[]) {
  const pages = views.slice(1).map((view) => ({ params: { page: String(view.pagination.page) }, view: () => view }));
  return lazyPaths(pages, (params) => `${folder}/page/${params.page}/index.html`);
}

/**
 * `src/pages/datasets/[slug].astro`: the first page of a dataset's claimed results. Nearly a
 * thousand pages at 10,000 papers, few of which a day's papers change.
 */
export async function datasetPagePaths() {
  return reusablePaths(
    'datasets',
    'slug',
    await getDatasets(),
    (dataset) => dataset.slug,
    (dataset) => datasetPageView(dataset, 1),
  );
}

/** `src/pages/datasets/[slug]/page/[page].astro`: pages 2 and on of each dataset's claimed results. */
export async function datasetListPagePaths() {
  return laterListPaths(
    'datasets',
    'slug',
    datasetListPages(await getDatasets()),
    ({ dataset }) => dataset.slug,
    ({ page }) => page,
    ({ dataset, page }) => datasetPageView(dataset, page),
  );
}

/**
 * The view of a file that is not a page (a `.bib` file, a feed): its text, since what it is made
 * of (each paper's BibTeX entry, each abstract's HTML) is made once per build anyway.
 */
export interface FileView {
  segment: string;
  text: string;
}

/** Files `<folder>/<segment>/<name>`, one for each of `items`. */
function reusableFiles<T, P extends string>(
  folder: string,
  param: P,
  name: string,
  items: readonly T[],
  segmentOf: (item: T) => string,
  textOf: (item: T) => string,
) {
  const pages = items.map((item) => ({
    params: { [param]: segmentOf(item) } as Record<P, string>,
    view: (): FileView => ({ segment: segmentOf(item), text: textOf(item) }),
  }));
  return lazyPaths(pages, (params) => `${folder}/${params[param]}/${name}`);
}

/** `src/pages/papers/page/[page].astro`: pages 2 and on of the list of all papers. */
export async function papersIndexPagePaths() {
  return laterPagesOf('papers', papersIndexPageViews(await getCatalog()));
}

/** `src/pages/methods/page/[page].astro`: pages 2 and on of the list of all methods. */
export async function methodsIndexPagePaths() {
  return laterPagesOf('methods', methodsIndexPageViews(await getCatalog()));
}

/** `src/pages/datasets/page/[page].astro`: pages 2 and on of the list of all datasets. */
export async function datasetsIndexPagePaths() {
  return laterPagesOf('datasets', datasetsIndexPageViews(await getDatasets()));
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
  return reusableFiles(
    'methods',
    'slug',
    'papers.bib',
    catalog.methods.filter(hasOwnBibFile),
    (method) => method.slug,
    (method) => bibtexFile(catalog, methodPaperSlugs(method), { abstracts: false }),
  );
}

/** `src/pages/topics/[id]/papers.bib.ts`: a topic's papers, its subtopics' included, as its page counts them. */
export async function topicBibPaths() {
  const catalog = await getCatalog();
  return reusableFiles(
    'topics',
    'id',
    'papers.bib',
    catalog.topics.filter((topic) => topic.papers.length > 0),
    (topic) => topic.id,
    (topic) => bibtexFile(catalog, topic.papers, { abstracts: false }),
  );
}

/**
 * `src/pages/topics/[id]/feed.xml.ts`: the Atom feed of a topic's newest papers. A feed is dated by
 * its entries (`topicFeed`), so one whose papers did not change is the same file, and reused.
 */
export async function topicFeedPaths() {
  const [catalog, abstracts, dates] = await Promise.all([getCatalog(), getAbstractHtml(), getPaperDates()]);
  return reusableFiles(
    'topics',
    'id',
    'feed.xml',
    catalog.topics,
    (topic) => topic.id,
    (topic) => atomXml(topicFeed(topic, catalog, abstracts, dates)),
  );
}
