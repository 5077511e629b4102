import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type middy from '@middy/core';
import { inLambda } from './config';

/**
 * Logs, metrics and traces through Powertools for AWS Lambda. One JSON line per log record
 * everywhere; in Lambda the middy middlewares add the invocation's context (request id, cold
 * start) to every line, publish the invocation's metrics as CloudWatch embedded metric format
 * and trace it with X-Ray. On one machine the local server runs many requests in one process
 * at once, so there nothing is kept between calls: each line carries its own correlation ids,
 * and metrics and traces are off.
 */
export const SERVICE_NAME = 'double-random';
export const METRICS_NAMESPACE = 'DoubleRandom';

/** The business metrics the district's dashboard and alarms read. */
export const METRIC = {
  drawsRun: 'DrawsRun',
  resultsRecorded: 'ResultsRecorded',
  redLightsRaised: 'RedLightsRaised',
  deliveriesFailed: 'DeliveriesFailed',
} as const;
export type MetricName = (typeof METRIC)[keyof typeof METRIC];

/** Every record goes through; the level filter is the caller's (LOG_LEVEL, read per call). */
export const powertoolsLogger = new PowertoolsLogger({
  serviceName: SERVICE_NAME,
  logLevel: 'DEBUG',
});

const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });

/**
 * X-Ray, when a Lambda entry turned it on (functions/src/tracing.ts). Kept out of this module:
 * loading the X-Ray SDK enables a Node async hook on every promise, which the local server, the
 * CLIs and a Lambda without tracing (the China regions) would pay for on every request.
 */
export interface Tracing {
  middleware(): middy.MiddlewareObj;
  client<T>(client: T): T;
}
let tracing: Tracing | undefined;
/** Called once by functions/src/tracing.ts, before any handler is built. */
export const useTracing = (t: Tracing | undefined): void => {
  tracing = t;
};

/** Adds to a business metric of this invocation; published when the invocation ends (Lambda only). */
export const countMetric = (name: MetricName, value = 1): void => {
  if (!inLambda() || value <= 0) return;
  metrics.addMetric(name, MetricUnit.Count, value);
};

/** Publishes what this invocation counted; nothing (and no warning) when it counted nothing. */
const publishMetrics = (): middy.MiddlewareObj => {
  const publish = () => {
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  };
  return { after: publish, onError: publish };
};

/**
 * The X-Ray middleware, looked up at the first invocation: the tracer is registered by an
 * entry's first import (tracing.ts), which may still be loading when handlers are built.
 */
const lazyTracing = (): middy.MiddlewareObj => {
  let mw: middy.MiddlewareObj | null | undefined;
  const get = () => {
    if (mw === undefined) mw = tracing?.middleware() ?? null;
    return mw;
  };
  return {
    before: async (request) => get()?.before?.(request),
    after: async (request) => get()?.after?.(request),
    onError: async (request) => get()?.onError?.(request),
  };
};

/**
 * The Powertools middlewares for a Lambda handler: the context on every log line, an X-Ray
 * segment per invocation and the metrics published at its end. Locally none (see above).
 */
export const powertoolsMiddlewares = (): middy.MiddlewareObj[] =>
  inLambda()
    ? [
        injectLambdaContext(powertoolsLogger, { resetKeys: true }) as middy.MiddlewareObj,
        lazyTracing(),
        publishMetrics(),
      ]
    : [];

/** The AWS SDK clients' calls as X-Ray subsegments (Lambda only). */
export const traced = <T>(client: T): T =>
  inLambda() && tracing ? tracing.client(client) : client;
