/**
 * What most needs a human look after a build, in order: the tags and relations with the weakest
 * evidence (./confidence.ts), papers with one topic, methods only one paper names. Each entry
 * comes with the lines of `content/curation.yaml` that would accept it (`keep`) or reject it.
 * Anything a curator already corrected is left out.
 */
import { FACET_NAMES, FACETS, type FacetName } from '../../model/facets';
import { RELATIONS } from '../../model/relations';
import { sentenceRoles } from '../sentence-roles';
import type { TaggedPaper } from '../types';
import { confidenceOf, type Confidence, type EvidencePlace } from './confidence';
import type { Curation } from './types';

export type ReviewKind = 'weak-evidence' | 'one-topic' | 'one-paper-method';

export interface ReviewEntry {
  kind: ReviewKind;
  slug: string;
  title: string;
  /** The tag or relation in words: `topics: vision`, `builds on MeZO`. */
  what: string;
  /** For weak evidence: the confidence and what it was made of. */
  confidence: Confidence | null;
  /** The lines of content/curation.yaml that accept or reject it. */
  accept: string[];
  reject: string[];
}

/**
 * Where a facet's mentions belong, so standing there is not weak evidence: what a paper was
 * evaluated on, with which models and data, is in its results; the methods it names are named
 * anywhere, its background included. A topic stands strongest in the title and the contribution.
 */
const EXPECTED_PLACES: Partial<Record<FacetName, EvidencePlace[]>> = {
  evaluatedOn: ['result'],
  datasets: ['result'],
  models: ['result', 'background'],
  methods: ['result', 'background'],
};

/** Entries of each kind the report lists. */
const PER_KIND = 30;

/** A value as YAML writes it in a flow list: bare when that reads the same, else quoted. */
export function flowScalar(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} ._+/-]*$/u.test(value) &&
    value.trim() === value &&
    !/^(?:null|true|false|~)$/iu.test(value)
    ? value
    : JSON.stringify(value);
}

const paperLines = (slug: string, field: string, body: string) => ['papers:', `  ${slug}:`, `    ${field}: ${body}`];

/** Whether the curation already says something about this paper's facet or relations. */
function corrected(curation: Curation): (slug: string, field: FacetName | 'relations') => boolean {
  const touched = new Set(
    curation.papers.flatMap((paper) => [
      ...Object.keys(paper.facets).map((facet) => `${paper.slug}\u0000${facet}`),
      ...(Object.values(paper.relations).some((list) => list.length > 0) ? [`${paper.slug}\u0000relations`] : []),
    ]),
  );
  return (slug, field) => touched.has(`${slug}\u0000${field}`);
}

/**
 * The review queue of a build. `isKnown` says whether the vocabulary (or a paper of the corpus
 * introducing it) knows a facet value or relation target.
 */
export function reviewQueue(
  papers: readonly TaggedPaper[],
  curation: Curation,
  isKnown: (facet: FacetName | 'relations', value: string) => boolean,
): ReviewEntry[] {
  const isCorrected = corrected(curation);
  const weak = weakestEvidence(papers, isCorrected, isKnown, PER_KIND);

  const oneTopic: ReviewEntry[] = papers
    .filter((paper) => paper.tags.topics.length === 1 && !isCorrected(paper.slug, 'topics'))
    .map((paper) => {
      const topic = paper.tags.topics[0]?.value as string;
      return {
        kind: 'one-topic',
        slug: paper.slug,
        title: paper.title,
        what: `its only topic: ${topic}`,
        confidence: null,
        accept: paperLines(paper.slug, 'topics', `{ keep: [${topic}] }`),
        reject: paperLines(paper.slug, 'topics', `{ remove: [${topic}], add: [<the right topic id>] }`),
      };
    });

  // Methods only one paper names and none introduces: the extractor's least certain names.
  const namers = new Map<string, TaggedPaper[]>();
  const introduced = new Set(papers.flatMap((paper) => (paper.tags.name ? [paper.tags.name.toLowerCase()] : [])));
  for (const paper of papers)
    for (const tag of paper.tags.methods)
      namers.set(tag.value.toLowerCase(), [...(namers.get(tag.value.toLowerCase()) ?? []), paper]);
  const onePaper: ReviewEntry[] = [];
  for (const [key, [paper, ...others]] of namers) {
    if (!paper || others.length > 0 || introduced.has(key) || isCorrected(paper.slug, 'methods')) continue;
    const name = paper.tags.methods.find((tag) => tag.value.toLowerCase() === key)?.value as string;
    onePaper.push({
      kind: 'one-paper-method',
      slug: paper.slug,
      title: paper.title,
      what: `method named by this paper only: ${name}`,
      confidence: null,
      accept: paperLines(paper.slug, 'methods', `{ keep: [${flowScalar(name)}] }`),
      reject: paperLines(paper.slug, 'methods', `{ remove: [${flowScalar(name)}] }`),
    });
  }
  onePaper.sort((a, b) => a.slug.localeCompare(b.slug, 'en') || a.what.localeCompare(b.what, 'en'));
  return [...weak, ...oneTopic.slice(0, PER_KIND), ...onePaper.slice(0, PER_KIND)];
}

