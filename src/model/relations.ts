/**
 * The kinds of relation a paper can state to a method or model, in one table: their names in
 * files and exports, and how pages and diagrams word them.
 */
export const RELATION_TYPES = ['builds-on', 'compares-with', 'uses'] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

export interface RelationSpec {
  /** The heading of a paper page's list of relations of this kind. */
  label: string;
  /** The relation as a verb phrase between two methods: "A builds on B". */
  verb: string;
  /** The heading of a method page's list of the papers that relate to it this way. */
  papersLabel: string;
}

export const RELATIONS: Record<RelationType, RelationSpec> = {
  'builds-on': { label: 'Builds on', verb: 'builds on', papersLabel: 'Papers that build on it' },
  'compares-with': { label: 'Compared with', verb: 'is compared with', papersLabel: 'Papers that compare with it' },
  uses: { label: 'Uses', verb: 'uses', papersLabel: 'Papers that use it' },
};

export { CONFIDENT, isConfident } from './confidence';
