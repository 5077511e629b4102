import { assertMayLeadGroup, jointGroups, type TaskAssignment } from '@double-random/domain';
import { describe, expect, it } from 'vitest';

const assignment = (
  drawId: string,
  department: string,
  target: string,
  members: string[],
  leader: string | null,
  over: Partial<TaskAssignment> = {},
): TaskAssignment => ({
  taskId: 'T',
  drawId,
  department,
  target,
  stratum: 'all',
  role: 'selected',
  members,
  leader,
  status: 'filled',
  ...over,
});

const roster = (ids: string[], leaders: string[]) =>
  ids.map((id) => ({
    id,
    unit: '',
    leader: leaders.includes(id),
    qualifications: ['Q'],
    conflicts: [],
  }));

const task = {
  draws: [
    { drawId: 'T', department: 'SCJG', role: 'targets' as const, qualification: 'Q' },
    { drawId: 'T.STHJ', department: 'STHJ', role: 'participant' as const, qualification: 'Q' },
  ],
};

describe('one joint group per target, its leader appointed (二(五))', () => {
  const rosters = new Map([
    ['T', roster(['P1', 'P2', 'P3'], ['P1'])],
    ['T.STHJ', roster(['E1', 'E2'], ['E1'])],
  ]);

  it('joins every department’s team for a target into one group, the initiator first', () => {
    const [g] = jointGroups(
      task,
      [
        assignment('T', 'SCJG', 'X1', ['P2', 'P1'], 'P2'),
        assignment('T.STHJ', 'STHJ', 'X1', ['E2', 'E1'], 'E2'),
        assignment('T', 'SCJG', 'X9', ['P3', 'P2'], 'P3', { role: 'reserve' }),
      ],
      rosters,
    );
    expect(g!.members.map((m) => `${m.department}:${m.id}`)).toEqual([
      'SCJG:P2',
      'SCJG:P1',
      'STHJ:E2',
      'STHJ:E1',
    ]);
    // the draw named P2 its leader by falling back; P2 may not lead: P1 is suggested
    expect(g!.suggestedLeader).toBe('P1');
  });

  it('suggests a participant who may lead when no initiator member may, never one who may not', () => {
    const [g] = jointGroups(
      task,
      [
        assignment('T', 'SCJG', 'X1', ['P2', 'P3'], 'P2'),
        assignment('T.STHJ', 'STHJ', 'X1', ['E2', 'E1'], 'E2'),
      ],
      rosters,
    );
    expect(g!.suggestedLeader).toBe('E1');
    const [none] = jointGroups(
      task,
      [
        assignment('T', 'SCJG', 'X1', ['P2', 'P3'], 'P2'),
        assignment('T.STHJ', 'STHJ', 'X1', ['E2'], 'E2'),
      ],
      rosters,
    );
    expect(none!.suggestedLeader).toBeNull();
  });

  it('refuses a leader outside the group, or one who may not lead', () => {
    const [g] = jointGroups(
      task,
      [
        assignment('T', 'SCJG', 'X1', ['P2', 'P1'], 'P2'),
        assignment('T.STHJ', 'STHJ', 'X1', ['E2', 'E1'], 'E2'),
      ],
      rosters,
    );
    expect(() => assertMayLeadGroup(g!, 'P3')).toThrow(
      expect.objectContaining({ code: 'GROUP.LEADER_NOT_MEMBER' }),
    );
    expect(() => assertMayLeadGroup(g!, 'P2')).toThrow(
      expect.objectContaining({ code: 'GROUP.LEADER_MAY_NOT_LEAD' }),
    );
    expect(() => assertMayLeadGroup(g!, 'E1')).not.toThrow();
  });
});
