import { FACET_NAMES, type FacetName } from '../../lib/search-facets';
import type { Hit, Outcome, SearchEngine } from './engines';
import {
  isActive,
  queryWhileTyping,
  readSearchState,
  toggleFilter,
  writeSearchState,
  type SearchState,
} from './search-state';

/** A topic of the taxonomy as the filter pane needs it: `[id, label, parent]`. */
export type TopicEntry = [string, string, string | null];

const FACET_LABELS: Record<FacetName, string> = {
  kind: 'Page',
  topic: 'Topic',
  task: 'Task',
  modality: 'Modality',
  code: 'Code',
  results: 'Has results on',
};
const CODE_LABELS: Record<string, string> = { yes: 'Has code', no: 'No code link' };

/** The address of a page of the site; from disk, folders are opened through their index.html. */
export function pageHref(root: URL, path: string): string {
  const target = new URL(path, root);
  if (target.protocol === 'file:' && target.pathname.endsWith('/')) target.pathname += 'index.html';
  return target.href;
}

/** The search page's address for a search. */
export const searchPageHref = (root: URL, state: SearchState) => pageHref(root, 'search/') + writeSearchState(state);

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result: title (with the kind of page), method name and topics, and the excerpt. */
function renderHit(hit: Hit, root: URL): HTMLLIElement {
  const item = element('li', { class: 'search-hit' });
  const link = element('a', { href: pageHref(root, hit.path), class: 'search-hit-link' });
  if (hit.kind) link.append(element('span', { class: 'search-hit-kind' }, hit.kind), ' ');
  link.append(element('span', { class: 'search-hit-title' }, hit.title));
  item.append(link);
  const details: string[] = [];
  if (hit.method && hit.method !== hit.title) details.push(`Introduces ${hit.method}`);
  if (hit.topics && hit.topics !== hit.title) details.push(hit.topics);
  if (details.length > 0) item.append(element('p', { class: 'search-hit-meta' }, details.join(' · ')));
  if (hit.excerpt) {
    const excerpt = element('p', { class: 'search-hit-excerpt' });
    // Pagefind and the atlas index both give escaped text with <mark> around matches.
    excerpt.innerHTML = hit.excerpt;
    item.append(excerpt);
  }
  return item;
}

/**
 * Runs searches as the reader types and draws their results. Only the latest search is drawn,
 * so there is no debounce delay: a slow earlier search never overwrites a later one.
 */
class SearchView {
  private latest = 0;
  private pause: ReturnType<typeof setTimeout> | undefined;
  constructor(
    private readonly engine: Promise<SearchEngine>,
    private readonly root: URL,
    private readonly container: HTMLElement,
    private readonly list: HTMLUListElement,
    private readonly status: HTMLElement,
    private readonly limit: number,
    private readonly counts = false,
  ) {}

  /**
   * Searches as the reader types: what is worth searching yet at once (see `queryWhileTyping`),
   * and the whole query once typing pauses.
   */
  type(state: SearchState, countEmpty = false): Promise<Outcome | undefined> {
    clearTimeout(this.pause);
    const now = queryWhileTyping(state.query);
    if (now === state.query.trim()) return this.run(state, countEmpty);
    this.pause = setTimeout(() => void this.run(state, countEmpty), TYPING_PAUSE_MS);
    return this.run({ ...state, query: now }, countEmpty);
  }

