import {
  assertMayLeadGroup,
  type JointGroup,
  jointGroups,
  type TaskAssignment,
  workflowUseCases as uc,
} from '@double-random/domain';
import { beforeEach, describe, expect, it } from 'vitest';
import { create, drawn, type Fakes, office, scjg, setup, sthj, TASK } from './scenario';

const assignment = (
  drawId: string,
  target: string,
  members: string[],
  leader: string | null,
  over: Partial<TaskAssignment> = {},
): TaskAssignment => ({
  taskId: 'T',
  drawId,
  department: drawId === 'T' ? 'SCJG' : 'STHJ',
  target,
  stratum: 'all',
  role: 'selected',
  members,
  leader,
  status: 'filled',
  ...over,
});

const rosterOf = (ids: string[], leaders: string[]) =>
  ids.map((id) => ({
    id,
    unit: '',
    leader: leaders.includes(id),
    qualifications: ['Q'],
    conflicts: [],
  }));

const draws = [
  { drawId: 'T', department: 'SCJG', role: 'targets' as const, qualification: 'Q' },
  { drawId: 'T.STHJ', department: 'STHJ', role: 'participant' as const, qualification: 'Q' },
];
const rosters = new Map([
  ['T', rosterOf(['P1', 'P2', 'P3'], ['P1'])],
  ['T.STHJ', rosterOf(['E1', 'E2'], ['E1'])],
]);

describe('jointGroups: which teams make a target’s group', () => {
  it('has no groups before a draw is configured', () => {
    expect(jointGroups({ draws: [] }, [assignment('T', 'X1', ['P1'], 'P1')], rosters)).toEqual([]);
  });

  it('forms groups only for targets in play: selected ones and reserves that replaced one', () => {
    const groups = jointGroups(
      { draws },
      [
        assignment('T', 'X1', ['P1'], 'P1'),
        assignment('T', 'R1', ['P3'], 'P3', { role: 'reserve' }),
        assignment('T', 'R2', ['P2'], 'P2', { role: 'reserve', replaces: 'X9' }),
        assignment('T.STHJ', 'R1', ['E2'], 'E2', { role: 'reserve' }),
        assignment('T.STHJ', 'R2', ['E1'], 'E1', { role: 'reserve', replaces: 'X9' }),
      ],
      rosters,
    );
    expect(groups.map((g) => g.target)).toEqual(['X1', 'R2']);
    // the participant's team for an unused reserve never joins a group
    expect(groups[1]!.members.map((m) => m.id)).toEqual(['P2', 'E1']);
  });

  it('takes each participant’s team for the same target only, never another target’s', () => {
    const [x1, x2] = jointGroups(
      { draws },
      [
        assignment('T', 'X1', ['P1'], 'P1'),
        assignment('T', 'X2', ['P2'], 'P2'),
        assignment('T.STHJ', 'X2', ['E2'], 'E2'),
        assignment('T.STHJ', 'X1', ['E1'], 'E1'),
      ],
      rosters,
    );
    expect(x1!.members).toEqual([
      { id: 'P1', department: 'SCJG', mayLead: true },
      { id: 'E1', department: 'STHJ', mayLead: true },
    ]);
    expect(x2!.members).toEqual([
      { id: 'P2', department: 'SCJG', mayLead: false },
      { id: 'E2', department: 'STHJ', mayLead: false },
    ]);
    expect(x2!.suggestedLeader).toBeNull();
  });

  it('lists a team’s leader first and each member once; a target without a participant team has the initiator’s only', () => {
    const [g] = jointGroups({ draws }, [assignment('T', 'X1', ['P2', 'P1', 'P3'], 'P3')], rosters);
    expect(g!.members.map((m) => m.id)).toEqual(['P3', 'P2', 'P1']);
    const [noLeader] = jointGroups({ draws }, [assignment('T', 'X1', ['P2', 'P1'], null)], rosters);
    expect(noLeader!.members.map((m) => m.id)).toEqual(['P2', 'P1']);
  });

  it('marks a member absent from the roster as one who may not lead', () => {
    const [g] = jointGroups(
      { draws },
      [assignment('T', 'X1', ['P9'], null), assignment('T.STHJ', 'X1', ['E1'], 'E1')],
      new Map([['T.STHJ', rosterOf(['E1'], ['E1'])]]),
    );
    expect(g!.members).toEqual([
      { id: 'P9', department: 'SCJG', mayLead: false },
      { id: 'E1', department: 'STHJ', mayLead: true },
    ]);
    expect(g!.suggestedLeader).toBe('E1');
  });

  it('carries the appointment of its own target only', () => {
    const appointed = { leader: 'P1', by: 'scjg-1', as: 'SCJG', at: '2026-04-01T00:00:00.000Z' };
    const groups = jointGroups(
      { draws, leaders: { X1: appointed } },
      [assignment('T', 'X1', ['P1'], 'P1'), assignment('T', 'X2', ['P2'], 'P2')],
      rosters,
    );
    expect(groups[0]!.appointed).toEqual(appointed);
    expect(groups[1]).not.toHaveProperty('appointed');
  });
});

