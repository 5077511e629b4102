/**
 * How long the full demo district takes to load, as last measured: the one figure the
 * start line prints and the README and docs point to (the summary prints each run's own
 * time). Measure with `pnpm start --demo` on an empty DATA_DIR and copy the summary's
 * "loaded in" here when the loader changes.
 */
export const DEMO_LOAD_MEASURED = {
  seconds: 25,
  machine: 'two cores with nothing else running, Node 20',
} as const;

/** `about 25 s at full size (measured on two cores with nothing else running, Node 20)` */
export const demoLoadEstimate = (): string =>
  `about ${DEMO_LOAD_MEASURED.seconds} s at full size (measured on ${DEMO_LOAD_MEASURED.machine})`;
