import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/pipeline/load-vocabulary';
import type { PhraseMatch } from '../../src/pipeline/match-terms';
import {
  compileOffAliases,
  compileTopicHeads,
  withHeadMentions,
  withModifierMentions,
  withoutOffMentions,
} from '../../src/pipeline/topic-heads';
import type { TopicId } from '../../src/pipeline/types';
import { areaOf } from '../../src/model/topics';

const { topics, problems } = loadTaxonomy(
  `topics:
  - {id: vision, label: Computer vision}
  - {id: image-segmentation, label: Image segmentation, parent: vision, aliases: [semantic segmentation], headNouns: [segmentation], headData: [image, medical-images]}
  - {id: nlp, label: NLP}
  - {id: 3d-vision, label: 3D vision, parent: vision, aliases: [3d, 3d scene], offAliases: [3d], offData: [medical-images]}
  - {id: neural-rendering, label: Neural rendering, parent: 3d-vision, aliases: [gaussian splatting]}
  - {id: graphics, label: Computer graphics, parent: vision, aliases: [rendering], offAliases: [rendering], offTopics: [neural-rendering]}
  - {id: video, label: Video understanding, parent: vision, aliases: [action segmentation]}
  - {id: medicine, label: Medicine}
  - {id: medical-imaging, label: Medical imaging, parent: medicine, aliases: [tumor segmentation]}
  - {id: language-models, label: Language models, parent: nlp, aliases: [LLM]}
  - {id: agents, label: LLM agents, aliases: [AI agents], headNouns: [agent, agents], headTopics: [language-models]}
  - {id: multi-agent-systems, label: Multi-agent systems, parent: agents, headNouns: [multi-agent], headTopics: [language-models]}
  - {id: rl, label: Reinforcement learning}
  - {id: marl, label: Multi-agent reinforcement learning, parent: rl, aliases: [cooperative multi-agent]}
  - {id: rlhf, label: RLHF, parent: language-models, aliases: [RLHF]}
`,
  'taxonomy.yaml',
);
const heads = compileTopicHeads(
  topics,
  new Map([
    ['image', 'Image'],
    ['medical-images', 'Medical images'],
  ]),
);

/** The topics mentioned, and the words, with the head nouns read on the data named. */
const mentioned = (text: string, named: string[], matches: PhraseMatch<TopicId>[] = []) =>
  withHeadMentions(text, matches, heads, new Set(named)).map((match) => `${match.term}: ${match.text}`);

/** The mention of `phrase`, as the taxonomy's alias of `term` found it in `text`. */
const aliasIn = (text: string, phrase: string, term: string): PhraseMatch<TopicId> => ({
  term: term as TopicId,
  start: text.indexOf(phrase),
  end: text.indexOf(phrase) + phrase.length,
  text: phrase,
});

describe('a noun that names a topic on the right data', () => {
  it('is read from the taxonomy', () => {
    expect(problems).toEqual([]);
    expect(heads.map((head) => head.topic)).toEqual(['image-segmentation', 'agents', 'multi-agent-systems']);
  });

  it('names the topic where the paper names data of a kind the taxonomy gives', () => {
    const title = 'Semi-Supervised Tooth Segmentation in Dental Scans';
    expect(mentioned(title, ['Medical images'])).toEqual(['image-segmentation: Segmentation']);
  });

  it('names nothing on other data, or where the paper names no data', () => {
    expect(mentioned('Chinese Word Segmentation with Lattices', ['Text'])).toEqual([]);
    expect(mentioned('State-Space Segmentation for Sparse Rewards', [])).toEqual([]);
  });

  it('is the head of its phrase, not an adjective, a piece of another word or a qualifier of an objective', () => {
    expect(mentioned('A Segmentation Aware Transformer for images', ['Image'])).toEqual([]);
    expect(mentioned('segmentation-guided editing of images', ['Image'])).toEqual([]);
    expect(mentioned('it suffers from over-segmentation of images', ['Image'])).toEqual([]);
    // Nor the qualifier of a training objective: the paper adds a loss, it does not segment.
    expect(mentioned('We add an auxiliary segmentation loss on images.', ['Image'])).toEqual([]);
  });

  it('adds to the mentions an alias found, in text order, not inside them', () => {
    const text = 'Lesion segmentation beats semantic segmentation on images.';
    expect(mentioned(text, ['Image'], [aliasIn(text, 'semantic segmentation', 'image-segmentation')])).toEqual([
      'image-segmentation: segmentation',
      'image-segmentation: semantic segmentation',
    ]);
  });
});

