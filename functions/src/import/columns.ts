/**
 * Column names and enum words as offices write them. Headers are matched after trimming,
 * case-insensitively for English; Chinese words map to the API's values so a spreadsheet
 * exported from an existing 名录库 imports as it is.
 */

type Converter = (value: unknown) => unknown;

export interface ColumnSpec {
  field: string;
  headers: readonly string[];
  convert?: Converter;
  /** what the cell holds, for docs/import.md and the OpenAPI document */
  note?: string;
}

const text: Converter = (v) => (typeof v === 'string' ? v.trim() : v);

const fromWords =
  (words: Record<string, string>): Converter =>
  (v) => {
    if (typeof v !== 'string') return v;
    const t = v.trim();
    return words[t] ?? words[t.toLowerCase()] ?? t;
  };

const KIND_WORDS: Record<string, string> = {
  企业: 'enterprise',
  个体工商户: 'sole-trader',
  个体户: 'sole-trader',
  个体: 'sole-trader',
  其他主体: 'other-subject',
  其他: 'other-subject',
  农民专业合作社: 'other-subject',
  产品: 'product',
  项目: 'project',
  行为: 'behaviour',
};

const RISK_WORDS: Record<string, string> = {
  a: 'A',
  b: 'B',
  c: 'C',
  d: 'D',
  A类: 'A',
  B类: 'B',
  C类: 'C',
  D类: 'D',
  A级: 'A',
  B级: 'B',
  C级: 'C',
  D级: 'D',
};

const CATEGORY_WORDS: Record<string, string> = {
  执法人员: 'enforcement',
  行政执法人员: 'enforcement',
  执法: 'enforcement',
  日常监管人员: 'daily-supervision',
  日常监管: 'daily-supervision',
};

const YES = new Set(['是', '可', 'y', 'yes', 'true', '1', '√']);
const NO = new Set(['否', '不可', 'n', 'no', 'false', '0']);
const yesNo: Converter = (v) => {
  if (typeof v !== 'string') return v;
  const t = v.trim().toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return v;
};

/** Lists in one cell: separated by 、 ; ； , ， | or spaces. */
const list: Converter = (v) =>
  typeof v === 'string'
    ? v
        .split(/[、;；,，|\s]+/)
        .map((s) => s.trim())
        .filter(Boolean)
    : v;

/** Excel writes dates as 2027/3/5 or 2027-3-5 or 2027年3月5日; the API takes 2027-03-05. */
const date: Converter = (v) => {
  if (typeof v !== 'string') return v;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(v.trim());
  if (!m) return v.trim();
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
};

const upper: Converter = (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v);

export const TARGET_COLUMNS: readonly ColumnSpec[] = [
  // 检查对象编号 and 检查对象名称 are the exports' own headers: an export imports back
  {
    field: 'id',
    headers: ['id', '编号', '对象编号', '检查对象编号', '主体标识'],
    note: 'optional; defaults to the credit code',
  },
  {
    field: 'name',
    headers: ['name', '名称', '企业名称', '主体名称', '对象名称', '检查对象名称', '市场主体名称'],
    note: 'required, at most 200 characters',
  },
  {
    field: 'uscc',
    headers: ['uscc', '统一社会信用代码', '信用代码'],
    convert: upper,
    note: 'required for enterprises; 18 characters, check character verified (GB 32100-2015)',
  },
  {
    field: 'kind',
    headers: ['kind', '类型', '主体类型', '对象类型', '市场主体类型', '主体类别'],
    convert: fromWords(KIND_WORDS),
    note: '企业, 个体工商户 (个体户), 其他主体, 产品, 项目, 行为 or the English values',
  },
  {
    field: 'town',
    headers: ['town', '所属镇街', '镇街', '所在镇街', '所属乡镇（街道）', '所属乡镇街道'],
    note: 'required',
  },
  { field: 'industry', headers: ['industry', '行业', '所属行业', '行业门类'], note: 'required' },
  {
    field: 'riskClass',
    headers: [
      'riskClass',
      '信用风险等级',
      '风险等级',
      '信用风险分类',
      '风险分类',
      '信用风险分类结果',
    ],
    convert: fromWords(RISK_WORDS),
    note: 'A, B, C or D (A类, A级 … accepted)',
  },
  {
    field: 'unit',
    headers: ['unit', '管辖单位', '所属单位', '登记管辖单位'],
    note: 'optional unit code',
  },
];

