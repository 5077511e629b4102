import {
  checkPlannedQuotas,
  checkPlanTasks,
  countAll,
  departmentName,
  hasValidOrganisationCode,
  type Item,
  type ItemCreateInput,
  isValidUscc,
  itemKey,
  itemQuota,
  newItem,
  ownerOf,
  type PlanTask,
  type PlanTaskInput,
  populationScope,
  type RiskClassCounts,
  type TargetScope,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { DISTRICT_DEPARTMENTS } from '../../../packages/local/src/demo/catalogue';
import { buildDistrict, planBody } from '../../../packages/local/src/demo/district';

/** The demo district as the plan check sees it: its directories counted as the store does. */
const filedDistrict = (scale: number) => {
  const d = buildDistrict({ year: 2026, scale });
  const ctx = { actor: 'demo', now: '2026-01-10T00:00:00.000Z' };
  const items: Item[] = d.departments.flatMap((dep) =>
    // the loader sends the catalogue's items as JSON: the same shape the API parses
    dep.spec.items.map(
      (it) => newItem({ ...(it as ItemCreateInput), department: dep.spec.code }, ctx).item,
    ),
  );
  const dirs = new Map(d.departments.map((x) => [x.spec.code, x.targets]));
  const count = (dept: string, scope: Partial<TargetScope>): RiskClassCounts => {
    const c: RiskClassCounts = { A: 0, B: 0, C: 0, D: 0 };
    const m = (l: readonly string[] | undefined, v: string) => !l?.length || l.includes(v);
    for (const t of dirs.get(dept) ?? [])
      if (
        m(scope.kinds, t.kind) &&
        m(scope.towns, t.town) &&
        m(scope.industries, t.industry) &&
        m(scope.riskClasses, t.riskClass)
      )
        c[t.riskClass]++;
    return c;
  };
  const populations = new Map(
    items.map((it) => [
      itemKey(it.department, it.code),
      countAll(count(it.department, populationScope(it))),
    ]),
  );
  // filed in the loader's order, each checked against the plans already on file
  const filed: PlanTask[] = [];
  for (const dep of d.departments) {
    const body = planBody(dep.spec, 2026);
    const counts = new Map(
      body.tasks.map((t) => {
        const stratified = t.strata.every((s) => s.key !== 'all');
        const riskClasses = stratified ? t.strata.map((s) => s.key.slice(5) as 'A') : [];
        return [t.seq, count(dep.spec.code, { ...t.scope, riskClasses })] as const;
      }),
    );
    const tasks = checkPlanTasks(dep.spec.code, 2026, body.tasks as PlanTaskInput[], {
      items,
      counts,
    });
    checkPlannedQuotas(dep.spec.code, tasks, { items, populations, otherTasks: filed });
    filed.push(...tasks);
  }
  return { d, items, dirs, populations, filed };
};

describe('the demo district keeps every item inside its band (台政发〔2019〕12号 二(二))', () => {
  for (const scale of [1, 0.05]) {
    it(`at scale ${scale}: every plan files, every item of the year is planned inside its band`, () => {
      const { items, populations, filed } = filedDistrict(scale);
      const quotas = items.map((it) =>
        itemQuota(
          it,
          populations.get(itemKey(it.department, it.code)) ?? 0,
          filed
            .filter(
              (t) =>
                t.items.includes(it.code) &&
                ownerOf(t, it.code, items)?.department === it.department,
            )
            .map((t) => ({ taskId: t.id, planned: t.planned ?? 0 })),
        ),
      );
      expect(quotas.filter((q) => !q.plannedWithin).map((q) => q.item)).toEqual([]);
      expect(quotas.every((q) => q.population > 0)).toBe(true);
      // joint draws stay ≥ 10 % of all
      expect(filed.filter((t) => t.joint).length * 10).toBeGreaterThanOrEqual(filed.length);
    });
  }

  it('a joint task draws subjects every participant regulates: its whole scope is shared', () => {
    const { filed, dirs } = filedDistrict(0.05);
    const joint = filed.filter((t) => t.joint);
    expect(joint.length).toBeGreaterThanOrEqual(4);
    for (const t of joint) {
      const scope = (dirs.get(t.initiator) ?? []).filter((x) =>
        t.scope.industries.includes(x.industry),
      );
      expect(scope.length, t.id).toBeGreaterThan(0);
      const shared = scope.filter((x) =>
        t.participants.every((p) => (dirs.get(p) ?? []).some((y) => y.id === x.id)),
      );
      expect(shared.length, t.id).toBe(scope.length);
    }
  });

  it('a mixed joint task is not key: its general item is sampled at 5 %', () => {
    const { filed } = filedDistrict(1);
    expect(filed.find((t) => t.id === '2026-SCJG-001')).toMatchObject({ category: 'mixed' });
  });
});

describe('the demo district as a local would recognise it', () => {
  const { d } = filedDistrict(1);
  const subjects = d.departments.flatMap((x) => x.targets).filter((t) => t.uscc);

  it('every 统一社会信用代码 passes GB 32100 and its organisation code GB 11714', () => {
    expect(subjects.length).toBeGreaterThan(4000);
    expect(subjects.filter((t) => !isValidUscc(t.uscc!))).toEqual([]);
    expect(subjects.filter((t) => !hasValidOrganisationCode(t.uscc!))).toEqual([]);
  });

  it('registered names start 枣庄市台儿庄区; cooperatives carry the 93 prefix', () => {
    expect(subjects.filter((t) => !t.name.startsWith('枣庄市台儿庄区'))).toEqual([]);
    const coops = subjects.filter((t) => t.industry === '农民专业合作社');
    expect(coops.length).toBeGreaterThan(0);
    expect(coops.every((t) => t.uscc!.startsWith('93370405'))).toBe(true);
  });

  it('names the commerce bureau as the gazette does; SCJG-03 cites 第十四条', () => {
    expect(departmentName('SWJ')).toBe('区商务和投资促进局');
    const scjg03 = DISTRICT_DEPARTMENTS[0]!.items.find((i) => i.code === 'SCJG-03')!;
    expect(scjg03.legalBasis).toContain('第十四条');
  });
});