describe('a noun that names a topic beside another topic', () => {
  /** Mentions of "LLM" where the text writes it, as the matcher would find them. */
  const llms = (text: string): PhraseMatch<TopicId>[] =>
    [...text.matchAll(/LLM/gu)].map((found) => ({
      term: 'language-models' as TopicId,
      start: found.index,
      end: found.index + 3,
      text: 'LLM',
    }));

  it('names its topic where the paper mentions one of the topics the taxonomy gives: an agent beside an LLM', () => {
    const text = 'We build a hierarchical agent whose planner is an LLM.';
    expect(mentioned(text, [], llms(text))).toEqual(['agents: agent', 'language-models: LLM']);
  });

  it('may be written with a hyphen: multi-agent LLMs', () => {
    const text = 'Debate-Driven Multi-Agent LLMs';
    expect(mentioned(text, [], llms(text))).toEqual(['multi-agent-systems: Multi-Agent', 'language-models: LLM']);
  });

  it('names its topic beside a subtopic of the topics the taxonomy gives', () => {
    const text = 'Our agent is tuned with RLHF.';
    expect(mentioned(text, [], [aliasIn(text, 'RLHF', 'rlhf')])).toEqual(['agents: agent', 'rlhf: RLHF']);
  });

  it("adds nothing inside another area's phrase, where that area has the noun: cooperative multi-agent RL", () => {
    const text = 'LLM-Guided Reward Shaping for Cooperative Multi-Agent Reinforcement Learning';
    const marl = aliasIn(text, 'Cooperative Multi-Agent', 'marl');
    expect(
      mentioned(
        text,
        [],
        [...llms(text), marl].sort((a, b) => a.start - b.start),
      ),
    ).toEqual(['language-models: LLM', 'marl: Cooperative Multi-Agent']);
  });

  it('names nothing where the paper mentions none: the agent of reinforcement learning', () => {
    expect(mentioned('The agent learns a policy from sparse rewards.', [])).toEqual([]);
  });
});

describe('a head noun ending the phrase of another topic', () => {
  it('names its own topic too, where the phrase is filed in another area: a tumor segmentation is a segmentation', () => {
    const title = 'Brain Tumor Segmentation from MRI scans';
    expect(mentioned(title, ['Medical images'], [aliasIn(title, 'Tumor Segmentation', 'medical-imaging')])).toEqual([
      'medical-imaging: Tumor Segmentation',
      'image-segmentation: Segmentation',
    ]);
  });

  it('adds nothing where a topic of its own area files the phrase: action segmentation cuts videos in time', () => {
    const title = 'Temporal Action Segmentation of images and videos';
    expect(mentioned(title, ['Image'], [aliasIn(title, 'Action Segmentation', 'video')])).toEqual([
      'video: Action Segmentation',
    ]);
  });

  it('adds nothing where the noun does not end the phrase', () => {
    const text = 'tumor segmentation masks of images';
    expect(mentioned(text, ['Image'], [aliasIn(text, 'tumor segmentation masks', 'medical-imaging')])).toEqual([
      'medical-imaging: tumor segmentation masks',
    ]);
  });
});

