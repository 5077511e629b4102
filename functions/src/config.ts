import { z } from 'zod';

/** `arn:<partition>:states:<region>:<account>:stateMachine:<name>` */
const STATE_MACHINE_ARN =
  /^arn:aws(-[a-z]+)*:states:[a-z]{2}(-[a-z]+)+-\d:\d{12}:stateMachine:[A-Za-z0-9_-]{1,80}$/;

/**
 * The runtime configuration, from the environment only: this module is the one place
 * that reads `process.env`. Validated once; a missing or malformed variable stops the
 * runtime at start-up with the variable's name rather than failing a request later.
 */
const EnvSchema = z.object({
  TABLE_NAME: z.string().trim().min(1),
  /** the audit table (AWS): audit entries and the audit log; TABLE_NAME when unset */
  AUDIT_TABLE_NAME: z.string().trim().min(1).optional(),
  /** the KMS key (id, alias or ARN) that signs audit-log checkpoints */
  CHECKPOINT_KEY_ID: z.string().trim().min(1).optional(),
  /** the audit log's name in its checkpoints (docs/audit-log.md); one word */
  AUDIT_LOG_ORIGIN: z
    .string()
    .trim()
    .regex(/^[^\s]{1,200}$/, 'must be one word of at most 200 characters')
    .optional(),
  AWS_REGION: z.string().trim().min(1).default('local'),
  /** the embedded engine's URL for local runs; unset in AWS */
  DYNAMODB_ENDPOINT: z.url().optional(),
  /** a folder for content-addressed blobs (local runs) */
  BLOB_DIR: z.string().trim().min(1).optional(),
  /** the S3 bucket for blobs (AWS); BLOB_DIR wins when both are set */
  BLOB_BUCKET: z.string().trim().min(1).optional(),
  /** a folder for large answers, kept a day (local runs; beside BLOB_DIR, never in it) */
  ANSWER_DIR: z.string().trim().min(1).optional(),
  /**
   * the S3 bucket for large answers (AWS): no Object Lock, its objects expire a day after they
   * are written; ANSWER_DIR wins when both are set
   */
  ANSWER_BUCKET: z.string().trim().min(1).optional(),
  /**
   * Answers above this many bytes are kept in the answer location and answered with a redirect
   * to a short-lived link (docs/text-and-limits.md); 1 MiB when unset
   */
  ANSWER_INLINE_LIMIT: z.coerce.number().int().min(0).max(6_000_000).optional(),
  /** department code → SNS topic ARN of its notifications (AWS); unset: the outbox is the channel */
  NOTIFY_TOPICS: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined) return undefined;
      try {
        return z.record(z.string(), z.string().startsWith('arn:')).parse(JSON.parse(text));
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: 'must be a JSON object of department → topic ARN',
        });
        return z.NEVER;
      }
    }),
  /** the exchange's drop folder (local runs, docs/exchange.md) */
  EXCHANGE_DIR: z.string().trim().min(1).optional(),
  /** the exchange's EventBridge bus and S3 archive bucket (AWS); EXCHANGE_DIR wins when set */
  EXCHANGE_BUS: z.string().trim().min(1).optional(),
  EXCHANGE_BUCKET: z.string().trim().min(1).optional(),
  /** the inspection state machine (AWS): set on the functions that start executions */
  STATE_MACHINE_ARN: z
    .string()
    .trim()
    .regex(STATE_MACHINE_ARN, 'must be a Step Functions state machine ARN')
    .optional(),
  /**
   * drand relays to fetch beacon rounds from, comma-separated base URLs (e.g.
   * https://api.drand.sh); unset: off, the office pastes the signature (docs/entropy.md)
   */
  DRAND_URLS: z
    .string()
    .optional()
    .transform((text) =>
      (text ?? '')
        .split(',')
        .map((u) => u.trim())
        .filter((u) => u !== ''),
    )
    .pipe(z.array(z.url())),
});

export interface Config {
  tableName: string;
  auditTableName?: string;
  checkpointKeyId?: string;
  auditLogOrigin?: string;
  region: string;
  dynamoEndpoint?: string;
  blobDir?: string;
  blobBucket?: string;
  /** where large answers are kept, a day: a folder (local runs) or a bucket (AWS) */
  answerDir?: string;
  answerBucket?: string;
  /** answers above this many bytes go by link; the store's default (1 MiB) when absent */
  answerInlineLimit?: number;
  stateMachineArn?: string;
  exchangeDir?: string;
  /** the exchange's bus and archive (AWS): both or neither */
  exchangeBus?: { busName: string; bucket: string };
  notifyTopics?: Record<string, string>;
  /** drand relays; absent or empty when fetching is off */
  drandUrls?: string[];
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'CONFIG.INVALID';
  constructor(
    message: string,
    readonly variables: string[],
  ) {
    super(message);
  }
}

