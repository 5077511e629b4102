/**
 * The standard result wordings (检查结果) of the national disclosure system, exactly as
 * published; code uses the identifiers, people see the Chinese. Kept apart from the zod
 * schemas of result.schema.ts so that a browser bundle (the staff console) offers them
 * without carrying zod.
 */
export const RESULT_WORDINGS = {
  'no-problem': '未发现问题',
  'undisclosed-information': '未按规定公示应当公示的信息',
  'false-disclosure': '公示信息隐瞒真实情况弄虚作假',
  unreachable: '通过登记的住所(经营场所)无法联系',
  'obstruction-serious': '不配合检查情节严重',
  corrected: '发现问题经责令已改正',
  'pending-follow-up': '发现问题待后续处理',
  'no-relevant-business': '未发现开展本次抽查涉及的经营活动',
  'closed-or-liquidating': '已关闭停业或正在清算',
  deregistered: '注销',
  revoked: '被吊销',
  'moved-out': '迁出',
} as const;
export type ResultWording = keyof typeof RESULT_WORDINGS;
