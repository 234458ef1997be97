/**
 * The static paths of the routes a build can take from the site it replaces: paper, topic,
 * method and dataset pages, and the `.bib` files of topics and methods. Each page's only props are its view (src/lib/page-views/), and the view is what
 * `pagesToRender` digests, so what a page renders and what decides its reuse cannot drift apart.
 * A route listed here must render from `Astro.props.view` alone (tests/unit/reusable-pages.test.ts).
 */
import { getCatalog, getDatasets, getPapers, graphLinks } from './atlas';
import { bibtexFile, hasOwnBibFile, methodPaperSlugs } from './citation/atlas-citations';
import { pagesToRender } from './page-reuse';
import { methodPageView, paperPageView, topicListPageViews, topicPageViews } from './page-views';

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

/** `src/pages/topics/[id]/page/[page].astro`: pages 2 and on of each topic's list of papers. */
export async function topicListPagePaths() {
  const views = topicListPageViews(await getCatalog());
  const pathOf = (view: (typeof views)[number]) => `topics/${view.topic.id}/page/${view.pagination.page}/index.html`;
  return pagesToRender(views, pathOf).map((view) => ({
    params: { id: view.topic.id, page: String(view.pagination.page) },
    props: { view },
  }));
}

/** `src/pages/methods/[slug].astro`. */
export async function methodPagePaths() {
  const catalog = await getCatalog();
  const views = catalog.methods.map((method) => methodPageView(method, catalog, graphLinks));
  return reusablePaths('methods', 'slug', views, (view) => view.method.slug);
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
