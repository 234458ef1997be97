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
  /** Entries without their abstracts, for the `.bib` files of topics and methods. */
  references: Map<string, string>;
}

const byCatalog = new WeakMap<Catalog, AtlasCitations>();

function citationsOf(catalog: Catalog): AtlasCitations {
  let found = byCatalog.get(catalog);
  if (!found) {
    found = { keys: citeKeys(catalog.papers), citations: new Map(), references: new Map() };
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

/**
 * A `.bib` file of papers, in the order given: their entries, a blank line between. The files of
 * topics and methods leave the abstracts out (`abstracts: false`): a paper is in the files of all
 * its topics, their ancestors and its methods, and with its abstract in each, these files weighed
 * more than the pages of a 10,000-paper atlas. Each paper's page and the atlas's own `.bib` keep it.
 */
export function bibtexFile(catalog: Catalog, slugs: readonly string[], options: { abstracts: boolean }): string {
  if (options.abstracts) return slugs.map((slug) => citationOf(catalog, slug).bibtex).join('\n');
  const atlas = citationsOf(catalog);
  return slugs
    .map((slug) => {
      let entry = atlas.references.get(slug);
      if (entry === undefined) {
        const paper = catalog.paperBySlug.get(slug);
        if (!paper) throw new Error(`no paper ${slug} in the atlas`);
        // The key alone: the paper's other formats are made only for its own page (`citationOf`).
        entry = bibtexEntry(paper, atlas.keys.get(slug) ?? slug, { abstract: false });
        atlas.references.set(slug, entry);
      }
      return entry;
    })
    .join('\n');
}

/**
 * Whether a method page has a `.bib` file of its own: when it lists two papers or more. At 10,000
 * papers, 85% of the 6,406 method pages (5,453) list one paper, whose BibTeX its own page offers already;
 * a file each was an Astro output each, and the `.bib` outputs with the Cite block added about a
 * quarter to the Astro stage (bench/CITATIONS.md). A one-paper method page links to that paper's.
 */
export const hasOwnBibFile = (method: Catalog['methods'][number]): boolean => methodPaperSlugs(method).length > 1;

/**
 * The papers of a method page, as it lists them: the one introducing it, then those building on,
 * comparing with, using and naming it.
 */
export function methodPaperSlugs(method: Catalog['methods'][number]): string[] {
  const slugs = [
    method.introducedBy,
    ...method.builtOnBy.map((entry) => entry.paper),
    ...method.comparedBy.map((entry) => entry.paper),
    ...method.usedBy.map((entry) => entry.paper),
    ...method.mentionedBy,
  ].filter((slug): slug is string => slug !== null);
  return [...new Set(slugs)];
}
