/** Runs `work` over `tasks` with at most `concurrency` running; stops at the first error. */
export const forEachLimit = async <T>(
  tasks: readonly T[],
  concurrency: number,
  work: (t: T) => Promise<void>,
): Promise<void> => {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < tasks.length) {
      const t = tasks[next++] as T;
      try {
        await work(t);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(concurrency, tasks.length)) }, worker),
  );
};

/** `run` over the items, at most `concurrency` at a time; the answers in the items' order. */
export const mapLimit = async <T, R>(
  items: readonly T[],
  concurrency: number,
  run: (item: T) => Promise<R>,
): Promise<R[]> => {
  const out: R[] = new Array(items.length);
  await forEachLimit(
    items.map((_, i) => i),
    concurrency,
    async (i) => {
      out[i] = await run(items[i] as T);
    },
  );
  return out;
};
