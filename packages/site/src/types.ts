/** The shapes of docs/public-api.md, as the page reads them. */

export interface Page<T> {
  items: T[];
  cursor?: string;
}

export interface Named {
  id: string;
  name: string;
}

export interface PublicTaskSummary {
  id: string;
  year: number;
  name: string;
  initiatingDepartment: string;
  initiatingDepartmentName: string;
  participatingDepartments: string[];
  participatingDepartmentNames: string[];
  joint: boolean;
  items: { code: string; name: string; category: 'key' | 'general' }[];
  stage: string;
  window: { start: string; end: string };
  committedAt?: string;
  drawnAt?: string;
}

export interface PublicDraw {
  drawId: string;
  department: string;
  departmentName: string;
  entropy: string;
  seed: string;
  resultDigest: string;
  drawnAt: string;
  strata: {
    key: string;
    population: number;
    size: number;
    selected: Named[];
    reserve: Named[];
  }[];
  assignments: {
    target: string;
    targetName: string;
    members: Named[];
    leader: string | null;
    status: 'filled' | 'unfilled';
    replacedBy?: string;
    replaces?: string;
  }[];
}

export interface WitnessView {
  revealBy: string;
  closesAt: string;
  status: 'collecting' | 'complete' | 'withheld';
  witnesses: {
    id: string;
    commitment: string | null;
    committedAt: string | null;
    revealed: boolean;
    revealedAt?: string;
    reveal?: string;
    withheld: boolean;
  }[];
}

export interface Commitment {
  poolDigest: string;
  paramsDigest: string;
  rosterDigest: string;
  entropySource: string;
  committedAt: string;
  participants: {
    department: string;
    departmentName: string;
    drawId: string;
    poolDigest?: string;
    paramsDigest: string;
    rosterDigest: string;
  }[];
}

export interface PublicTask extends PublicTaskSummary {
  strata: { key: string; ratioBp: number; reserve: number }[];
  team: number;
  commitment?: Commitment;
  /** a witnessed commit–reveal (docs/entropy.md) */
  witnesses?: WitnessView;
  draws?: PublicDraw[];
}

export interface PublicResult {
  taskId: string;
  taskName: string;
  planId: string;
  planName: string;
  department: string;
  departmentName: string;
  /** 个案: a case inspected outside the draw; its taskId is the case id, its planId empty */
  kind: '定向抽查' | '不定向抽查' | '个案';
  /** a case's source: 投诉举报 | 转办交办 | 大数据监测 */
  source?: string;
  /** how many evidence files back it (the files are never public) */
  evidenceCount?: number;
  /** 部门联合抽查 */
  joint?: boolean;
  target: { id: string; name: string; uscc?: string; town: string };
  item: { code: string; name: string };
  method: string;
  inspectedOn: string;
  completedOn: string;
  publishedOn: string;
  wording: string;
  penalty?: { decisionNumber: string; decidedOn: string; summary: string };
  substitutions?: { out: string; in: string; reason: string }[];
  followUps?: {
    date: string;
    outcome?: string;
    penalty?: { decisionNumber: string; decidedOn: string; summary: string };
    rectifiedOn?: string;
  }[];
}

export interface TargetResults extends Page<PublicResult> {
  draws: {
    drawId: string;
    taskId: string;
    stratum: string;
    role: 'selected' | 'reserve';
    drawnAt: string;
  }[];
}

export type Range = { minBp: number; maxBp: number } | null;

export interface Figures {
  tasks: number;
  joint: number;
  jointShareBp: number;
  keyTasks: number;
  generalTasks: number;
  keyRatioBp: Range;
  generalRatioBp: Range;
}

export interface DistrictPlan {
  year: number;
  status: 'approved';
  approved: { at: string };
  report: {
    year: number;
    departments: (Figures & { department: string; status: string; late: boolean })[];
    overall: Figures & { lateFilings: number; pendingPlans: number; jointShareMet: boolean };
  };
}

export interface PlanTask {
  id: string;
  seq: number;
  name: string;
  items: string[];
  initiator: string;
  participants: string[];
  joint: boolean;
  category: 'key' | 'general' | 'mixed';
  strata: { key: string; ratioBp: number }[];
  window: { start: string; end: string };
  teamSize: number;
  ratio: { bp: number };
  excludeInspectedWithinDays?: number;
}

export interface InspectionItem {
  code: string;
  name: string;
  category: 'key' | 'general';
}

export interface PublicPlan {
  id: string;
  department: string;
  departmentName: string;
  year: number;
  status: string;
  tasks: PlanTask[];
  late: boolean;
  /** filed on paper on this day, entered later */
  filedOn?: string;
  approved?: { at: string };
  published?: { at: string };
}
