import type { SearchEngine } from '../search-engine';
import type { SearchState } from '../search-state';
import { element, searchPageHref } from './dom';
import { arrowKeys, SearchView } from './search-view';

const DIALOG_LIMIT = 8;

/** The search dialog of every page, created the first time it is opened. */
export class SearchDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly input: HTMLInputElement;
  private readonly view: SearchView;
  private readonly more: HTMLAnchorElement;

  constructor(
    engine: Promise<SearchEngine>,
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
