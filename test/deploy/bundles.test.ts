import { execFile, execSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ANSWER_WRITERS, BLOB_ACCESS, REPO_ROOT, routeGroupsOf } from '@double-random/cdk';
import { workflowUseCases } from '@double-random/domain';
import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { type BuildOptions, build } from 'esbuild';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  lambdaBundling,
  openApiBundling,
  POWERTOOLS_ENVIRONMENT,
} from '../../cdk/src/node-function';
import { WORKFLOW_ENTRY } from '../../cdk/src/workflow';
import type { HttpEvent, HttpResult } from '../../functions/src/http/middleware/types';
import { routes } from '../../functions/src/http/routes';
import { workflowDeps } from '../../functions/src/http/tasks/workflow-deps';
import { type LocalServer, startLocalServer } from '../../packages/local/src/server';
import { usccOf } from '../e2e/support/fixtures';

/**
 * What AWS runs: every function group's bundle, built with the options the CDK app gives
 * esbuild, is loaded in a Node process of its own, as Lambda loads it (ESM, the AWS SDK
 * from outside the bundle), and invoked with API Gateway v2 events carrying Cognito-shaped
 * claims, or with a state's input as Step Functions sends it. The real AWS SDK talks to the
 * local server's DynamoDB (dynalite) and to an S3 emulator (s3rver) holding the blobs and the
 * large answers, each in its bucket. Each
 * answer must be the one the local server gives for the same request.
 */

const YEAR = 2027;
const DEPT = 'SCJG';
const BUCKET = 'double-random-blobs';
const ANSWERS = 'double-random-answers';
const TASK_ID = `${YEAR}-${DEPT}-001`;

/** esbuild options from the CDK bundling options, as NodejsFunction passes them. */
const esbuildOptionsOf = (b: BundlingOptions, entry: string, outfile: string): BuildOptions => ({
  entryPoints: [entry],
  outfile,
  absWorkingDir: REPO_ROOT,
  bundle: true,
  platform: 'node',
  format: b.format === 'esm' ? 'esm' : 'cjs',
  ...(b.target ? { target: b.target } : {}),
  ...(b.mainFields ? { mainFields: b.mainFields } : {}),
  minify: b.minify ?? false,
  sourcemap: b.sourceMap ?? false,
  sourcesContent: b.sourcesContent ?? true,
  ...(b.charset ? { charset: b.charset as 'utf8' } : {}),
  ...(b.banner ? { banner: { js: b.banner } } : {}),
  external: [...(b.externalModules ?? [])],
  logLevel: 'error',
});

