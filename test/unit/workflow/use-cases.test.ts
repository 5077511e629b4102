import {
  type Actor,
  DomainError,
  type Inspector,
  workflowUseCases as uc,
  verifyChain,
} from '@double-random/domain';
import { witnessCommitment } from '@double-random/draw';
import { beforeEach, describe, expect, it } from 'vitest';
import { certificatesOf, inspector, inspectors } from './fixtures';
import {
  commitWitnesses,
  create,
  drawn,
  ENTROPY,
  type Fakes,
  jjjc,
  office,
  resultInput,
  revealAll,
  SECRETS,
  SOURCE,
  scjg,
  selectedOf,
  setup,
  sthj,
  TASK,
} from './scenario';

let deps: Fakes;
beforeEach(async () => {
  deps = await setup();
});

describe('createTask', () => {
  it('creates the task from the approved plan, once; a participant may not run the draw', async () => {
    // 二(五): the initiating department (SCJG) or the office runs the draw, not a participant
    await expect(
      uc.createTask(deps, {
        actor: sthj,
        input: { department: 'SCJG', year: 2026, seq: 7, entropySource: SOURCE },
      }),
    ).rejects.toMatchObject({ code: 'TASK.NOT_DRAW_RUNNER' });
    const t = await create(deps);
    expect(t.stage).toBe('Created');
    expect(t.runBy).toEqual({ by: 'office-1', as: 'office' });
    expect(t.draws.map((d) => d.drawId)).toEqual([TASK, `${TASK}.STHJ`]);
    await expect(create(deps)).rejects.toMatchObject({ code: 'TASK.EXISTS' });
  });

  it('lets the initiating department run its own task’s draw, and records it', async () => {
    await commitWitnesses(deps);
    const t = await uc.createTask(deps, {
      actor: scjg,
      input: { department: 'SCJG', year: 2026, seq: 7, entropySource: SOURCE },
    });
    expect(t.runBy).toEqual({ by: 'scjg-1', as: 'SCJG' });
    const entry = (await deps.audit.read(TASK, { limit: 10 })).items.find(
      (e) => e.action === 'task.create',
    );
    expect(entry?.data).toMatchObject({ runBy: { by: 'scjg-1', as: 'SCJG' } });
  });
});