  /**
   * Searches and draws the results. An empty search draws nothing; with `countEmpty` it still
   * asks the engine about the whole atlas, for the facet counts.
   */
  async run(state: SearchState, countEmpty = false): Promise<Outcome | undefined> {
    const ticket = ++this.latest;
    this.container.dataset.state = 'searching';
    const active = isActive(state);
    if (!active && !countEmpty) {
      this.list.replaceChildren();
      this.status.textContent = '';
      this.container.dataset.state = 'idle';
      this.container.dataset.query = '';
      return undefined;
    }
    let outcome: Outcome;
    try {
      const engine = await this.engine;
      this.container.dataset.engine = engine.name;
      outcome = await engine.search(state, this.limit, {
        isCurrent: () => ticket === this.latest,
        counts: this.counts,
      });
    } catch (error) {
      if (ticket !== this.latest) return undefined;
      this.status.textContent = `Search could not load: ${(error as Error).message}`;
      this.container.dataset.state = 'error';
      return undefined;
    }
    if (ticket !== this.latest) return undefined;
    if (!active) {
      this.list.replaceChildren();
      this.status.textContent = 'Type to search, or choose a filter to browse.';
      this.container.dataset.query = '';
      this.container.dataset.state = 'idle';
      return outcome;
    }
    this.list.replaceChildren(...outcome.hits.map((hit) => renderHit(hit, this.root)));
    const shown = outcome.hits.length;
    this.status.textContent =
      outcome.total === 0
        ? 'No results.'
        : `${outcome.total} result${outcome.total === 1 ? '' : 's'}${shown < outcome.total ? `, showing the first ${shown}` : ''}.`;
    this.container.dataset.query = state.query;
    this.container.dataset.state = 'ready';
    return outcome;
  }
}

/** How long typing must pause before a query ending in a very short word is searched whole. */
const TYPING_PAUSE_MS = 250;

/** Arrow keys move between the search box and the result links; Enter follows a link as usual. */
function arrowKeys(input: HTMLInputElement, list: HTMLUListElement): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit-link')];
    if (links.length === 0) return;
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    let next: number;
    if (event.key === 'ArrowDown') next = current < 0 ? 0 : Math.min(current + 1, links.length - 1);
    else next = current <= 0 ? -1 : current - 1;
    event.preventDefault();
    if (next < 0) input.focus();
    else links[next]?.focus();
  };
}

const DIALOG_LIMIT = 8;

/** The search dialog of every page, created the first time it is opened. */
export class SearchDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly input: HTMLInputElement;
  private readonly view: SearchView;
  private readonly more: HTMLAnchorElement;

  constructor(
    private readonly engine: Promise<SearchEngine>,
    private readonly root: URL,
  ) {
    this.dialog = element('dialog', { class: 'search-dialog', 'aria-label': 'Search the atlas' });
    const box = element('div', { class: 'search-dialog-box' });
    this.input = element('input', {
      type: 'search',
      class: 'search-input',
      'aria-label': 'Search papers, methods, topics',
      placeholder: 'Search papers, methods, topics',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-controls': 'search-dialog-results',
      'aria-describedby': 'search-dialog-status',
    });
    const close = element('button', { type: 'button', class: 'search-close', 'aria-label': 'Close search' }, 'Esc');
    box.append(this.input, close);
    const status = element('p', {
      id: 'search-dialog-status',
      class: 'search-status',
      role: 'status',
      'aria-live': 'polite',
    });
    const list = element('ul', { id: 'search-dialog-results', class: 'search-results', 'aria-label': 'Results' });
    this.more = element(
      'a',
      { class: 'search-more', href: searchPageHref(root, { query: '', filters: {} }) },
      'All results, with filters →',
    );
    const hint = element('p', { class: 'search-hint' }, '↑ ↓ to move, Enter to open, Esc to close');
    const footer = element('p', { class: 'search-footer' });
    footer.append(this.more);
    this.dialog.append(box, status, list, footer, hint);
    this.view = new SearchView(engine, root, this.dialog, list, status, DIALOG_LIMIT);
    document.body.append(this.dialog);

    close.addEventListener('click', () => this.dialog.close());
    // A search box swallows the first Escape to clear itself; the dialog should close at once.
    this.dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      this.dialog.close();
    });
    this.dialog.addEventListener('click', (event) => {
      if (event.target === this.dialog) this.dialog.close();
    });
    this.input.addEventListener('input', () => this.update());
    this.dialog.addEventListener('keydown', arrowKeys(this.input, list));
    this.input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      const first = list.querySelector<HTMLAnchorElement>('a.search-hit-link');
      if (first) location.href = first.href;
      else if (this.input.value.trim() !== '') location.href = this.more.href;
    });
  }

  private update(): void {
    const state: SearchState = { query: this.input.value, filters: {} };
    this.more.href = searchPageHref(this.root, state);
    void this.view.type(state);
  }

  open(query = ''): void {
    if (!this.dialog.open) this.dialog.showModal();
    if (query !== '' && this.input.value === '') {
      this.input.value = query;
      this.update();
    }
    this.input.focus();
    this.input.select();
  }
}