/** The Lambda runtime ships the AWS SDK v3: make the bundles' `@aws-sdk/*` imports resolvable. */
const provideAwsSdk = async (dir: string, bundles: string[]) => {
  const wanted = new Set<string>();
  for (const file of bundles)
    for (const m of (await readFile(file, 'utf8')).matchAll(/["'](@aws-sdk\/[a-z0-9-]+)["']/g))
      wanted.add(m[1]!);
  const from = [
    join(REPO_ROOT, 'packages/store/package.json'),
    join(REPO_ROOT, 'functions/package.json'),
  ];
  for (const name of wanted) {
    const resolved = from
      .map((f) => {
        try {
          return createRequire(f).resolve(`${name}/package.json`);
        } catch {
          return undefined;
        }
      })
      .find((p) => p !== undefined);
    if (!resolved) throw new Error(`a bundle imports ${name}, which no workspace package has`);
    await mkdir(join(dir, 'node_modules/@aws-sdk'), { recursive: true });
    await symlink(dirname(resolved), join(dir, 'node_modules', name));
  }
  return [...wanted];
};

const HARNESS = `
const input = JSON.parse(await new Promise((ok) => { let s = ''; process.stdin.on('data', (d) => (s += d)); process.stdin.on('end', () => ok(s)); }));
const mod = await import(input.module);
const context = { awsRequestId: 'bundle-test', functionName: 'f', functionVersion: '$LATEST', invokedFunctionArn: 'arn:aws:lambda:cn-north-1:000000000000:function:f', memoryLimitInMB: '1024', logGroupName: 'g', logStreamName: 's', callbackWaitsForEmptyEventLoop: true, getRemainingTimeInMillis: () => 29000 };
const out = [];
for (const call of input.calls) {
  try { out.push({ ok: await mod[call.export](call.event, context) }); }
  catch (e) { out.push({ error: { name: e.name, message: e.message } }); }
}
(await import('node:fs')).writeFileSync(input.output, JSON.stringify(out));
process.exit(0);
`;

interface Call {
  export: string;
  event: unknown;
}

let dir: string;
let s3: S3rver;
let s3Endpoint: string;
let server: LocalServer;
let dataDir: string;
const outputs = new Map<string, string>();
let sdkPackages: string[] = [];

let invocations = 0;
const invoke = (module: string, calls: Call[], env: Record<string, string>) => {
  const output = join(dir, `answers-${++invocations}.json`);
  return new Promise<({ ok: unknown } | { error: { name: string; message: string } })[]>(
    (resolve, reject) => {
      const child = execFile(
        process.execPath,
        ['--enable-source-maps', join(dir, 'harness.mjs')],
        {
          cwd: dir,
          env: {
            PATH: process.env.PATH ?? '',
            AWS_REGION: 'cn-north-1',
            AWS_ACCESS_KEY_ID: 'S3RVER',
            AWS_SECRET_ACCESS_KEY: 'S3RVER',
            AWS_ENDPOINT_URL_DYNAMODB: server.dynamoEndpoint,
            AWS_ENDPOINT_URL_S3: s3Endpoint,
            AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
            TABLE_NAME: server.tableName,
            LOG_LEVEL: 'silent',
            POWERTOOLS_LOG_LEVEL: 'SILENT',
            POWERTOOLS_TRACE_ENABLED: 'false',
            POWERTOOLS_METRICS_DISABLED: 'true',
            ...POWERTOOLS_ENVIRONMENT,
            ...env,
          },
          maxBuffer: 64 * 1024 * 1024,
        },
        (error, _stdout, stderr) => {
          if (error) reject(new Error(`${module}: ${error.message}\n${stderr}`));
          else readFile(output, 'utf8').then((text) => resolve(JSON.parse(text)), reject);
        },
      );
      child.stdin?.end(JSON.stringify({ module, calls, output }));
    },
  );
};

const claimsOf = (sub: string, groups: string[]) => ({
  sub,
  'cognito:groups': `[${groups.join(' ')}]`,
  'cognito:username': sub,
  iss: 'https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_Example',
  aud: 'example-client',
  token_use: 'id',
  auth_time: '1800000000',
  iat: '1800000000',
  exp: '1800043200',
});

/** An API Gateway HTTP API (payload 2.0) event for a route of the table. */
const eventFor = (
  routeKey: string,
  path: string,
  options: { claims?: Record<string, string>; body?: unknown; query?: Record<string, string> } = {},
): HttpEvent => {
  const [method, template] = routeKey.split(' ') as [string, string];
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '([^/]+)')}$`);
  const values = pattern.exec(path)?.slice(1) ?? [];
  const query = options.query ?? {};
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return {
    version: '2.0',
    routeKey,
    rawPath: path,
    rawQueryString: new URLSearchParams(query).toString(),
    headers: {
      host: 'api.example.com',
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(names.length
      ? {
          pathParameters: Object.fromEntries(
            names.map((n, i) => [n, decodeURIComponent(values[i]!)]),
          ),
        }
      : {}),
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(body ? { body } : {}),
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'example',
      domainName: 'api.example.com',
      domainPrefix: 'api',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'bundle-test' },
      requestId: 'bundle-test',
      routeKey,
      stage: '$default',
      time: '01/Mar/2027:02:00:00 +0000',
      timeEpoch: 1_803_780_000_000,
      ...(options.claims ? { authorizer: { jwt: { claims: options.claims, scopes: null } } } : {}),
    },
  };
};

const office = claimsOf('office-clerk-1', ['office']);
const scjg = claimsOf('scjg-clerk-1', [`dept:${DEPT}`]);

/** The answer's body as the client reads it: JSON parsed, anything else as its bytes. */
const bodyOf = (r: HttpResult): unknown => {
  const type = String(r.headers?.['content-type'] ?? '');
  if (type.includes('json') && r.body && !r.isBase64Encoded) return JSON.parse(r.body);
  return `bytes:${Buffer.from(r.body ?? '', r.isBase64Encoded ? 'base64' : 'utf8').toString('base64')}`;
};

const localAnswer = async (
  method: string,
  path: string,
  token: string | undefined,
  body?: unknown,
): Promise<{ status: number; body: unknown }> => {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const type = res.headers.get('content-type') ?? '';
  const bytes = Buffer.from(await res.arrayBuffer());
  const parsed = type.includes('json')
    ? JSON.parse(bytes.toString('utf8') || 'null')
    : `bytes:${bytes.toString('base64')}`;
  return { status: res.status, body: parsed };
};

interface S3Sdk {
  S3Client: new (config: object) => { send(command: object): Promise<unknown>; destroy(): void };
  ListObjectsV2Command: new (input: object) => object;
  GetObjectCommand: new (input: object) => object;
}

/** Blobs the bundles wrote to S3, copied to the local server's blob folder (same key layout). */
const syncBlobsToLocal = async () => {
  // the SDK the store package depends on, the one the bundles are given
  const sdk = (await import(
    createRequire(join(REPO_ROOT, 'packages/store/package.json')).resolve('@aws-sdk/client-s3')
  )) as S3Sdk;
  const client = new sdk.S3Client({
    region: 'cn-north-1',
    endpoint: s3Endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  const listed = (await client.send(new sdk.ListObjectsV2Command({ Bucket: BUCKET }))) as {
    Contents?: { Key?: string }[];
  };
  const keys = (listed.Contents ?? []).map((o) => o.Key!);
  for (const key of keys) {
    const got = (await client.send(new sdk.GetObjectCommand({ Bucket: BUCKET, Key: key }))) as {
      Body: { transformToByteArray(): Promise<Uint8Array> };
    };
    const file = join(dataDir, 'blobs', key);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, await got.Body.transformToByteArray());
  }
  client.destroy();
  return keys.length;
};

beforeAll(async () => {
  process.env.LOG_LEVEL ??= 'silent';
  dir = await mkdtemp(join(tmpdir(), 'dr-bundles-'));
  dataDir = join(dir, 'data');
  const bundling = lambdaBundling();
  const entries = [
    ...routeGroupsOf(routes).map((g) => [g.name, g.entry] as const),
    ['workflow', WORKFLOW_ENTRY] as const,
  ];
  s3 = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: join(dir, 's3'),
    configureBuckets: [
      { name: BUCKET, configs: [] },
      { name: ANSWERS, configs: [] },
    ],
  });
  const [started, s3Address] = await Promise.all([
    startLocalServer({ port: 0, dataDir, log: { info: () => {}, error: () => {} } }),
    s3.run(),
    ...entries.map(async ([name, entry]) => {
      const outfile = join(dir, name, 'index.mjs');
      await build(esbuildOptionsOf(bundling, entry, outfile));
      // the OpenAPI function serves the document CDK writes beside its bundle, as CDK writes it
      if (name === 'openapi')
        for (const command of openApiBundling().commandHooks?.afterBundling(
          REPO_ROOT,
          join(dir, name),
        ) ?? [])
          execSync(command, { cwd: REPO_ROOT, stdio: 'pipe' });
      outputs.set(name, outfile);
    }),
  ]);
  server = started as LocalServer;
  s3Endpoint = `http://127.0.0.1:${(s3Address as { port: number }).port}`;
  await writeFile(join(dir, 'harness.mjs'), HARNESS);
  sdkPackages = await provideAwsSdk(dir, [...outputs.values()]);

  // a department's year: items, inspectors, targets, a published plan, one task
  const dept = await server.issueToken({ role: 'dept', dept: DEPT, sub: 'scjg-clerk-1' });
  const officeToken = await server.issueToken({ role: 'office', sub: 'office-clerk-1' });
  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const answer = await localAnswer(method, path, token, body);
    if (answer.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(answer.body)}`);
    return answer.body as { version: number };
  };
  await call('POST', `/departments/${DEPT}/items`, dept, {
    code: 'AZ-1',
    name: '食品经营者落实主体责任情况检查',
    legalBasis: '《中华人民共和国食品安全法》第八十七条',
    category: 'general',
    methods: ['on-site'],
    qualification: `${DEPT}-GEN`,
  });
  for (let i = 1; i <= 4; i++)
    await call('POST', `/departments/${DEPT}/inspectors`, dept, {
      id: `P000${i}`,
      name: `检查员${i}`,
      certificateNo: `ZJ-${i}`,
      certificateExpiry: `${YEAR}-12-31`,
      qualifications: [`${DEPT}-GEN`],
      mayLead: true,
    });
  for (let i = 0; i < 20; i++)
    await call('POST', `/departments/${DEPT}/targets`, dept, {
      name: `台州市椒江区海门副食品商店${i}`,
      kind: 'enterprise',
      uscc: usccOf(i),
      town: '海门街道',
      industry: '零售',
      riskClass: 'B',
    });
  const plan = await call('PUT', `/plans/${YEAR}/departments/${DEPT}`, dept, {
    tasks: [
      {
        seq: 1,
        name: '食品经营者抽查',
        items: ['AZ-1'],
        strata: [{ key: 'all', ratioBp: 500 }],
        window: { start: `${YEAR}-03-01`, end: `${YEAR}-11-30` },
        teamSize: 2,
      },
    ],
  });
  const approved = await call('POST', `/plans/${YEAR}/departments/${DEPT}/approve`, officeToken, {
    expectedVersion: plan.version,
  });
  await call('POST', `/plans/${YEAR}/departments/${DEPT}/publish`, dept, {
    expectedVersion: approved.version,
  });
  // created as the workflow's first step creates it, so no local execution runs it
  await workflowUseCases.createTask(workflowDeps(), {
    actor: { sub: 'office-clerk-1', roles: ['office'] },
    input: { department: DEPT, year: YEAR, seq: 1, entropySource: 'drand:quicknet:99999999' },
  });
}, 90_000);

afterAll(async () => {
  await server?.close();
  await s3?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Requests per function group: route key, concrete path, claims (for protected routes). */
const requests: Record<
  string,
  { key: string; path: string; claims?: Record<string, string>; query?: Record<string, string> }[]
> = {
  health: [{ key: 'GET /health', path: '/health' }],
  openapi: [{ key: 'GET /openapi.json', path: '/openapi.json' }],
  directory: [
    { key: 'GET /departments/{dept}/targets', path: `/departments/${DEPT}/targets`, claims: scjg },
    {
      key: 'GET /departments/{dept}/inspectors/{id}',
      path: `/departments/${DEPT}/inspectors/P0001`,
      claims: office,
    },
    { key: 'GET /departments/{dept}/items', path: `/departments/${DEPT}/items` },
    // refused by token before anything is read
    { key: 'GET /departments/{dept}/targets', path: '/departments/STHJ/targets', claims: scjg },
  ],
  plans: [
    { key: 'GET /plans/{year}/departments/{dept}', path: `/plans/${YEAR}/departments/${DEPT}` },
    {
      key: 'GET /plans/{year}/departments/{dept}/internal',
      path: `/plans/${YEAR}/departments/${DEPT}/internal`,
      claims: office,
    },
    { key: 'GET /plans/{year}', path: `/plans/${YEAR}` },
  ],
  tasks: [{ key: 'GET /tasks/{taskId}/detail', path: `/tasks/${TASK_ID}/detail`, claims: office }],
  public: [
    { key: 'GET /tasks/{taskId}', path: `/tasks/${TASK_ID}` },
    { key: 'GET /tasks', path: '/tasks', query: { year: String(YEAR) } },
    { key: 'GET /calendar/{year}', path: `/calendar/${YEAR}` },
    { key: 'GET /draws/{drawId}/bundle', path: `/draws/${TASK_ID}/bundle` },
  ],
  cases: [
    { key: 'GET /departments/{dept}/cases', path: `/departments/${DEPT}/cases`, claims: scjg },
    { key: 'GET /cases', path: '/cases', query: { year: String(YEAR) } },
  ],
  evidence: [
    {
      key: 'GET /tasks/{taskId}/evidence/verify',
      path: `/tasks/${TASK_ID}/evidence/verify`,
      claims: office,
    },
  ],
  exchange: [{ key: 'GET /exchange/events', path: '/exchange/events', claims: office }],
  exports: [
    {
      key: 'GET /exports/plans/{year}',
      path: `/exports/plans/${YEAR}`,
      claims: office,
      query: { format: 'csv' },
    },
  ],
};

const tokenFor = async (claims: Record<string, string> | undefined) => {
  if (!claims) return undefined;
  const groups = claims['cognito:groups']!.slice(1, -1).split(' ');
  const dept = groups.find((g) => g.startsWith('dept:'))?.slice(5);
  return server.issueToken(
    dept ? { role: 'dept', dept, sub: claims.sub! } : { role: 'office', sub: claims.sub! },
  );
};

const envOf = (group: string): Record<string, string> => ({
  ...(BLOB_ACCESS[group] ? { BLOB_BUCKET: BUCKET } : {}),
  ...(ANSWER_WRITERS.includes(group) ? { ANSWER_BUCKET: ANSWERS } : {}),
});

describe('Lambda bundles as AWS runs them', () => {
  it('cover every function group of the route table, each with its requests', () => {
    const groups = routeGroupsOf(routes).map((g) => g.name);
    expect(Object.keys(requests).sort()).toEqual([...groups].sort());
    expect(sdkPackages).toContain('@aws-sdk/lib-dynamodb');
  });

  it('run a workflow state invoked as Step Functions invokes it, writing blobs to S3', async () => {
    const module = outputs.get('workflow')!;
    const [loaded, frozen, committed] = await invoke(
      module,
      [
        { export: 'loadTask', event: { taskId: TASK_ID } },
        { export: 'freeze', event: { taskId: TASK_ID } },
        // the commitment is computed from the frozen bundle, read back from S3
        { export: 'commit', event: { taskId: TASK_ID } },
      ],
      { BLOB_BUCKET: BUCKET },
    );
    expect(loaded).toEqual({ ok: expect.objectContaining({ stage: 'Created' }) });
    expect(frozen).toEqual({ ok: expect.objectContaining({ stage: 'Frozen' }) });
    expect(committed).toEqual({ ok: expect.objectContaining({ stage: 'Committed' }) });
    // the local server reads the task the bundle froze, and the pool it wrote to S3
    const detail = await localAnswer('GET', `/tasks/${TASK_ID}/detail`, await tokenFor(office));
    expect(detail).toMatchObject({ status: 200, body: { task: { stage: 'Committed' } } });
    expect(await syncBlobsToLocal()).toBeGreaterThan(0);
  });

  it('refuse a state input Step Functions would never send, by its error name', async () => {
    const [answer] = await invoke(
      outputs.get('workflow')!,
      [{ export: 'loadTask', event: { task: TASK_ID } }],
      { BLOB_BUCKET: BUCKET },
    );
    expect(answer).toEqual({ error: expect.objectContaining({ name: 'WORKFLOW.INPUT_INVALID' }) });
  });

  for (const [group, list] of Object.entries(requests)) {
    it(`${group}: answers as the local server does`, async () => {
      const module = outputs.get(group)!;
      const answers = await invoke(
        module,
        list.map((r) => ({
          export: 'handler',
          event: eventFor(r.key, r.path, {
            ...(r.claims ? { claims: r.claims } : {}),
            ...(r.query ? { query: r.query } : {}),
          }),
        })),
        envOf(group),
      );
      for (const [i, r] of list.entries()) {
        const answer = answers[i]!;
        expect(answer, `${r.key}: ${JSON.stringify(answer)}`).toHaveProperty('ok');
        const result = (answer as { ok: HttpResult }).ok;
        const query = r.query ? `?${new URLSearchParams(r.query)}` : '';
        const local = await localAnswer(
          r.key.split(' ')[0]!,
          `${r.path}${query}`,
          await tokenFor(r.claims),
        );
        expect({ status: result.statusCode, body: bodyOf(result) }, `${r.key} ${r.path}`).toEqual(
          local,
        );
      }
    });
  }

  // docs/text-and-limits.md: an answer above the inline limit is kept in the answers bucket and linked
  it('answer above the inline limit with 303 to a presigned S3 GET of the same bytes', async () => {
    const cases = [
      {
        group: 'exports',
        key: 'GET /exports/plans/{year}',
        path: `/exports/plans/${YEAR}`,
        claims: office,
        query: { format: 'csv' },
      },
      { group: 'public', key: 'GET /tasks/{taskId}', path: `/tasks/${TASK_ID}` },
    ];
    for (const c of cases) {
      const [answer] = await invoke(
        outputs.get(c.group)!,
        [
          {
            export: 'handler',
            event: eventFor(c.key, c.path, {
              ...(c.claims ? { claims: c.claims } : {}),
              ...(c.query ? { query: c.query } : {}),
            }),
          },
        ],
        { ...envOf(c.group), ANSWER_INLINE_LIMIT: '100' },
      );
      expect(answer, `${c.key}: ${JSON.stringify(answer)}`).toHaveProperty('ok');
      const result = (answer as { ok: HttpResult }).ok;
      expect(result.statusCode, c.key).toBe(303);
      const location = String(result.headers?.location);
      const link = new URL(location);
      // the bundle's S3 client presigns against the emulator, as it would against S3
      expect(`${link.protocol}//${link.host}`).toBe(s3Endpoint);
      expect(link.pathname).toMatch(new RegExp(`^/${ANSWERS}/[0-9a-f]{2}/[0-9a-f]{64}$`));
      expect(link.searchParams.get('X-Amz-Expires')).toBe('300');
      const linked = await fetch(location);
      expect(linked.status, c.key).toBe(200);
      const query = c.query ? `?${new URLSearchParams(c.query)}` : '';
      const local = await fetch(`${server.url}${c.path}${query}`, {
        headers: c.claims ? { authorization: `Bearer ${await tokenFor(c.claims)}` } : {},
      });
      expect(local.status).toBe(200);
      for (const header of ['content-type', 'content-disposition'])
        expect(linked.headers.get(header), `${c.key} ${header}`).toBe(local.headers.get(header));
      expect(Buffer.from(await linked.arrayBuffer())).toEqual(
        Buffer.from(await local.arrayBuffer()),
      );
    }
  });

  it('directory: writes through the real SDK what the local server then reads', async () => {
    const target = {
      name: '台州市椒江区海门副食品商店99',
      kind: 'enterprise',
      uscc: usccOf(99),
      town: '海门街道',
      industry: '零售',
      riskClass: 'A',
    };
    const [answer] = await invoke(
      outputs.get('directory')!,
      [
        {
          export: 'handler',
          event: eventFor('POST /departments/{dept}/targets', `/departments/${DEPT}/targets`, {
            claims: scjg,
            body: target,
          }),
        },
      ],
      {},
    );
    const result = (answer as { ok: HttpResult }).ok;
    expect(result.statusCode).toBe(201);
    const local = await localAnswer(
      'GET',
      `/departments/${DEPT}/targets/${usccOf(99)}`,
      await tokenFor(scjg),
    );
    expect(local).toEqual({ status: 200, body: bodyOf(result) });
  });
});
