import { FILTER_FACETS } from '../../../model/facets';
import { FACET_NAMES, type FacetName } from '../../shared/facets';
import type { Outcome } from '../search-engine';
import type { SearchState } from '../search-state';
import { element } from './dom';

/** Each facet's heading: the paper facets' from the facet registry. */
const FACET_LABELS = {
  kind: 'Page',
  ...Object.fromEntries(FILTER_FACETS.map((filter) => [filter.key, filter.label])),
  code: 'Code',
  results: 'Has results on',
} as Record<FacetName, string>;
const CODE_LABELS: Record<string, string> = { yes: 'Has code', no: 'No code link' };

/** The facet values of a search as checkboxes with counts; topics indented under their parents. */
export function renderFilters(
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
