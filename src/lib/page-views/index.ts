/**
 * Views: for each page a build can reuse, a plain, serialisable object holding everything the page
 * renders besides its templates (its own record and what it shows of its neighbours), made by a
 * pure function of the catalog. The page renders from its view alone, so the view's digest says
 * whether the page changed (src/lib/page-reuse/).
 */
export {
  paperPageView,
  type PaperPageView,
  type RelatedLink,
  type ShownClaim,
  type ShownPaper,
  type ShownRelation,
  type ShownTagGroup,
} from './paper';
export {
  topicListPages,
  topicListPageView,
  topicListPageViews,
  topicPageView,
  topicPageViews,
  type TopicListPageView,
  type TopicPageView,
  type TopicPaperCounts,
} from './topic';
export {
  METHOD_RELATIONS,
  methodListPages,
  methodListPageView,
  methodListPageViews,
  methodPageView,
  type MethodListPageView,
  type MethodPageView,
  type MethodPapersPage,
  type MethodRelation,
} from './method';
export { datasetListPages, datasetPageView, type DatasetMeasure, type DatasetPageView } from './dataset';
export {
  GLOSSARY_PAPERS_LISTED,
  datasetsIndexPageViews,
  glossaryAnchorPages,
  glossaryLines,
  glossaryPageViews,
  methodsIndexPageViews,
  papersIndexPageViews,
  type DatasetLink,
  type GlossaryItem,
  type LetterPageView,
  type MethodLink,
} from './lists';
export {
  claimRow,
  paperListItem,
  paperListItems,
  topicChip,
  type ClaimRow,
  type PaperListItem,
  type TopicChip,
  type TopicLink,
} from './parts';
