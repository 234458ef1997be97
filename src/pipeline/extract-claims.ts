import type { Claim, ClaimKind } from '../model/paper';
import { datasetPhrases, occurrences, onlyEvaluatedDataset, TRAINED_ON_BEFORE, type Found } from './claim-datasets';
import { measureBeside } from './claim-measures';
import { findNumberMentions, type NumberMention } from './claim-numbers';
import type { MetricTerm } from './load-metrics';
import { compilePhrase, PhraseMatcher } from './match-terms';
import { splitSentences } from './text';
import type { Tag } from './types';

/**
 * The claimed-results stage: every quantitative claim of an abstract as { metric, value, kind,
 * dataset, comparator, model, evidence }. A sentence is cut into clauses; each number that can state
 * a result (claim-numbers.ts) is read with the measure, dataset and comparator nearest to it in its
 * clause. Measures come from the vocabulary's `metrics`, datasets from the paper's datasets facet,
 * so a claim names a dataset the way the rest of the atlas does.
 */

/** The measures of the vocabulary, compiled once for a corpus. */
export interface ClaimVocabulary {
  metrics: PhraseMatcher<MetricTerm>;
}

export function compileClaimVocabulary(metrics: readonly MetricTerm[]): ClaimVocabulary {
  return {
    metrics: new PhraseMatcher(
      metrics.flatMap((term) => [term.label, ...term.aliases].flatMap((phrase) => compilePhrase(term, phrase) ?? [])),
    ),
  };
}

/** One paper, as this stage reads it. */
export interface ClaimInput {
  abstract: string;
  /** The method the paper introduces and its other names. */
  ownNames: readonly string[];
  /** The paper's datasets facet: a claim's dataset is one of these. */
  datasets: readonly Tag[];
  /** Models the paper names (its models facet), for claims about one of them. */
  models: readonly Tag[];
}

/** Clause boundaries inside a sentence: a semicolon, a dash pair, "while" after a comma. */
const CLAUSE_BREAK = /;\s+|\s--\s|,\s(?=while\b|whereas\b)/gu;
/** The rest of a list of numbers the words after it describe: "2.4%, 1.4% and 1.3% improvements". */
const LIST_REST = String.raw`(?:\s*(?:,\s*)?(?:and\s+|or\s+)?(?:approx\s?|~|\+)?\d[\d.,]*\s?(?:\\?%|x|×|points?)?)*`;
/** Words near a number that make it a difference against something. */
const GAIN_BEFORE =
  /(?:\bby(?: up to| about| around| an average of| a margin of| a clear margin of| over| more than)?|\bimprov\w*(?: of| by)?|\bgains? of|\bincreases? of|\bboost of|\bmargin of|\breduc\w* (?:\w+ )?by|\bnarrow\w*)(?: up to| about| around| nearly)?\s*(?:an?\s+)?(?:average\s+|absolute\s+|relative\s+)?$/iu;