/** A tag or relation of a paper that may be weak evidence, before its entry is written. */
interface Candidate {
  paper: TaggedPaper;
  facet: FacetName | 'relations';
  what: string;
  accept: string[];
  reject: string[];
  /** What `confidenceOf` reads of it besides the paper. */
  evidence: { named: string; evidence: string; known: boolean; expected?: EvidencePlace[] };
  /** The extractor's confidence, which orders the queue when it has one. */
  extracted: number | undefined;
}

/** Every tag and relation the curation has not corrected, as candidates for the queue. */
function candidatesOf(
  paper: TaggedPaper,
  isCorrected: (slug: string, field: FacetName | 'relations') => boolean,
  isKnown: (facet: FacetName | 'relations', value: string) => boolean,
): Candidate[] {
  const found: Candidate[] = [];
  for (const facet of FACET_NAMES) {
    if (isCorrected(paper.slug, facet)) continue;
    for (const tag of paper.tags[facet]) {
      const value = flowScalar(tag.value);
      found.push({
        paper,
        facet,
        what: `${facet}: ${tag.value}`,
        accept: paperLines(paper.slug, facet, `{ keep: [${value}] }`),
        reject: paperLines(paper.slug, facet, `{ remove: [${value}] }`),
        evidence: {
          named: tag.evidence,
          evidence: tag.evidence,
          known: FACETS[facet].source.kind === 'taxonomy' || isKnown(facet, tag.value),
          expected: EXPECTED_PLACES[facet] ?? [],
        },
        extracted: tag.confidence,
      });
    }
  }
  if (isCorrected(paper.slug, 'relations')) return found;
  for (const relation of paper.tags.relations) {
    const body = (verb: string) => `{ ${verb}: [{ type: ${relation.type}, target: ${flowScalar(relation.target)} }] }`;
    found.push({
      paper,
      facet: 'relations',
      what: `${RELATIONS[relation.type].verb} ${relation.target}`,
      accept: paperLines(paper.slug, 'relations', body('keep')),
      reject: paperLines(paper.slug, 'relations', body('remove')),
      evidence: {
        named: relation.target,
        evidence: relation.evidence,
        known: relation.targetSlug !== null || isKnown('relations', relation.target),
      },
      extracted: relation.confidence,
    });
  }
  return found;
}

/**
 * The `count` tags and relations with the weakest evidence, weakest first. Where the extractor gave
 * a confidence, it is the score, so the evidence is read (sentence roles, `confidenceOf`) only for
 * the entries listed and for those without one: at 10,000 papers reading it for each of their
 * hundreds of thousands of tags took seconds of every build.
 */
function weakestEvidence(
  papers: readonly TaggedPaper[],
  isCorrected: (slug: string, field: FacetName | 'relations') => boolean,
  isKnown: (facet: FacetName | 'relations', value: string) => boolean,
  count: number,
): ReviewEntry[] {
  const sentencesOf = new Map<TaggedPaper, ReturnType<typeof sentenceRoles>>();
  const confidence = (candidate: Candidate): Confidence => {
    const { paper } = candidate;
    const text = `${paper.title}\n${paper.abstract}`;
    let sentences = sentencesOf.get(paper);
    if (!sentences) {
      sentences = sentenceRoles(text, paper.title.length + 1);
      sentencesOf.set(paper, sentences);
    }
    const read = confidenceOf({ text, titleLength: paper.title.length, sentences, ...candidate.evidence });
    return extractorScore(read, candidate.extracted);
  };
  const scored = papers.flatMap((paper) =>
    candidatesOf(paper, isCorrected, isKnown).map((candidate) => ({
      candidate,
      score: candidate.extracted ?? confidence(candidate).score,
    })),
  );
  // Only candidates scoring at most the count-th lowest score can be listed: those are ordered in full.
  const threshold = Float64Array.from(scored, (entry) => entry.score).sort()[count - 1] ?? Infinity;
  return scored
    .filter((entry) => entry.score <= threshold)
    .sort(
      (a, b) =>
        a.score - b.score ||
        a.candidate.paper.slug.localeCompare(b.candidate.paper.slug, 'en') ||
        a.candidate.what.localeCompare(b.candidate.what, 'en'),
    )
    .slice(0, count)
    .map(({ candidate }) => ({
      kind: 'weak-evidence',
      slug: candidate.paper.slug,
      title: candidate.paper.title,
      what: candidate.what,
      confidence: confidence(candidate),
      accept: candidate.accept,
      reject: candidate.reject,
    }));
}

/**
 * The queue orders by the confidence the extractor gave (src/model/confidence.ts), the one pages
 * act on, so what a reader sees marked as less certain is what the queue puts first; the evidence
 * read here (where, how often, known) stays beside it for the curator.
 */
function extractorScore(read: Confidence, extracted: number | undefined): Confidence {
  return extracted === undefined ? read : { ...read, score: extracted };
}
