import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workflowUseCases as uc } from '@double-random/domain';
import { witnessCommitment } from '@double-random/draw';
import {
  createDocumentClient,
  createFileBlobStore,
  workflowRepositoriesOn,
} from '@double-random/store';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWorkflowTokenStore } from '../../functions/src/workflow';
import { startLocalServer } from '../../packages/local/src/server';
import { repositoriesOn } from '../integration/support/embedded-store';
import { inspectors, items, plan, plannedTask, targets } from '../unit/workflow/fixtures';
import { COMMIT_DAY, jjjc, MovableClock, office, secretOf, sthj, until } from './support';

/** The local server runs the workflow beside the gateway and resumes it after a restart. */
describe('local server workflow', () => {
  let dataDir: string;
  beforeAll(async () => {
    vi.stubEnv('LOG_LEVEL', 'silent');
    dataDir = await mkdtemp(join(tmpdir(), 'dr-server-workflow-'));
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  });

  it('restarts the execution of an unfinished task when it starts again', async () => {
    const taskId = '2026-SCJG-007';
    const first = await startLocalServer({ dataDir, port: 0 });
    const client = createDocumentClient({ region: 'local', endpoint: first.dynamoEndpoint });
    const table = { client, tableName: first.tableName };
    const tokens = createWorkflowTokenStore(table);
    let old: string | undefined;
    try {
      expect(first.resumedTasks).toEqual([]);
      const deps = {
        ...repositoriesOn(table),
        ...workflowRepositoriesOn(table, createFileBlobStore(join(dataDir, 'blobs'))),
        clock: new MovableClock(COMMIT_DAY),
      };
      await deps.plans.create(plan([plannedTask()]));
      for (const i of items) await deps.items.create(i);
      for (const t of targets) await deps.targets.create(t);
      for (const i of inspectors) await deps.inspectors.create(i);
      for (const [witness, actor] of [
        ['STHJ', sthj],
        ['JJJC', jjjc],
      ] as const)
        await uc.commitWitness(deps, {
          actor,
          taskId,
          witness,
          input: { commitment: witnessCommitment(secretOf(taskId, witness)) },
        });
      // reveals are due far ahead: the task waits for its entropy across the restart
      await uc.createTask(deps, {
        actor: office,
        input: {
          department: 'SCJG',
          year: 2026,
          seq: 7,
          entropySource: 'witness:2099-01-01:STHJ,JJJC',
        },
      });
      await first.workflow.start(taskId);
      old = (await until('the first entropy wait', () => tokens.get(taskId, 'entropy'), 30_000))
        .token;
    } finally {
      client.destroy();
      await first.close();
    }
    const before = await (async () => {
      const second = await startLocalServer({ dataDir, port: 0 });
      const c = createDocumentClient({ region: 'local', endpoint: second.dynamoEndpoint });
      try {
        const t = createWorkflowTokenStore({ client: c, tableName: second.tableName });
        expect(second.resumedTasks).toEqual([taskId]);
        const renewed = await until(
          'the entropy wait of the restarted execution',
          async () => {
            const w = await t.get(taskId, 'entropy');
            return w && w.token !== old ? w : undefined;
          },
          30_000,
        );
        expect(second.workflow.waitingTokens()).toEqual([renewed.token]);
        return { old, renewed };
      } finally {
        c.destroy();
        await second.close();
      }
    })();
    expect(before.renewed.token).not.toBe(before.old);
    expect(before.renewed.token).toContain(taskId);
  });
});