const GAIN_AFTER = new RegExp(
  String.raw`^${LIST_REST}\s*(?:\([^)]{0,20}\)\s*)?(?:absolute\s+|relative\s+|average\s+|higher\s+|lower\s+|more\s+|better\s+)?(?:[\w-]+\s+){0,3}?(?:improv\w*|gains?|increas\w*|boost\w*|higher|better|lower|reduction|decrease|drop|advantage|over\b|more\b|points?\b)`,
  'iu',
);
/** Words after a relative number of a cost: "30% less memory", "2x faster", "64% higher throughput". */
const RELATIVE_AFTER = new RegExp(
  String.raw`^${LIST_REST}\s*(?:\w+\s+){0,3}?(?:less|fewer|lower|higher|faster|smaller|larger|cheaper|reduction|savings?|speedups?|of)\b`,
  'iu',
);
/** "95% performance of X", "92% of the perplexity improvement": a share of something else. */
const SHARE_AFTER = /^\s*(?:of\b|(?:\w+\s+){0,2}?performance of\b)/iu;
/** "saves 78.8% tokens", "a saving of 40%": what a method spares is a ratio of its cost. */
const SAVING_BEFORE = /\bsav(?:es?|ings?(?: of)?)\s+(?:up to\s+|about\s+|around\s+)?$/iu;
/** Words before a number that make it a comparator's own value, not the paper's claim ("ranging from" does not). */
const COMPARATOR_VALUE_BEFORE =
  /(?:(?<!\b(?:rang|vary|vari)\w*\s)\bfrom|\bvs\.?|\bversus|\bcompared (?:to|with)|\bbaseline of|[\p{Lu}][\p{L}\p{N}.+-]*\s\(|\b(?:outperform\w*|surpass\w*|exceed\w*|than|over)\s+[^,;%]{1,40}\sat)\s*$/u;
/** A number in brackets restates the one before it: "5.7% (3.3 mAP points)". */
const IN_BRACKETS_BEFORE = /\(\s*(?:up to\s+)?[+~]?$/u;
const COMPARATOR_AFTER =
  /^(?:[^.;]|\.\d){0,80}?\b(?:over|than|compared (?:to|with)|relative to|against|vs\.?|versus|outperform\w*|surpass\w*)\s+(?:the\s+|a\s+|an\s+)?(?<name>[^,;()]{2,60}?)(?=\s+(?:on|in|at|by|with|while|across|under|for|when|after|without|using|and\s+\d)\b|\s*[,;()[]|\s*$)/iu;
/** "Intersection over Union": a measure's name, not a comparison (kept apart from COMPARATOR_AFTER's "over"). */
const MEASURE_OVER = /\b(\p{Lu}\p{Ll}+) over (\p{Lu}\p{Ll}+)\b/gu;
const COMPARATOR_BEFORE =
  /\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*|improv\w* (?:over|upon))\s+(?:the\s+|a\s+)?(?<name>[^,;()]{2,60}?)\s+by\s+(?:up to\s+|about\s+|an?\s+)?(?:average\s+)?(?:clear\s+margin\s+of\s+)?$/iu;
/** Words between two numbers of a list that carry the kind of the first to the second: "by 21.9 on X and 15.4 on Y". */
const LIST_LINK = /^(?:(?!\b(?:achiev|reach|attain|scor|obtain)\w*)[^;\d])*?(?:,|\band\b)[^;\d]*$/u;
/** "80.36 on VQA": the name right after a number says where it was measured. */
const ON_NAME_AFTER = /^\s*(?:\w+\s+)?on\s+(?:the\s+)?\p{Lu}/u;
const FIRST_PERSON = /\b(?:we|our|ours|it|the proposed|this method|this approach)\b/iu;

/** Whether a number between two offsets of a clause separates them. */
const crosses = (numbers: readonly NumberMention[], from: number, to: number) =>
  numbers.some((number) => number.start > Math.min(from, to) && number.start < Math.max(from, to));

/**
 * The found thing nearest to a number in its clause; one with another number between them counts as
 * farther than any without, and one before the number farther than one as close after it.
 */
function nearest<T>(found: readonly Found<T>[], number: NumberMention, numbers: readonly NumberMention[]) {
  let best: Found<T> | null = null;
  let bestScore = Infinity;
  for (const candidate of found) {
    const after = candidate.start >= number.end;
    const distance = after ? candidate.start - number.end : number.start - candidate.end;
    const score =
      distance * (after ? 1 : 1.5) + (crosses(numbers, after ? number.end : candidate.end, candidate.start) ? 1000 : 0);
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

/** A comparator as a page can show it: a few words, without a leading article or the sentence's full stop. */
function tidyComparator(name: string | undefined): string | null {
  const words = name
    ?.trim()
    .replace(/^(?:the|a|an)\s+/iu, '')
    .replace(/[.:]+$/u, '');
  if (!words || words.split(/\s+/u).length > 6 || /\d%|^\d/u.test(words)) return null;
  return words;
}

/** What a number claims, from its unit, its measure and the words around it. */
function kindOf(number: NumberMention, metric: MetricTerm | null, before: string, after: string): ClaimKind {
  if (number.unit === 'times') return 'ratio';
  if (number.unit === 'percent' && SHARE_AFTER.test(after)) return 'ratio';
  const relative = number.signed || number.unit === 'points' || GAIN_BEFORE.test(before) || GAIN_AFTER.test(after);
  if (metric?.efficiency && (relative || RELATIVE_AFTER.test(after))) return 'ratio';
  if (number.unit === 'percent' && /^\s*(?:less|fewer)\b/iu.test(after)) return 'ratio';
  if (SAVING_BEFORE.test(before)) return 'ratio';
  return relative ? 'gain' : 'score';
}

const modelItemsOf = (paper: ClaimInput) =>
  paper.models.map((tag) => ({ value: tag.value, phrases: [tag.value, tag.evidence] }));

/** The quantitative claims of one abstract, in the order it states them. */
export function extractClaims(paper: ClaimInput, vocabulary: ClaimVocabulary): Claim[] {
  const { abstract } = paper;
  const claims: Claim[] = [];
  if (!/\d/u.test(abstract)) return claims;
  const datasetItems = paper.datasets.map((tag) => ({ value: tag.value, phrases: datasetPhrases(tag) }));
  // A paper evaluated on one dataset measured its results there, unless a sentence names another
  // (data it trained on does not count); read only when a claim needs it.
  let onlyDataset: { value: string | null } | undefined;
  const paperDataset = () => (onlyDataset ??= { value: onlyEvaluatedDataset(abstract, datasetItems) }).value;
  const otherNames = new Set(
    [...datasetItems, ...modelItemsOf(paper), { phrases: [...paper.ownNames] }].flatMap((item) =>
      item.phrases.map((phrase) => phrase.toLowerCase()),
    ),
  );
  const modelItems = modelItemsOf(paper);
  const ownName = paper.ownNames[0] ?? null;
  const isMeasure = (word: string) => vocabulary.metrics.match(word).length > 0;
  for (const sentence of splitSentences(abstract)) {
    if (!/\d/u.test(sentence.text)) continue;
    const named = occurrences(sentence.text, sentence.start, datasetItems);
    const sentenceDatasets = named.filter(
      (found) => !TRAINED_ON_BEFORE.test(abstract.slice(Math.max(sentence.start, found.start - 40), found.start)),
    );
    let clauseStart = 0;
    const clauses: { text: string; start: number }[] = [];
    for (const cut of [...sentence.text.matchAll(CLAUSE_BREAK), null]) {
      const end = cut ? cut.index : sentence.text.length;
      clauses.push({ text: sentence.text.slice(clauseStart, end), start: sentence.start + clauseStart });
      if (cut) clauseStart = cut.index + cut[0].length;
    }
    for (const clause of clauses) {
      const numbers = findNumberMentions(clause.text, isMeasure).map((number) => ({
        ...number,
        start: number.start + clause.start,
        end: number.end + clause.start,
      }));
      if (numbers.length === 0) continue;
      const clauseEnd = clause.start + clause.text.length;
      // "3B-parameter models": a measure glued to a number by a hyphen names a size, not what is measured.
      const metrics = vocabulary.metrics
        .match(clause.text)
        .filter((match) => !/\d\p{L}?-$/u.test(clause.text.slice(Math.max(0, match.start - 6), match.start)))
        .map((match) => ({ value: match.term, start: match.start + clause.start, end: match.end + clause.start }));
      const datasets = sentenceDatasets.filter((found) => found.start >= clause.start && found.end <= clauseEnd);
      const owns = occurrences(clause.text, clause.start, [{ value: ownName, phrases: [...paper.ownNames] }]);
      const models = occurrences(clause.text, clause.start, modelItems);
      const claimed = numbers.filter(
        (number) =>
          !COMPARATOR_VALUE_BEFORE.test(abstract.slice(Math.max(clause.start, number.start - 60), number.start)),
      );
      // "2.4%, 1.4% and 1.3% … on MSR-VTT, ActivityNet, and DiDeMo, respectively": in order.
      const distinctDatasets = datasets.filter((found, i) => datasets.findIndex((d) => d.value === found.value) === i);
      const primary = claimed.filter(
        (number) => !IN_BRACKETS_BEFORE.test(abstract.slice(Math.max(clause.start, number.start - 12), number.start)),
      );
      // With no dataset named there is nothing to give out in order, even when every number is in
      // brackets ("(2.1%) and (3.4%), respectively") and so none is primary either.
      const inOrder =
        /\brespectively\b/u.test(clause.text) &&
        distinctDatasets.length > 0 &&
        distinctDatasets.length === primary.length;
      let primaryIndex = -1;
      claimed.forEach((number) => {
        if (primary.includes(number)) primaryIndex++;
        const before = abstract.slice(Math.max(clause.start, number.start - 60), number.start);
        const after = abstract.slice(number.end, Math.min(clauseEnd, number.end + 80));
        const metric = nearest(metrics, number, numbers);
        const inBrackets = !primary.includes(number);
        const namedAfter = ON_NAME_AFTER.test(after);
        const dataset = inOrder
          ? distinctDatasets[Math.max(0, primaryIndex)]!.value
          : namedAfter
            ? (datasets.find((found) => found.start >= number.end && found.start - number.end < 24)?.value ?? null)
            : (nearest(datasets, number, numbers)?.value ??
              (new Set(sentenceDatasets.map((d) => d.value)).size === 1 ? sentenceDatasets[0]!.value : null) ??
              null);
        // A cost or speed is the method's, not the data's: the paper's one dataset goes only to results.
        const fallsBack = !inOrder && !namedAfter && sentenceDatasets.length === 0;
        const unitMetric = number.unit === 'measure' ? vocabulary.metrics.match(number.value).at(-1) : undefined;
        const ownBefore = owns.some((found) => found.start < number.start);
        const model =
          (ownBefore ? ownName : null) ??
          models.filter((found) => found.end <= number.start).at(-1)?.value ??
          (FIRST_PERSON.test(abstract.slice(clause.start, number.start)) ? ownName : null);
        // The comparator may stand farther than the words read for the kind; never cut a word in two.
        const farther = abstract.slice(number.end, Math.min(clauseEnd, number.end + 160));
        const wholeWords = (number.end + 160 < clauseEnd ? farther.replace(/\S*$/u, '') : farther).replace(
          MEASURE_OVER,
          '$1_over_$2',
        );
        const comparator =
          tidyComparator(wholeWords.match(COMPARATOR_AFTER)?.groups?.name?.replace(/_over_/gu, ' over ')) ??
          tidyComparator(before.match(COMPARATOR_BEFORE)?.groups?.name);
        const previous = claims.at(-1);
        // A measure the vocabulary does not know, named beside the number, is kept as written; a unit
        // (80GB, 124 FPS) already says what the number measures.
        const besideWord = number.unit === 'measure' ? null : measureBeside(before, after, otherNames);
        const unknownMeasure = besideWord && vocabulary.metrics.match(besideWord).length === 0 ? besideWord : null;
        const measure = unknownMeasure ? null : (unitMetric?.term ?? metric?.value ?? null);
        let kind = kindOf(number, measure, before, after);
        // "5.7% (3.3 mAP points)": a number in brackets restates the one before it.
        if (inBrackets && kind === 'score' && previous?.evidence === clause.text.trim()) kind = previous.kind;
        else if (
          kind === 'score' &&
          previous?.kind === 'gain' &&
          previous.evidence === clause.text.trim() &&
          LIST_LINK.test(abstract.slice(claimed[claimed.indexOf(number) - 1]?.end ?? number.start, number.start))
        )
          kind = 'gain';
        // "Recall@50", "R@1": a cut-off is part of the measure, kept as written.
        const written = metric ? abstract.slice(metric.start, metric.end) : '';
        const suffix = metric ? (abstract.slice(metric.end, metric.end + 6).match(/^@\d+/u)?.[0] ?? '') : '';
        claims.push({
          metric: unknownMeasure
            ? unknownMeasure
            : unitMetric
              ? unitMetric.term.label
              : metric
                ? suffix || written.includes('@')
                  ? `${written}${suffix}`
                  : metric.value.label
                : null,
          direction: measure?.direction ?? null,
          value: number.value,
          kind,
          dataset: dataset ?? (fallsBack && (kind === 'score' || kind === 'gain') ? paperDataset() : null),
          comparator,
          model,
          evidence: clause.text.trim(),
        });
      });
    }
  }
  return claims;
}
