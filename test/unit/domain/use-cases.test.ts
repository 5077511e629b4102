import {
  type Actor,
  assertCanWriteDepartment,
  ConflictError,
  districtUseCases,
  ForbiddenError,
  inspectorUseCases,
  itemUseCases,
  NotFoundError,
  planUseCases,
  targetUseCases,
  ValidationError,
  verifyChain,
} from '@double-random/domain';
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeAudit, FakeIntents } from '../workflow/fakes';
import {
  FakeDistrictPlans,
  FakeInspectors,
  FakeItems,
  FakePlans,
  FakeTargets,
  FixedClock,
} from './fakes';

const scjg: Actor = { sub: 'u-scjg', roles: ['dept:SCJG'] };
const sthj: Actor = { sub: 'u-sthj', roles: ['dept:STHJ'] };
const office: Actor = { sub: 'u-office', roles: ['office'] };
const inspectorP42: Actor = { sub: 'P0042', roles: ['inspector'] };

const rejection = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as Error & { code?: string };
  }
  throw new Error('expected a rejection');
};

let deps: {
  targets: FakeTargets;
  inspectors: FakeInspectors;
  items: FakeItems;
  plans: FakePlans;
  districtPlans: FakeDistrictPlans;
  audit: FakeAudit;
  intents: FakeIntents;
  clock: FixedClock;
};

beforeEach(() => {
  deps = {
    targets: new FakeTargets(),
    inspectors: new FakeInspectors(),
    items: new FakeItems(),
    plans: new FakePlans(),
    districtPlans: new FakeDistrictPlans(),
    audit: new FakeAudit(),
    intents: new FakeIntents(),
    clock: new FixedClock('2026-01-15T02:00:00.000Z'),
  };
});

const target = (n: number, riskClass: 'A' | 'D') => ({
  id: `OBJ-${n}`,
  name: `产品 ${n}`,
  kind: 'product' as const,
  town: '泥沟镇',
  industry: '食品',
  riskClass,
});

const seedDirectory = async () => {
  await itemUseCases.create(deps, {
    actor: scjg,
    department: 'SCJG',
    input: {
      code: 'SCJG-FOOD',
      name: '食品生产监督检查',
      legalBasis: '《食品安全法》',
      category: 'key',
      methods: ['on-site'],
      qualification: 'SCJG-FOOD',
    },
  });
  await itemUseCases.create(deps, {
    actor: scjg,
    department: 'SCJG',
    input: {
      code: 'SCJG-ADS',
      name: '广告监督检查',
      legalBasis: '《广告法》',
      category: 'general',
      methods: ['online-monitoring', 'desk-review'],
      qualification: 'SCJG-ADS',
    },
  });
  for (let i = 0; i < 8; i++)
    await targetUseCases.create(deps, { actor: scjg, department: 'SCJG', input: target(i, 'A') });
  for (let i = 8; i < 10; i++)
    await targetUseCases.create(deps, { actor: scjg, department: 'SCJG', input: target(i, 'D') });
};

const foodTask = (over: Record<string, unknown> = {}) => ({
  seq: 1,
  name: '食品生产企业抽查',
  items: ['SCJG-FOOD'],
  strata: [
    { key: 'risk:A' as const, ratioBp: 1000 },
    { key: 'risk:D' as const, ratioBp: 6000 },
  ],
  window: { start: '2026-03-01', end: '2026-10-31' },
  teamSize: 2,
  ...over,
});

