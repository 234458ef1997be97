import { matcherAsDefined } from './defined-acronyms';
import { findAcronymDefinitions } from './acronyms';
import { introducedNames, isCompoundAdjective } from './name-from-abstract';
import { isCoinedWord } from './name-from-title';
import type { PhraseMatch, PhraseMatcher } from './match-terms';
import {
  ACRONYM_AFTER,
  exampleItems,
  mentionAt,
  mentionsIn,
  modelSize,
  modelTargetName,
  targetsAfter,
  writtenAsFamily,
  writtenAsName,
  type Mention,
  type PlacedMention,
} from './relation-mentions';
import {
  ADOPTED_AFTER,
  AS_ROLE,
  BACKGROUND,
  BASELINE_CUE,
  BUILDS_ON_CUE,
  COMPARES_CUE,
  KIND_NOUN,
  KIND_OF,
  PASSIVE_USE,
  TITLE_BUILDS_ON,
  TITLE_USES,
  USES_CUE,
  WEAK_CUE,
  CLAUSE_BOUNDARY,
  COMPONENT_AFTER,
  COMPONENT_BEFORE,
  PROCESS_AFTER,
  MADE_AND,
  cuesIn,
  othersClause,
  NEAR_CUE,
  SETTING_BEFORE,
  MEASURE_WORDS,
} from './relation-cues';
import {
  exampleLists,
  examplesAfter,
  examplesOfOtherThings,
  FAMILY_EXAMPLES,
  MORE_EXAMPLES,
  APPOSITION_AFTER,
  BRACKETED_AFTER,
} from './relation-lists';
import { relationConfidence, restated, type RelationFrame } from './relation-confidence';
import { blankMarkup, madeKinds, modelsWorkedOn, toolsNamed, toolsOwned, WEB_ADDRESS } from './relation-frames';
import { PART_NOUN, partsNamed } from './relation-parts';
import {
  evaluatesModels,
  isSurvey,
  isStudyTitle,
  measures,
  specificModels,
  modelsStudiedIn,
} from './relation-evaluation';
import { basesNamedAlone, methodsInName } from './method-lineage';
import { basedOnNames } from './relation-based-on';
import { oneReadingPerMention, type CueReading } from './relation-one-reading';
import { objectGiven, subjectOfCue } from './relation-anaphora';
import { DATA_NOUN_WORDS } from './name-pieces';
import { MEASURE_NOUN, targetRules, type Refusal } from './relation-admission';
import { isSpecificModel, relationType, ROLE_BEFORE } from './relation-types';
import { negatedAfter } from './mention-context';
import { sentenceRoles } from './sentence-roles';
import { foldText, splitSentences } from './text';
import type { Relation, RelationType, Slug } from './types';

/**
 * A method or model that can be named in an abstract: from the vocabulary, or introduced by a
 * corpus paper.
 */
export interface MethodEntity {
  /** The display name: the acronym when there is one ("DPO"). */
  name: string;
  aliases: Set<string>;
  introducedBy: Slug | null;
  /** A category of methods (PEFT, MoE): named by papers, never the target of a relation. */
  family?: boolean;
  /** A stage of training every model goes through (SFT): a target only as a baseline, never used or built on. */
  stage?: boolean;
  /** A model family of the vocabulary (LLaMA, Qwen): a relation names the version as written. */
  model?: boolean;
  /**
   * Listed in the vocabulary, not only named by a corpus paper. A corpus paper's acronym ("PIR",
   * "SIG") is as often another paper's part spelled the same way.
   */
  listed?: boolean;
  /** The names the vocabulary gives it, in lower case: not those a corpus paper's definition added. */
  listedAs?: ReadonlySet<string>;
}

export { indexMethodsForLineage, namePieces } from './method-lineage';

/** A name a sentence was read to hold, and whether the rules let it be a relation's target. */
export interface HeardName {
  name: string;
  target: boolean;
  /** Why the rules let it be no target. */
  ruledOutBy?: Refusal | null;
}

/**
 * Where `npm run eval -- --funnel` hears, paper by paper, the names each abstract was read to hold
 * (`mentionsIn`), to tell where a labelled relation was lost; nothing listens during a build.
 */
export const mentionRecorder: {
  record?: (title: string, names: readonly HeardName[]) => void;
  /** Each relation read from a paper, with the frame that first read it (`npm run eval -- --frames`). */
  frames?: (title: string, relations: ReadonlyArray<{ relation: Relation; frame: RelationFrame }>) => void;
} = {};

export interface RelationInput {
  title: string;
  abstract: string;
  /** The method this paper introduces, if it is one the corpus knows. */
  own: MethodEntity | undefined;
  /** The name the paper gives its method, as extracted. */
  ownName: string | null;
  /** Methods the corpus knows (vocabulary methods and those corpus papers introduce), by each alias written with two or more capitals. */
  methods: ReadonlyMap<string, MethodEntity>;
  matcher: PhraseMatcher<MethodEntity>;
  /** Names that are not methods even after a cue: datasets, models, generic acronyms ("LLM"). */
  isNotMethod: (name: string) => boolean;
  /** The paper's own name is a benchmark or dataset it introduces: a study that evaluates models. */
  introducesBenchmark?: boolean;
}

/** A subtitle that says the paper makes data: "Poly-FEVER: A Multilingual Fact Verification Benchmark …". */
const DATA_TITLE = /:[^:]*\b(?:benchmarks?|datasets?|corpus|corpora|resources?|collections?)\b/iu;

/** "we train", "we retrain a small": the work's verb of training, up to three words before a name. */
const TRAINED_BEFORE = /\bwe\s+(?:re-?)?train(?:ed)?\s+(?:[^\s,.;:()]+\s+){0,3}$/iu;

/** The parts a known method makes of a model: "LoRA adapters", "Mamba blocks". */
const KNOWN_PART_AFTER = /^\s+(?:adapters?|modules?|blocks?|layers?)\b/iu;

/**
 * Data as the subject of a cue of making after it: "a dataset based on", "a dataset was constructed
 * based on", "these datasets extend".
 */
const DATA_SUBJECT_BEFORE = new RegExp(
  String.raw`\b(?:${DATA_NOUN_WORDS}|data\s+sets?|collections?)\s+(?:(?:is|are|was|were)\s+)?(?:\p{L}+ly\s+)?(?:(?:constructed|built|curated|created|compiled|collected)\s+)?$`,
  'iu',
);

/** Cues that say what a thing is made from: "based on", "is based on", "derived from", "extends"; not "built with". */
const MADE_FROM = /^(?:(?:is|are|were)\s+)?(?:based|built\s+(?:up)?on|derived|adapt|extend)/iu;