describe('freeze, commit, entropy, draw', () => {
  it('stores one frozen bundle per draw and flips the stage last', async () => {
    await create(deps);
    const { task, frozen } = await uc.freezeTask(deps, { actor: office, taskId: TASK });
    expect(task.stage).toBe('Frozen');
    expect(task.frozenOn).toBe('2026-03-02');
    expect([...deps.bundles.map.rows.keys()]).toEqual([TASK, `${TASK}.STHJ`]);
    expect(frozen.target.bundle.pool).toHaveLength(40);
    await expect(uc.freezeTask(deps, { actor: office, taskId: TASK })).rejects.toMatchObject({
      code: 'TASK.WRONG_STAGE',
    });
  });

  it('commits once; a repeated commit returns the same record', async () => {
    await create(deps);
    await uc.freezeTask(deps, { actor: office, taskId: TASK });
    const first = await uc.commitTask(deps, { actor: office, taskId: TASK });
    deps.clock.instant = '2026-03-02T05:00:00.000Z';
    const again = await uc.commitTask(deps, { actor: office, taskId: TASK });
    expect(again.commitment).toEqual(first.commitment);
    expect(first.commitment.participants.map((p) => p.department)).toEqual(['STHJ']);
  });

  it('takes the entropy from the reveals once; a repeated reveal changes nothing', async () => {
    await create(deps);
    await uc.freezeTask(deps, { actor: office, taskId: TASK });
    const { commitment } = await uc.commitTask(deps, { actor: office, taskId: TASK });
    expect(commitment.witnesses).toEqual([
      { id: 'STHJ', commitment: witnessCommitment(SECRETS.STHJ) },
      { id: 'JJJC', commitment: witnessCommitment(SECRETS.JJJC) },
    ]);
    const t = await revealAll(deps);
    expect([t.stage, t.entropy]).toEqual(['AwaitingEntropy', ENTROPY]);
    const entries = deps.audit.chains.get(TASK)?.length ?? 0;
    const again = await uc.revealWitness(deps, {
      actor: jjjc,
      taskId: TASK,
      witness: 'JJJC',
      input: { reveal: SECRETS.JJJC },
    });
    expect([again.created, again.task.version]).toEqual([false, t.version]);
    expect(deps.audit.chains.get(TASK)?.length ?? 0).toBe(entries);
  });

  it('draws targets and every department team, reserves included, once', async () => {
    const { records } = await drawn(deps);
    expect(records.map((r) => r.drawId)).toEqual([TASK, `${TASK}.STHJ`]);
    const target = records[0]!.result;
    const reserves = target.strata.flatMap((s) => s.reserve);
    expect(reserves).toHaveLength(3);
    const sthj = [...deps.assignments.rows.values()].filter((a) => a.department === 'STHJ');
    expect(sthj.map((a) => a.target).sort()).toEqual(
      target.strata.flatMap((s) => [...s.selected, ...s.reserve]).sort(),
    );
    expect(
      sthj
        .filter((a) => a.role === 'reserve')
        .map((a) => a.target)
        .sort(),
    ).toEqual([...reserves].sort());
    const again = await uc.drawTask(deps, { actor: office, taskId: TASK });
    expect(again.records.map((r) => r.result.resultDigest)).toEqual(
      records.map((r) => r.result.resultDigest),
    );
  });

  it('refuses to draw on a bundle that differs from the commitment', async () => {
    await create(deps);
    await uc.freezeTask(deps, { actor: office, taskId: TASK });
    await uc.commitTask(deps, { actor: office, taskId: TASK });
    await revealAll(deps);
    const b = deps.bundles.map.rows.get(TASK)!;
    deps.bundles.map.rows.set(TASK, { ...b, pool: b.pool.slice(1) });
    await expect(uc.drawTask(deps, { actor: office, taskId: TASK })).rejects.toMatchObject({
      code: 'DRAW.DIGEST_MISMATCH',
    });
    expect(deps.draws.map.rows.size).toBe(0);
  });
});

describe('a bundle the draw engine refuses', () => {
  it('is a domain refusal carrying the engine code', async () => {
    await create(deps);
    await uc.freezeTask(deps, { actor: office, taskId: TASK });
    const b = deps.bundles.map.rows.get(TASK)!;
    deps.bundles.map.rows.set(TASK, {
      ...b,
      pool: [{ ...b.pool[0]!, id: 'T,00' }, ...b.pool.slice(1)],
    });
    await uc.commitTask(deps, { actor: office, taskId: TASK });
    await revealAll(deps);
    const refusal = await uc
      .drawTask(deps, { actor: office, taskId: TASK })
      .catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: 'DRAW.CODE_INVALID', kind: 'invalid' });
  });
});

