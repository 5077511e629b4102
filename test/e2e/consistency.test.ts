import { batchWriteAll, createDocumentClient, keys } from '@double-random/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workflowDeps } from '../../functions/src/http/tasks/workflow-deps';
import { verifyAudit } from '../../packages/local/src/cli/audit-verify';
import {
  consistency,
  resultInput,
  seedInspecting,
  TASK,
  TWENTY,
} from '../integration/workflow/consistency-support';
import { startTestServer, type TestServer } from './support/local-server';

/**
 * 20 clients at once on one task through the local gateway (docs/consistency.md): every
 * stored change is answered as stored and has exactly one entry.
 */
let api: TestServer;
let deps: ReturnType<typeof depsOf>;
let client: ReturnType<typeof createDocumentClient>;

/** The server's own repositories (its table and its blob folder), for seeding and reading. */
const depsOf = () => workflowDeps();

beforeAll(async () => {
  api = await startTestServer();
  client = createDocumentClient({ region: 'local', endpoint: api.server.dynamoEndpoint });
  deps = depsOf();
  await seedInspecting(deps);
});

afterAll(async () => {
  client?.destroy();
  await api?.close();
});

describe('20 clients on one task through the gateway', () => {
  it('records 20 results on 20 targets at once: 20 × 201, 20 entries', async () => {
    const token = await api.tokenFor('dept', 'SCJG');
    const answers = await Promise.all(
      TWENTY.map((t) => {
        const { taskId: _id, ...body } = resultInput(t);
        return api.request('POST', `/tasks/${TASK}/results`, { token, body });
      }),
    );

    expect(answers.map((a) => a.status)).toEqual(TWENTY.map(() => 201));
    const { check, entries } = await consistency(deps);
    expect(check).toMatchObject({ ok: true, checked: { results: 20 } });
    expect(entries.filter((e) => e.action === 'result.record')).toHaveLength(20);
  });

  it('publishes them from 20 clients at once: each result once, in one answer, with one entry', async () => {
    const token = await api.tokenFor('dept', 'SCJG');
    const answers = await Promise.all(
      TWENTY.map(() =>
        api.request('POST', `/tasks/${TASK}/publish`, { token, body: { department: 'SCJG' } }),
      ),
    );

    expect(answers.map((a) => a.status)).toEqual(TWENTY.map(() => 200));
    const claimed = answers.flatMap((a) =>
      (a.body.published as { targetId: string }[]).map((p) => p.targetId),
    );
    expect(claimed.sort()).toEqual([...TWENTY].sort());
    const { check, entries } = await consistency(deps);
    expect(check).toMatchObject({ ok: true, checked: { publications: 20 } });
    expect(entries.filter((e) => e.action === 'result.publish')).toHaveLength(20);
  });

  it('answers a publish with nothing left 200 with count 0 and appends nothing', async () => {
    const token = await api.tokenFor('dept', 'SCJG');
    const before = (await consistency(deps)).entries.length;

    const again = await api.request('POST', `/tasks/${TASK}/publish`, {
      token,
      body: { department: 'SCJG' },
    });

    expect(again).toMatchObject({ status: 200, body: { published: [], count: 0 } });
    expect((await consistency(deps)).entries).toHaveLength(before);
  });

  it('refuses a department outside the task 403, and its chain does not grow', async () => {
    const token = await api.tokenFor('dept', 'STHJ');
    const before = (await consistency(deps)).entries.length;

    const outsider = await api.request('POST', `/tasks/${TASK}/publish`, {
      token,
      body: { department: 'STHJ' },
    });

    expect(outsider.status).toBe(403);
    expect(outsider.body.error.code).toBe('PUBLICATION.NOT_PARTICIPANT');
    expect((await consistency(deps)).entries).toHaveLength(before);
  });

  it('verifies the cross-check publicly, and dr audit verify reports a result stored without its entry', async () => {
    const ok = await api.request('GET', `/tasks/${TASK}/audit/verify`);
    expect(ok.body.crossCheck).toMatchObject({ ok: true, checked: { results: 20 } });
    const stored = (await deps.results.get(TASK, 'T01', 'FOOD-01'))!;
    // an insider writes a result straight into the store, with no entry
    await batchWriteAll({ client, tableName: api.server.tableName }, [
      { ...stored, targetId: 'T99', ...keys.itemResult(TASK, 'T99', 'FOOD-01') },
    ]);

    const cut = await api.request('GET', `/tasks/${TASK}/audit/verify`);
    const cli = await verifyAudit({ url: api.url, taskId: TASK });

    expect(cut.body.crossCheck.ok).toBe(false);
    expect(cut.body.crossCheck.problems).toContainEqual(
      expect.objectContaining({ kind: 'change-without-entry', change: 'result/T99/FOOD-01' }),
    );
    expect(cli.ok).toBe(false);
    expect(cli.problem).toContain('change-without-entry');
  });
});
