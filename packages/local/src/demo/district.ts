import {
  organisationCodeCheckChar,
  TOWNS,
  USCC_ALPHABET,
  usccCheckChar,
} from '@double-random/domain';
import {
  type DepartmentSpec,
  DISTRICT_DEPARTMENTS,
  GIVEN,
  type PlannedTaskSpec,
  type Profile,
  SURNAMES,
  ZIHAO,
} from './catalogue';
import { type Random, seeded } from './random';

/**
 * The demo district as data: every row the loader sends, built from the catalogue by a
 * seeded generator, so the same scale and year give the same district on every run.
 */

/** 台儿庄区's administrative division code, positions 3–8 of a 统一社会信用代码. */
export const DIVISION = '370405';

const RISK_WEIGHTS = [
  ['A', 40],
  ['B', 35],
  ['C', 18],
  ['D', 7],
] as const;

export interface DemoTarget {
  id: string;
  name: string;
  kind: Profile['kind'];
  uscc?: string;
  town: string;
  industry: string;
  riskClass: 'A' | 'B' | 'C' | 'D';
  unit: string;
}

export interface DemoInspector {
  id: string;
  name: string;
  unit: string;
  certificateNo: string;
  certificateExpiry: string;
  qualifications: string[];
  expertise: string[];
  mayLead: boolean;
}

export interface DemoConflict {
  department: string;
  inspectorId: string;
  targetId: string;
  reason: string;
  declaredBy: 'inspector' | 'enterprise';
}

export interface DemoDepartment {
  spec: DepartmentSpec;
  targets: DemoTarget[];
  inspectors: DemoInspector[];
}

export interface DemoDistrict {
  year: number;
  departments: DemoDepartment[];
  conflicts: DemoConflict[];
}

/** Base-31 digits in the code alphabet, so every number gives a distinct organisation code. */
const code31 = (n: number, width: number): string => {
  let out = '';
  let v = n;
  for (let i = 0; i < width; i++) {
    out = USCC_ALPHABET[v % 31]! + out;
    v = Math.floor(v / 31);
  }
  return out;
};

/**
 * A valid code of 台儿庄区 (GB 32100-2015): 9 (registered by market regulation), then 1
 * enterprise / 2 sole trader / 3 农民专业合作社, the division, the organisation code `MA…`
 * whose 9th character is its GB 11714 check, and the GB 32100 check character.
 */
export const demoUscc = (type: '1' | '2' | '3', serial: number): string => {
  // an affine map of the serial (1000003 is prime to 31) spreads codes like real ones
  const spread = (serial * 1_000_003 + 7_654_321) % 31 ** 6;
  const body = `MA${code31(spread, 6)}`;
  const first17 = `9${type}${DIVISION}${body}${organisationCodeCheckChar(body)!}`;
  return first17 + usccCheckChar(first17)!;
};

const personName = (r: Random) =>
  r.pick(SURNAMES) + r.pick(GIVEN) + (r.next() < 0.6 ? r.pick(GIVEN) : '');

const PROJECT_PLACES = [
  '古城东片区',
  '运河南岸',
  '兰祺河路',
  '经济开发区',
  '涧头集北',
  '台枣路沿线',
];

const targetName = (r: Random, p: Profile, town: string, serial: number): string => {
  const word = r.pick(p.words);
  switch (p.kind) {
    // registered names carry the administrative division in full: 枣庄市台儿庄区…
    case 'enterprise':
      return `枣庄市台儿庄区${r.pick(ZIHAO)}${word}有限公司`;
    case 'sole-trader':
      return `枣庄市台儿庄区${town}${r.pick(SURNAMES)}${r.next() < 0.5 ? '记' : r.pick(GIVEN)}${word}`;
    case 'other-subject':
      return `枣庄市台儿庄区${town}${r.pick(ZIHAO)}${word}`;
    case 'product':
      return `${r.pick(ZIHAO)}牌${word}（批号${String(serial).padStart(5, '0')}）`;
    case 'project':
      return `枣庄市台儿庄区${town}${r.pick(PROJECT_PLACES)}${word}项目`;
    default:
      return `枣庄市台儿庄区${town}${word}`;
  }
};

const scaled = (base: number, scale: number, floor: number) =>
  Math.max(floor, Math.round(base * scale));

const departmentTargets = (
  spec: DepartmentSpec,
  index: number,
  scale: number,
  r: Random,
): DemoTarget[] => {
  const profiles = spec.profiles;
  // The first block walks every profile × town × risk class once, so even a tiny district
  // has a target in every scope the plans name. At least 24 per profile: with fewer, 5 % of
  // two tasks on a general item rounds up past its 10 % (the bands are per item, in whole
  // objects).
  const block = profiles.length * TOWNS.length;
  const count = scaled(spec.targets, scale, Math.max(block + 6, profiles.length * 24));
  const names = new Set<string>();
  const out: DemoTarget[] = [];
  for (let i = 0; i < count; i++) {
    const profile =
      i < block ? profiles[i % profiles.length]! : r.weighted(profiles.map((p) => [p, p.weight]));
    const town =
      i < block
        ? TOWNS[Math.floor(i / profiles.length) % TOWNS.length]!
        : r.weighted(TOWNS.map((t, k) => [t, k === 0 ? 30 : 14]));
    const riskClass = i < block ? RISK_WEIGHTS[i % 4]![0] : r.weighted(RISK_WEIGHTS);
    const serial = index * 100_000 + i;
    let name = targetName(r, profile, town, i + 1);
    for (let tries = 0; names.has(name) && tries < 5; tries++)
      name = targetName(r, profile, town, i + 1);
    if (names.has(name)) name = `${name}（${i + 1}）`;
    names.add(name);
    const unit = spec.stations?.[town] ?? '';
    const base = { name, kind: profile.kind, town, industry: profile.industry, riskClass, unit };
    if (
      profile.kind === 'enterprise' ||
      profile.kind === 'sole-trader' ||
      profile.kind === 'other-subject'
    ) {
      const uscc = demoUscc(
        profile.kind === 'enterprise' ? '1' : profile.kind === 'sole-trader' ? '2' : '3',
        serial,
      );
      out.push({ id: uscc, uscc, ...base });
    } else {
      const prefix = profile.kind === 'product' ? 'CP' : profile.kind === 'project' ? 'XM' : 'XW';
      out.push({ id: `${spec.code}-${prefix}${String(i + 1).padStart(5, '0')}`, ...base });
    }
  }
  return out;
};

