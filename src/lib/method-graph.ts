import { methodUrl, paperUrl } from './atlas';
import type { Catalog, PaperRecord, TopicNode } from './catalog';
import type { DiagramEdge, DiagramNode, MethodGraph } from './diagram/types';
import { toSlug } from '../pipeline/slug';

/**
 * The methods of a set of papers and how they relate: each paper's own method (or, for a paper
 * without a named method, its title) linked to the methods it builds on or compares with.
 */
export function graphOfPapers(papers: PaperRecord[], catalog: Catalog, focus?: string): MethodGraph {
  const nodes = new Map<string, DiagramNode>();
  const edges: DiagramEdge[] = [];
  const edgeKeys = new Set<string>();
  const nodeFor = (key: string, make: () => DiagramNode) => {
    if (!nodes.has(key)) nodes.set(key, make());
    return nodes.get(key)!;
  };
  const methodNode = (name: string) => {
    const method = catalog.methodBySlug.get(toSlug(name));
    const key = `m:${method?.slug ?? name}`;
    return nodeFor(key, () => ({
      id: key,
      label: method?.name ?? name,
      href: method ? methodUrl(method.slug) : null,
      kind: method?.slug === focus ? 'focus' : method?.introducedBy ? 'introduced' : 'external',
    }));
  };
  for (const paper of papers) {
    if (paper.relations.length === 0) continue;
    const source = paper.name
      ? methodNode(paper.name)
      : nodeFor(`p:${paper.slug}`, () => ({ id: `p:${paper.slug}`, label: paper.title, href: paperUrl(paper.slug), kind: 'introduced' }));
    for (const relation of paper.relations) {
      const target = methodNode(relation.target);
      if (target.id === source.id) continue;
      const key = `${source.id}\u0000${target.id}\u0000${relation.type}`;
      if (edgeKeys.has(key)) continue;
      edgeKeys.add(key);
      edges.push({ from: source.id, to: target.id, type: relation.type });
    }
  }
  return { nodes: [...nodes.values()], edges };
}

export function topicGraph(topic: TopicNode, catalog: Catalog): MethodGraph {
  return graphOfPapers(topic.papers.map((slug) => catalog.paperBySlug.get(slug)!), catalog);
}
