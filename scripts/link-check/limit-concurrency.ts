/**
 * Like Promise.all(items.map(task)), but with at most `limit` tasks running at once, so a
 * catalog of hundreds of links does not open hundreds of connections to the same few hosts.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency must be a positive integer, got ${limit}`);
  const results: R[] = [];
  // One shared iterator: each worker takes the next item as soon as it is free.
  const queue = items.entries();
  const worker = async () => {
    for (const [index, item] of queue) results[index] = await task(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
