import { readSearchState, toggleFilter, writeSearchState } from '../search-state';
import type { SearchEngine } from '../search-engine';
import { element } from './dom';
import { renderFilters } from './filters';
import { fullTextSection } from './full-text';
import { arrowKeys, SearchView } from './search-view';

/** A topic of the taxonomy as the filter pane needs it: `[id, label, parent]`. */
export type TopicEntry = [string, string, string | null];

const PAGE_LIMIT = 30;

/**
 * The /search/ page: a search box, the filter pane and the results, with the search kept in the
 * page's address so it can be linked. With no words, the filters browse the whole atlas. Below
 * the results, the full text of pages can be searched too (`fullText`, over HTTP only).
 */
export function mountSearchPage(
  container: HTMLElement,
  engine: Promise<SearchEngine>,
  root: URL,
  topicEntries: TopicEntry[],
  fullText: (() => Promise<SearchEngine>) | null,
): void {
  const topics = new Map(topicEntries.map(([id, label, parent]) => [id, { label, parent }]));
  let state = readSearchState(location.search);
  const form = element('form', { class: 'search-page-form', role: 'search' });
  const input = element('input', {
    type: 'search',
    class: 'search-input',
    name: 'q',
    'aria-label': 'Search the atlas',
    placeholder: 'Search papers, methods, topics',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-controls': 'search-page-results',
  });
  input.value = state.query;
  form.append(input);
  const layout = element('div', { class: 'search-layout' });
  const pane = element('div', { class: 'search-filters', role: 'group', 'aria-label': 'Filters' });
  const main = element('div', { class: 'search-main' });
  const status = element('p', { class: 'search-status', role: 'status', 'aria-live': 'polite' });
  const list = element('ul', { id: 'search-page-results', class: 'search-results', 'aria-label': 'Results' });
  main.append(status, list);
  const more = fullText ? fullTextSection(root, fullText) : undefined;
  if (more) main.append(more.section);
  layout.append(pane, main);
  container.replaceChildren(form, layout);
  const view = new SearchView(engine, root, container, list, status, PAGE_LIMIT, true);

  const refresh = async (pushUrl: boolean, typing = false) => {
    if (pushUrl) history.replaceState(null, '', location.pathname + writeSearchState(state) + location.hash);
    // With nothing asked, the counts come from the whole atlas, so the filters can start a browse.
    const shown = await (typing ? view.type(state, true) : view.run(state, true));
    if (shown) more?.update(state, shown);
    if (shown) {
      // Redrawing the pane must not lose the reader's place: refocus the box they just toggled.
      const focused =
        document.activeElement instanceof HTMLInputElement && pane.contains(document.activeElement)
          ? document.activeElement
          : null;
      renderFilters(pane, state, shown.counts, topics, (name, value) => {
        state = toggleFilter(state, name, value);
        void refresh(true);
      });
      if (focused) {
        const boxes = [...pane.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
        boxes.find((box) => box.name === focused.name && box.value === focused.value)?.focus();
      }
    }
  };
  input.addEventListener('input', () => {
    state = { ...state, query: input.value };
    void refresh(true, true);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    const first = list.querySelector<HTMLAnchorElement>('a.search-hit-link');
    if (first) location.href = first.href;
  });
  container.addEventListener('keydown', arrowKeys(input, list));
  void refresh(false);
  input.focus();
}
