/** Business wording for codes the API returns. */

export const percent = (bp: number): string => {
  const p = bp / 100;
  return `${Number.isInteger(p) ? p : p.toFixed(2).replace(/0+$/, '')}%`;
};

export const ratioRange = (r: { minBp: number; maxBp: number } | null): string =>
  r === null
    ? '—'
    : r.minBp === r.maxBp
      ? percent(r.minBp)
      : `${percent(r.minBp)}～${percent(r.maxBp)}`;

const RISK: Record<string, string> = { A: 'A 类', B: 'B 类', C: 'C 类', D: 'D 类' };

export const stratumName = (key: string): string => {
  if (key === 'all') return '全部对象';
  const m = /^risk:([A-Z])$/.exec(key);
  return m ? `信用风险 ${RISK[m[1]!] ?? m[1]}` : key;
};

export const category = (c: 'key' | 'general' | 'mixed'): string =>
  c === 'key' ? '重点检查事项' : c === 'general' ? '一般检查事项' : '重点和一般检查事项';

const STAGES: Record<string, string> = {
  Created: '已创建',
  Frozen: '名录已冻结',
  Committed: '已公示承诺',
  AwaitingEntropy: '等待公共随机数',
  Drawn: '已抽取',
  Notified: '已通知检查人员',
  Inspecting: '检查中',
  Publishing: '结果公示中',
  HandingOff: '移送处理中',
  Done: '已完成',
  Failed: '已终止',
};

export const stageName = (stage: string): string => STAGES[stage] ?? stage;

const PLAN_STATUS: Record<string, string> = {
  draft: '草稿',
  filed: '已报送',
  returned: '已退回',
  approved: '已审核',
  published: '已公布',
};

export const planStatus = (s: string): string => PLAN_STATUS[s] ?? s;

/** ISO date-times in Beijing time, as the public reads them. */
export const dateTime = (iso: string | undefined): string => {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const shanghai = new Date(d.getTime() + 8 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${shanghai.getUTCFullYear()}-${p(shanghai.getUTCMonth() + 1)}-${p(shanghai.getUTCDate())} ${p(shanghai.getUTCHours())}:${p(shanghai.getUTCMinutes())}`;
};

/** The year in Beijing, for the default year of plans and tasks. */
export const currentYear = (now: Date = new Date()): number =>
  new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();

const USCC = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** A 统一社会信用代码 typed by a person: upper case, no spaces. */
export const normaliseUscc = (text: string): string => text.replace(/\s+/g, '').toUpperCase();

export const looksLikeUscc = (text: string): boolean => USCC.test(normaliseUscc(text));