describe('a field that qualifies a phrase of another area', () => {
  const areas = loadTaxonomy(
    `topics:
  - {id: vision, label: Computer vision}
  - {id: image-segmentation, label: Image segmentation, parent: vision, aliases: [medical image segmentation, LLM image segmentation]}
  - {id: applications, label: Application domains, domain: true}
  - {id: medical-imaging, label: Medical imaging, parent: applications, aliases: [medical image, medical image restoration]}
  - {id: nlp, label: NLP}
  - {id: language-models, label: Language models, parent: nlp, aliases: [LLM]}
`,
    'taxonomy.yaml',
  );
  const parent = new Map(areas.topics.map((topic) => [topic.id, topic.parent]));
  const areaOfTopic = (id: TopicId): TopicId => areaOf(id, parent);
  const domains = new Set(areas.topics.filter((topic) => topic.domain).map((topic) => topic.id));
  /** What the taxonomy's aliases find in `words`, as the phrase matcher would (longest first). */
  const find = (words: string): PhraseMatch<TopicId>[] =>
    areas.topics
      .flatMap((topic) => topic.aliases.map((alias) => ({ topic, alias })))
      .sort((a, b) => b.alias.length - a.alias.length)
      .flatMap(({ topic, alias }) => {
        const at = words.toLowerCase().indexOf(alias.toLowerCase());
        return at < 0
          ? []
          : [{ term: topic.id, start: at, end: at + alias.length, text: words.slice(at, at + alias.length) }];
      })
      .slice(0, 1);
  const read = (text: string) =>
    withModifierMentions(find(text), find, areaOfTopic, (area) => domains.has(area)).map(
      (match) => `${match.term}: ${match.text}`,
    );

  it('names the field too: a medical image segmentation is said of medical images', () => {
    expect(areas.problems).toEqual([]);
    expect(read('Semi-supervised Medical Image Segmentation')).toEqual([
      'image-segmentation: Medical Image Segmentation',
      'medical-imaging: Medical Image',
    ]);
  });

  it('adds nothing for a qualifier outside a domain area, nor within the same area', () => {
    expect(read('Fast LLM Image Segmentation')).toEqual(['image-segmentation: LLM Image Segmentation']);
    expect(read('Medical Image Restoration with priors')).toEqual(['medical-imaging: Medical Image Restoration']);
  });

  it('is set on a top-level area only', () => {
    const { problems } = loadTaxonomy(
      'topics:\n  - {id: a, label: A}\n  - {id: b, label: B, parent: a, domain: true}\n',
      'taxonomy.yaml',
    );
    expect(problems.map((problem) => problem.message).join('\n')).toContain('domain marks a top-level area');
  });
});

describe('the taxonomy check', () => {
  it('refuses head nouns without the data they name the topic on', () => {
    const { problems } = loadTaxonomy(
      'topics:\n  - {id: image-segmentation, label: Image segmentation, headNouns: [segmentation]}\n',
      'taxonomy.yaml',
    );
    expect(problems.map((problem) => problem.message).join('\n')).toContain('headNouns need headData or headTopics');
  });

  it('refuses head topics that are not in the taxonomy', () => {
    const { problems } = loadTaxonomy(
      'topics:\n  - {id: agents, label: Agents, headNouns: [agent], headTopics: [nowhere]}\n',
      'taxonomy.yaml',
    );
    expect(problems.map((problem) => problem.message).join('\n')).toContain(
      'lists unknown topic "nowhere" under headTopics',
    );
  });
});

