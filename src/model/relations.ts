/**
 * The kinds of relation a paper can state to a method, in one table: their names in files and
 * exports, how pages word them, and how diagrams draw them.
 */
export const RELATION_TYPES = ['builds-on', 'compares-with'] as const;

export type RelationType = (typeof RELATION_TYPES)[number];
