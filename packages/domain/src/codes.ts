import { z } from 'zod';

/**
 * Codes that may enter a draw (ids, units, qualification codes, item codes) use the
 * dr-draw/1 code alphabet: printable ASCII 0x21–0x7E without ',' — Chinese text never
 * reaches a seed (see spec/draw-v1.md §1).
 */
export const CODE_PATTERN = /^[\x21-\x2B\x2D-\x7E]{1,64}$/;
/** Same alphabet, but the empty string is allowed (a target or inspector without a unit). */
export const UNIT_PATTERN = /^[\x21-\x2B\x2D-\x7E]{0,64}$/;

export const CodeSchema = z
  .string()
  .regex(CODE_PATTERN, 'code: 1–64 ASCII characters 0x21–0x7E except ","')
  .meta({ description: 'draw code: 1–64 ASCII characters 0x21–0x7E except ","' });

export const UnitSchema = z
  .string()
  .regex(UNIT_PATTERN, 'unit: 0–64 ASCII characters 0x21–0x7E except ","')
  .meta({ description: 'jurisdiction station code; empty when none' });

export const DEPARTMENT_CODE_PATTERN = /^[A-Z0-9]{2,16}$/;
export const DepartmentCodeSchema = z
  .string()
  .regex(DEPARTMENT_CODE_PATTERN, 'department code: 2–16 uppercase ASCII letters or digits')
  .meta({ description: 'department code, e.g. SCJG' });
export type DepartmentCode = z.infer<typeof DepartmentCodeSchema>;

export { APPROVING_DEPARTMENT, DEPARTMENTS, departmentName } from './departments';

/** The district's towns and sub-district; targets may name others (the field is free text). */
export const TOWNS = ['运河街道', '涧头集镇', '马兰屯镇', '泥沟镇', '邳庄镇', '张山子镇'] as const;

export const IsoDateSchema = z.iso.date().meta({ description: 'calendar date YYYY-MM-DD' });
export const IsoDateTimeSchema = z.iso
  .datetime({ offset: true })
  .meta({ description: 'ISO-8601 instant' });

export const RISK_CLASSES = ['A', 'B', 'C', 'D'] as const;
export const RiskClassSchema = z
  .enum(RISK_CLASSES)
  .meta({ description: 'credit-risk class 信用风险分类, A lowest risk … D highest' });
export type RiskClass = z.infer<typeof RiskClassSchema>;

export const StatusSchema = z.enum(['active', 'inactive']);
export type Status = z.infer<typeof StatusSchema>;

export const VersionSchema = z
  .number()
  .int()
  .min(1)
  .meta({ description: 'version for optimistic concurrency' });

/** Calendar date in Asia/Shanghai of an instant. China has kept UTC+8 without DST since 1991. */
export const shanghaiDate = (instant: string): string => {
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO instant: ${instant}`);
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
};