describe('authorisation', () => {
  it('a department writes only its own data', () => {
    expect(() => assertCanWriteDepartment(sthj, 'SCJG')).toThrow(ForbiddenError);
    expect(() => assertCanWriteDepartment(scjg, 'SCJG')).not.toThrow();
  });

  it('refuses a target written into another department', async () => {
    const e = await rejection(
      targetUseCases.create(deps, { actor: sthj, department: 'SCJG', input: target(1, 'A') }),
    );
    expect(e).toBeInstanceOf(ForbiddenError);
    expect(deps.targets.table.rows.size).toBe(0);
  });

  it('only the office approves a plan', async () => {
    await seedDirectory();
    await planUseCases.file(deps, {
      actor: scjg,
      department: 'SCJG',
      year: 2026,
      input: { tasks: [foodTask()] },
    });
    const e = await rejection(
      planUseCases.approve(deps, {
        actor: scjg,
        department: 'SCJG',
        year: 2026,
        expectedVersion: 1,
      }),
    );
    expect(e).toBeInstanceOf(ForbiddenError);
    expect(e.code).toBe('AUTH.NOT_OFFICE');
  });
});

describe('directory use cases', () => {
  it('a duplicate target is a conflict', async () => {
    await targetUseCases.create(deps, { actor: scjg, department: 'SCJG', input: target(1, 'A') });
    const e = await rejection(
      targetUseCases.create(deps, { actor: scjg, department: 'SCJG', input: target(1, 'A') }),
    );
    expect(e).toBeInstanceOf(ConflictError);
  });

  it('an update on a stale version is a conflict and changes nothing', async () => {
    await targetUseCases.create(deps, { actor: scjg, department: 'SCJG', input: target(1, 'A') });
    await targetUseCases.update(deps, {
      actor: scjg,
      department: 'SCJG',
      id: 'OBJ-1',
      expectedVersion: 1,
      patch: { riskClass: 'B' },
    });
    const e = await rejection(
      targetUseCases.update(deps, {
        actor: scjg,
        department: 'SCJG',
        id: 'OBJ-1',
        expectedVersion: 1,
        patch: { riskClass: 'C' },
      }),
    );
    expect(e.code).toBe('TARGET.STALE');
    expect((await deps.targets.get('SCJG', 'OBJ-1'))?.riskClass).toBe('B');
  });

  it('deactivation keeps the target, readable with its history', async () => {
    await targetUseCases.create(deps, { actor: scjg, department: 'SCJG', input: target(1, 'A') });
    await targetUseCases.deactivate(deps, {
      actor: scjg,
      department: 'SCJG',
      id: 'OBJ-1',
      expectedVersion: 1,
      input: { reason: '停产', date: '2026-01-14' },
    });
    const t = await targetUseCases.get(deps, { actor: office, department: 'SCJG', id: 'OBJ-1' });
    expect(t.status).toBe('inactive');
    expect(t.history.map((h) => h.action)).toEqual(['create', 'deactivate']);
  });

  it('a missing target is not found', async () => {
    const e = await rejection(
      targetUseCases.get(deps, { actor: scjg, department: 'SCJG', id: 'NOPE' }),
    );
    expect(e).toBeInstanceOf(NotFoundError);
  });

  it('lists a page and a cursor to the next', async () => {
    await seedDirectory();
    const first = await targetUseCases.list(deps, {
      actor: scjg,
      department: 'SCJG',
      page: { limit: 6 },
    });
    expect(first.items).toHaveLength(6);
    const cursor = first.cursor;
    expect(cursor).toBeDefined();
    const second = await targetUseCases.list(deps, {
      actor: scjg,
      department: 'SCJG',
      page: cursor ? { limit: 6, cursor } : { limit: 6 },
    });
    expect(second.items).toHaveLength(4);
    expect(second.cursor).toBeUndefined();
  });

  it('an inspector declares an own conflict; another inspector may not', async () => {
    await inspectorUseCases.create(deps, {
      actor: scjg,
      department: 'SCJG',
      input: {
        id: 'P0042',
        name: '张三',
        certificateNo: 'C-1',
        certificateExpiry: '2027-01-01',
        qualifications: ['SCJG-FOOD'],
      },
    });
    const conflict = { targetId: 'OBJ-1', reason: '亲属', declaredBy: 'inspector' as const };
    const i = await inspectorUseCases.declareConflict(deps, {
      actor: inspectorP42,
      department: 'SCJG',
      id: 'P0042',
      expectedVersion: 1,
      input: conflict,
    });
    expect(i.conflicts).toHaveLength(1);
    const other: Actor = { sub: 'P0043', roles: ['inspector'] };
    const e = await rejection(
      inspectorUseCases.declareConflict(deps, {
        actor: other,
        department: 'SCJG',
        id: 'P0042',
        expectedVersion: 2,
        input: conflict,
      }),
    );
    expect(e).toBeInstanceOf(ForbiddenError);
  });
});