describe('results, replacement, publication, handoff', () => {
  it('lets only the inspecting department record its item', async () => {
    await drawn(deps);
    const t = selectedOf(deps, 'SCJG')[0]!.target;
    await expect(
      uc.recordResult(deps, { actor: sthj, input: resultInput(deps, t) }),
    ).rejects.toMatchObject({ code: 'RESULT.NOT_INSPECTING_DEPARTMENT' });
    const { result } = await uc.recordResult(deps, { actor: scjg, input: resultInput(deps, t) });
    expect(result.publication).toEqual({ dueBy: '2026-04-30', provisional: false });
    await expect(
      uc.recordResult(deps, { actor: scjg, input: resultInput(deps, t) }),
    ).rejects.toMatchObject({ code: 'RESULT.EXISTS' });
  });

  it('records only the drawn team and a date between the draw and today, and audits both', async () => {
    await drawn(deps);
    const [a] = selectedOf(deps, 'SCJG');
    const before = await uc
      .recordResult(deps, {
        actor: scjg,
        input: resultInput(deps, a!.target, { inspectionDate: '2026-03-02' }),
      })
      .catch((e: DomainError) => e);
    expect(before).toMatchObject({ code: 'RESULT.DATE_INVALID' });
    const ghosts = await uc
      .recordResult(deps, {
        actor: scjg,
        input: resultInput(deps, a!.target, { team: ['GHOST-1', 'GHOST-2'] }),
      })
      .catch((e: DomainError) => e);
    expect(ghosts).toMatchObject({ code: 'RESULT.TEAM_NOT_DRAWN' });
    // one drawn member falls ill: the substitute is drawn from the roster, never chosen
    const [stays, ill] = a!.members;
    const probe = await uc
      .recordResult(deps, {
        actor: scjg,
        input: resultInput(deps, a!.target, {
          // a team named twice is never the drawn one: the refusal says which team is
          team: [stays, stays],
          substitutions: [{ out: ill, reason: '病假' }],
        }),
      })
      .catch((e: DomainError) => e);
    const expected = (probe as DomainError).details?.expected as string[];
    expect(expected).toContain(stays);
    expect(expected).not.toContain(ill);
    const rec = await uc.recordResult(deps, {
      actor: scjg,
      input: resultInput(deps, a!.target, {
        team: expected,
        substitutions: [{ out: ill, reason: '病假' }],
      }),
    });
    const substitute = expected.find((m) => m !== stays)!;
    expect(rec.result.substitutions).toEqual([{ out: ill, reason: '病假', in: substitute }]);
    const entry = (await deps.audit.read(TASK, { limit: 100 })).items.find(
      (e) => e.action === 'result.record',
    );
    expect(entry?.data).toMatchObject({
      inspectionDate: '2026-04-01',
      team: expected,
      substitutions: [{ out: ill, in: substitute }],
    });
  });

  it('appends follow-ups to a result: a penalty weeks later starts its own clock, audited', async () => {
    await drawn(deps);
    const t = selectedOf(deps, 'SCJG')[0]!.target;
    await uc.recordResult(deps, {
      actor: scjg,
      input: resultInput(deps, t, { wording: 'pending-follow-up' }),
    });
    deps.clock.instant = '2026-05-20T02:00:00.000Z';
    const ref = { taskId: TASK, targetId: t, item: 'SCJG-FOOD' };
    const fined = await uc.recordFollowUp(deps, {
      actor: scjg,
      input: {
        ...ref,
        date: '2026-05-18',
        penalty: {
          decisionNo: '台市监罚〔2026〕12号',
          decisionDate: '2026-05-18',
          kind: '罚款',
          warningOnly: false,
          procedure: 'ordinary',
        },
      },
    });
    expect(fined.penaltyPublication).toEqual({ dueBy: '2026-05-27', provisional: false });
    const closed = await uc.recordFollowUp(deps, {
      actor: scjg,
      input: { ...ref, date: '2026-05-19', outcome: 'corrected' },
    });
    expect(closed.followUps?.map((f) => f.seq)).toEqual([1, 2]);
    expect(closed.wording).toBe('pending-follow-up');
    const entries = (await deps.audit.read(TASK, { limit: 100 })).items.filter(
      (e) => e.action === 'result.follow-up',
    );
    expect(entries.map((e) => (e.data as { seq: number }).seq)).toEqual([1, 2]);
    expect(entries[0]?.data).toMatchObject({ penaltyDueBy: '2026-05-27' });
  });

  it('is not done while a handoff its results require is missing; the last handoff completes it', async () => {
    await drawn(deps);
    const t = selectedOf(deps, 'SCJG')[0]!.target;
    await uc.recordResult(deps, {
      actor: scjg,
      input: resultInput(deps, t, { wording: 'pending-follow-up' }),
    });
    for (const to of ['Publishing', 'HandingOff'] as const)
      await uc.advanceTask(deps, { actor: office, taskId: TASK, to });
    await expect(
      uc.advanceTask(deps, { actor: office, taskId: TASK, to: 'Done' }),
    ).rejects.toMatchObject({ code: 'TASK.HANDOFFS_MISSING', details: { field: 'handoffs' } });
    expect(await uc.outstandingHandoffs(deps, TASK)).toEqual([
      { targetId: t, item: 'SCJG-FOOD', kind: 'department-in-charge' },
    ]);
    await uc.handoff(deps, {
      actor: scjg,
      input: {
        taskId: TASK,
        targetId: t,
        item: 'SCJG-FOOD',
        kind: 'department-in-charge',
        receiverDepartment: 'ZJJ',
        receiverName: '区住房和城乡建设局',
        reason: '违法建设线索',
        date: '2026-04-02',
      },
    });
    expect((await deps.tasks.get(TASK))?.stage).toBe('Done');
  });

  it('forms one joint group per target and records the leader the initiating department appoints', async () => {
    await drawn(deps);
    const groups = await uc.listGroups(deps, { actor: sthj, taskId: TASK });
    const g = groups[0]!;
    expect(new Set(g.members.map((m) => m.department))).toEqual(new Set(['SCJG', 'STHJ']));
    const mayLead = g.members.filter((m) => m.mayLead).map((m) => m.id);
    expect(g.suggestedLeader === null || mayLead.includes(g.suggestedLeader)).toBe(true);
    const ref = { taskId: TASK, targetId: g.target };
    await expect(
      uc.appointLeader(deps, { actor: sthj, ...ref, inspectorId: g.members[0]!.id }),
    ).rejects.toMatchObject({ code: 'TASK.NOT_DRAW_RUNNER' });
    const cannot = g.members.find((m) => !m.mayLead);
    if (cannot)
      await expect(
        uc.appointLeader(deps, { actor: scjg, ...ref, inspectorId: cannot.id }),
      ).rejects.toMatchObject({ code: 'GROUP.LEADER_MAY_NOT_LEAD' });
    const leader = mayLead[mayLead.length - 1]!;
    const appointed = await uc.appointLeader(deps, { actor: scjg, ...ref, inspectorId: leader });
    expect(appointed.appointed).toMatchObject({ leader, by: 'scjg-1', as: 'SCJG' });
    expect((await deps.tasks.get(TASK))?.leaders?.[g.target]?.leader).toBe(leader);
    const entry = (await deps.audit.read(TASK, { limit: 100 })).items.find(
      (e) => e.action === 'group.appoint',
    );
    expect(entry?.data).toMatchObject({ target: g.target, leader, as: 'SCJG' });
  });

  it('replaces a deregistered target by the next reserve, whose teams are already drawn', async () => {
    const { records } = await drawn(deps);
    const gone = selectedOf(deps, 'SCJG').find((a) => a.stratum === 'risk:A')!.target;
    const reserve = records[0]!.result.strata.find((s) => s.key === 'risk:A')!.reserve[0]!;
    await expect(
      uc.recordResult(deps, {
        actor: sthj,
        input: resultInput(deps, reserve, { item: 'STHJ-EMIT', team: ['E1'] }),
      }),
    ).rejects.toMatchObject({ code: 'RESULT.TARGET_NOT_ASSIGNED' });
    const rec = await uc.recordResult(deps, {
      actor: scjg,
      input: resultInput(deps, gone, { wording: 'deregistered' }),
    });
    expect(rec.replacementDue).toBe(true);
    const r = await uc.replaceFromReserve(deps, { actor: scjg, taskId: TASK, targetId: gone });
    expect(r.reserve).toBe(reserve);
    expect(
      await uc.replaceFromReserve(deps, { actor: office, taskId: TASK, targetId: gone }),
    ).toEqual(r);
    const activated = [...deps.assignments.rows.values()].filter((a) => a.replaces === gone);
    expect(activated.map((a) => a.department).sort()).toEqual(['SCJG', 'STHJ']);
    const sthjRecord = await uc.recordResult(deps, {
      actor: sthj,
      // the reserve's STHJ team, drawn with it
      input: resultInput(deps, reserve, { item: 'STHJ-EMIT' }),
    });
    expect(sthjRecord.result.department).toBe('STHJ');
  });

  it('records the 执法证 shown and the 日常监管人员 who went along, in the result and its entry', async () => {
    // 日常监管人员 of SCJG: listed before the freeze, never in its roster
    const daily = (id: string, over: Partial<Inspector> = {}) =>
      inspector(id, {
        category: 'daily-supervision',
        certificateNo: undefined,
        certificateExpiry: undefined,
        mayLead: false,
        ...over,
      });
    await deps.inspectors.create(daily('D1'));
    await deps.inspectors.create(daily('D2', { status: 'inactive' }));
    await deps.inspectors.create(daily('H1', { department: 'STHJ' }));
    await drawn(deps);
    expect(deps.bundles.map.rows.get(TASK)!.roster.map((r) => r.id)).not.toContain('D1');
    const [a, b] = selectedOf(deps, 'SCJG');
    const { certificatesShown: _shown, ...unsaid } = resultInput(deps, a!.target);
    await expect(uc.recordResult(deps, { actor: scjg, input: unsaid })).rejects.toMatchObject({
      code: 'RESULT.CERTIFICATES_REQUIRED',
      details: { field: 'certificatesShown' },
    });
    for (const [ids, why] of [
      [['D2'], 'is inactive'],
      [['H1'], "is not in SCJG's inspector directory"],
      [['GHOST'], "is not in SCJG's inspector directory"],
      // an officer who was not drawn may not join: that would undo 随机匹配
      [[b!.members[0]!], 'is an enforcement officer'],
    ] as const)
      await expect(
        uc.recordResult(deps, {
          actor: scjg,
          input: resultInput(deps, a!.target, { accompanying: ids }),
        }),
      ).rejects.toMatchObject({
        code: 'RESULT.ACCOMPANYING_INVALID',
        message: expect.stringContaining(why),
      });
    const { result } = await uc.recordResult(deps, {
      actor: scjg,
      input: resultInput(deps, a!.target, { accompanying: ['D1'] }),
    });
    expect(result).toMatchObject({
      team: a!.members,
      certificatesShown: certificatesOf(a!.members),
      accompanying: ['D1'],
    });
    const entry = (await deps.audit.read(TASK, { limit: 100 })).items.find(
      (e) => e.action === 'result.record',
    );
    expect(entry?.data).toMatchObject({
      team: a!.members,
      accompanying: ['D1'],
      // the 执法证 shown are in the hashed record, not only in the stored result
      certificatesShown: certificatesOf(a!.members),
    });
    expect((await deps.results.get(TASK, a!.target, 'SCJG-FOOD'))?.accompanying).toEqual(['D1']);
  });

  it('shows a target’s team, with its 执法证 and who may go along, to those who record it', async () => {
    await deps.inspectors.create(
      inspector('D1', {
        name: '日常监管员D1',
        category: 'daily-supervision',
        certificateNo: undefined,
        certificateExpiry: undefined,
        mayLead: false,
      }),
    );
    await drawn(deps);
    const [a] = selectedOf(deps, 'SCJG');
    const ref = { taskId: TASK, targetId: a!.target };
    const mine = await uc.targetTeams(deps, { actor: scjg, ...ref });
    expect(mine).toEqual([
      {
        drawId: TASK,
        department: 'SCJG',
        target: a!.target,
        leader: a!.leader,
        members: a!.members.map((id) => ({
          id,
          name: `检查员${id}`,
          certificateNo: `Z${id}`,
        })),
        mayAccompany: [{ id: 'D1', name: '日常监管员D1', unit: 'U1' }],
      },
    ]);
    // the office reads both departments' teams; each department its own
    const all = await uc.targetTeams(deps, { actor: office, ...ref });
    expect(all.map((t) => t.department).sort()).toEqual(['SCJG', 'STHJ']);
    const sthjTeams = await uc.targetTeams(deps, { actor: sthj, ...ref });
    expect(sthjTeams.map((t) => t.department)).toEqual(['STHJ']);
    expect(sthjTeams[0]!.mayAccompany).toEqual([]);
    // an inspector on the team reads it; one not on it, or another department, learns nothing
    const member: Actor = { sub: a!.members[0]!, roles: ['inspector'] };
    expect(await uc.targetTeams(deps, { actor: member, ...ref })).toEqual(mine);
    const outsider = inspectors.find((i) => i.department === 'SCJG' && !a!.members.includes(i.id))!;
    await expect(
      uc.targetTeams(deps, { actor: { sub: outsider.id, roles: ['inspector'] }, ...ref }),
    ).rejects.toMatchObject({ code: 'TASK.NOT_FOUND' });
    await expect(
      uc.targetTeams(deps, { actor: { sub: 'zjj-1', roles: ['dept:ZJJ'] }, ...ref }),
    ).rejects.toMatchObject({ code: 'TASK.NOT_FOUND' });
    await expect(
      uc.targetTeams(deps, { actor: scjg, taskId: TASK, targetId: 'T99' }),
    ).rejects.toMatchObject({ code: 'TEAM.NOT_FOUND', details: { field: 'targetId' } });
  });

  it('refuses a replacement without a gone result', async () => {
    await drawn(deps);
    const t = selectedOf(deps, 'SCJG')[0]!.target;
    await uc.recordResult(deps, { actor: scjg, input: resultInput(deps, t) });
    await expect(
      uc.replaceFromReserve(deps, { actor: scjg, taskId: TASK, targetId: t }),
    ).rejects.toMatchObject({ code: 'RESERVE.NO_GONE_RESULT' });
  });

  it('refuses a replacement when the stratum reserve is exhausted', async () => {
    await drawn(deps);
    const inD = selectedOf(deps, 'SCJG').filter((a) => a.stratum === 'risk:D');
    expect(inD.length).toBeGreaterThanOrEqual(2);
    for (const a of inD.slice(0, 2))
      await uc.recordResult(deps, {
        actor: scjg,
        input: resultInput(deps, a.target, { wording: 'moved-out' }),
      });
    await uc.replaceFromReserve(deps, { actor: scjg, taskId: TASK, targetId: inD[0]!.target });
    await expect(
      uc.replaceFromReserve(deps, { actor: scjg, taskId: TASK, targetId: inD[1]!.target }),
    ).rejects.toMatchObject({ code: 'RESERVE.EXHAUSTED' });
  });

  it('publishes the department results once, without warning-only penalties', async () => {
    await drawn(deps);
    const [a, b] = selectedOf(deps, 'SCJG');
    const warning = {
      decisionNo: 'W1',
      decisionDate: '2026-04-02',
      kind: '警告',
      warningOnly: true,
    };
    await uc.recordResult(deps, {
      actor: scjg,
      input: resultInput(deps, a!.target, { penalty: warning }),
    });
    await uc.recordResult(deps, { actor: scjg, input: resultInput(deps, b!.target) });
    await expect(
      uc.publishResults(deps, { actor: sthj, taskId: TASK, department: 'SCJG' }),
    ).rejects.toMatchObject({ code: 'PUBLICATION.NOT_DEPARTMENT' });
    deps.clock.instant = '2026-05-06T02:00:00.000Z';
    const out = await uc.publishResults(deps, { actor: scjg, taskId: TASK, department: 'SCJG' });
    expect(out.published).toHaveLength(2);
    expect(out.published.every((p) => p.penalty === undefined)).toBe(true);
    expect(out.late).toHaveLength(2);
    const again = await uc.publishResults(deps, { actor: scjg, taskId: TASK, department: 'SCJG' });
    expect(again.published).toEqual([]);
  });

  it('lights deadlines: due soon, then overdue', async () => {
    await drawn(deps);
    const t = selectedOf(deps, 'SCJG')[0]!.target;
    await uc.recordResult(deps, { actor: scjg, input: resultInput(deps, t) });
    deps.clock.instant = '2026-04-28T02:00:00.000Z';
    expect((await uc.deadlineReport(deps, { actor: office, taskId: TASK }))[0]?.status).toBe(
      'due-soon',
    );
    deps.clock.instant = '2026-05-01T02:00:00.000Z';
    expect((await uc.deadlineReport(deps, { actor: office, taskId: TASK }))[0]?.status).toBe(
      'overdue',
    );
  });

  it('hands a problem on and the receiver acknowledges it; a retry is the same handoff', async () => {
    await drawn(deps);
    const t = selectedOf(deps, 'SCJG')[0]!.target;
    const rec = await uc.recordResult(deps, {
      actor: scjg,
      input: resultInput(deps, t, { wording: 'pending-follow-up' }),
    });
    expect(rec.handoffsDue).toEqual(['department-in-charge']);
    const input = {
      taskId: TASK,
      targetId: t,
      item: 'SCJG-FOOD',
      kind: 'department-in-charge' as const,
      receiverDepartment: 'ZJJ',
      receiverName: '区住房和城乡建设局',
      reason: '违法建设线索',
      date: '2026-04-02',
    };
    deps.clock.instant = '2026-04-02T02:00:00.000Z';
    const h = await uc.handoff(deps, { actor: scjg, input });
    expect(await uc.handoff(deps, { actor: scjg, input })).toEqual(h);
    await expect(
      uc.handoff(deps, { actor: scjg, input: { ...input, reason: '另一个理由' } }),
    ).rejects.toMatchObject({ code: 'HANDOFF.EXISTS' });
    const acked = await uc.acknowledge(deps, {
      actor: { sub: 'zjj-1', roles: ['dept:ZJJ'] },
      input: { taskId: TASK, handoffId: h.id, acknowledgedBy: '李某', at: '2026-04-03T01:00:00Z' },
    });
    expect(acked.acknowledgement?.by).toBe('李某');
  });

  it('recomputes provisional deadlines when the office loads the next year', async () => {
    await drawn(deps);
    const t = selectedOf(deps, 'SCJG')[0]!.target;
    deps.clock.instant = '2026-12-16T02:00:00.000Z';
    const { result } = await uc.recordResult(deps, {
      actor: scjg,
      input: resultInput(deps, t, { inspectionDate: '2026-12-15' }),
    });
    expect(result.publication).toEqual({ dueBy: '2027-01-12', provisional: true });
    const out = await uc.loadCalendarYear(deps, {
      actor: office,
      input: { year: 2027, holidays: ['2027-01-01'], makeUpWorkdays: [] },
    });
    expect(out.recomputed).toBe(1);
    expect((await deps.results.get(TASK, t, 'SCJG-FOOD'))?.publication).toEqual({
      dueBy: '2027-01-13',
      provisional: false,
    });
  });
});

