import { getItem, keys } from '@double-random/store';
import { describe, expect, it } from 'vitest';
import { createWorkflowTokenStore } from '../../../functions/src/workflow';
import { useEmbeddedStore } from '../support/embedded-store';

describe('workflow token store on the embedded table', () => {
  const store = useEmbeddedStore();
  // '#' and '%' are allowed in draw codes: the keys module escapes them
  const taskId = '2027-SCJG-001#%';

  it('keeps a task’s waits under keys.workflowToken and lists them with one query', async () => {
    const tokens = createWorkflowTokenStore(store.table);
    const at = '2027-03-01T02:00:00.000Z';
    await tokens.put({ taskId, slot: 'entropy', token: 'tok-1', at });
    await tokens.put({ taskId, slot: 'result:D#1:T-9', token: 'tok-2', at });
    await tokens.put({ taskId: 'other', slot: 'entropy', token: 'tok-3', at });

    const raw = await getItem(store.table, keys.workflowToken(taskId, 'entropy'));
    expect(raw).toMatchObject({ pk: 'WFTOKEN#2027-SCJG-001%23%25', sk: 'entropy', token: 'tok-1' });

    expect(await tokens.get(taskId, 'result:D#1:T-9')).toEqual({
      taskId,
      slot: 'result:D#1:T-9',
      token: 'tok-2',
      at,
    });
    const listed = await tokens.listByTask(taskId);
    expect(listed.map((w) => w.token).sort()).toEqual(['tok-1', 'tok-2']);
  });

  it('removes a wait only with its own token, so a newer wait survives a late remover', async () => {
    const tokens = createWorkflowTokenStore(store.table);
    const at = '2027-03-01T02:00:00.000Z';
    await tokens.put({ taskId, slot: 'entropy', token: 'new', at });
    await tokens.remove(taskId, 'entropy', 'old');
    expect((await tokens.get(taskId, 'entropy'))?.token).toBe('new');
    await tokens.remove(taskId, 'entropy', 'new');
    expect(await tokens.get(taskId, 'entropy')).toBeUndefined();
  });
});
