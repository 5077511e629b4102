/**
 * aws-local-stepfunctions calls `Promise.withResolvers` (Node 22); Node 20 lacks it. This
 * module is imported before the engine so the polyfill is in place when the engine runs.
 */
const P = Promise as unknown as { withResolvers?: unknown };
if (typeof P.withResolvers !== 'function') {
  P.withResolvers = <T>() => {
    let resolve!: (value: T | PromiseLike<T>) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
