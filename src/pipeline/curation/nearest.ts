/**
 * "Did you mean …": the valid names nearest to one a person typed, for error messages about
 * hand-written files and command lines.
 */

/** Edits (insert, delete, substitute, swap two neighbours) that turn one string into the other. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  const first = rows[0] as number[];
  for (let j = 1; j <= b.length; j += 1) first[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * Up to `limit` candidates nearest to `typed`, closest first, ignoring case: those within a few
 * edits (a third of the name's length, at least two) and those that contain it or it contains.
 */
export function nearestNames(typed: string, candidates: Iterable<string>, limit = 3): string[] {
  const wanted = typed.toLowerCase();
  const allowed = Math.max(2, Math.floor(wanted.length / 3));
  const scored: Array<{ name: string; distance: number }> = [];
  for (const name of new Set(candidates)) {
    const lower = name.toLowerCase();
    const contains = wanted.length >= 3 && (lower.includes(wanted) || wanted.includes(lower));
    const distance = editDistance(wanted, lower);
    if (distance <= allowed || contains)
      scored.push({ name, distance: contains ? Math.min(distance, allowed) : distance });
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'en'))
    .slice(0, limit)
    .map((entry) => entry.name);
}

/** ` (did you mean "a" or "b"?)`, or nothing when no candidate is near. */
export function didYouMean(typed: string, candidates: Iterable<string>): string {
  const near = nearestNames(typed, candidates);
  if (near.length === 0) return '';
  const quoted = near.map((name) => `"${name}"`);
  const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : quoted[0];
  return ` (did you mean ${list}?)`;
}
