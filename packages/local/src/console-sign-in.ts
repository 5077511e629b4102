import { DEPARTMENTS, departmentName } from '@double-random/domain';
import { z } from 'zod';
import type { Dependencies } from '../../../functions/src/composition';
import type { HttpEvent, HttpResult } from '../../../functions/src/http/middleware/types';
import type { GatewayRoute } from './gateway';
import type { IssueTokenOptions } from './identity';

/**
 * The console's sign-in on the local server only: the people of the district to choose
 * from and a token for the one chosen, from the local identity (the stand-in for the user
 * pool). These routes are not in the API's route table, so no deployment has them.
 */
export const LOCAL_SIGN_IN_NOTICE =
  '本地演示登录：仅存在于本机服务器（pnpm start），不会部署到云端；云端使用统一身份认证（OIDC）登录。';

export interface LocalPerson {
  role: 'office' | 'dept' | 'inspector' | 'witness';
  dept?: string;
  sub?: string;
  label: string;
}

const SignInBodySchema = z.object({
  role: z.enum(['office', 'dept', 'inspector', 'witness']),
  dept: z
    .string()
    .regex(/^[A-Z0-9]{2,16}$/)
    .optional(),
  sub: z
    .string()
    .regex(/^[A-Za-z0-9._:@-]{1,128}$/)
    .optional(),
});

const json = (statusCode: number, body: unknown): HttpResult => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  body: JSON.stringify(body),
});

/** Witnesses of draws outside the office (docs/entropy.md); departments witness as themselves. */
const WITNESSES = [
  { id: 'JJJC', label: '区纪委监委（纪检监察）' },
  { id: 'GZC', label: '区公证处' },
] as const;

/**
 * A few inspectors of each department that has any, read from the directory: its enforcement
 * officers, who are drawn onto teams (日常监管人员 are never drawn, so never record a result).
 */
const INSPECTORS_PER_DEPARTMENT = 3;

export const localSignInRoutes = (options: {
  deps: () => Dependencies;
  issueToken(o: IssueTokenOptions): Promise<string>;
}): GatewayRoute[] => [
  {
    method: 'GET',
    path: '/local/people',
    auth: 'public',
    handler: async () => {
      const people: LocalPerson[] = [{ role: 'office', label: '联席会议办公室' }];
      for (const d of DEPARTMENTS) people.push({ role: 'dept', dept: d.code, label: d.name });
      const { inspectors } = options.deps();
      for (const d of DEPARTMENTS) {
        const page = await inspectors.list(
          d.code,
          { status: 'active' },
          { limit: INSPECTORS_PER_DEPARTMENT * 4 },
        );
        const drawn = page.items.filter((i) => i.category !== 'daily-supervision');
        for (const i of drawn.slice(0, INSPECTORS_PER_DEPARTMENT))
          people.push({
            role: 'inspector',
            dept: d.code,
            sub: i.id,
            label: `${i.name}（${departmentName(d.code)} 检查人员 ${i.id}）`,
          });
      }
      for (const w of WITNESSES) people.push({ role: 'witness', dept: w.id, label: w.label });
      return json(200, { notice: LOCAL_SIGN_IN_NOTICE, people });
    },
  },
  {
    method: 'POST',
    path: '/local/sign-in',
    auth: 'public',
    handler: async (event: HttpEvent) => {
      let body: unknown;
      try {
        body = JSON.parse(
          event.isBase64Encoded
            ? Buffer.from(event.body ?? '', 'base64').toString('utf8')
            : (event.body ?? ''),
        );
      } catch {
        return json(400, { error: { code: 'REQUEST.INVALID_JSON', message: '请求体不是 JSON' } });
      }
      const parsed = SignInBodySchema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return json(400, {
          error: {
            code: 'SIGN_IN.INVALID',
            message: `登录请求无效：${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
            field: issue?.path.join('.'),
          },
        });
      }
      const { role, dept, sub } = parsed.data;
      try {
        const token = await options.issueToken({
          role,
          ...(dept ? { dept } : {}),
          ...(sub ? { sub } : {}),
        });
        return json(200, { token });
      } catch (error) {
        return json(400, { error: { code: 'SIGN_IN.INVALID', message: (error as Error).message } });
      }
    },
  },
];
