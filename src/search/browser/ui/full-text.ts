import type { Outcome, SearchEngine } from '../search-engine';
import { isActive, type SearchState } from '../search-state';
import { element, pageHref } from './dom';

const FULL_TEXT_LIMIT = 10;

/**
 * Below the search page's results: the full text of the built pages, searched with Pagefind when
 * the reader asks (or at once when the atlas index found nothing), for what the atlas index does
 * not hold, such as authors' names. It lists only pages the results above do not, in Pagefind's
 * order, and never reorders those results.
 */
export function fullTextSection(
  root: URL,
  load: () => Promise<SearchEngine>,
): { section: HTMLElement; update(state: SearchState, outcome: Outcome | undefined): void } {
  const section = element('section', { class: 'search-full-text', 'aria-label': 'Full text of pages', hidden: '' });
  const button = element(
    'button',
    { type: 'button', class: 'search-full-text-button' },
    'Search the full text of pages',
  );
  const status = element('p', { class: 'search-full-text-status', role: 'status', 'aria-live': 'polite' });
  const list = element('ul', { class: 'search-results', 'aria-label': 'In the full text of pages' });
  section.append(button, status, list);
  let latest = 0;
  let current: { state: SearchState; shown: Set<string> } | undefined;

  const search = async () => {
    if (!current) return;
    const ticket = ++latest;
    const { state, shown } = current;
    button.hidden = true;
    status.textContent = 'Searching the full text of pages…';
    try {
      const outcome = await (
        await load()
      ).search(state, FULL_TEXT_LIMIT + shown.size, {
        isCurrent: () => ticket === latest,
      });
      if (ticket !== latest) return;
      const more = outcome.hits.filter((hit) => !shown.has(hit.path)).slice(0, FULL_TEXT_LIMIT);
      list.replaceChildren(
        ...more.map((hit) => {
          const item = element('li', { class: 'search-hit' });
          item.append(element('a', { href: pageHref(root, hit.path), class: 'search-full-text-link' }, hit.title));
          return item;
        }),
      );
      status.textContent =
        more.length === 0 ? 'The full text of pages has nothing more.' : 'Also in the full text of pages:';
    } catch (error) {
      if (ticket === latest) status.textContent = `The full text could not be searched: ${(error as Error).message}`;
    }
  };
  button.addEventListener('click', () => void search());

  return {
    section,
    update(state, outcome) {
      latest += 1;
      list.replaceChildren();
      status.textContent = '';
      button.hidden = false;
      section.hidden = !outcome || state.query.trim() === '' || !isActive(state);
      current = { state, shown: new Set(outcome?.hits.map((hit) => hit.path) ?? []) };
      if (!section.hidden && outcome && outcome.total === 0 && (outcome.partial ?? 0) === 0) void search();
    },
  };
}
