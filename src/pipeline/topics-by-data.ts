/**
 * A topic made specific by the data the paper works on. The taxonomy says which data some topics
 * work on (medical imaging on medical images, point-cloud learning on point clouds); a paper filed
 * under a topic but none of its subtopics, whose data are a kind only one subtopic works on, is
 * about that subtopic: a medical paper on CT scans is a medical imaging paper whatever its words.
 */
import { ancestorsOf, type ParentOf } from '../model/topics';
import type { Tag, TopicId } from './types';

/** The subtopics of each topic, once per taxonomy. */
export function childrenOf(parentOf: ParentOf<TopicId>): Map<TopicId, TopicId[]> {
  const children = new Map<TopicId, TopicId[]>();
  for (const [id, parent] of parentOf) if (parent) children.set(parent, [...(children.get(parent) ?? []), id]);
  return children;
}

/**
 * The kinds of data that say which topic a paper is about: those only one topic and its subtopics
 * work on ("medical-images": medical imaging). Text, images or video, which many topics work on,
 * say nothing of which.
 */
export function distinctiveData(
  worksOn: ReadonlyMap<TopicId, readonly string[]>,
  parentOf: ParentOf<TopicId>,
): Map<string, TopicId> {
  const topicsOf = new Map<string, TopicId[]>();
  for (const [id, kinds] of worksOn) for (const kind of kinds) topicsOf.set(kind, [...(topicsOf.get(kind) ?? []), id]);
  const distinctive = new Map<string, TopicId>();
  for (const [kind, ids] of topicsOf) {
    // The topic every other one of them is under, if there is one.
    const top = ids.find((id) => ids.every((other) => other === id || ancestorsOf(other, parentOf).includes(id)));
    if (top) distinctive.set(kind, top);
  }
  return distinctive;
}

/**
 * Each topic replaced by its one subtopic the paper's data (`data`, modality ids) say it is about,
 * when those data are distinctive of that subtopic (`distinctiveData`): "medical AI" on medical
 * images becomes medical imaging.
 */
export function refineByData(
  topics: readonly Tag<TopicId>[],
  data: ReadonlySet<string>,
  children: ReadonlyMap<TopicId, readonly TopicId[]>,
  distinctive: ReadonlyMap<string, TopicId>,
): Tag<TopicId>[] {
  const said = new Set([...data].flatMap((kind) => distinctive.get(kind) ?? []));
  return topics.map((tag) => {
    const fitting = (children.get(tag.value) ?? []).filter((child) => said.has(child));
    return fitting.length === 1 ? { ...tag, value: fitting[0] as TopicId } : tag;
  });
}
