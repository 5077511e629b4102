import { z } from 'zod';
import { ConfigError } from './errors';

const LogLevelSchema = z.enum(['debug', 'info', 'warn', 'error', 'silent']);

const EnvSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0–65535')
    .max(65535, 'must be 0–65535')
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('.data'),
  LOG_LEVEL: z
    .string()
    .transform((v) => v.toLowerCase())
    .pipe(LogLevelSchema)
    // a district's console shows what needs attention; LOG_LEVEL=info shows every request
    .default('warn'),
  /** answers above this many bytes are sent by link, as in AWS (docs/text-and-limits.md) */
  ANSWER_INLINE_LIMIT: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0–6000000')
    .max(6_000_000, 'must be 0–6000000')
    .optional(),
});

export type LocalConfig = Readonly<{
  port: number;
  host: string;
  dataDir: string;
  logLevel: z.infer<typeof LogLevelSchema>;
  /** absent: the functions' default (1 MiB) */
  answerInlineLimit?: number;
}>;

const VARIABLES = ['PORT', 'HOST', 'DATA_DIR', 'LOG_LEVEL', 'ANSWER_INLINE_LIMIT'] as const;

/**
 * Reads the local runtime's settings from the environment once, at start-up. A bad value
 * stops the process with the variable's name rather than surfacing later as a strange bind
 * or path error. Empty variables count as unset.
 */
export const loadConfig = (env: Record<string, string | undefined> = process.env): LocalConfig => {
  const input: Record<string, string> = {};
  for (const name of VARIABLES) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') input[name] = value.trim();
  }
  const parsed = EnvSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '');
      const message =
        issue.code === 'invalid_value'
          ? `must be one of ${LogLevelSchema.options.join(', ')}`
          : issue.message;
      return { name, text: `${name}=${JSON.stringify(input[name])}: ${message}` };
    });
    throw new ConfigError(
      'CONFIG.INVALID',
      `invalid environment: ${problems.map((p) => p.text).join('; ')}`,
      problems[0]?.name,
    );
  }
  const { PORT, HOST, DATA_DIR, LOG_LEVEL, ANSWER_INLINE_LIMIT } = parsed.data;
  return {
    port: PORT,
    host: HOST,
    dataDir: DATA_DIR,
    logLevel: LOG_LEVEL,
    ...(ANSWER_INLINE_LIMIT !== undefined ? { answerInlineLimit: ANSWER_INLINE_LIMIT } : {}),
  };
};
