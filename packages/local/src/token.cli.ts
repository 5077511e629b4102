import { parseArgs } from 'node:util';
import { loadConfig } from './config';
import { ConfigError, UsageError } from './errors';
import { LOCAL_ROLES, type LocalRole, openLocalIdentity } from './identity';
import { findServer } from './server-file';

const USAGE = `usage: pnpm --silent run token --role office|dept|inspector|witness [--dept CODE] [--witness ID] [--sub ID] [--use id|access] [--ttl SECONDS]
  --role office              the joint-meeting office
  --role dept --dept SCJG    a department (code: 2–16 uppercase letters or digits)
  --role inspector --sub P0042 [--dept SCJG]
  --role witness --witness JJJC    a witness of draws outside the office (纪检监察, a notary)
Prints a bearer token for the local gateway, signed with the key of the running server
(the one pnpm start recorded; DATA_DIR=… picks another server's folder).`;

const parse = (argv: string[]) => {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        role: { type: 'string' },
        dept: { type: 'string' },
        witness: { type: 'string' },
        sub: { type: 'string' },
        use: { type: 'string' },
        ttl: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError('TOKEN.BAD_ARGS', (error as Error).message);
  }
  if (values.help) return undefined;
  const role = values.role;
  if (typeof role !== 'string') throw new UsageError('TOKEN.MISSING_ROLE', 'missing --role');
  if (!LOCAL_ROLES.includes(role as LocalRole))
    throw new UsageError(
      'TOKEN.BAD_ROLE',
      `unknown role "${role}": use one of ${LOCAL_ROLES.join(', ')}`,
    );
  const use = values.use ?? 'id';
  if (use !== 'id' && use !== 'access')
    throw new UsageError('TOKEN.BAD_USE', `--use takes id or access, not "${String(use)}"`);
  let ttlSeconds: number | undefined;
  if (typeof values.ttl === 'string') {
    ttlSeconds = Number(values.ttl);
    if (!/^\d+$/.test(values.ttl) || ttlSeconds <= 0)
      throw new UsageError(
        'TOKEN.BAD_TTL',
        `--ttl takes a whole number of seconds above 0, not "${values.ttl}"`,
      );
  }
  return {
    role: role as LocalRole,
    use: use as 'id' | 'access',
    ...(typeof values.dept === 'string' ? { dept: values.dept } : {}),
    // a witness's id travels where a department code does (its group is witness:<id>)
    ...(role === 'witness' && typeof values.witness === 'string' ? { dept: values.witness } : {}),
    ...(typeof values.sub === 'string' ? { sub: values.sub } : {}),
    ...(ttlSeconds !== undefined ? { ttlSeconds } : {}),
  };
};

const main = async (argv: string[]): Promise<number> => {
  try {
    const options = parse(argv);
    if (!options) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    // the running server's key (pnpm start records it), never a new key in a stray folder
    const { dataDir } = findServer(loadConfig());
    const identity = await openLocalIdentity({ dataDir, create: false });
    process.stdout.write(`${await identity.issueToken(options)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`token: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`token: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`token: ${(error as Error).message}\n`);
    return 1;
  }
};

process.exitCode = await main(process.argv.slice(2));
