/**
 * What pages show of the atlas around them, as plain data: the parts the views of
 * src/lib/page-views/ are made of, and the props of the components that render them.
 */
import type { Catalog, PaperRecord, TopicRecord } from '../catalog';
import { paperGist } from '../gist';
import type { LedgerRow } from '../results-ledger';
import { datasetSlug } from '../results-ledger';

/** A topic as a link: what breadcrumbs, chips and subtopic lists show of it. */
export interface TopicLink {
  id: string;
  label: string;
}

export const topicLink = ({ id, label }: TopicRecord): TopicLink => ({ id, label });

/** A topic tag with its place in the taxonomy (src/components/TopicChips.astro). */
export interface TopicChip extends TopicLink {
  /** Its ancestors, root first. */
  ancestors: TopicLink[];
  /** The phrase of the abstract the tag was read from. */
  phrase?: string;
  /** The extractor was unsure of the tag (src/model/confidence.ts). */
  tentative?: boolean;
  /** A curator added or confirmed the tag. */
  curated?: boolean;
}

/** A topic id as a chip; an id the taxonomy does not know is its own label. */
export function topicChip(
  id: string,
  catalog: Pick<Catalog, 'topicById'>,
  phrase?: string,
  curated = false,
): TopicChip {
  const topic = catalog.topicById.get(id);
  return {
    id,
    label: topic?.label ?? id,
    ancestors: topic?.ancestors.map(topicLink) ?? [],
    ...(phrase === undefined ? {} : { phrase }),
    ...(curated ? { curated } : {}),
  };
}

/** How many topics a paper list names for each paper; the rest are counted. */
const TOPICS_SHOWN = 3;

/** A paper as lists of papers show it (src/components/PaperList.astro). */
export interface PaperListItem {
  slug: string;
  title: string;
  /** The method it introduces. */
  name: string | null;
  /** The labels of its first topics. */
  topics: string[];
  /** How many of its topics are not named. */
  moreTopics: number;
  /** Its one-line gist, on lists that show one. */
  gist?: string;
}

export function paperListItem(
  paper: PaperRecord,
  catalog: Pick<Catalog, 'topicById'>,
  options: { gist?: boolean } = {},
): PaperListItem {
  return {
    slug: paper.slug,
    title: paper.title,
    name: paper.name,
    topics: paper.topics.slice(0, TOPICS_SHOWN).map((id) => catalog.topicById.get(id)?.label ?? id),
    moreTopics: Math.max(0, paper.topics.length - TOPICS_SHOWN),
    ...(options.gist ? { gist: paperGist(paper.abstract) } : {}),
  };
}

/** List items of papers by slug, leaving out slugs the catalog does not hold. */
export function paperListItems(
  slugs: readonly string[],
  catalog: Pick<Catalog, 'topicById' | 'paperBySlug'>,
  options: { gist?: boolean } = {},
): PaperListItem[] {
  return slugs.flatMap((slug) => {
    const paper = catalog.paperBySlug.get(slug);
    return paper ? [paperListItem(paper, catalog, options)] : [];
  });
}

/** A claimed result as the tables of topic, method and dataset pages show it (src/components/ResultsTable.astro). */
export interface ClaimRow {
  paper: { slug: string; title: string };
  method: string | null;
  metric: string | null;
  value: string;
  kind: string;
  dataset: string | null;
  datasetSlug: string | null;
  comparator: string | null;
}

export function claimRow({ paper, method, claim }: LedgerRow): ClaimRow {
  return {
    paper,
    method,
    metric: claim.metric,
    value: claim.value,
    kind: claim.kind,
    dataset: claim.dataset,
    datasetSlug: claim.dataset && claim.kind !== 'other' ? datasetSlug(claim.dataset) : null,
    comparator: claim.comparator,
  };
}