describe('assertMayLeadGroup: the refusal names the field, the rule and the group', () => {
  const group: JointGroup = {
    target: 'X1',
    members: [
      { id: 'P1', department: 'SCJG', mayLead: true },
      { id: 'P2', department: 'SCJG', mayLead: false },
    ],
    suggestedLeader: 'P1',
  };

  it('refuses one outside the group, listing who was drawn', () => {
    expect(() => assertMayLeadGroup(group, 'P7')).toThrow(
      expect.objectContaining({
        code: 'GROUP.LEADER_NOT_MEMBER',
        message: 'inspectorId: P7 is not in the group drawn for X1 (P1, P2)',
        details: {
          field: 'inspectorId',
          rule: '二(五): the leader is appointed from the drawn group (从中指派)',
          value: 'P7',
        },
      }),
    );
  });

  it('refuses a member who may not lead', () => {
    expect(() => assertMayLeadGroup(group, 'P2')).toThrow(
      expect.objectContaining({
        code: 'GROUP.LEADER_MAY_NOT_LEAD',
        message: 'inspectorId: P2 may not lead a group (their directory entry does not allow it)',
        details: {
          field: 'inspectorId',
          rule: 'a group leader (联合检查组负责人) is one who may lead; never a fallback',
          value: 'P2',
        },
      }),
    );
  });
});

