import { powertoolsLogger } from '../../observability';

/**
 * The handlers' logger: one JSON object per line (Powertools' format, which CloudWatch
 * indexes in Lambda and a terminal can pipe through `jq` locally), with the fields of the
 * record beside its message. The level is read on every call (not once at import) so a test
 * can set LOG_LEVEL=silent after the modules are loaded.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const isLevel = (v: string | undefined): v is LogLevel => v !== undefined && v in ORDER;

export const createLogger = (
  options: { level?: () => LogLevel; base?: Record<string, unknown> } = {},
): Logger => {
  const threshold =
    options.level ??
    (() => {
      const fromEnv = process.env.LOG_LEVEL?.toLowerCase();
      return isLevel(fromEnv) ? fromEnv : 'info';
    });
  const write = (
    level: Exclude<LogLevel, 'silent'>,
    msg: string,
    fields?: Record<string, unknown>,
  ) => {
    if (ORDER[level] < ORDER[threshold()]) return;
    powertoolsLogger[level](msg, { ...options.base, ...fields });
  };
  return {
    debug: (msg, fields) => write('debug', msg, fields),
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
  };
};

export const logger: Logger = createLogger();
