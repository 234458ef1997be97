/**
 * Views of a dataset's pages (src/pages/datasets/): the results the atlas's papers claim on it,
 * under a heading for each measure, over numbered pages (src/lib/list-pages.ts) so that a dataset
 * every paper reports on (ImageNet, COCO) does not grow with the corpus: `/datasets/<slug>/` is the
 * first page and `/datasets/<slug>/page/<n>/` the later ones.
 */
import {
  headedCount,
  headedListPage,
  laterPageNumbers,
  listPageSize,
  type HeadedItems,
  type ListPagination,
} from '../list-pages';
import type { DatasetRecord, LedgerRow, MetricGroup } from '../results-ledger';
import { claimRow, type ClaimRow } from './parts';

/** The rows of one measure on one page of a dataset's results. */
export interface DatasetMeasure {
  metric: string | null;
  direction: MetricGroup['direction'];
  /** The measure's rows on every page. */
  total: number;
  /** Its first rows are on an earlier page. */
  continued: boolean;
  rows: ClaimRow[];
}

/** Everything a page of a dataset's results renders besides its templates. */
export interface DatasetPageView {
  dataset: Pick<DatasetRecord, 'slug' | 'label'>;
  /** How many papers claim a result on it, on every page. */
  papers: number;
  /** The measures with rows on this page, in the dataset's order. */
  measures: DatasetMeasure[];
  pagination: ListPagination;
}

type Measure = Pick<MetricGroup, 'metric' | 'direction'>;

function measureLists(dataset: DatasetRecord): Array<HeadedItems<Measure, LedgerRow>> {
  return dataset.groups.map(({ metric, direction, rows }) => ({ heading: { metric, direction }, items: rows }));
}

/** The view of page `page` (from 1) of a dataset's results, cut into pages of `listPageSize('dataset')` rows. */
export function datasetPageView(dataset: DatasetRecord, page: number): DatasetPageView {
  const { groups, pagination } = headedListPage(measureLists(dataset), page, listPageSize('dataset'));
  return {
    dataset: { slug: dataset.slug, label: dataset.label },
    papers: dataset.papers.length,
    measures: groups.map(({ heading, items, total, continued }) => ({
      ...heading,
      total,
      continued,
      rows: items.map(claimRow),
    })),
    pagination,
  };
}

/** Pages 2 and on of every dataset's results: which dataset and which page, before any view is made. */
export function datasetListPages(datasets: readonly DatasetRecord[]): Array<{ dataset: DatasetRecord; page: number }> {
  return datasets.flatMap((dataset) =>
    laterPageNumbers(headedCount(measureLists(dataset)), listPageSize('dataset')).map((page) => ({ dataset, page })),
  );
}
