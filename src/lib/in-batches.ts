/**
 * Maps items through an asynchronous function a batch at a time, results in order: a build reads
 * and writes thousands of small files, and opening them all at once would exhaust descriptors.
 */
export async function mapInBatches<T, R>(
  items: readonly T[],
  size: number,
  map: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size)
    results.push(...(await Promise.all(items.slice(start, start + size).map(map))));
  return results;
}
