/** A setting in the environment is missing or malformed; the message names the variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly code: string,
    message: string,
    readonly variable?: string,
  ) {
    super(message);
  }
}

/** A command line was given bad arguments; CLIs print the message and exit with status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