/** Examples of measures or data, up to the name read: "metrics such as SacreBLEU, ChrF2, and ". */
const EXAMPLES_OF_NO_METHOD = new RegExp(
  String.raw`\b(?:(?:${MEASURE_WORDS})s?|${DATA_NOUN_WORDS}|data\s+sets?|sources)\s*,?\s*\(?\s*(?:such\s+as|including|like|e\.g\.,?)\s+[^.;:()]*$`,
  'iu',
);

/** A hyphened word that makes a name a level to match: "GPT-4o-level", "mT5-sized". */
const LEVEL_AFTER = /^-(?:level|sized?)\b/u;

/** A process or a measure the name before it qualifies: "U-Net pruning", "CLIP alignment scores". */
const QUALIFIES_AFTER =
  /^\s+(?:\p{Ll}+ing\b|(?:[\p{Ll}-]+\s+){0,2}(?:scores?|values?|similarit(?:y|ies)|distances?)\b)/u;

/** A clause of contrast that opens a sentence, up to its comma: "Unlike X that …, ". */
const FRONTED_CONTRAST = /^(?:unlike|in contrast (?:to|with)|contrary to|as opposed to|different from)\b[^,;]*/iu;

/**
 * Words that qualify a name, which heads their phrase: no bracket, comma or conjunction, which
 * would join another name's, and no preposition, after which the name is an object ("Condition-Aware
 * Reparameterization for Flow Matching", "3D Clustering with Sinkhorn-Knopp").
 */
const QUALIFIER_WORDS =
  /^(?:(?!(?:and|or|nor|for|of|in|on|with|within|without|to|towards?|via|by|from|at|as|into|onto|upon|through|using|over|under|across|between|among|against|beyond|about|around|after|before|per|than|versus|vs)\s)[\p{L}\p{N}][\p{L}\p{N}-]*\s+)+$/iu;

/** "to" just before a name: where a method is extended or applied to ("extending X to MACC systems"). */
const TO_BEFORE = /\bto\s+(?:the\s+)?$/iu;

/** A Title-Case noun after a name in a title makes the name its modifier: "Harnessing Multi-VLM Agreement". */
const TITLE_MODIFIER_AFTER = /^\s+\p{Lu}\p{Ll}+\b/u;
/**
 * The names of a bracketed list from `offset` to its closing bracket, each item read on its own, so
 * one the reader does not take for a name ("(Segformer, SwinV2-B)") leaves the others.
 */
