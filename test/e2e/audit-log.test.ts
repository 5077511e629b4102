import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AuditEntry, appendEntry, fromBase64, verifyCheckpoint } from '@double-random/domain';
import {
  batchWriteAll,
  createDocumentClient,
  DEFAULT_TABLE_NAME,
  keys,
} from '@double-random/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workflowDeps } from '../../functions/src/http/tasks/workflow-deps';
// the store package's own SDK: nothing in the project deletes, so only this test needs DeleteItem
import { DeleteCommand } from '../../packages/store/node_modules/@aws-sdk/lib-dynamodb';
import {
  resultInput,
  seedInspecting,
  TASK,
  TWENTY,
} from '../integration/workflow/consistency-support';
import { startTestServer, type TestServer } from './support/local-server';

/**
 * The district-wide audit log through the local gateway (docs/audit-log.md): checkpoints and
 * proofs at public routes, `dr audit witness` keeping a checkpoint, and `dr audit verify`
 * holding a task's chain to it after the store was tampered with.
 */
const DR = fileURLToPath(new URL('../../packages/local/src/dr.cli.ts', import.meta.url));

const dr = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', DR, ...args], {
      env: { ...process.env, DR_TOKEN: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });

let api: TestServer;
let dir: string;
let client: ReturnType<typeof createDocumentClient>;
let office: string;
const kept = () => join(dir, 'witness.json');

beforeAll(async () => {
  api = await startTestServer();
  dir = await mkdtemp(join(tmpdir(), 'dr-witness-'));
  client = createDocumentClient({ region: 'local', endpoint: api.server.dynamoEndpoint });
  await seedInspecting(workflowDeps());
  office = await api.tokenFor('office');
  const dept = await api.tokenFor('dept', 'SCJG');
  for (const t of TWENTY.slice(0, 4)) {
    const { taskId: _id, ...body } = resultInput(t);
    expect(
      (await api.request('POST', `/tasks/${TASK}/results`, { token: dept, body })).status,
    ).toBe(201);
  }
  await api.server.auditLog.sequence();
}, 60_000);

afterAll(async () => {
  client?.destroy();
  await api?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const chainOf = async (): Promise<AuditEntry[]> =>
  (await api.request('GET', `/tasks/${TASK}/audit?limit=1000`, { token: office })).body.items;

describe('the audit log’s public routes', () => {
  it('serve the latest checkpoint, signed by the key they publish, with no token', async () => {
    const res = await api.request('GET', '/audit-log/checkpoint');
    expect(res.status).toBe(200);
    const spki = fromBase64(res.body.publicKey)!;
    const verified = await verifyCheckpoint(res.body.checkpoint, spki, 'double-random/audit-log');
    expect(verified).toMatchObject({ size: res.body.size, rootHash: res.body.rootHash });
    expect(res.body.size).toBeGreaterThanOrEqual((await chainOf()).length);
  });

  it('prove a chain’s entries in the tree and refuse a size beyond it, naming the field', async () => {
    const { body: cp } = await api.request('GET', '/audit-log/checkpoint');
    const res = await api.request('GET', `/audit-log/chains/${TASK}/inclusion?size=${cp.size}`);
    expect(res.status).toBe(200);
    expect(res.body.leaves.map((l: { seq: number }) => l.seq)).toEqual(
      (await chainOf()).map((e) => e.seq),
    );
    const beyond = await api.request('GET', `/audit-log/consistency?from=1&to=${cp.size + 5}`);
    expect(beyond.status).toBe(400);
    expect(beyond.body.error).toMatchObject({ code: 'AUDIT_LOG.SIZE_INVALID' });
    expect(JSON.stringify(beyond.body.error)).toMatch(/to/);
    const openapi = await api.request('GET', '/openapi.json');
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining([
        '/audit-log/checkpoint',
        '/audit-log/consistency',
        '/audit-log/leaves',
        '/audit-log/chains/{chain}/inclusion',
      ]),
    );
  });
});

describe('dr audit witness and dr audit verify --checkpoint', () => {
  it('keeps a checkpoint, extends it after new entries, and finds the task intact', async () => {
    const first = await dr(['audit', 'witness', '--url', api.url, '--store', kept()]);
    expect(first.stdout, first.stderr).toMatch(/first checkpoint, its key pinned/);
    expect(first.code).toBe(0);
    const dept = await api.tokenFor('dept', 'SCJG');
    const { taskId: _id, ...body } = resultInput(TWENTY[4]!);
    await api.request('POST', `/tasks/${TASK}/results`, { token: dept, body });
    await api.server.auditLog.sequence();
    const second = await dr(['audit', 'witness', '--url', api.url, '--store', kept()]);
    expect(second.stdout, second.stderr).toMatch(/it extends the kept one of \d+ entries/);
    const file = JSON.parse(await readFile(kept(), 'utf8'));
    expect(file.chains[TASK].count).toBe((await chainOf()).length);

    for (const token of [[], ['--token', office]]) {
      const ok = await dr([
        'audit',
        'verify',
        TASK,
        '--url',
        api.url,
        '--checkpoint',
        kept(),
        ...token,
      ]);
      expect(ok.stdout, ok.stderr).toMatch(
        /intact, .* all present and unchanged, and the log only grew/,
      );
      expect(ok.code).toBe(0);
    }
  }, 60_000);

  it('detects the chain rewritten from entry 2 with recomputed hashes, with and without a token', async () => {
    const chain = await chainOf();
    let prev = chain[0];
    const forged: AuditEntry[] = [];
    for (const e of chain.slice(1)) {
      prev = appendEntry(prev, { ...e, at: '2020-01-01T00:00:00.000Z' });
      forged.push(prev);
    }
    await batchWriteAll(
      { client, tableName: DEFAULT_TABLE_NAME },
      forged.map((e, i) => ({ ...chain[i + 1], ...e, ...keys.chainAudit(TASK, e.seq) })),
    );
    for (const token of [[], ['--token', office]]) {
      const res = await dr([
        'audit',
        'verify',
        TASK,
        '--url',
        api.url,
        '--checkpoint',
        kept(),
        ...token,
      ]);
      expect(res.stdout, res.stderr).toMatch(/entry #2 is not the one the log holds/);
      expect(res.code).toBe(1);
    }
  }, 60_000);

  it('detects the deletion of the task’s last entry, with and without a token', async () => {
    const chain = await chainOf();
    await client.send(
      new DeleteCommand({
        TableName: DEFAULT_TABLE_NAME,
        Key: keys.chainAudit(TASK, chain.length),
      }),
    );
    for (const token of [[], ['--token', office]]) {
      const res = await dr([
        'audit',
        'verify',
        TASK,
        '--url',
        api.url,
        '--checkpoint',
        kept(),
        ...token,
      ]);
      expect(res.stdout, res.stderr).toMatch(
        new RegExp(
          `the chain has ${chain.length - 1} entries but the checkpoint holds ${chain.length}`,
        ),
      );
      expect(res.code).toBe(1);
    }
  }, 60_000);

  it('refuses with exit 2 when the kept file is missing or the server cannot be reached', async () => {
    const missing = await dr([
      'audit',
      'verify',
      TASK,
      '--url',
      api.url,
      '--checkpoint',
      join(dir, 'none.json'),
    ]);
    expect(missing.stderr).toMatch(/no kept checkpoint/);
    expect(missing.code).toBe(2);
    const unreachable = await dr([
      'audit',
      'witness',
      '--url',
      'http://127.0.0.1:9',
      '--store',
      kept(),
    ]);
    expect(unreachable.code).toBe(2);
  }, 60_000);
});
