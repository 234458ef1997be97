/**
 * The search client, one classic script (`search/atlas-search.js`) so it also runs from disk.
 * Pages load it only when the reader opens search; the search page loads it directly.
 */
import { atlasEngine, fullTextEngine } from './engines';
import type { SearchEngine } from './search-engine';
import { searchStyles } from './ui/styles';
import { SearchDialog } from './ui/dialog';
import { mountSearchPage, type TopicEntry } from './ui/search-page';

declare global {
  interface Window {
    atlasSearch?: { open(query?: string): void };
  }
}

/** The site root, from the marker each page carries (its links are relative, so this is too). */
function siteRoot(): URL {
  const marker = document.querySelector<HTMLElement>('#search-page[data-root], #site-script[data-root]');
  return new URL(marker?.dataset.root ?? './', location.href);
}

/** Sets up search once, however many times the script is included. */
function start(): void {
  const style = document.createElement('style');
  style.textContent = searchStyles;
  document.head.append(style);

  const root = siteRoot();
  let dialog: SearchDialog | undefined;

  const page = document.getElementById('search-page');
  if (page) {
    const topicsData = document.getElementById('search-topics')?.textContent ?? '[]';
    // The page answers from the atlas index, as the dialog does: one ranking behind both.
    const engine = Promise.resolve<SearchEngine>(atlasEngine(root));
    mountSearchPage(page, engine, root, JSON.parse(topicsData) as TopicEntry[], fullTextEngine(root));
  }

  window.atlasSearch = {
    open(query = '') {
      const pageInput = page?.querySelector<HTMLInputElement>('input.search-input');
      if (pageInput) {
        pageInput.focus();
        return;
      }
      // The dialog answers from the atlas index: a first query fetches a few small files, where
      // Pagefind would first fetch its engine and the metadata of every page.
      dialog ??= new SearchDialog(Promise.resolve<SearchEngine>(atlasEngine(root)), root);
      dialog.open(query);
    },
  };
}

if (!window.atlasSearch) start();
