/**
 * The district's departments as seeded; the list is data, the code format in codes.ts is the
 * rule. Kept apart from codes.ts's zod schemas so that a browser bundle (the staff console)
 * names departments without carrying zod.
 */
export const DEPARTMENTS = [
  { code: 'SCJG', name: '区市场监管局' },
  { code: 'STHJ', name: '区生态环境分局' },
  { code: 'ZJJ', name: '区住房和城乡建设局' },
  { code: 'ZHZF', name: '区综合行政执法局' },
  { code: 'YJJ', name: '区应急管理局' },
  { code: 'ZRZY', name: '区自然资源局' },
  { code: 'JTYS', name: '区交通运输局' },
  { code: 'NYNC', name: '区农业农村局' },
  { code: 'SWJ', name: '区商务和投资促进局' }, // as the gazette names it (台政发〔2019〕12号 附件)
] as const satisfies readonly { code: string; name: string }[];

/**
 * The department that approves under 告知承诺 (台政发〔2019〕10号 六(一)): it inspects nothing
 * and files no plan, but a broken promise found by an inspection is handed to it.
 */
export const APPROVING_DEPARTMENT = { code: 'XZSP', name: '区行政审批服务局' } as const;

/** The Chinese name people read for a department code; an unknown code stays as it is. */
export const departmentName = (code: string): string =>
  DEPARTMENTS.find((d) => d.code === code)?.name ??
  (code === APPROVING_DEPARTMENT.code ? APPROVING_DEPARTMENT.name : code);
