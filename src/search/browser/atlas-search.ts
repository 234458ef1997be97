import type { FacetName } from '../shared/facets';
import { readMeta } from '../shared/codec';
import { META_PATH, type IndexLoader, type MetaPayload } from '../shared/index-format';
import { LoadedIndex, type AtlasOutcome, type AtlasSearchOptions } from './loaded-index';

export type { AtlasHit, AtlasOutcome, AtlasSearchOptions } from './loaded-index';

/**
 * Searches the atlas index: every query word must appear in a page (function words only add to
 * the score), in the form typed, another form with the same stem ("optimizers" finds "optimizer"),
 * or, for the last word, as the beginning of a longer one (as while typing); words of three letters
 * or fewer, and words whose forms would fill more than four shards (about 20 KB), only as typed. Matches in titles and
 * method names rank first; a page whose title or method name holds every word of the query ranks
 * above the rest, and the page of a one-word method name typed whole above all. Pages must carry
 * every chosen facet value; with no words, every page that passes the filters is listed by title
 * (browse mode).
 */
export class AtlasSearch {
  private index: Promise<LoadedIndex> | undefined;
  private refreshing: Promise<LoadedIndex> | undefined;

  constructor(private readonly load: IndexLoader) {}

  private open(path: string): Promise<LoadedIndex> {
    return this.load('meta', path).then((meta) => new LoadedIndex(readMeta(meta as MetaPayload), this.load));
  }

  /** The index as its table of contents describes it; a table that failed to load is asked for again next time. */
  private current(): Promise<LoadedIndex> {
    if (!this.index) {
      const opening = this.open(META_PATH);
      opening.catch(() => {
        if (this.index === opening) this.index = undefined;
      });
      this.index = opening;
    }
    return this.index;
  }

  /**
   * Searches. If a file of the index cannot be loaded, the site may have been rebuilt since the
   * table of contents was read (a rebuild replaces the folder it names): the table is read again,
   * past any cache, and if it names another folder the search starts over there, once.
   */
  async search(
    query: string,
    filters: Partial<Record<FacetName, string[]>> = {},
    options: AtlasSearchOptions = {},
  ): Promise<AtlasOutcome> {
    const index = await this.current();
    try {
      return await index.search(query, filters, options);
    } catch (error) {
      const fresh = await this.refresh();
      if (fresh.meta.folder === index.meta.folder) throw error;
      return fresh.search(query, filters, options);
    }
  }

  /** Reads the table of contents again, once for all the searches that failed together. */
  private refresh(): Promise<LoadedIndex> {
    this.refreshing ??= this.open(`${META_PATH}?${Date.now()}`)
      .then(async (fresh) => {
        const index = await this.current().catch(() => undefined);
        // Searches already running keep the index they started with; later ones use the new one.
        if (index?.meta.folder !== fresh.meta.folder) this.index = Promise.resolve(fresh);
        return fresh;
      })
      .finally(() => {
        this.refreshing = undefined;
      });
    return this.refreshing;
  }
}