function bracketedItems(text: string, offset: number, matcher: PhraseMatcher<MethodEntity>): Mention[] {
  const close = text.indexOf(')', offset);
  if (close < 0) return [];
  const items: Mention[] = [];
  for (const item of text.slice(offset, close).matchAll(LIST_ITEM)) {
    const mention = mentionAt(text, offset + item.index, matcher, false);
    if (mention && mention.end <= close) items.push(mention);
  }
  return items;
}
/** An item of a list: what stands between its commas, slashes and "and". */
const LIST_ITEM = /(?<=^|,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+|\/\s*)[^\s,/]/gu;
/** A bracket opening a list of examples: " (", " (e.g., ". */
const BRACKET_OPEN = /^\s*\(\s*(?:(?:e\.g\.,?|such as|including)\s+)?/u;
/** A measure of what follows: "the accuracy of", "the reasoning performance of". */
const MEASURE_OF =
  /\b(?:accuracy|performance|capabilit(?:y|ies)|robustness|efficiency|quality|reliability|abilit(?:y|ies)|scores?|speed|throughput|latency|generali[sz]ation|safety|faithfulness|calibration)\s+of\s/iu;
/**
 * The end of a bracketed list, then another kind with its own: "), vision transformers (", "), and
 * other GeoFMs ("; not a new clause or phrase ("), we evaluated … models (", ") using two base models (").
 */
const NEXT_BRACKETED =
  /^\s*\)\s*,?\s*(?:(?:and|or)\s+)?(?:(?!(?:we|our|they|it|which|that|who|is|are|was|were|using|with|via|on|in|for|across|over|by|to|from|under|at)\b)[\p{L}\p{N}-]+\s+){0,3}\p{L}{2,}s\s+\(\s*/iu;

/**
 * Whether the name that ends at `end` is the subject of a passive use ("OpenMax is adopted as a
 * baseline") said of the work: in its own sentence, or with no word of earlier work up to the verb
 * ("LoRA is widely used" is background; "… to tell previously unseen classes" after the verb is not).
 */
function adopted(text: string, end: number, aboutOwn: boolean): boolean {
  const verb = text.slice(end).match(ADOPTED_AFTER)?.[0];
  return verb !== undefined && (aboutOwn || !BACKGROUND.test(text.slice(0, end + verb.length)));
}

/** The sizes a relation names, with one more when it is new; undefined when nothing changes. */
function withSize(sizes: readonly string[] | undefined, size: string | undefined): string[] | undefined {
  if (!size || sizes?.includes(size)) return undefined;
  return [...(sizes ?? []), size];
}

/**
 * "-based" after a name, or "based" with a space where the hyphen was left out ("a CycleGAN based
 * approach", "a SAM Based Approach"); not "based (solely) on", which says what the name itself is
 * made from.
 */
const BASED = String.raw`(?:[-‐]|\s)[Bb]ased(?!\s+(?:\p{Ll}+ly\s+)?(?:on|upon)\b)`;
const BASED_AFTER = new RegExp(String.raw`^${BASED}\b`, 'u');
/**
 * "-based" and a word in lower case after a name, past an acronym that qualifies it: "CLIP-based
 * embeddings", "QLoRA-based fine-tuning", "GRPO-based RL tuning".
 */
const BASED_THING = new RegExp(String.raw`^${BASED}\s+(?:\p{Lu}{2,}\s+)?\p{Ll}`, 'u');
/** "-based" and, within a few words, the noun of a kind of method or model: "GAN-based approaches". */
const BASED_KIND = new RegExp(
  String.raw`^${BASED}\s+(?:[\p{L}\p{N}-]+\s+){0,4}?(?:methods?|approach(?:es)?|techniques?|models?|architectures?|algorithms?|frameworks?|paradigms?|pipelines?|networks?|systems?|baselines?|solutions?|works?|studies|variants?|designs?|schemes?|strateg(?:y|ies)|agents?|backbones?|detectors?|classifiers?|methodolog(?:y|ies)|LLMs?|MLLMs?|VLMs?)\b`,
  'u',
);

/**
 * What may follow a name in capitals that a comparison governs for it to be the thing compared:
 * punctuation, a conjunction or preposition, or the noun of a method; not a noun it qualifies
 * ("compared with ICD codes", "AGN and QSO selection").
 */
const COMPARED_NAME_END =
  /^(?:\s*[,.;:()]|\s*$|\s+(?:and|or|in|on|by|with|while|which|that|for|across|at|as|under|using|method|methods|model|models|baselines?|approach(?:es)?|algorithms?|frameworks?|objectives?)\b)/u;

/** A name set off as a new thing: "FooNet-7B, a new model", "ZetaNet, our novel framework". */
const NEW_IN_APPOSITION = /^\s*,\s*(?:a|an|our)\s+(?:new|novel|proposed)\b/iu;
/** A cue's object brought in as new: "we train a novel HydraNet model". */
const NEW_OBJECT = /^\s*(?:a|an|our)\s+(?:new|novel)\b/iu;

/**
 * Whether a name a cue reaches is the work's own new thing, brought in as new between the cue and
 * the name (`fromCue`) or set off as new after it (`after`).
 */
const broughtInAsNew = (fromCue: string, after: string) => NEW_OBJECT.test(fromCue) || NEW_IN_APPOSITION.test(after);

/**
 * Reads typed relations from a paper: for each method a cue governs, builds-on or compares-with,
 * with the sentence that says so. A method may be both. The paper's own method is never a target.
 */
export function extractRelations(given: RelationInput): Relation[] {
  if (isSurvey(given.title, given.abstract)) return [];
  // Acronyms the abstract defines: the paper's own parts, or others' methods spelled out; and what
  // the abstract means by them, whatever else the atlas means by the letters.
  const definitions = findAcronymDefinitions(given.abstract);
  const input = { ...given, matcher: matcherAsDefined(given.matcher, definitions) };
  const { title, abstract, own, ownName, methods, matcher, isNotMethod } = input;
  const { succeeded, ownNames, ownTerms, longFormOf, admit, lastRefusal } = targetRules({ ...input, definitions });
  const relations = new Map<string, Relation>();
  // The sentences each relation was read in, by its key, and the mention of each target: a reading
  // given by one sentence alone may lose to another reading of the same mention there.
  const sentencesByKey = new Map<string, Set<string>>();
  const mentionByTarget = new Map<string, Mention>();
  // A cue that ends a compound adjective never governs there (relation-one-reading.ts), so none is joined.
  const cueReading: CueReading = (relation, cue, text, nameEnd) => {
    const mention = mentionByTarget.get(relation.target.toLowerCase());
    const after = text.slice(nameEnd, nameEnd + 30);
    return mention ? relationType(cue.type, text.slice(cue.start, cue.end), mention, false, after) : cue.type;
  };
  // The frame that first read each relation, for `npm run eval -- --frames` only.
  const frames = mentionRecorder.frames ? new Map<string, RelationFrame>() : null;
  // The keys of relations to a model family named bare ("LLaMA", not "LLaMA 2"), by the family's name.
  const bareFamilies = new Map<string, string>();
  // The names the abstract is read to hold, for `npm run eval -- --funnel` only.
  const heard = mentionRecorder.record ? ([] as HeardName[]) : null;
  const ownWords = [...ownNames].filter((name) => name.length >= 2);
  const aboutOwnWork = (sentence: string) =>
    /\b(?:we|our|us|this (?:paper|work|study|method|approach)|the proposed|proposed (?:method|approach))\b/iu.test(
      sentence,
    ) || ownWords.some((name) => sentence.toLowerCase().includes(name));
  const add = (type: RelationType, found: Mention, evidence: string, frame: RelationFrame, weak = false) => {
    // "Unlike conventional models that depend on U-Net architectures, X leverages …": what the
    // fronted clause of contrast names is what the work sets itself against, not what it takes.
    if (type !== 'compares-with' && found.end > 0 && found.end <= (evidence.match(FRONTED_CONTRAST)?.[0].length ?? 0))
      return;
    // "without relying on data from models such as GPT-4o", "instead of fine-tuning Llama": what the
    // work does without it does not take or build on.
    const at = evidence.lastIndexOf(found.name, found.end);
    if (type !== 'compares-with' && at > 0 && negatedAfter(evidence.slice(Math.max(0, at - 90), at))) return;
    // "an LMM with GPT-4o-level performance", "mT5-sized models": a level the name sets, which the work
    // matches rather than runs or develops.
    if (type !== 'compares-with' && found.end > 0 && LEVEL_AFTER.test(evidence.slice(found.end))) return;
    const mention = admit(type, found, evidence, frame, weak);
    if (!mention) return;
    const key = `${type}\u0000${mention.name.toLowerCase()}`;
    sentencesByKey.set(key, (sentencesByKey.get(key) ?? new Set()).add(evidence));
    mentionByTarget.set(mention.name.toLowerCase(), mention);
    const confidence = relationConfidence({ frame, known: mention.entity !== null, weak });
    const earlier = relations.get(key);
    if (!earlier) {
      if (mention.entity?.model && !mention.entity.family && writtenAsAlias(mention.name, mention.entity))
        bareFamilies.set(key, mention.name);
      const targetSlug = mention.entity?.introducedBy ?? null;
      const sizes = mention.size ? { sizes: [mention.size] } : {};
      frames?.set(key, frame);
      relations.set(key, {
        type,
        target: mention.name,
        ...sizes,
        targetSlug,
        evidence,
        confidence,
        source: 'extracted',
      });
      return;
    }
    // "Llama-3-8B and Llama-3-70B": one relation to the model, with each size it names.
    const sizes = withSize(earlier.sizes, mention.size);
    if (earlier.evidence !== evidence) {
      // Said again in another sentence: the surer reading is kept, and the repetition counts.
      const surer = confidence > earlier.confidence ? { ...earlier, evidence, confidence } : earlier;
      relations.set(key, { ...surer, ...(sizes && { sizes }), confidence: restated(surer.confidence) });
    } else if (sizes) relations.set(key, { ...earlier, sizes });
  };

  // A name that contains another method's name descends from it: LoRA-GA from LoRA, MIA-DPO from DPO.
  for (const method of methodsInName(ownName, own, methods, `${title}\n${abstract}`))
    add('builds-on', { entity: method, name: method.name, end: 0 }, title, 'name-contains');

  if (succeeded)
    add('builds-on', { entity: null, name: succeeded.name, end: 0, strong: true }, succeeded.evidence, 'name-contains');

  // "Augmenting ORB-SLAM3 with Deep Features", "Enhancing DeepLabV3+ to Fuse …": what the title's verb
  // develops is another's, known to the atlas or evidently a proper name that no noun after it
  // makes a modifier ("Enhancing LLM-Based RTL Code Generation").
  const titleCue = title.match(TITLE_BUILDS_ON);
  if (titleCue)
    for (const target of targetsAfter(title, titleCue[0].length, matcher))
      if (
        target.entity ||
        // A title capitalises its compound adjectives: "LLM-Based".
        (target.strong &&
          !TITLE_MODIFIER_AFTER.test(title.slice(target.end)) &&
          !isCompoundAdjective(target.name.toLowerCase()))
      )
        add('builds-on', target, title, 'title-cue');

  // Names a cue of the current sentence governed directly.
  const governed = new Set<string>();
  // Whether a sentence speaks of the paper's own work, or at least not of earlier work, is read once.
  const roles = sentenceRoles(abstract);
  // Where the sentence that states the contribution starts: the sentences of method after it go on about the work.
  const contributionStart = roles.find((roled) => roled.role === 'contribution')?.start;
  const sentences = splitSentences(abstract).map(({ text: written, start }) => {
    const text = blankMarkup(written);
    const aboutOwn = aboutOwnWork(text);
    const ownWork = aboutOwn || !BACKGROUND.test(text);
    // The background the paper starts from, or what falls short in it, rather than the work itself.
    const role = roles.find((roled) => roled.start <= start && start < roled.end)?.role;
    const background = !aboutOwn && (!ownWork || role === 'background' || role === 'limitation');
    // The known models the work's own sentence studies ("we probe GPT-4"), read once for the two uses below.
    const studied = ownWork ? modelsStudiedIn(text, matcher) : [];
    // A sentence after the one that states the contribution that reports no result goes on about
    // the work ("A combination of Grounded SAM and LLaMa3.2-Vision provides robust object detection").
    const continuesWork = role === 'method' && contributionStart !== undefined && contributionStart < start;
    return { written, text, aboutOwn, ownWork, background, studied, continuesWork };
  });
  // "SRU-Pix2Pix" and "an enhanced Pix2Pix framework": a piece of the name the abstract also writes
  // on its own is the method the paper is named after, known to the atlas or not.
  // A benchmark's or a resource's name is named after the data it derives from, not after a method.
  // Only the abstract's sentences: a title writes every word in capitals ("… for In-Bed Human Mesh Recovery").
  const texts = input.introducesBenchmark || DATA_TITLE.test(title) ? [] : sentences.map((sentence) => sentence.text);
  for (const base of basesNamedAlone(ownName, texts, methods, longFormOf, isNotMethod))
    add('builds-on', { entity: null, name: base.name, end: 0, strong: true }, base.evidence, 'name-contains');
  // A benchmark or a study of models: the models it ran on are the ones it measured. A paper that
  // names no method of its own and studies one model ("we explore the capabilities of GPT-4o") is one.
  const studyOfModels =
    input.introducesBenchmark ||
    isStudyTitle(title) ||
    sentences.some(({ text, ownWork }) => ownWork && evaluatesModels(text)) ||
    (ownName === null &&
      sentences.some(({ studied }) => studied.some((model) => !ownNames.has(model.name.toLowerCase()))));
  // "we introduce MaskCLIP, a model that aligns CLIP with MAE": in a paper that measures others'
  // models, the sentence that presents the work's own model names what it is made of; not one that
  // measures or presents a benchmark ("MultiNet, a benchmark to evaluate … GPT-4o"). Read only in
  // such a paper: elsewhere what a sentence names is used anyway.
  const presentsOwn = sentences.map(
    ({ text }) =>
      studyOfModels && !measures(text) && introducedNames(text).some((name) => ownNames.has(name.toLowerCase())),
  );
  // Examples of a kind of method that no cue governs, read once every cue has been.
  const exemplars: Array<{ type: RelationType; item: Mention; written: string }> = [];
  // The names each sentence holds, read once for the frames below and for the weakest frame at the end.
  const mentionsBySentence: ReturnType<typeof mentionsIn>[] = [];
  for (const { written, text, aboutOwn, ownWork, background, studied } of sentences) {
    // "X-based fine-tuning", "a novel X method": the paper's method is built on X.
    for (const mention of matcher.match(text)) {
      const after = text.slice(mention.end);
      // "PiSSA, a novel PEFT method": only a kind the paper's own method is said to be.
      const near = text.slice(Math.max(0, mention.start - 80), mention.end + 80).toLowerCase();
      const kind =
        KIND_OF.test(text.slice(Math.max(0, mention.start - 40), mention.start)) &&
        KIND_NOUN.test(after) &&
        ownWords.some((name) => near.includes(name));
      const baseline = BASELINE_CUE.test(text.slice(Math.max(0, mention.start - 50), mention.start));
      const passive = (PASSIVE_USE.test(after) && ownWork) || adopted(text, mention.end, aboutOwn);
      const role = AS_ROLE.test(after) && ownWork;
      const name = mention.term.model ? modelTargetName(mention.text, mention.term.name) : mention.term.name;
      const asFamily = writtenAsFamily(name, after) || (mention.text.endsWith('s') && !name.endsWith('s'));
      const size = mention.term.model ? modelSize(mention.text, after)?.size : undefined;
      const found = { entity: mention.term, name, end: mention.end, asFamily, ...(size && { size }) };
      // "a Mamba-based fusion framework" is a kind of Mamba; "CLIP-based embeddings", "QLoRA-based
      // fine-tuning" are things the work makes with the named method, which it uses.
      const madeWith = BASED_THING.test(after) && !BASED_KIND.test(after) && ownWork && !mention.term.family;
      if (madeWith && !baseline) add('uses', { ...found, asFamily: false }, written, 'kind-of');
      else if (kind || (BASED_AFTER.test(after) && !baseline)) add('builds-on', found, written, 'kind-of');
      if (passive || role) add('uses', found, written, 'role');
    }
    for (const [pattern, type] of [
      [COMPARES_CUE, 'compares-with'],
      [BUILDS_ON_CUE, 'builds-on'],
      [USES_CUE, 'uses'],
    ] as const) {
      for (const cue of text.matchAll(pattern)) {
        const start = cue.index + cue[0].length;
        // "domain-adapted SpaCy": a cue that ends a compound adjective qualifies only the noun after it.
        const joined = text[cue.index - 1] === '-';
        if (joined) {
          const noun = mentionAt(text, start, matcher, false);
          const weak = WEAK_CUE.test(cue[0]);
          if (noun && ownWork && (noun.strong || !weak))
            add(relationType(type, cue[0], noun, true), noun, written, 'cue-object', weak);
          continue;
        }
        let targets = targetsAfter(text, start, matcher);
        // "compared to models aligned through other methods such as SFT, DPO", "applied to video
        // DiTs (e.g., CogVideoX and Wan2.1)": the examples are the targets.
        // Examples of what the paper itself takes or builds on only in a sentence about its own work.
        const examplesApply = type === 'compares-with' || aboutOwn;
        const examples = targets.length === 0 && examplesApply ? examplesAfter(text.slice(start), type) : null;
        if (examples) {
          targets = targetsAfter(text, start + examples[0].length, matcher);
          // "both tuning-free methods like IP-Adapter and tuning-based methods like LoRA"
          for (let last = targets.at(-1); last;) {
            const more = text.slice(last.end).match(MORE_EXAMPLES);
            const next = more ? targetsAfter(text, last.end + more[0].length, matcher) : [];
            targets.push(...next);
            last = next.at(-1);
          }
        }
        // "fine-tune two video diffusion models, LTX-Video and HunyuanVideo": a list set off after
        // the kind of thing it names; two or more names, so a lone word after a comma is not taken.
        // So is one in brackets after the plural of the kind: "5 T2I models (Flux, SD3-Medium, …)".
        const set = targets.length === 0 ? text.slice(start).match(APPOSITION_AFTER) : null;
        // A word read as a name before the kind is its modifier ("using AI echocardiography models (…)").
        const unsure = targets.every((target) => !target.entity && !target.strong);
        const bracketed = unsure && !set ? text.slice(start).match(BRACKETED_AFTER) : null;
        const apposition = set ?? bracketed;
        let inBrackets = false;
        if (apposition) {
          const listed = targetsAfter(text, start + apposition[0].length, matcher);
          if (listed.length >= 2) [targets, inBrackets] = [listed, bracketed !== null];
        }
        // "superior to PEFT methods like LoRA": the examples, not the family, are what was compared;
        // so are those in brackets after a family ("outperforms task-specific CNNs (U-Net, U-Net++)").
        const lone = targets.length === 1 ? targets[0]! : undefined;
        const family = lone ? text.slice(lone.end).match(FAMILY_EXAMPLES) : null;
        const familyBracket =
          lone && (lone.asFamily || lone.entity?.family) ? text.slice(lone.end).match(BRACKET_OPEN) : null;
        if (family) targets = targetsAfter(text, lone!.end + family[0].length, matcher);
        else if (familyBracket) {
          const listed = targetsAfter(text, lone!.end + familyBracket[0].length, matcher);
          if (listed.length > 0) [targets, inBrackets] = [listed, true];
        }
        // "outperforms CNNs (U-Net, U-Net++), vision transformers (SegFormer, SwinV2-B), and other
        // GeoFMs (TerraMind, SatMAE)": each kind the cue governs with its own bracketed list.
        for (let last = targets.at(-1); last;) {
          const next = text.slice(last.end).match(NEXT_BRACKETED);
          const group = next ? bracketedItems(text, last.end + next[0].length, matcher) : [];
          targets.push(...group);
          last = group.at(-1);
        }
        // "incorporates assessment metrics such as SacreBLEU, ChrF2, and TER": examples of a kind of
        // thing that is no method.
        const first = targets[0];
        const firstAt = first ? text.lastIndexOf(first.name, first.end) : -1;
        if (firstAt >= start && EXAMPLES_OF_NO_METHOD.test(text.slice(start, firstAt))) continue;
        const weak = WEAK_CUE.test(cue[0]);
        // "we develop and evaluate a diffusion model (DDPM)": what the paper makes, not a baseline.
        if (MADE_AND.test(text.slice(Math.max(0, cue.index - 30), cue.index))) continue;
        const own = type !== 'compares-with';
        // "competitive with a model finetuned with QLoRA": the use sits inside a comparison.
        if (own && BASELINE_CUE.test(text.slice(Math.max(0, cue.index - 50), cue.index))) continue;
        // "we curate a dataset based on Tom and Jerry cartoons", "a corpus derived from MIMIC IV": what
        // data are made from is their source, not a method the work takes or develops.
        if (
          own &&
          MADE_FROM.test(cue[0]) &&
          DATA_SUBJECT_BEFORE.test(text.slice(Math.max(0, cue.index - 60), cue.index))
        )
          continue;
        // "via RLHF", "using PPO" describe the paper's own work only in a sentence about it.
        if (own && (othersClause(text, cue.index) || !ownWork)) continue;
        // "adapting evaluation metrics such as BLEU, chrF, TER, and COMET": a list names things of one
        // kind, so where most of its names are no method (measures, data, languages), a name the
        // atlas does not know among them is none either.
        const noMethods = targets.filter((target) => !target.entity && isNotMethod(target.name)).length;
        const listOfOthers = targets.length >= 3 && noMethods * 2 >= targets.length;
        for (const target of targets) {
          if (listOfOthers && !target.entity) continue;
          // A bare acronym after a weak cue ("using X", "over X") could be anything: require a known
          // method or model there, or a name evidently proper, or one given a part to play in the
          // work ("employs Flux as the backbone network").
          // "Compared with CAPRA-S, …": after the participle of comparing, a name in capitals is what
          // the work was measured against, as no term of the field would be.
          const comparedTo =
            /^compared\s/iu.test(cue[0]) &&
            /^\p{Lu}{3,}(?:-[\p{Lu}\p{N}]+)*$/u.test(target.name) &&
            text.slice(target.end - target.name.length, target.end) === target.name &&
            COMPARED_NAME_END.test(text.slice(target.end));
          if (!target.strong && weak && !AS_ROLE.test(text.slice(target.end)) && !comparedTo) continue;
          // "We train FooNet-7B, a new model, …", "we train a novel HydraNet model": a name set off
          // or brought in as new is the work's own.
          if (own && broughtInAsNew(text.slice(start), text.slice(target.end))) continue;
          const read = relationType(type, cue[0], target, false, text.slice(target.end, target.end + 30));
          // "improves performance on three models (Llama-3.1-8B, Qwen2.5-7B, …)": what the cue reaches
          // through the kind it is was worked on, not developed; so is a model whose measure the cue
          // raises ("enhancing the accuracy of LLaVA-1.5 7B and Qwen-VL 7B by up to 6.45").
          // A method whose measure the work raises ("the efficiency of LoRA") it develops.
          const measured = isSpecificModel(target) && MEASURE_OF.test(text.slice(start, target.end));
          const typed = (inBrackets || measured) && read === 'builds-on' ? 'uses' : read;
          add(typed, target, written, examples ? 'examples' : 'cue-object', weak);
          governed.add(target.name.toLowerCase());
        }
      }
    }
    // Names no cue governs directly ("outperforms strong baselines on three benchmarks, including
    // GPT-4o"): the nearest cue before them in the same clause says how the paper relates to them.
    const cues = cuesIn(text);
    if (ownWork)
      for (const model of modelsWorkedOn(text, matcher, new Set(cues.map((cue) => cue.end)), aboutOwn)) {
        add(studyOfModels ? 'compares-with' : 'uses', model, written, 'worked-on');
        governed.add(model.name.toLowerCase());
      }
    // "we aim to explore the capabilities of GPT-4o": the model a study's verb takes is the one it measures.
    if (studyOfModels)
      for (const model of studied) {
        add('compares-with', model, written, 'worked-on');
        governed.add(model.name.toLowerCase());
      }
    const mentions = mentionsIn(text, matcher);
    mentionsBySentence.push(mentions);
    if (heard)
      for (const mention of mentions) {
        const target = admit('compares-with', mention, written, 'nearest-cue');
        heard.push(
          target
            ? { name: target.name, target: true }
            : { name: mention.name, target: false, ruledOutBy: lastRefusal() },
        );
      }
    if (aboutOwn) for (const { mention, type } of basedOnNames(text, matcher)) add(type, mention, written, 'kind-of');
    if (aboutOwn) {
      for (const { mention, made } of madeKinds(text, matcher))
        add(
          made === 'builds-on' ? relationType('builds-on', '', mention) : made === 'variant' ? 'builds-on' : 'uses',
          mention,
          written,
          'made-kind',
        );
      for (const part of partsNamed(text, matcher)) add('uses', part, written, 'part');
      for (const tool of toolsOwned(text, mentions, matcher)) add('uses', tool, written, 'owned-tool');
      for (const tool of toolsNamed(text, matcher)) add('uses', tool, written, 'named-tool');
    }
    // "a Multi-Expert VQ-VAE (MEVQ-VAE)", "we propose Event-driven … Deblur Gaussian Splatting
    // (EBAD-Gaussian)": a part or a method the abstract defines as the work's own, spelled out as a
    // known method with words that qualify it, is a form of that method, which the work builds on.
    for (const { acronym, longForm } of ownWork ? definitions : []) {
      const key = acronym.toLowerCase();
      const at = text.indexOf(longForm);
      if (
        at < 0 ||
        !(ownTerms.has(key) || ownNames.has(key)) ||
        text.slice(at + longForm.length).match(ACRONYM_AFTER)?.[1] !== acronym
      )
        continue;
      // "within 3D Gaussian Splatting (3DGS)": a known method spelled out whole is that method.
      const whole = matcher.wholeMatch(longForm) ?? matcher.wholeMatch(acronym);
      if (whole && whole.term !== given.own) continue;
      // The longest run of its last words that names a known method other than the paper's own
      // (which the corpus may know by this very long form), looked up no further than the first found.
      let known: { start: number; match: PhraseMatch<MethodEntity> } | undefined;
      for (const space of longForm.matchAll(/\s+/gu)) {
        const start = space.index + space[0].length;
        const match = matcher.wholeMatch(longForm.slice(start));
        if (match && match.term !== given.own) {
          known = { start, match };
          break;
        }
      }
      // Its qualifiers written right before it, and a name as the vocabulary writes it or one coined
      // word: a corpus paper's "Adaptive Transformer", or a long form another paper gave DPO
      // ("… Preference Learning"), is as often the plain words of another long form.
      if (
        !known ||
        known.match.term.family ||
        !QUALIFIER_WORDS.test(longForm.slice(0, known.start)) ||
        !(
          known.match.term.listedAs?.has(known.match.text.toLowerCase()) ||
          (!/\s/u.test(known.match.text) && isCoinedWord(known.match.text))
        )
      )
        continue;
      const { term, text: spelled } = known.match;
      const name = term.model ? modelTargetName(spelled, term.name) : term.name;
      add('builds-on', { entity: term, name, end: at + longForm.length }, written, 'made-kind');
    }
    // "OpenMax is adopted as a baseline", "The Llama3 8B model was fine-tuned": a name-shaped subject
    // of a passive use is taken, known or not (known ones are read above).
    for (const mention of mentions)
      if (
        !mention.entity &&
        mention.strong &&
        !mention.asFamily &&
        // "the Contextual Attention Block (CAB) is employed": a part the paper builds, not one it takes;
        // "the Grasping Ability Score (GAS) was used": a measure.
        !PART_NOUN.test(longFormOf.get(mention.name) ?? '') &&
        !MEASURE_NOUN.test(longFormOf.get(mention.name) ?? '') &&
        adopted(text, mention.end, aboutOwn)
      )
        add('uses', mention, written, 'role');
    for (const mention of aboutOwn ? mentions : [])
      if (
        mention.strong &&
        !mention.asFamily &&
        (ROLE_BEFORE.test(text.slice(Math.max(0, mention.start - 60), mention.start)) ||
          // "we train Llama3-8B using …", "we train a 124M-parameter GPT-2 model": a model the atlas
          // knows, trained by the work, is its base. A new name the work trains is its own model.
          (mention.entity !== null && TRAINED_BEFORE.test(text.slice(Math.max(0, mention.start - 60), mention.start))))
      )
        add('uses', mention, written, 'role');
    // "We pair a ResNet-50 backbone with …", "A simplified PatchGAN discriminator stabilizes training":
    // a model written as a part of the work's system is one the work uses, and so is a method written
    // as a process the work runs ("we then perform LoRA fine-tuning", "in DDIM sampling"); not one
    // it is measured against ("outperforms the ResNet-50 backbone") or one others use.
    for (const mention of ownWork && !background ? mentions : [])
      if (
        (mention.entity || mention.strong) &&
        !mention.asFamily &&
        (COMPONENT_AFTER.test(text.slice(mention.end)) ||
          COMPONENT_BEFORE.test(text.slice(Math.max(0, mention.start - 60), mention.start)) ||
          // "equipping the base model with LoRA adapters": parts made by a method the vocabulary lists;
          // a name before a part's noun that only a corpus paper gives, or none, may be the work's own
          // part ("a MedFlexFusion module"), and so may letters defined there, whatever method they
          // also name ("Velocity Refiner with Acceleration (VeRA) block").
          (mention.entity?.listed === true &&
            !text.slice(mention.start, mention.end).includes('(') &&
            KNOWN_PART_AFTER.test(text.slice(mention.end))) ||
          // A process by a name as written ("LoRA fine-tuning"), not a phrase in lower case
          // ("plug-and-play inference") that happens to be a method's alias.
          (PROCESS_AFTER.test(text.slice(mention.end)) && /^[\p{Lu}\p{N}]/u.test(text.slice(mention.start)))) &&
        !othersClause(text, mention.start) &&
        !BASELINE_CUE.test(text.slice(Math.max(0, mention.start - 50), mention.start))
      )
        add('uses', mention, written, 'role');
    for (const mention of mentions) {
      if (governed.has(mention.name.toLowerCase())) continue;
      const cue = cues
        .filter((candidate) => candidate.end <= mention.start && mention.start - candidate.end <= NEAR_CUE)
        .sort((a, b) => b.end - a.end)[0];
      const between = text.slice(cue?.end ?? 0, mention.start);
      // "outperforms X in multiple diseases, including Crohn disease (CD)": examples of other things.
      if (!cue || CLAUSE_BOUNDARY.test(between) || examplesOfOtherThings(between)) continue;
      if (objectGiven(text, cue.end) || subjectOfCue(cues, text, mention.end)) continue;
      // "instruction-following trade-offs and RLHF": a compound adjective reaches no further than its noun.
      if (text[cue.start - 1] === '-') continue;
      if (cue.weak && !mention.strong) continue;
      // "we propose multimodal classifier-free guidance": a method written in lower case past the
      // cue's object is as often the work's own process as another's method.
      if (!writtenAsName(text, mention)) continue;
      // Past its object, a weak cue of use or development ("using", "via", "leverages") reaches only a
      // method or model the atlas knows: an unknown name there was as often a part, a measure or a
      // dataset. A comparison reaches further ("compared with the detection baseline FooDet-7B").
      if (cue.weak && cue.type !== 'compares-with' && !mention.entity) continue;
      // "outperforms LoRA on GLUE": a name after a preposition of setting is where, not what; so is
      // where a development goes ("extending NHSDP to MACC systems"); one applied "to" a model uses it.
      const before = text.slice(Math.max(0, mention.start - 20), mention.start);
      if (SETTING_BEFORE.test(before) || (cue.type === 'builds-on' && TO_BEFORE.test(before))) continue;
      if (cue.type !== 'compares-with') {
        if (broughtInAsNew(between, text.slice(mention.end))) continue;
        // Past its object, a cue needs the work's own sentence and clause, and no comparison around it.
        if (!aboutOwn || othersClause(text, cue.start)) continue;
        if (BASELINE_CUE.test(text.slice(Math.max(0, cue.start - 50), cue.start))) continue;
      }
      const typed = relationType(cue.type, text.slice(cue.start, cue.end), mention, false, text.slice(mention.end));
      add(typed, mention, written, 'nearest-cue', cue.weak);
    }
    // "Traditional lexicon-based tools such as LIWC and Pattern have long served …": instances of a
    // kind of method, named with no cue. Earlier work the background names is what the paper sets
    // itself against; in a sentence about the work, what it takes. A cue of use or development before
    // the list says what others do with them ("existing methods rely on models such as X").
    const relatedHere = new Set(
      [...relations.values()].filter((r) => r.evidence === written).map((r) => r.target.toLowerCase()),
    );
    for (const list of exampleLists(text)) {
      const before = cues.filter(
        (cue) => cue.end <= list.start && !CLAUSE_BOUNDARY.test(text.slice(cue.end, list.start)),
      );
      if (before.some((cue) => cue.type !== 'compares-with')) continue;
      // Earlier work by its name ("Traditional tools such as X") or by the comparison it stands in;
      // in the background, methods are the alternatives the paper weighs itself against. Models the
      // background names ("pre-trained models like X, which fail to …") are as often what the work
      // sets out to improve: neither reading is sure. A study of models compares every model it names.
      const against = studyOfModels || list.earlier || list.compared || (background && !list.ofModels);
      if (!against && background) continue;
      for (const item of exampleItems(text, list.items, matcher))
        if (
          !item.asFamily &&
          !item.entity?.family &&
          (item.entity || !item.term) &&
          !relatedHere.has(item.name.toLowerCase())
        )
          exemplars.push({ type: against ? 'compares-with' : 'uses', item, written });
    }
    governed.clear();
  }
  const titleWords = ` ${foldText(title)} `;
  // A name the abstract relates by a surer frame keeps that reading; one it names as an example
  // of both earlier work and the work's own is what the work uses.
  for (const { type, item, written } of exemplars.sort(
    (a, b) => Number(a.type !== 'uses') - Number(b.type !== 'uses'),
  )) {
    const name = item.name.toLowerCase();
    const types = new Set([...relations.values()].filter((r) => r.target.toLowerCase() === name).map((r) => r.type));
    if (type === 'uses' ? types.has('uses') || types.has('builds-on') : types.size > 0) continue;
    // "… using YOLO for Edge FPGAs": what the title names is what the work is done with, whatever
    // the background says of it.
    if (type === 'compares-with' && titleWords.includes(` ${foldText(name)} `)) continue;
    add(type, item, written, 'exemplar');
  }
  // A study of others' models compared every specific model it names, save those it said it used
  // or built on.
  // The targets related so far, named in lower case: each frame below reads only what those before left.
  const relatedTargets = () => new Set([...relations.values()].map((relation) => relation.target.toLowerCase()));
  const related = relatedTargets();
  if (studyOfModels)
    for (const [index, { written, text }] of sentences.entries())
      for (const model of presentsOwn[index] ? [] : specificModels(text, matcher))
        if (!related.has(model.name.toLowerCase())) add('compares-with', model, written, 'evaluated');
  // "… Based on DenseNet and Swin Transformer", "… via Stable Diffusion": what the title says the work is
  // done with is another's method or model the work uses, when the abstract relates it no other way
  // (a study's models were compared above). Only a method or model the atlas knows, named by itself
  // right after the cue: a title capitalises every word, and an unknown name there is as often the
  // work's own ("Teaching Humans Subtle Differences with DIFFusion"); nor one the title makes a
  // modifier ("with LoRA-Tuned Vision-Language Models", "via Tri-layer Contrastive Decoding").
  const relatedBeforeTitle = relatedTargets();
  if (!studyOfModels)
    for (const cue of title.matchAll(TITLE_USES)) {
      let from = cue.index + cue[0].length;
      for (const target of targetsAfter(title, from, matcher)) {
        // What stands between the cue, or the list item before, and the end of the name.
        const written = title
          .slice(from, target.end)
          .replace(/^\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:(?:an?|the)\s+)?/iu, '');
        from = target.end;
        const named = target.entity !== null && (isSpecificModel(target) || !/\s/u.test(written));
        if (
          named &&
          !relatedBeforeTitle.has(target.name.toLowerCase()) &&
          written.split(/\s+/u).length <= target.name.split(/\s+/u).length &&
          !/^[-‐]/u.test(title.slice(target.end)) &&
          !TITLE_MODIFIER_AFTER.test(title.slice(target.end)) &&
          !isCompoundAdjective(target.name.toLowerCase())
        )
          add('uses', target, title, 'title-means');
      }
    }
  // "We find that GPT-4o can align with either judgment", "the CLIP framework": a model the atlas
  // knows, named in a sentence about the work with no cue that governs it, is one the work ran or
  // took (or measured, in a study of models). No cue governs it, yet the audit and the tuning labels
  // find two such readings in three right.
  const relatedSoFar = relatedTargets();
  // A name the paper's own contains ("the Baichuan series" beside "Baichuan Alignment") is its own.
  const ownText = ownName?.toLowerCase() ?? '';
  for (const [index, { written, text, aboutOwn, background, continuesWork }] of sentences.entries()) {
    if (!(aboutOwn || continuesWork) || background) continue;
    // "The code is available at https://github.com/…/Pyramid Mamba": an address names the work's
    // page, not what it takes.
    if (!aboutOwn && WEB_ADDRESS.test(written)) continue;
    for (const mention of mentionsBySentence[index] ?? []) {
      // "a framework for U-Net pruning", "the highest CLIP alignment scores": the model qualifies what
      // is done or measured, which the sentence is about.
      if (!mention.entity?.model || mention.asFamily || QUALIFIES_AFTER.test(text.slice(mention.end))) continue;
      if (ownText.includes(mention.name.toLowerCase())) continue;
      // "Llama 2 7B adapted using SORSA achieved 10.4%, outperforming LoRA": a comparison elsewhere
      // in the sentence is with the name its cue governs, which the frames above have read.
      const type = studyOfModels && !presentsOwn[index] ? 'compares-with' : 'uses';
      const target = admit(type, mention, written, 'named-in-work');
      if (!target || relatedSoFar.has(target.name.toLowerCase())) continue;
      add(type, mention, written, 'named-in-work');
      relatedSoFar.add(target.name.toLowerCase());
    }
  }
  // "DP-SGD … fails to mitigate …. We propose …. Unlike DP-SGD, …": a specific method the
  // abstract sets up in its background and names again is the one the work starts from, when no
  // frame above related it. Only a method or model the atlas knows, named as one thing: a name the
  // background defines and the work repeats is as often a task ("Text-to-SQL", "ToM") or a unit.
  // What the frames related, not what the loop above only looked at: a relation `add` refused is none.
  const relatedAfterFrames = relatedTargets();
  if (ownName || sentences.some((sentence) => sentence.aboutOwn))
    for (const { mention, opening } of backgroundSubjects(sentences, mentionsBySentence))
      if (!relatedAfterFrames.has(mention.name.toLowerCase())) add('builds-on', mention, opening, 'background-subject');
  if (heard) mentionRecorder.record?.(title, heard);
  // "SME-YOLO … based on YOLOv11n", "experiments on LLaMA2 and LLaMA3": a family the abstract also
  // names by a release it relates to is that release named less precisely. Not where a sentence it is read in
  // names both: "Mamba and Mamba-2 models", "BLIP and BLIP-2" are a first release and a second.
  const targets = [...relations.values()].map((relation) => relation.target);
  const sentencesOf = new Map([...relations.entries()].map(([key, relation]) => [relation, sentencesByKey.get(key)!]));
  const oneReading = new Set(
    oneReadingPerMention([...relations.values()], (relation) => sentencesOf.get(relation)!, definitions, cueReading),
  );
  const kept = [...relations.entries()].filter(([key, relation]) => {
    if (!oneReading.has(relation)) return false;
    const family = bareFamilies.get(key);
    // Any sentence the relation was read in counts, not only the one kept as its evidence.
    const read = sentencesByKey.get(key)!;
    return (
      family === undefined ||
      !targets.some((target) => isReleaseOf(target, family) && ![...read].some((sentence) => sentence.includes(target)))
    );
  });
  if (frames)
    mentionRecorder.frames?.(
      title,
      kept.map(([key, relation]) => ({ relation, frame: frames.get(key) as RelationFrame })),
    );
  return kept.map(([, relation]) => relation);
}