describe('plan use cases', () => {
  it('files a plan with the ratio computed on the directory counts', async () => {
    await seedDirectory();
    // 8 targets at 10 % and 2 at 60 %: (8·1000 + 2·6000) / 10 = 2000 bp exactly
    const plan = await planUseCases.file(deps, {
      actor: scjg,
      department: 'SCJG',
      year: 2026,
      input: { tasks: [foodTask()] },
    });
    expect(plan).toMatchObject({ status: 'filed', late: false, version: 1 });
    expect(plan.tasks[0]?.ratio).toMatchObject({ numerator: 20000, denominator: 10, bp: 2000 });
  });

  it('refuses a key item planned on one town: its ratio counts every object it applies to (二(二))', async () => {
    await seedDirectory();
    // 10 more objects in another town: the task's scope still shows 20 %, the item 3 of 20
    for (let i = 20; i < 30; i++)
      await targetUseCases.create(deps, {
        actor: scjg,
        department: 'SCJG',
        input: { ...target(i, 'A'), town: '张山子镇' },
      });
    const e = await rejection(
      planUseCases.file(deps, {
        actor: scjg,
        department: 'SCJG',
        year: 2026,
        input: {
          tasks: [
            foodTask({
              scope: { kinds: [], towns: ['泥沟镇'], industries: [], riskClasses: [] },
            }),
          ],
        },
      }),
    );
    expect(e.code).toBe('PLAN.RATIO_OUT_OF_RANGE');
    expect((e as ValidationError).details).toMatchObject({
      item: 'SCJG-FOOD',
      population: 20,
      value: 3,
      minTargets: 4,
    });
    expect(await deps.plans.get('SCJG', 2026)).toBeUndefined();
  });

  it('refuses an item outside the list and stores nothing', async () => {
    await seedDirectory();
    const e = await rejection(
      planUseCases.file(deps, {
        actor: scjg,
        department: 'SCJG',
        year: 2026,
        input: { tasks: [foodTask({ items: ['SCJG-UNLISTED'] })] },
      }),
    );
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.code).toBe('PLAN.ITEM_NOT_LISTED');
    expect(deps.plans.table.rows.size).toBe(0);
  });

  it('runs file → return → amend → re-file → approve → publish; the public sees it only when published', async () => {
    await seedDirectory();
    const ref = { department: 'SCJG', year: 2026 };
    await planUseCases.file(deps, { actor: scjg, ...ref, input: { tasks: [foodTask()] } });
    expect(await rejection(planUseCases.get(deps, ref))).toBeInstanceOf(NotFoundError);
    await planUseCases.return(deps, {
      actor: office,
      ...ref,
      expectedVersion: 1,
      reason: '请补充一般事项',
    });
    const general = foodTask({
      seq: 2,
      items: ['SCJG-ADS'],
      strata: [{ key: 'all', ratioBp: 500 }],
    });
    await planUseCases.amend(deps, {
      actor: scjg,
      ...ref,
      expectedVersion: 2,
      input: { tasks: [foodTask(), general] },
    });
    deps.clock.instant = '2026-02-03T02:00:00.000Z';
    const refiled = await planUseCases.file(deps, {
      actor: scjg,
      ...ref,
      expectedVersion: 3,
      input: { tasks: [foodTask(), general] },
    });
    expect(refiled).toMatchObject({ status: 'filed', late: false, version: 4 });
    await planUseCases.approve(deps, { actor: office, ...ref, expectedVersion: 4 });
    const amendAfter = await rejection(
      planUseCases.amend(deps, {
        actor: scjg,
        ...ref,
        expectedVersion: 5,
        input: { tasks: [foodTask()] },
      }),
    );
    expect(amendAfter.code).toBe('PLAN.NOT_AMENDABLE');
    await planUseCases.publish(deps, { actor: scjg, ...ref, expectedVersion: 5 });
    expect((await planUseCases.get(deps, ref)).status).toBe('published');
  });

  it('records every plan step in the plan chain once, and refuses none after storing it', async () => {
    await seedDirectory();
    const ref = { department: 'SCJG', year: 2026 };
    await planUseCases.file(deps, { actor: scjg, ...ref, input: { tasks: [foodTask()] } });
    const approvals = await Promise.allSettled(
      [1, 2, 3].map(() =>
        planUseCases.approve(deps, { actor: office, ...ref, expectedVersion: 1 }),
      ),
    );
    await planUseCases.publish(deps, { actor: scjg, ...ref, expectedVersion: 2 });

    // the same approval asked three times is one step
    expect(approvals.map((a) => a.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    const chain = deps.audit.chains.get('plan:2026:SCJG') ?? [];
    expect(chain.map((e) => [e.action, (e.data as { intent: string }).intent])).toEqual([
      ['plan.file', 'plan/v1'],
      ['plan.approve', 'plan/v2'],
      ['plan.publish', 'plan/v3'],
    ]);
    expect(verifyChain(chain).ok).toBe(true);
  });

  it('refuses to publish a draft: a plan is published once on record (备案)', async () => {
    await seedDirectory();
    await planUseCases.file(deps, {
      actor: scjg,
      department: 'SCJG',
      year: 2026,
      input: { tasks: [foodTask()], draft: true },
    });
    const e = await rejection(
      planUseCases.publish(deps, {
        actor: scjg,
        department: 'SCJG',
        year: 2026,
        expectedVersion: 1,
      }),
    );
    expect(e.code).toBe('PLAN.NOT_ON_RECORD');
  });

  it('filing over an existing plan without its version is a conflict', async () => {
    await seedDirectory();
    const cmd = { actor: scjg, department: 'SCJG', year: 2026, input: { tasks: [foodTask()] } };
    await planUseCases.file(deps, cmd);
    expect((await rejection(planUseCases.file(deps, cmd))).code).toBe('PLAN.EXISTS');
  });
});

describe('district plan use cases', () => {
  it('the office cannot approve the district plan without joint draws, and can once they reach 10 %', async () => {
    await seedDirectory();
    const ref = { department: 'SCJG', year: 2026 };
    await planUseCases.file(deps, { actor: scjg, ...ref, input: { tasks: [foodTask()] } });
    const report = await districtUseCases.consolidate(deps, { actor: office, year: 2026 });
    expect(report.overall).toMatchObject({ tasks: 1, joint: 0, jointShareMet: false });
    const e = await rejection(districtUseCases.approve(deps, { actor: office, year: 2026 }));
    expect(e.code).toBe('DISTRICT.JOINT_SHARE_TOO_LOW');

    await planUseCases.amend(deps, {
      actor: scjg,
      ...ref,
      expectedVersion: 1,
      input: { tasks: [foodTask({ participants: ['STHJ'] })] },
    });
    const district = await districtUseCases.approve(deps, { actor: office, year: 2026 });
    expect(district.report.overall).toMatchObject({ tasks: 1, joint: 1, jointShareBp: 10000 });
    expect(
      (await rejection(districtUseCases.approve(deps, { actor: office, year: 2026 }))).code,
    ).toBe('DISTRICT.EXISTS');
  });

  it('a department may not consolidate', async () => {
    expect(
      await rejection(districtUseCases.consolidate(deps, { actor: scjg, year: 2026 })),
    ).toBeInstanceOf(ForbiddenError);
  });
});
