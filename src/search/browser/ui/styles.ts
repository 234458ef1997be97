/** The search dialog's and page's styles, added to the page when the search client loads. */
export const searchStyles = `
.search-dialog {
  width: min(42rem, calc(100vw - 2rem));
  max-height: min(36rem, calc(100vh - 4rem));
  margin: 4rem auto auto;
  padding: 0;
  border: 1px solid var(--border, GrayText);
  border-radius: var(--radius, 0.5rem);
  background: var(--bg, Canvas);
  color: var(--text, CanvasText);
  box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.3);
}
.search-dialog::backdrop { background: rgb(0 0 0 / 0.35); }
.search-dialog-box { display: flex; gap: 0.5rem; padding: 0.75rem; border-bottom: 1px solid var(--border, GrayText); }
.search-input { flex: 1; width: 100%; font: inherit; font-size: 1.1rem; padding: 0.45rem 0.6rem; }
.search-close { font: inherit; font-size: 0.8rem; }
.search-status { margin: 0.5rem 0.75rem; font-size: 0.9rem; color: var(--muted, inherit); }
.search-results { list-style: none; margin: 0; padding: 0 0.5rem; }
.search-hit { padding: 0.5rem 0.4rem; border-bottom: 1px solid var(--border, GrayText); }
.search-hit-link { font-weight: 600; display: block; }
.search-hit-link:focus { outline: 2px solid var(--focus, Highlight); outline-offset: 2px; }
.search-hit-kind {
  font-size: 0.7rem; font-weight: 500; text-transform: uppercase; letter-spacing: 0.04em;
  padding: 0.05rem 0.35rem; border: 1px solid currentColor; border-radius: 0.3rem; color: var(--muted, inherit);
}
.search-hit-meta { margin: 0.2rem 0 0; font-size: 0.85rem; color: var(--muted, inherit); }
.search-hit-excerpt { margin: 0.2rem 0 0; font-size: 0.9rem; overflow-wrap: anywhere; }
.search-hit-excerpt mark { background: Mark; color: MarkText; }
.search-footer, .search-hint { margin: 0.5rem 0.75rem; font-size: 0.85rem; }
.search-hint { color: var(--muted, inherit); }
.search-page-form { margin-bottom: 1rem; }
.search-layout { display: grid; grid-template-columns: minmax(12rem, 16rem) 1fr; gap: 1.5rem; align-items: start; }
/* A column as narrow as the screen, whatever it holds: an address in an excerpt breaks rather than widening it. */
.search-layout > * { min-width: 0; }
@media (max-width: 40rem) { .search-layout { grid-template-columns: minmax(0, 1fr); } }
.search-filters fieldset { border: 0; padding: 0; margin: 0 0 1rem; }
.search-filters legend { font-weight: 600; margin-bottom: 0.25rem; }
.search-filters ul { list-style: none; margin: 0; padding: 0; font-size: 0.9rem; }
.search-facet-topic ul { max-height: 22rem; overflow-y: auto; }
.search-filters .count { color: var(--muted, inherit); font-size: 0.8rem; }
.search-correction { margin: 0.5rem 0.75rem; font-size: 0.9rem; }
.search-correction-switch, .search-full-text-button {
  font: inherit; font-size: 0.85rem; padding: 0; border: 0; background: none; color: var(--accent, LinkText);
  text-decoration: underline; cursor: pointer;
}
.search-partial-note { padding: 0.6rem 0.4rem 0.2rem; font-size: 0.85rem; color: var(--muted, inherit); }
.search-full-text { margin-top: 1.5rem; }
.search-full-text-status { margin: 0.5rem 0.75rem; font-size: 0.9rem; color: var(--muted, inherit); }
`;