describe('audit trail', () => {
  it('records every step in one verifiable chain per task', async () => {
    await drawn(deps);
    const chain = deps.audit.chains.get(TASK)!;
    expect(chain.map((e) => e.action)).toEqual([
      'witness.commit',
      'witness.commit',
      'task.create',
      'task.freeze',
      'task.commit',
      'witness.reveal',
      'witness.reveal',
      'task.entropy',
      'task.draw',
      'task.advance',
      'task.advance',
    ]);
    expect(verifyChain(chain).ok).toBe(true);
  });

  it('moves the stage only along the allowed order, and records a failure', async () => {
    await create(deps);
    await expect(
      uc.advanceTask(deps, { actor: office, taskId: TASK, to: 'Drawn' }),
    ).rejects.toMatchObject({ code: 'TASK.ILLEGAL_TRANSITION' });
    const failed = await uc.recordFailure(deps, {
      actor: office,
      taskId: TASK,
      code: 'FREEZE.EMPTY',
      message: 'no targets',
    });
    expect(failed.failure).toEqual({
      stage: 'Created',
      code: 'FREEZE.EMPTY',
      message: 'no targets',
    });
  });
});

describe('reading a task', () => {
  it('is for the office and the task departments; others see not-found or forbidden', async () => {
    await create(deps);
    expect((await uc.getTask(deps, { actor: sthj, taskId: TASK })).id).toBe(TASK);
    const other: Actor = { sub: 'zjj-1', roles: ['dept:ZJJ'] };
    await expect(uc.getTask(deps, { actor: other, taskId: TASK })).rejects.toMatchObject({
      code: 'TASK.NOT_FOUND',
    });
    await expect(uc.deadlineReport(deps, { actor: other, taskId: TASK })).rejects.toMatchObject({
      code: 'TASK.NOT_PARTICIPANT',
    });
  });

  it('refuses results before the teams are notified', async () => {
    await create(deps);
    await expect(
      uc.recordResult(deps, { actor: scjg, input: resultInput(deps, 'T01') }),
    ).rejects.toMatchObject({ code: 'TASK.WRONG_STAGE' });
  });
});
