import type { Hit, Outcome, SearchEngine } from '../search-engine';
import { enteredAtOnce, isActive, queryWhileTyping, type SearchState } from '../search-state';
import { element, pageHref } from './dom';

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

/** The results as list items: the pages with every word, then, under a note, those with some. */
function renderHits(hits: readonly Hit[], root: URL): HTMLLIElement[] {
  const items: HTMLLIElement[] = [];
  hits.forEach((hit, index) => {
    if (hit.partial && !hits[index - 1]?.partial)
      items.push(element('li', { class: 'search-partial-note' }, 'Pages with some of the words:'));
    items.push(renderHit(hit, root));
  });
  return items;
}

/** The status line of a search: how many pages have all the words, and how many some. */
function statusOf(outcome: Outcome): string {
  const shown = outcome.hits.filter((hit) => !hit.partial).length;
  const partial = outcome.partial ?? 0;
  if (outcome.total === 0)
    return partial === 0
      ? 'No results.'
      : `No page has all the words; ${partial} ha${partial === 1 ? 's' : 've'} some.`;
  const more = partial > 0 && shown === outcome.total ? `; ${partial} more with some of the words` : '';
  return `${outcome.total} result${outcome.total === 1 ? '' : 's'}${shown < outcome.total ? `, showing the first ${shown}` : ''}${more}.`;
}

/**
 * Runs searches as the reader types and draws their results. Only the latest search is drawn,
 * so there is no debounce delay: a slow earlier search never overwrites a later one. When words
 * were corrected, a note says what was searched, with a button to search what was typed instead
 * (and back).
 */
export class SearchView {
  private latest = 0;
  private pause: ReturnType<typeof setTimeout> | undefined;
  private readonly note: HTMLParagraphElement;
  /** The query the reader asked to search as typed, and what it was corrected to. */
  private asTyped: { query: string; searched: string } | undefined;
  private current: { state: SearchState; countEmpty: boolean } | undefined;
  /** When the reader last typed into the box (a key, not a paste). */
  private lastKey = -Infinity;
  /** The results in the list, as `drawHits` drew them. */
  private shownHits = '[]';
  /** What the box held at the last edit (before the first, what was searched: a query from the address). */
  private boxText: string | undefined;
  constructor(
    private readonly engine: Promise<SearchEngine>,
    private readonly root: URL,
    private readonly container: HTMLElement,
    private readonly list: HTMLUListElement,
    private readonly status: HTMLElement,
    private readonly limit: number,
    private readonly counts = false,
  ) {
    this.note = element('p', { class: 'search-correction', hidden: '' });
    list.before(this.note);
  }

  /**
   * Draws the results, unless they are those drawn already: typing a query often finds the same
   * pages at several keys, and drawing them again would only cost the browser style, layout and paint.
   */
  private drawHits(hits: readonly Hit[]): void {
    const shown = JSON.stringify(hits);
    if (shown === this.shownHits) return;
    this.shownHits = shown;
    // Redrawing must not lose the reader's place among the results.
    const focused = this.list.contains(document.activeElement) ? (document.activeElement as HTMLAnchorElement) : null;
    this.list.replaceChildren(...renderHits(hits, this.root));
    if (focused) [...this.list.querySelectorAll('a')].find((link) => link.href === focused.href)?.focus();
  }

  /** The note above corrected results: what was searched, and a button for the other reading. */
  private drawNote(query: string, searched: string | undefined): void {
    const typed = query.trim();
    const asTyped = this.asTyped?.query === typed ? this.asTyped : undefined;
    if (!searched && !asTyped) {
      if (this.note.hidden) return;
      this.note.hidden = true;
      this.note.replaceChildren();
      return;
    }
    const button = element('button', { type: 'button', class: 'search-correction-switch' });
    if (asTyped) {
      this.note.replaceChildren('Results for ', element('strong', {}, typed), ' as typed. ', button);
      button.textContent = `Show results for “${asTyped.searched}”`;
    } else {
      this.note.replaceChildren('Showing results for ', element('strong', {}, searched as string), '. ', button);
      button.textContent = `Search for “${typed}” instead`;
    }
    button.addEventListener('click', () => {
      this.asTyped = asTyped ? undefined : { query: typed, searched: searched as string };
      if (this.current) void this.run(this.current.state, this.current.countEmpty);
    });
    this.note.hidden = false;
  }

  /**
   * Searches as the reader types: what is worth searching yet at once (see `queryWhileTyping`),
   * and the whole query once typing pauses. While keys come faster than that pause, results are
   * drawn without excerpts, which are a file each: they follow once typing pauses. A query
   * pasted whole is searched whole, with its excerpts, at once.
   */
  type(state: SearchState, countEmpty = false): Promise<Outcome | undefined> {
    clearTimeout(this.pause);
    const at = performance.now();
    // A query pasted (or otherwise entered whole) is not being typed: no short last word to wait
    // for, and its excerpts are wanted at once rather than after a pause.
    const atOnce = enteredAtOnce(this.boxText ?? this.current?.state.query ?? '', state.query);
    this.boxText = state.query;
    const typing = !atOnce && at - this.lastKey < TYPING_PAUSE_MS;
    this.lastKey = atOnce ? -Infinity : at;
    const now = atOnce ? state.query.trim() : queryWhileTyping(state.query);
    const whole = now === state.query.trim();
    if (!whole || typing) this.pause = setTimeout(() => void this.run(state, countEmpty), TYPING_PAUSE_MS);
    return this.run(whole ? state : { ...state, query: now }, countEmpty, !typing);
  }

  /**
   * Searches and draws the results (with their excerpts unless `excerpts` is false). An empty
   * search draws nothing; with `countEmpty` it still asks the engine about the whole atlas, for
   * the facet counts.
   */
  async run(state: SearchState, countEmpty = false, excerpts = true): Promise<Outcome | undefined> {
    const ticket = ++this.latest;
    this.current = { state, countEmpty };
    const correct = this.asTyped?.query !== state.query.trim();
    this.container.dataset.state = 'searching';
    const active = isActive(state);
    if (!active && !countEmpty) {
      this.drawHits([]);
      this.drawNote('', undefined);
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
        correct,
        excerpts,
      });
    } catch (error) {
      if (ticket !== this.latest) return undefined;
      this.status.textContent = `Search could not load: ${(error as Error).message}`;
      this.container.dataset.state = 'error';
      return undefined;
    }
    if (ticket !== this.latest) return undefined;
    if (!active) {
      this.drawHits([]);
      this.drawNote('', undefined);
      this.status.textContent = 'Type to search, or choose a filter to browse.';
      this.container.dataset.query = '';
      this.container.dataset.state = 'idle';
      return outcome;
    }
    this.drawHits(outcome.hits);
    this.drawNote(state.query, outcome.searched);
    const status = statusOf(outcome);
    if (this.status.textContent !== status) this.status.textContent = status;
    this.container.dataset.query = state.query;
    this.container.dataset.searched = outcome.searched ?? state.query;
    this.container.dataset.state = 'ready';
    return outcome;
  }
}

/**
 * How long typing must pause before a query ending in a very short word is searched whole, and
 * before excerpts are fetched.
 */
const TYPING_PAUSE_MS = 250;

/** Arrow keys move between the search box and the result links; Enter follows a link as usual. */
export function arrowKeys(input: HTMLInputElement, list: HTMLUListElement): (event: KeyboardEvent) => void {
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