export const INSPECTOR_COLUMNS: readonly ColumnSpec[] = [
  { field: 'id', headers: ['id', '编号', '人员编号', '执法人员编号'], note: 'required' },
  { field: 'name', headers: ['name', '姓名', '执法人员姓名'], note: 'required' },
  {
    field: 'category',
    headers: ['category', '人员类别', '人员类型', '类别'],
    convert: fromWords(CATEGORY_WORDS),
    note: '执法人员 (enforcement, the default) or 日常监管人员 (daily-supervision: no 执法证, never drawn)',
  },
  {
    field: 'certificateNo',
    headers: ['certificateNo', '执法证号', '执法证编号', '执法证件号码'],
    note: 'required of enforcement staff; left empty for 日常监管人员',
  },
  {
    field: 'certificateExpiry',
    headers: ['certificateExpiry', '执法证有效期', '有效期至', '执法证有效期至', '证件有效期至'],
    convert: date,
    note: '2027-03-05, 2027/3/5 or 2027年3月5日',
  },
  {
    field: 'qualifications',
    headers: ['qualifications', '执法资质', '执法资格代码'],
    convert: list,
    note: 'codes separated by 、, ；, a comma, a vertical bar or spaces',
  },
  {
    field: 'expertise',
    headers: ['expertise', '业务专长', '专业特长'],
    convert: list,
    note: 'words separated by 、, ；, a comma, a vertical bar or spaces',
  },
  {
    field: 'mayLead',
    headers: ['mayLead', '可任组长', '可担任组长', '是否可任组长'],
    convert: yesNo,
    note: '是/否, yes/no, 1/0',
  },
  { field: 'unit', headers: ['unit', '管辖单位', '所属单位'], note: 'optional unit code' },
  { field: 'idNumber', headers: ['idNumber', '身份证号', '身份证号码'], note: 'private' },
  { field: 'phone', headers: ['phone', '电话', '联系电话', '手机'], note: 'private' },
];

/**
 * The columns as one paragraph, for the OpenAPI document: each field with the headers that
 * name it. docs/import.md gives the same list as a table.
 */
export const describeColumns = (columns: readonly ColumnSpec[]): string =>
  `A CSV (UTF-8, with or without BOM, or GB18030/GBK as Excel saves it) with a header row, or a JSON array of objects. Headers are matched trimmed, English ones case-insensitively; other columns are ignored and listed in ignoredColumns. A target row naming a stored target (by id or credit code) may carry only some columns, as the exports do: those change, the others stay. Columns: ${columns
    .map(
      (c) =>
        `${c.field} (${c.headers.filter((h) => h !== c.field).join(', ')})${c.note ? `: ${c.note}` : ''}`,
    )
    .join('; ')}.`;

/** Header name → column, for the headers of one file; unknown headers are ignored. */
export const columnIndex = (columns: readonly ColumnSpec[]): Map<string, ColumnSpec> => {
  const index = new Map<string, ColumnSpec>();
  for (const c of columns) for (const h of c.headers) index.set(h.toLowerCase(), c);
  return index;
};

/**
 * A row's cells as an API body: known headers mapped to fields, values converted, empty
 * cells left out so optional fields take their defaults.
 */
export const rowToInput = (
  cells: Record<string, unknown>,
  index: Map<string, ColumnSpec>,
): Record<string, unknown> => {
  const input: Record<string, unknown> = {};
  for (const [header, raw] of Object.entries(cells)) {
    const column = index.get(header.trim().toLowerCase());
    if (!column || raw === undefined || raw === null) continue;
    if (typeof raw === 'string' && raw.trim() === '') continue;
    input[column.field] = (column.convert ?? text)(raw);
  }
  return input;
};