describe('listGroups and appointLeader on the joint task', () => {
  let deps: Fakes;
  beforeEach(async () => {
    deps = await setup();
  });

  it('shows no groups before the draw, and hides the task from a department outside it', async () => {
    await create(deps);
    expect(await uc.listGroups(deps, { actor: office, taskId: TASK })).toEqual([]);
    expect(await uc.listGroups(deps, { actor: scjg, taskId: TASK })).toEqual([]);
    await expect(
      uc.listGroups(deps, { actor: { sub: 'zjj-1', roles: ['dept:ZJJ'] }, taskId: TASK }),
    ).rejects.toMatchObject({
      code: 'TASK.NOT_FOUND',
      message: `task ${TASK} not found`,
      details: { value: TASK },
    });
  });

  it('lets the office and both departments read the groups of a drawn task', async () => {
    await drawn(deps);
    const byOffice = await uc.listGroups(deps, { actor: office, taskId: TASK });
    expect(byOffice.length).toBeGreaterThan(0);
    expect(await uc.listGroups(deps, { actor: scjg, taskId: TASK })).toEqual(byOffice);
    expect(await uc.listGroups(deps, { actor: sthj, taskId: TASK })).toEqual(byOffice);
  });

  it('refuses a target outside the task, and appointing before the draw', async () => {
    await expect(
      uc.appointLeader(deps, { actor: scjg, taskId: TASK, targetId: 'X1', inspectorId: 'P1' }),
    ).rejects.toMatchObject({ code: 'TASK.NOT_FOUND' });
    await create(deps);
    await expect(
      uc.appointLeader(deps, { actor: scjg, taskId: TASK, targetId: 'X1', inspectorId: 'P1' }),
    ).rejects.toMatchObject({
      code: 'TASK.WRONG_STAGE',
      message: `task ${TASK} is Created; appointing a group leader needs stage Drawn or Notified or Inspecting`,
      details: { field: 'stage', value: 'Created' },
    });
    await expect(
      uc.appointLeader(deps, { actor: sthj, taskId: TASK, targetId: 'X1', inspectorId: 'E1' }),
    ).rejects.toMatchObject({
      code: 'TASK.NOT_DRAW_RUNNER',
      message:
        "sthj-1 may not appoint a joint group leader: only the initiating department SCJG (抽查发起部门) or the office runs this task's draw",
    });
  });

  it('appoints, keeps a repeated appointment as one, and records a change of leader with whom it replaces', async () => {
    // every SCJG inspector may lead here, so a group has several to choose from
    for (const id of ['P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8']) {
      const i = (await deps.inspectors.get('SCJG', id))!;
      await deps.inspectors.update({ ...i, mayLead: true }, i.version);
    }
    await drawn(deps);
    const groups = await uc.listGroups(deps, { actor: office, taskId: TASK });
    const g = groups.find((x) => x.members.filter((m) => m.mayLead).length >= 2);
    expect(g, 'a group with two members who may lead').toBeDefined();
    const [first, second] = g!.members.filter((m) => m.mayLead).map((m) => m.id);
    await expect(
      uc.appointLeader(deps, {
        actor: scjg,
        taskId: TASK,
        targetId: 'NOT-DRAWN',
        inspectorId: first!,
      }),
    ).rejects.toMatchObject({
      code: 'GROUP.NOT_FOUND',
      message: `NOT-DRAWN is not a target inspected in task ${TASK}`,
      details: { field: 'targetId', value: 'NOT-DRAWN' },
    });
    const ref = { taskId: TASK, targetId: g!.target };
    const a = await uc.appointLeader(deps, { actor: office, ...ref, inspectorId: first! });
    expect(a.appointed).toMatchObject({ leader: first, by: 'office-1', as: 'office' });
    const version = (await deps.tasks.get(TASK))!.version;
    const again = await uc.appointLeader(deps, { actor: scjg, ...ref, inspectorId: first! });
    expect(again.appointed).toEqual(a.appointed);
    expect((await deps.tasks.get(TASK))!.version).toBe(version);
    await uc.appointLeader(deps, { actor: scjg, ...ref, inspectorId: second! });
    const entries = (await deps.audit.read(TASK, { limit: 200 })).items.filter(
      (e) => e.action === 'group.appoint',
    );
    expect(entries.map((e) => e.data)).toEqual([
      {
        target: g!.target,
        leader: first,
        suggested: g!.suggestedLeader,
        as: 'office',
        intent: expect.any(String),
      },
      {
        target: g!.target,
        leader: second,
        suggested: g!.suggestedLeader,
        as: 'SCJG',
        replaces: first,
        intent: expect.any(String),
      },
    ]);
    const leaders = (await deps.tasks.get(TASK))!.leaders!;
    expect(Object.keys(leaders)).toEqual([g!.target]);
    expect(leaders[g!.target]!.leader).toBe(second);
  });

  it('keeps the leaders of the other targets when one is appointed', async () => {
    await drawn(deps);
    const groups = (await uc.listGroups(deps, { actor: office, taskId: TASK })).filter(
      (g) => g.suggestedLeader !== null,
    );
    expect(groups.length).toBeGreaterThanOrEqual(2);
    for (const g of groups.slice(0, 2))
      await uc.appointLeader(deps, {
        actor: scjg,
        taskId: TASK,
        targetId: g.target,
        inspectorId: g.suggestedLeader!,
      });
    const leaders = (await deps.tasks.get(TASK))!.leaders!;
    expect(Object.fromEntries(Object.entries(leaders).map(([t, a]) => [t, a.leader]))).toEqual(
      Object.fromEntries(groups.slice(0, 2).map((g) => [g.target, g.suggestedLeader])),
    );
  });
});