/** Reads and validates a configuration from an environment (`process.env` by default). */
export const readConfig = (env: Record<string, string | undefined> = process.env): Config => {
  // an empty variable counts as unset, as shells and CDK leave them
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const name = String(i.path[0] ?? '?');
      return { name, message: present[name] === undefined ? 'is required' : i.message };
    });
    throw new ConfigError(
      `configuration: ${problems.map((p) => `${p.name}: ${p.message}`).join('; ')}`,
      problems.map((p) => p.name),
    );
  }
  const e = parsed.data;
  return {
    tableName: e.TABLE_NAME,
    ...(e.AUDIT_TABLE_NAME ? { auditTableName: e.AUDIT_TABLE_NAME } : {}),
    ...(e.CHECKPOINT_KEY_ID ? { checkpointKeyId: e.CHECKPOINT_KEY_ID } : {}),
    ...(e.AUDIT_LOG_ORIGIN ? { auditLogOrigin: e.AUDIT_LOG_ORIGIN } : {}),
    region: e.AWS_REGION,
    ...(e.DYNAMODB_ENDPOINT ? { dynamoEndpoint: e.DYNAMODB_ENDPOINT } : {}),
    ...(e.BLOB_DIR ? { blobDir: e.BLOB_DIR } : {}),
    ...(e.BLOB_BUCKET ? { blobBucket: e.BLOB_BUCKET } : {}),
    ...(e.ANSWER_DIR ? { answerDir: e.ANSWER_DIR } : {}),
    ...(e.ANSWER_BUCKET ? { answerBucket: e.ANSWER_BUCKET } : {}),
    ...(e.ANSWER_INLINE_LIMIT !== undefined ? { answerInlineLimit: e.ANSWER_INLINE_LIMIT } : {}),
    ...(e.STATE_MACHINE_ARN ? { stateMachineArn: e.STATE_MACHINE_ARN } : {}),
    ...(e.NOTIFY_TOPICS ? { notifyTopics: e.NOTIFY_TOPICS } : {}),
    ...(e.EXCHANGE_DIR ? { exchangeDir: e.EXCHANGE_DIR } : {}),
    ...(e.EXCHANGE_BUS && e.EXCHANGE_BUCKET
      ? { exchangeBus: { busName: e.EXCHANGE_BUS, bucket: e.EXCHANGE_BUCKET } }
      : {}),
    ...(e.DRAND_URLS.length > 0 ? { drandUrls: e.DRAND_URLS } : {}),
  };
};

/**
 * How a token's claims name the person and their roles. Cognito's (`sub`,
 * `cognito:groups`) unless the deployment trusts another OpenID Connect issuer, whose claim
 * names and group names it sets (`CLAIMS_SUBJECT`, `CLAIMS_ROLES`, `CLAIMS_ROLE_MAP`).
 */
export interface ClaimMapping {
  subject: string;
  roles: string;
  /** the issuer's group names → ours; names not listed pass as they are */
  roleMap: Record<string, string>;
}

const ClaimEnvSchema = z.object({
  CLAIMS_SUBJECT: z.string().trim().min(1).default('sub'),
  CLAIMS_ROLES: z.string().trim().min(1).default('cognito:groups'),
  CLAIMS_ROLE_MAP: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text.trim() === '') return {};
      try {
        return z.record(z.string(), z.string()).parse(JSON.parse(text));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object of group → role' });
        return z.NEVER;
      }
    }),
});

/** Reads the claim mapping from an environment; unset variables give Cognito's claims. */
export const readClaimMapping = (
  env: Record<string, string | undefined> = process.env,
): ClaimMapping => {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = ClaimEnvSchema.safeParse(present);
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => String(i.path[0] ?? '?'));
    throw new ConfigError(
      `configuration: ${parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; ')}`,
      names,
    );
  }
  return {
    subject: parsed.data.CLAIMS_SUBJECT,
    roles: parsed.data.CLAIMS_ROLES,
    roleMap: parsed.data.CLAIMS_ROLE_MAP,
  };
};

let claims: ClaimMapping | undefined;

/** The process's claim mapping, read on first use and kept. */
export const claimMapping = (): ClaimMapping => {
  claims ??= readClaimMapping(process.env);
  return claims;
};

/** True inside the Lambda runtime, which names the function it runs. */
export const inLambda = (env: Record<string, string | undefined> = process.env): boolean =>
  Boolean(env.AWS_LAMBDA_FUNCTION_NAME);

/** X-Ray tracing: in Lambda, unless the deployment turns it off (no X-Ray for Lambda in China). */
export const tracingEnabled = (env: Record<string, string | undefined> = process.env): boolean =>
  inLambda(env) && env.POWERTOOLS_TRACE_ENABLED?.toLowerCase() !== 'false';

let loaded: Config | undefined;

/** The process's configuration, read from `process.env` on first use and kept. */
export const config = (): Config => {
  loaded ??= readConfig(process.env);
  return loaded;
};