/** Whether a name is written as one of an entity's own names, with no version or variant added. */
function writtenAsAlias(name: string, entity: MethodEntity): boolean {
  const lowered = name.toLowerCase();
  return [...entity.aliases].some((alias) => alias.toLowerCase() === lowered);
}

/** Whether a name is a release of a model family: the family's name, then a version ("LLaMA 2", "YOLOv11n"). */
function isReleaseOf(name: string, family: string): boolean {
  return name.toLowerCase().startsWith(family.toLowerCase()) && /^[\s-]?v?\d/u.test(name.slice(family.length));
}

/**
 * The specific methods the abstract first names in a sentence of background and names again in
 * another sentence, with the sentence that first names each: the subjects the background sets up.
 */
function backgroundSubjects(
  sentences: ReadonlyArray<{ written: string; text: string; background: boolean }>,
  mentionsBySentence: ReadonlyArray<readonly PlacedMention[]>,
): Array<{ mention: Mention; opening: string }> {
  const named = new Map<string, { first: number; sentences: number; mention: Mention }>();
  for (const [index, mentions] of mentionsBySentence.entries()) {
    const here = new Set<string>();
    const text = sentences[index]?.text ?? '';
    for (const mention of mentions) {
      // "Video DiTs": a plural names the kind.
      if (!mention.entity || mention.entity.family || mention.asFamily || /\p{Lu}s$/u.test(mention.name)) continue;
      // "… fall short of full fine-tuning": a process of the field, not a named method the work starts from.
      if (!writtenAsName(text, mention)) continue;
      const key = mention.name.toLowerCase();
      if (here.has(key)) continue;
      here.add(key);
      const earlier = named.get(key);
      if (earlier) earlier.sentences += 1;
      else named.set(key, { first: index, sentences: 1, mention });
    }
  }
  return [...named.values()].flatMap(({ first, sentences: count, mention }) => {
    const opening = sentences[first];
    return count >= 2 && opening?.background ? [{ mention, opening: opening.written }] : [];
  });
}
