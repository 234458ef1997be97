import { buildMethods, type MethodRecord, type PaperRecord } from '../../lib/catalog';
import { methodsWithPages } from '../../lib/method-pages';
import { byText } from '../../lib/text-order';
import type { FilterFacet } from '../../model/facets';
import type { FacetValues } from '../shared/facets';
import type { DocPayload } from '../shared/index-format';
import { methodRecord, paperRecord, topicRecord, topicsOfList, type SearchRecord } from './records';
import { isSearched } from './searched-pages';

/** A paper as `api/papers.json` exports it (the methods it names are left out by some tests). */
export type ExportedPaper = Pick<
  PaperRecord,
  'slug' | 'title' | 'name' | 'abstract' | 'topics' | 'links' | 'relations' | FilterFacet
> &
  Partial<Pick<PaperRecord, 'methods' | 'results'>>;
/** A topic as `api/topics.json` exports it. */
export interface ExportedTopic {
  id: string;
  label: string;
  parent: string | null;
  aliases: string[];
}

/** A page as the atlas index knows it: what a result shows, the words of its topics, its facets. */
export interface SearchDocument extends DocPayload {
  /** Topic labels searched as their own field (papers: their own topics; topic pages: the lineage). */
  topicWords: string;
  facets: FacetValues;
}

/** A result's fields from a page's search record. */
function fromRecord(u: string, t: string, record: SearchRecord): DocPayload & { facets: FacetValues } {
  const document: DocPayload & { facets: FacetValues } = { u, t, k: record.kind, facets: record.facets };
  if (record.method) document.m = record.method;
  if (record.topics) document.p = record.topics;
  return document;
}

/**
 * The methods with a page (src/lib/method-pages.ts), found from the site's JSON export as the
 * catalog finds them: papers in title order, so each method is spelled as on its page, and with
 * the methods papers name, which count towards a page.
 */
export function methodPagesOf(papers: readonly ExportedPaper[]): MethodRecord[] {
  const records = papers
    .map(
      (paper) =>
        ({ methods: [], ...paper, models: [], datasets: [], keyphrases: [], evidence: {} }) as unknown as PaperRecord,
    )
    .sort((a, b) => byText(a.title, b.title));
  return methodsWithPages(buildMethods(records));
}

/**
 * The pages search finds (see `isSearched`), from the site's JSON export, with the search records
 * Pagefind has of the same pages: a page is filed under its topics and all their ancestors.
 */
export function searchDocuments(papers: readonly ExportedPaper[], topics: readonly ExportedTopic[]): SearchDocument[] {
  const lookup = topicsOfList(topics);
  const paperDocuments = papers.map((paper): SearchDocument => {
    const document = fromRecord(`papers/${paper.slug}/`, paper.title, paperRecord(paper, lookup));
    return { ...document, x: paper.abstract, topicWords: document.p ?? '' };
  });
  const topicDocuments = topics.map((topic): SearchDocument => {
    const record = topicRecord(topic.id, lookup);
    const document: SearchDocument = {
      ...fromRecord(`topics/${topic.id}/`, topic.label, record),
      topicWords: lookup
        .lineage(topic.id)
        .map((id) => lookup.label(id))
        .join(' '),
    };
    if (topic.aliases.length > 0) document.x = `Also known as: ${topic.aliases.join(', ')}`;
    return document;
  });
  const methodDocuments = methodPagesOf(papers)
    .filter((method) => isSearched({ kind: 'method', introducedBy: method.introducedBy }))
    .map((method): SearchDocument => ({
      ...fromRecord(`methods/${method.slug}/`, method.name, methodRecord(method.name)),
      topicWords: '',
    }));
  return [...paperDocuments, ...topicDocuments, ...methodDocuments];
}
