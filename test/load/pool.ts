/**
 * Runs `work` over every item with at most `concurrency` in flight, the way a burst of lifters
 * arrives: a new one starts as soon as one finishes. Failures are collected, not thrown, so one
 * broken workout does not hide what happened to the other 199.
 */
export async function runPool<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<{ results: (R | undefined)[]; failures: { index: number; error: unknown }[] }> {
  const results: (R | undefined)[] = new Array(items.length).fill(undefined);
  const failures: { index: number; error: unknown }[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      try {
        results[index] = await work(items[index] as T, index);
      } catch (error) {
        failures.push({ index, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return { results, failures };
}
