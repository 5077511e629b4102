import { z } from 'zod';
import { CodeSchema, IsoDateTimeSchema } from '../codes';

/**
 * The appointment of a joint group's leader (指派联合检查组负责人, 台政发〔2019〕12号 二(五)),
 * kept on the task per target, audited (`group.appoint`) and published.
 */
export const AppointmentSchema = z.object({
  leader: CodeSchema,
  by: z.string().meta({ description: 'who appointed (token subject)' }),
  as: z.string().meta({ description: '`office` or the initiating department' }),
  at: IsoDateTimeSchema,
});
export type Appointment = z.infer<typeof AppointmentSchema>;
