/**
 * The edits `npm run curate` makes to `content/curation.yaml`, on the YAML document itself so the
 * curators' comments and layout stay as they wrote them. Pure: text in, text out; the command line
 * checks the result with ./parse.ts before writing it.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { FacetName } from '../../model/facets';
import type { RelationType } from '../../model/relations';
import type { CorrectionVerb } from './types';

export type CurationEdit =
  | { kind: 'facet'; slug: string; facet: FacetName; verb: CorrectionVerb; value: string }
  | { kind: 'name'; slug: string; name: string | null }
  | { kind: 'relation'; slug: string; verb: CorrectionVerb; type: RelationType; target: string; evidence?: string }
  | { kind: 'never'; facet: FacetName; id: string; phrase: string };

/** Verbs a new one undoes: adding what an earlier line removed takes that line back, and so on. */
const UNDOES: Record<CorrectionVerb, CorrectionVerb[]> = { add: ['remove'], keep: ['remove'], remove: ['add', 'keep'] };

const HEADER =
  '# Curators\' corrections of the extractor, applied by every build (README: "Correcting the atlas").\n' +
  '# Written by people (and `npm run curate`), never by the build. Say why next to each correction.\n';

type Path = Array<string>;

/** The map at a path, made (in flow style if asked) where there is none. */
function mapAt(document: Document, path: Path, flow = false): YAMLMap {
  const node = document.getIn(path, true);
  if (isMap(node)) return node;
  const made = document.createNode({}, { flow }) as YAMLMap;
  document.setIn(path, made);
  return made;
}

function seqAt(document: Document, path: Path, flow: boolean): YAMLSeq {
  const node = document.getIn(path, true);
  if (isSeq(node)) return node;
  const made = document.createNode([], { flow }) as YAMLSeq;
  // One value written bare (`remove: vision`) becomes the first of the list.
  if (isScalar(node)) made.items.push(node);
  document.setIn(path, made);
  return made;
}

/** Drops the items of a list at a path that `matches`, and the list when it is left empty. */
function dropFrom(document: Document, path: Path, matches: (item: unknown) => boolean): void {
  const node = document.getIn(path, true);
  if (isScalar(node) && matches(node)) document.deleteIn(path);
  if (!isSeq(node)) return;
  node.items = node.items.filter((item) => !matches(item));
  if (node.items.length === 0) document.deleteIn(path);
}

const scalarIs = (value: string) => (item: unknown) => isScalar(item) && String(item.value) === value;

const relationIs = (type: string, target: string) => (item: unknown) =>
  isMap(item) && String(item.get('type')) === type && String(item.get('target')).toLowerCase() === target.toLowerCase();

/**
 * `[ a, b ]` as `[a, b]`: the YAML library pads flow lists and maps alike, while curators (and
 * Prettier) write `{ add: [a] }`; without this every edit would rewrite every line. Brackets in
 * quotes and comments are left alone.
 */
function unpadFlowLists(text: string): string {
  let out = '';
  let quote: string | null = null;
  let comment = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (comment) comment = char !== '\n';
    else if (quote) quote = char === quote && text[i - 1] !== '\\' ? null : quote;
    else if (char === '"' || char === "'") quote = char;
    else if (char === '#' && /\s/u.test(text[i - 1] ?? ' ')) comment = true;
    else if (char === ' ' && (text[i - 1] === '[' || text[i + 1] === ']')) continue;
    out += char;
  }
  return out;
}

/** The file's text with one more correction; an empty file gets a header saying what it is. */
export function editCuration(text: string, edit: CurationEdit): string {
  // Edited as a plain document: the nodes added here are made, not parsed.
  const document: Document = parseDocument(text.trim() ? text : HEADER);
  if (!isMap(document.contents)) document.contents = document.createNode({}) as YAMLMap;
  if (edit.kind === 'never') {
    seqAt(document, ['never'], false).items.push(
      document.createNode({ facet: edit.facet, id: edit.id, phrase: edit.phrase }, { flow: true }),
    );
    return unpadFlowLists(document.toString({ lineWidth: 0 }));
  }
  mapAt(document, ['papers']);
  mapAt(document, ['papers', edit.slug]);
  // A bare null would be written as a key without a value (`? name`); a null scalar reads `name: null`.
  if (edit.kind === 'name') document.setIn(['papers', edit.slug, 'name'], document.createNode(edit.name));
  else if (edit.kind === 'facet') {
    const facet = ['papers', edit.slug, edit.facet];
    mapAt(document, facet, true);
    for (const undone of UNDOES[edit.verb]) dropFrom(document, [...facet, undone], scalarIs(edit.value));
    const list = seqAt(document, [...facet, edit.verb], true);
    if (!list.items.some(scalarIs(edit.value))) list.items.push(document.createNode(edit.value));
  } else {
    const relations = ['papers', edit.slug, 'relations'];
    mapAt(document, relations);
    const same = relationIs(edit.type, edit.target);
    for (const undone of UNDOES[edit.verb]) dropFrom(document, [...relations, undone], same);
    const list = seqAt(document, [...relations, edit.verb], false);
    if (!list.items.some(same))
      list.items.push(
        document.createNode(
          { type: edit.type, target: edit.target, ...(edit.evidence ? { evidence: edit.evidence } : {}) },
          { flow: true },
        ),
      );
  }
  return unpadFlowLists(document.toString({ lineWidth: 0 }));
}