/** The facet values of a search as checkboxes with counts; topics indented under their parents. */
function renderFilters(
  pane: HTMLElement,
  state: SearchState,
  counts: Outcome['counts'],
  topics: Map<string, { label: string; parent: string | null }>,
  onToggle: (name: FacetName, value: string) => void,
): void {
  const groups: HTMLElement[] = [];
  for (const name of FACET_NAMES) {
    const available = counts[name] ?? {};
    const chosen = state.filters[name] ?? [];
    const values = [...new Set([...Object.keys(available).filter((value) => (available[value] ?? 0) > 0), ...chosen])];
    if (values.length === 0) continue;
    const depth = (id: string) => {
      let level = 0;
      for (let parent = topics.get(id)?.parent; parent && level < 8; parent = topics.get(parent)?.parent) level += 1;
      return level;
    };
    const label = (value: string) =>
      name === 'topic' ? (topics.get(value)?.label ?? value) : name === 'code' ? (CODE_LABELS[value] ?? value) : value;
    // Topics read as a tree: each under its parent, siblings by label.
    const path = (value: string): string[] => {
      const labels = [label(value)];
      for (
        let parent = topics.get(value)?.parent, level = 0;
        parent && level < 8;
        parent = topics.get(parent)?.parent, level += 1
      ) {
        labels.unshift(topics.get(parent)?.label ?? parent);
      }
      return labels;
    };
    const ordered =
      name === 'topic'
        ? values.sort((a, b) =>
            path(a).join('\u0000').localeCompare(path(b).join('\u0000'), 'en', { sensitivity: 'base' }),
          )
        : values.sort((a, b) => (available[b] ?? 0) - (available[a] ?? 0) || label(a).localeCompare(label(b)));
    const fieldset = element('fieldset', { class: `search-facet search-facet-${name}`, 'data-facet': name });
    fieldset.append(element('legend', {}, FACET_LABELS[name]));
    const list = element('ul');
    for (const value of ordered) {
      const item = element('li');
      if (name === 'topic') item.style.paddingInlineStart = `${depth(value) * 0.9}rem`;
      const control = element('label');
      const box = element('input', { type: 'checkbox', value, name });
      box.checked = chosen.includes(value);
      box.addEventListener('change', () => onToggle(name, value));
      control.append(box, ` ${label(value)} `, element('span', { class: 'count' }, String(available[value] ?? 0)));
      item.append(control);
      list.append(item);
    }
    fieldset.append(list);
    groups.push(fieldset);
  }
  pane.replaceChildren(...groups);
}

const PAGE_LIMIT = 30;

/**
 * The /search/ page: a search box, the filter pane and the results, with the search kept in the
 * page's address so it can be linked. With no words, the filters browse the whole atlas.
 */
export function mountSearchPage(
  container: HTMLElement,
  engine: Promise<SearchEngine>,
  root: URL,
  topicEntries: TopicEntry[],
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
  layout.append(pane, main);
  container.replaceChildren(form, layout);
  const view = new SearchView(engine, root, container, list, status, PAGE_LIMIT, true);

  const refresh = async (pushUrl: boolean, typing = false) => {
    if (pushUrl) history.replaceState(null, '', location.pathname + writeSearchState(state) + location.hash);
    // With nothing asked, the counts come from the whole atlas, so the filters can start a browse.
    const shown = await (typing ? view.type(state, true) : view.run(state, true));
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
