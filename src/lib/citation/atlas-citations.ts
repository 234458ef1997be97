import type { Catalog } from '../catalog';
import { bibtexEntry } from './bibtex';
import { citeKeys } from './cite-data';
import { cslItem, risRecord, type CslItem } from './ris-csl';

/** A paper's citation in the three formats the atlas offers, and its cite key. */
export interface Citation {
  key: string;
  bibtex: string;
  ris: string;
  csl: CslItem;
}

interface AtlasCitations {
  keys: Map<string, string>;
  citations: Map<string, Citation>;
}

const byCatalog = new WeakMap<Catalog, AtlasCitations>();

function citationsOf(catalog: Catalog): AtlasCitations {
  let found = byCatalog.get(catalog);
  if (!found) {
    found = { keys: citeKeys(catalog.papers), citations: new Map() };
    byCatalog.set(catalog, found);
  }
  return found;
}

/**
 * A paper's citation: its key is unique across the atlas (src/lib/citation/cite-data.ts). Each is
 * written once per build and kept, since a paper's entry is on its page and in several `.bib` sets.
 */
export function citationOf(catalog: Catalog, slug: string): Citation {
  const atlas = citationsOf(catalog);
  let citation = atlas.citations.get(slug);
  if (!citation) {
    const paper = catalog.paperBySlug.get(slug);
    if (!paper) throw new Error(`no paper ${slug} in the atlas`);
    const key = atlas.keys.get(slug) ?? slug;
    citation = { key, bibtex: bibtexEntry(paper, key), ris: risRecord(paper, key), csl: cslItem(paper, key) };
    atlas.citations.set(slug, citation);
  }
  return citation;
}

/** A `.bib` file of papers, in the order given: their entries, a blank line between. */
export function bibtexFile(catalog: Catalog, slugs: readonly string[]): string {
  return slugs.map((slug) => citationOf(catalog, slug).bibtex).join('\n');
}

/** The papers of a method page, as it lists them: the one introducing it, then those building on, comparing with and naming it. */
export function methodPaperSlugs(method: Catalog['methods'][number]): string[] {
  const slugs = [
    method.introducedBy,
    ...method.builtOnBy.map((entry) => entry.paper),
    ...method.comparedBy.map((entry) => entry.paper),
    ...method.mentionedBy,
  ].filter((slug): slug is string => slug !== null);
  return [...new Set(slugs)];
}
