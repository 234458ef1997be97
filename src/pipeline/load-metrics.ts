import { z } from 'zod';

/** Whether a larger number of a measure is better (accuracy) or a smaller one (FID, latency). */
export type MetricDirection = 'higher' | 'lower';

/** A measure claimed results are shown under: its name on pages, its other spellings, its direction. */
export interface MetricTerm {
  label: string;
  aliases: string[];
  direction: MetricDirection | null;
  /** A cost or a speed (memory, parameters, speedup): a relative claim about it is a ratio. */
  efficiency: boolean;
}

const metricEntrySchema = z
  .object({
    label: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    direction: z.enum(['higher', 'lower']).nullable().default(null),
    efficiency: z.boolean().default(false),
  })
  .strict();

/** An item of the `metrics:` list: a plain name, a list of plain names, or a named measure. */
const metricItemSchema = z.union([z.string().min(1), z.array(z.string().min(1)), metricEntrySchema]);

export interface LoadedMetrics {
  /** Every name of every measure, lower-case: what a result is reported in, never a dataset. */
  names: Set<string>;
  /** The measures with a label, in the order of the file. */
  terms: MetricTerm[];
}

/**
 * Reads the vocabulary's `metrics:` list. Returns the index of the first item that is not a name,
 * a list of names or a `{ label, aliases, direction, efficiency }` entry, so the caller can say where.
 */
export function readMetrics(items: unknown): { metrics: LoadedMetrics } | { badItem: number; message: string } {
  const metrics: LoadedMetrics = { names: new Set(), terms: [] };
  if (!Array.isArray(items)) return { badItem: -1, message: '`metrics` must be a list of words' };
  for (const [index, item] of items.entries()) {
    const parsed = metricItemSchema.safeParse(item);
    if (!parsed.success)
      return {
        badItem: index,
        message: `\`metrics\` item ${index + 1} must be a name, a list of names or { label, aliases, direction: higher | lower, efficiency }`,
      };
    const value = parsed.data;
    if (typeof value === 'string' || Array.isArray(value)) {
      for (const name of [value].flat()) metrics.names.add(name.toLowerCase());
      continue;
    }
    metrics.terms.push(value);
    for (const name of [value.label, ...value.aliases]) metrics.names.add(name.toLowerCase());
  }
  return { metrics };
}