const departmentInspectors = (
  spec: DepartmentSpec,
  index: number,
  scale: number,
  year: number,
  r: Random,
): DemoInspector[] => {
  const quals = [...new Set(spec.items.map((i) => i.qualification))];
  const count = scaled(spec.inspectors, scale, 6);
  const stations = [...new Set(Object.values(spec.stations ?? {}))];
  const out: DemoInspector[] = [];
  for (let i = 0; i < count; i++) {
    // Three senior officers of the head unit hold every qualification and may lead, so
    // every draw of the department has a roster whatever the scale.
    const senior = i < 3;
    const own = senior
      ? quals
      : [...new Set([quals[i % quals.length]!, ...(r.next() < 0.4 ? [r.pick(quals)] : [])])];
    // A few certificates ran out last year: those officers stay in the directory but are
    // never drawn until renewed.
    const expired = !senior && i % 13 === 7;
    out.push({
      id: `${spec.code}-${String(i + 1).padStart(3, '0')}`,
      name: personName(r),
      unit: senior || stations.length === 0 ? spec.headUnit : stations[i % stations.length]!,
      certificateNo: `37040500${String(index + 1).padStart(2, '0')}${String(i + 1).padStart(4, '0')}`,
      certificateExpiry: expired ? `${year - 1}-06-30` : `${year + 1 + (i % 4)}-12-31`,
      qualifications: own,
      expertise: [r.pick(spec.expertise)],
      mayLead: senior || i % 4 === 0,
    });
  }
  return out;
};

/**
 * The subjects a department shares with another (see `ShareSpec`): the same id, name, kind,
 * town and risk class, under its own industry label and station.
 */
const sharedTargets = (spec: DepartmentSpec, own: ReadonlyMap<string, DemoTarget[]>) =>
  (spec.shares ?? []).flatMap((share) =>
    (own.get(share.from) ?? [])
      .filter((t) => t.industry === share.industry)
      .map((t) => ({ ...t, industry: share.as, unit: spec.stations?.[t.town] ?? '' })),
  );

export const buildDistrict = (options: { year: number; scale: number }): DemoDistrict => {
  const r = seeded(`台儿庄区/${options.year}/${options.scale}`);
  const built = DISTRICT_DEPARTMENTS.map((spec, index) => ({
    spec,
    targets: departmentTargets(spec, index, options.scale, r),
    inspectors: departmentInspectors(spec, index, options.scale, options.year, r),
  }));
  const own = new Map(built.map((d) => [d.spec.code, d.targets]));
  const departments = built.map((d) => ({
    ...d,
    targets: [...d.targets, ...sharedTargets(d.spec, own)],
  }));
  const conflicts: DemoConflict[] = [];
  const reasons = [
    ['近亲属在该企业任职', 'inspector'],
    ['曾在该企业任职，离职未满两年', 'inspector'],
    ['企业申请回避：检查人员与企业负责人存在纠纷', 'enterprise'],
  ] as const;
  for (const [k, d] of departments.slice(0, 3).entries()) {
    const [reason, declaredBy] = reasons[k]!;
    const inspector = d.inspectors[3 + k]!;
    const target = d.targets[k * 7]!;
    conflicts.push({
      department: d.spec.code,
      inspectorId: inspector.id,
      targetId: target.id,
      reason,
      declaredBy,
    });
  }
  return { year: options.year, departments, conflicts };
};

const KEY_STRATA = [
  { key: 'risk:A', ratioBp: 2000 },
  { key: 'risk:B', ratioBp: 2000 },
  { key: 'risk:C', ratioBp: 3000 },
  { key: 'risk:D', ratioBp: 5000 },
] as const;
/** One plain 5 %: inside 3–10 % of each share of a general item's population (see catalogue). */
const GENERAL_STRATA = [{ key: 'all', ratioBp: 500 }] as const;

/** The body a department files: its planned tasks with scopes, strata and windows. */
export const planBody = (spec: DepartmentSpec, year: number) => ({
  tasks: spec.tasks.map((t: PlannedTaskSpec) => ({
    seq: t.seq,
    name: `${year}年度${t.name}`,
    items: t.items,
    scope: {
      kinds: t.scope?.kinds ?? [],
      towns: t.scope?.towns ?? [],
      industries: t.scope?.industries ?? [],
      riskClasses: [],
    },
    strata:
      t.strata === 'key'
        ? [...KEY_STRATA]
        : t.strata === 'general'
          ? [...GENERAL_STRATA]
          : [{ key: 'all', ratioBp: t.strata.all }],
    window: { start: `${year}-${t.opens}`, end: `${year}-12-31` },
    participants: t.participants ?? [],
    teamSize: t.teamSize ?? 2,
    ...(t.excludeInspectedWithinDays
      ? { excludeInspectedWithinDays: t.excludeInspectedWithinDays }
      : {}),
  })),
});
