import { join } from 'node:path';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import {
  type BundlingOptions,
  Charset,
  type NodejsFunctionProps,
  OutputFormat,
} from 'aws-cdk-lib/aws-lambda-nodejs';
import { REPO_ROOT } from './paths';

/** Modules that only the embedded runtime loads; they must never reach a Lambda bundle. */
export const EMBEDDED_ONLY_MODULES = [
  'dynalite',
  'level',
  'classic-level',
  'memory-level',
  'abstract-level',
  'browser-level',
  'leveldown',
] as const;

// esbuild's ESM output has no `require`; CommonJS dependencies bundled into it need one.
const ESM_REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/** How every handler is bundled: one minified ESM file for Node 22 with source maps. */
export const lambdaBundling = (): BundlingOptions => ({
  forceDockerBundling: false,
  format: OutputFormat.ESM,
  target: 'node22',
  mainFields: ['module', 'main'],
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  charset: Charset.UTF8,
  banner: ESM_REQUIRE_BANNER,
  // The Lambda runtime ships the AWS SDK v3; the embedded engine is for one machine only.
  externalModules: ['@aws-sdk/*', ...EMBEDDED_ONLY_MODULES],
});

/**
 * The OpenAPI function's bundling: after esbuild, the document is generated from the route
 * table and written beside the bundle as `openapi.json`, which the function serves
 * (functions/src/lambda/openapi.lambda.ts).
 */
export const openApiBundling = (): BundlingOptions => ({
  ...lambdaBundling(),
  commandHooks: {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir, outputDir) => [
      `node --import tsx "${inputDir}/functions/src/http/openapi/write-openapi.cli.ts" "${outputDir}/openapi.json"`,
    ],
  },
});

/**
 * What the API's and the workflow's functions share: Node 22 on ARM, bundled from the
 * repository root with the workspace's lock file so the tested dependency versions ship.
 */
export const nodeFunctionProps = (): Pick<
  NodejsFunctionProps,
  | 'runtime'
  | 'architecture'
  | 'memorySize'
  | 'projectRoot'
  | 'depsLockFilePath'
  | 'bundling'
  | 'tracing'
> => ({
  runtime: Runtime.NODEJS_22_X,
  // X-Ray traces each invocation and its table calls (Powertools Tracer)
  tracing: Tracing.ACTIVE,
  architecture: Architecture.ARM_64,
  memorySize: 1024,
  projectRoot: REPO_ROOT,
  depsLockFilePath: join(REPO_ROOT, 'pnpm-lock.yaml'),
  bundling: lambdaBundling(),
});

/** Powertools' service and metric namespace (functions/src/observability.ts uses the same). */
export const POWERTOOLS_ENVIRONMENT = {
  POWERTOOLS_SERVICE_NAME: 'double-random',
  POWERTOOLS_METRICS_NAMESPACE: 'DoubleRandom',
} as const;

/** cdk-nag findings every such function raises, and why they are accepted. */
export const NODE_FUNCTION_SUPPRESSIONS = [
  {
    id: 'AwsSolutions-L1',
    reason: 'Node 22 is the runtime the handlers are built and tested for',
  },
  {
    id: 'AwsSolutions-IAM4',
    reason: 'AWSLambdaBasicExecutionRole only lets the function write its own logs',
    appliesTo: [
      'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
    ],
  },
  {
    id: 'AwsSolutions-IAM5',
    reason: 'X-Ray accepts trace segments only on the resource *',
    appliesTo: ['Resource::*'],
  },
];