describe('an alias that does not name its topic on some data', () => {
  const offData = compileOffAliases(
    topics,
    new Map([
      ['image', 'Image'],
      ['medical-images', 'Medical images'],
    ]),
  );
  /** The "3D" and "3D scene" of a text as the matcher would find them, kept or not on the data named. */
  const kept = (text: string, named: string[]) => {
    const matches = [...text.matchAll(/3D(?: scene)?/gu)].map((found) => ({
      term: '3d-vision' as TopicId,
      start: found.index,
      end: found.index + found[0].length,
      text: found[0],
    }));
    return withoutOffMentions(matches, offData, new Set(named)).map((match) => match.text);
  };

  it('is dropped where the paper names data of that kind: a 3D U-Net on MRI volumes', () => {
    expect(kept('A Dual-Decoder 3D U-Net for brain MRI', ['Medical images'])).toEqual([]);
  });

  it('still names the topic on other data, and its other aliases name it on any', () => {
    expect(kept('Monocular 3D object detection from images', ['Image'])).toEqual(['3D']);
    expect(kept('3D scene graphs of CT rooms', ['Medical images'])).toEqual(['3D scene']);
  });

  it('is dropped beside another topic the paper names: rendering in a paper on Gaussian splatting', () => {
    const text = 'Gaussian splatting gives fast renderings.';
    const matches: PhraseMatch<TopicId>[] = [
      { term: 'neural-rendering' as TopicId, start: 0, end: 18, text: 'Gaussian splatting' },
      { term: 'graphics' as TopicId, start: 30, end: 40, text: 'renderings' },
    ];
    const kept = (found: PhraseMatch<TopicId>[]) =>
      withoutOffMentions(found, offData, new Set<string>()).map((match) => match.term);
    expect(text.slice(30, 40)).toBe('renderings');
    expect(kept(matches)).toEqual(['neural-rendering']);
    expect(kept(matches.slice(1))).toEqual(['graphics']);
    // Words of the off alias itself do not count as the other topic's mention.
    expect(kept([{ ...matches[1]!, text: 'rendering' }])).toEqual(['graphics']);
  });

  it("must be one of the topic's aliases, come with its data or topics, and name topics that exist", () => {
    const { problems } = loadTaxonomy(
      `topics:
  - {id: a, label: A, aliases: [3d], offAliases: [4d], offData: [medical-images]}
  - {id: b, label: B, aliases: [3d], offAliases: [3d]}
  - {id: c, label: C, aliases: [3d], offAliases: [3d], offTopics: [nowhere]}
  - {id: d, label: D, subjectBeside: [elsewhere]}
`,
      'taxonomy.yaml',
    );
    const messages = problems.map((problem) => problem.message).join('\n');
    expect(messages).toContain('offAliases must be written among');
    expect(messages).toContain('offAliases go with offData or offTopics');
    expect(messages).toContain('lists unknown topic "nowhere" under offTopics');
    expect(messages).toContain('lists unknown topic "elsewhere" under subjectBeside');
  });
});

describe('the data a paper works on, by its topics', () => {
  it('lets a head noun name its topic on the data its other topic works on: tooth segmentation in CBCT', async () => {
    const { extractCorpus } = await import('../../src/pipeline/extract');
    const { loadVocabulary } = await import('../../src/pipeline/load-vocabulary');
    const taxonomy = loadTaxonomy(
      `topics:
  - {id: vision, label: Computer vision}
  - {id: image-segmentation, label: Image segmentation, parent: vision, headNouns: [segmentation], headData: [medical-images]}
  - {id: medicine, label: Medical AI}
  - {id: medical-imaging, label: Medical image analysis, parent: medicine, aliases: [CBCT], modalities: [medical-images]}
`,
      'taxonomy.yaml',
    ).topics;
    const vocabulary = loadVocabulary(
      'modalities:\n  - {id: medical-images, label: Medical images, aliases: [CT scans]}\nmethods: []\n',
      'vocabulary.yaml',
    ).vocabulary;
    const paper = (key: string, title: string, abstract: string) => ({
      key,
      slug: key as never,
      name: null,
      title,
      abstract,
      source: { file: 'corpus.txt', line: 1 },
    });
    // Other papers, so that medical imaging is no topic most of the corpus names.
    const others = ['a', 'b', 'c', 'd'].map((key) =>
      paper(key, `Paper ${key}`, 'We propose a parser of invoices. It reads tables from scanned forms.'),
    );
    const [rail] = extractCorpus(
      [
        paper(
          'rail',
          'RAIL: Region-Aware Instructive Learning for Semi-Supervised Tooth Segmentation in CBCT',
          'Tooth segmentation from CBCT volumes needs many labels. We propose RAIL, which learns tooth segmentation from few labelled CBCT volumes.',
        ),
        ...others,
      ],
      { topics: taxonomy, vocabulary },
    );
    expect(rail?.tags.topics.map((tag) => tag.value).sort()).toEqual(['image-segmentation', 'medical-imaging']);
  });
});
