import { parseArgs } from 'node:util';
import { verifyAgainstCheckpoint } from './cli/audit-log-check';
import { verifyAudit } from './cli/audit-verify';
import { defaultWitnessFile, WitnessFileError, witness } from './cli/audit-witness';
import { EvidenceRequestError, putEvidence, verifyEvidence } from './cli/evidence-client';
import { runExchange } from './cli/exchange-client';
import { downloadExport, type ExportKind } from './cli/export-client';
import { ImportRequestError, type ImportSummary, importFile } from './cli/import-client';
import { progressReporter } from './cli/progress';
import { loadConfig } from './config';
import { ConfigError, UsageError } from './errors';
import { openLocalIdentity } from './identity';
import { findServer } from './server-file';

const USAGE = `usage:
  pnpm dr import targets|inspectors FILE --dept CODE [--url URL] [--token TOKEN] [--chunk-rows N]
  pnpm --silent dr token --role office|dept|inspector [--dept CODE] [--sub ID]
  pnpm --silent dr audit verify TASK_ID [--url URL] [--token TOKEN] [--checkpoint FILE]
  pnpm --silent dr audit witness [--url URL] [--store FILE]
  pnpm dr export plans|results --year YYYY [--dept CODE] [--layout national|full] [--format csv|xlsx] [-o FILE]
  pnpm dr export draw TASK_ID [--format csv|xlsx] [-o FILE]
  pnpm --silent dr outbox [--status pending|delivered|failed] [--dept CODE] [--json]
  pnpm dr views rebuild [--year YYYY] [--url URL] [--token TOKEN]
  pnpm --silent dr exchange [list] [--status pending|delivered|acknowledged|failed] [--json]
  pnpm --silent dr exchange ack EVENT_ID [--reference R] [--note N] [--url URL] [--token TOKEN]
  pnpm --silent dr evidence put FILE --task TASK_ID --dept CODE [--type MIME] [--url URL] [--token TOKEN]
  pnpm --silent dr evidence verify TASK_ID [--url URL] [--token TOKEN]

import  sends a CSV (UTF-8 or GB18030, as saved) or a JSON file (an array of rows) to a
        running server in parts of at most 5000 rows and prints the merged report.
        --url    the server (default: the one pnpm start runs on this machine, as it
                 recorded; DATA_DIR=… or PORT=… pick another; else http://127.0.0.1:3000)
        --token  a bearer token; else $DR_TOKEN; else, for a server on this machine, a
                 department token signed with that server's key
token   prints a local bearer token (same as \`pnpm --silent run token\`).
audit   verify checks a task's hash-chained record: the public chain's links; with an office
        token (--token or $DR_TOKEN) every entry is re-hashed here as well; with
        --checkpoint FILE (kept by witness) the log only grew since, and the chain holds
        exactly the entries that checkpoint covers, unchanged (docs/audit-log.md).
        witness fetches the latest signed checkpoint, checks its signature and that it
        extends the kept one, and keeps it (default ~/.double-random/witness/<host>.json).
        Exit 0 intact, 1 not intact (says what), 2 refused (bad arguments or file,
        server not reachable or the request refused).
export  downloads the year's plans, a task's draws or the year's results (national layout:
        published results in the publication's fields; full: every recorded result) as CSV
        (UTF-8 with BOM) or XLSX; -o names the file, else the server's name in this folder.
        Token: --token, $DR_TOKEN, else a local office token (a --dept token with --dept).
outbox  lists the notifications (assignments, returned plans, handoffs, deadlines) with their
        delivery record: all of them with an office token, a department's with --dept;
        --json prints the API's pages as they come. Locally the outbox is the channel.
evidence put uploads a photo, recording, video or document of a task by its SHA-256 (the type
        from the extension, or --type) and prints the {"id","sha256"} a result's evidence names;
        verify hashes every evidence file of the task again against its result's audit entry:
        exit 0 all intact, 1 a file missing or changed (docs/evidence.md). Token: --token,
        $DR_TOKEN, else a local token of --dept (put) or of the office (verify).
exchange lists the events sent to the provincial platform (results, penalties, item lists)
        with their receipts; ack records the platform's acknowledgement of a delivered event
        (docs/exchange.md). Office token as for export. Locally the events are in the drop
        folder <data folder>/exchange/.
views   rebuild: every task's public view (or a year's) rebuilt from the source records, for
        views a crash left stale (docs/public-views.md). Office token as for export.

exit status: 0 every row accepted, 1 some rows invalid, 2 bad arguments,
             3 server not reachable or the request refused.`;

const FIRST_ERRORS = 20;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

const parseImport = (args: string[]) => {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  const options = {
    dept: { type: 'string' },
    url: { type: 'string' },
    token: { type: 'string' },
    'chunk-rows': { type: 'string' },
  } as const;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError('DR.BAD_ARGS', (error as Error).message);
  }
  const [kind, file, ...extra] = parsed.positionals;
  if (kind !== 'targets' && kind !== 'inspectors')
    throw new UsageError(
      'DR.BAD_KIND',
      `import what? "targets" or "inspectors", not "${kind ?? ''}"`,
    );
  if (!file) throw new UsageError('DR.MISSING_FILE', 'name the file to import');
  if (extra.length) throw new UsageError('DR.BAD_ARGS', `unexpected argument "${extra[0]}"`);
  const { dept, url, token } = parsed.values;
  if (!dept) throw new UsageError('DR.MISSING_DEPT', 'missing --dept (the department, e.g. SCJG)');
  const chunkRows = parsed.values['chunk-rows'];
  const maxRows = chunkRows === undefined ? 5000 : Number(chunkRows);
  if (!Number.isInteger(maxRows) || maxRows < 1 || maxRows > 5000)
    throw new UsageError('DR.BAD_CHUNK', `--chunk-rows takes 1–5000, not "${chunkRows}"`);
  return { kind, file, dept, url, token, maxRows } as const;
};

const tokenFor = async (url: string, dept: string, given: string | undefined) => {
  if (given) return given;
  const fromEnv = process.env.DR_TOKEN?.trim();
  if (fromEnv) return fromEnv;
  if (!LOCAL_HOSTS.has(new URL(url).hostname))
    throw new UsageError(
      'DR.MISSING_TOKEN',
      `no token for ${url}: pass --token or set DR_TOKEN (a local key signs tokens for a server on this machine only)`,
    );
  const identity = await openLocalIdentity({
    dataDir: findServer(loadConfig()).dataDir,
    create: false,
  });
  return identity.issueToken({ role: 'dept', dept, sub: `dr-import-${dept.toLowerCase()}` });
};

const printSummary = (s: ImportSummary, out: NodeJS.WriteStream) => {
  out.write(
    `${s.rows} rows read (${s.encoding || 'no data'}): ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.invalid} invalid\n`,
  );
  if (s.ignoredColumns?.length)
    out.write(`  columns ignored (no field reads them): ${s.ignoredColumns.join(', ')}\n`);
  for (const e of s.errors.slice(0, FIRST_ERRORS))
    out.write(
      `  row ${e.row}: ${[e.field, e.code, e.rule ?? e.message].filter(Boolean).join(' — ')}${e.value === undefined ? '' : ` (${JSON.stringify(e.value)})`}\n`,
    );
  const more = s.errors.length - FIRST_ERRORS + (s.errorsCut ?? 0);
  if (more > 0) out.write(`  … and ${more} more\n`);
};

const runImport = async (args: string[]): Promise<number> => {
  const o = parseImport(args);
  const url = o.url ?? findServer(loadConfig()).url;
  const token = await tokenFor(url, o.dept, o.token);
  const progress = progressReporter(process.stderr, o.kind);
  try {
    const summary = await importFile({
      url,
      token,
      dept: o.dept,
      kind: o.kind,
      file: o.file,
      maxRows: o.maxRows,
      onProgress: (p) => progress.update(p),
    });
    progress.stop();
    printSummary(summary, process.stdout);
    return summary.invalid > 0 ? 1 : 0;
  } finally {
    progress.stop();
  }
};

const runAudit = async (args: string[]): Promise<number> => {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  const options = {
    url: { type: 'string' },
    token: { type: 'string' },
    checkpoint: { type: 'string' },
    store: { type: 'string' },
  } as const;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError('DR.BAD_ARGS', (error as Error).message);
  }
  const [verb, taskId, ...extra] = parsed.positionals;
  if (verb !== 'verify' && verb !== 'witness')
    throw new UsageError(
      'DR.BAD_COMMAND',
      `audit what? "verify" or "witness", not "${verb ?? ''}"`,
    );
  const url = parsed.values.url ?? findServer(loadConfig()).url;
  try {
    if (verb === 'witness') {
      if (taskId) throw new UsageError('DR.BAD_ARGS', `unexpected argument "${taskId}"`);
      return await runWitness(url, parsed.values.store ?? defaultWitnessFile(url));
    }
    if (!taskId) throw new UsageError('DR.MISSING_TASK', 'name the task, e.g. 2027-SCJG-001');
    if (extra.length) throw new UsageError('DR.BAD_ARGS', `unexpected argument "${extra[0]}"`);
    const token = parsed.values.token ?? (process.env.DR_TOKEN?.trim() || undefined);
    const check = await verifyAudit({ url, taskId, ...(token ? { token } : {}) });
    const what = check.checked === 'hashes' ? 'every hash recomputed' : 'links checked';
    const file = parsed.values.checkpoint;
    const logged = file ? await verifyAgainstCheckpoint({ url, taskId, file }) : undefined;
    const ok = check.ok && (logged?.ok ?? true);
    if (!check.ok) process.stdout.write(`${taskId}: BROKEN (${what}): ${check.problem}\n`);
    if (logged && !logged.ok)
      process.stdout.write(
        `${taskId}: NOT INTACT against the kept checkpoint of ${logged.size} entries:\n${logged.problems.map((p) => `  ${p}\n`).join('')}`,
      );
    if (ok)
      process.stdout.write(
        `${taskId}: intact, ${check.length} entries, ${what}, head ${check.head ?? '-'}${
          logged
            ? `; the kept checkpoint of ${logged.size} entries holds ${logged.covered} of them, all present and unchanged, and the log only grew`
            : '; not held to a kept checkpoint (see dr audit witness)'
        }\n`,
      );
    return ok ? 0 : 1;
  } catch (error) {
    // refused: the server did not answer, answered an error, or the kept file is unusable
    if (error instanceof ImportRequestError || error instanceof WitnessFileError) {
      process.stderr.write(`dr: ${error.message}\n`);
      if (error instanceof ImportRequestError && error.body)
        process.stderr.write(`${error.body}\n`);
      return 2;
    }
    throw error;
  }
};

const runWitness = async (url: string, file: string): Promise<number> => {
  const outcome = await witness({ url, file });
  if (!outcome.ok) {
    process.stdout.write(
      `${url}: NOT INTACT: ${outcome.problem} (kept ${outcome.file} unchanged)\n`,
    );
    return 1;
  }
  process.stdout.write(
    `${url}: kept the checkpoint of ${outcome.size} entries (root ${outcome.rootHash}) in ${outcome.file}; ${
      outcome.from === 0
        ? 'first checkpoint, its key pinned'
        : `it extends the kept one of ${outcome.from} entries`
    }; ${outcome.chains} chains counted\n`,
  );
  return 0;
};

const EXPORT_KINDS: readonly ExportKind[] = ['plans', 'draw', 'results'];

const runExport = async (args: string[]): Promise<number> => {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  const options = {
    year: { type: 'string' },
    dept: { type: 'string' },
    layout: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    url: { type: 'string' },
    token: { type: 'string' },
  } as const;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError('DR.BAD_ARGS', (error as Error).message);
  }
  const [kind, taskId, ...extra] = parsed.positionals;
  const v = parsed.values;
  if (!EXPORT_KINDS.includes(kind as ExportKind))
    throw new UsageError('DR.BAD_KIND', `export what? plans, draw or results, not "${kind ?? ''}"`);
  if (kind === 'draw' && !taskId)
    throw new UsageError('DR.MISSING_TASK', 'name the task, e.g. 2027-SCJG-001');
  const rest = kind === 'draw' ? extra : [taskId, ...extra].filter(Boolean);
  if (rest.length) throw new UsageError('DR.BAD_ARGS', `unexpected argument "${rest[0]}"`);
  const format = v.format ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx')
    throw new UsageError('DR.BAD_FORMAT', `--format takes csv or xlsx, not "${format}"`);
  const layout = v.layout;
  if (layout !== undefined && layout !== 'national' && layout !== 'full')
    throw new UsageError('DR.BAD_LAYOUT', `--layout takes national or full, not "${layout}"`);
  const year = v.year === undefined ? undefined : Number(v.year);
  if (kind !== 'draw' && (year === undefined || !Number.isInteger(year)))
    throw new UsageError('DR.MISSING_YEAR', `--year is required for ${kind}, e.g. --year 2027`);
  const url = v.url ?? findServer(loadConfig()).url;
  const token =
    v.token ??
    (process.env.DR_TOKEN?.trim() ||
      (v.dept ? await tokenFor(url, v.dept, undefined) : await officeToken(url)));
  const { file, bytes } = await downloadExport(
    {
      url,
      token,
      kind: kind as ExportKind,
      format,
      ...(year !== undefined ? { year } : {}),
      ...(v.dept ? { dept: v.dept } : {}),
      ...(kind === 'draw' ? { taskId } : {}),
      ...(layout ? { layout } : {}),
    },
    v.out,
  );
  process.stdout.write(`wrote ${file} (${bytes} bytes)\n`);
  return 0;
};

const OUTBOX_STATUSES = ['pending', 'delivered', 'failed'];

const runOutbox = async (args: string[]): Promise<number> => {
  const options = {
    status: { type: 'string' },
    dept: { type: 'string' },
    json: { type: 'boolean' },
    url: { type: 'string' },
    token: { type: 'string' },
  } as const;
  let v: { status?: string; dept?: string; json?: boolean; url?: string; token?: string };
  try {
    const parsed = parseArgs({ args, options, allowPositionals: false, strict: true });
    v = parsed.values;
  } catch (error) {
    throw new UsageError('DR.BAD_ARGS', (error as Error).message);
  }
  if (v.status !== undefined && !OUTBOX_STATUSES.includes(v.status))
    throw new UsageError(
      'DR.BAD_STATUS',
      `--status takes ${OUTBOX_STATUSES.join(', ')}, not "${v.status}"`,
    );
  const url = v.url ?? findServer(loadConfig()).url;
  const token =
    v.token ??
    (process.env.DR_TOKEN?.trim() ||
      (v.dept ? await tokenFor(url, v.dept, undefined) : await officeToken(url)));
  let cursor: string | undefined;
  let count = 0;
  do {
    const query = new URLSearchParams({ limit: '500' });
    if (v.status) query.set('status', v.status);
    if (v.dept) query.set('department', v.dept);
    if (cursor) query.set('cursor', cursor);
    let res: Response;
    try {
      res = await fetch(`${url}/notifications?${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    } catch (error) {
      process.stderr.write(`dr: ${url} is not reachable: ${(error as Error).message}\n`);
      return 3;
    }
    const body = (await res.json()) as {
      items?: {
        id: string;
        kind: string;
        recipient: string;
        status: string;
        attempts: number;
        createdAt: string;
        title: string;
        lastError?: string;
      }[];
      cursor?: string;
      message?: string;
    };
    if (!res.ok) {
      process.stderr.write(`dr: ${res.status} ${body.message ?? ''}\n`);
      return 3;
    }
    if (v.json) process.stdout.write(`${JSON.stringify(body)}\n`);
    else
      for (const n of body.items ?? [])
        process.stdout.write(
          `${n.createdAt}  ${n.status.padEnd(9)} ${String(n.attempts).padStart(2)}×  ${n.recipient.padEnd(20)} ${n.title}${n.lastError ? `  (${n.lastError})` : ''}\n`,
        );
    count += body.items?.length ?? 0;
    cursor = body.cursor;
  } while (cursor);
  if (!v.json) process.stdout.write(`${count} notification${count === 1 ? '' : 's'}\n`);
  return 0;
};

const officeToken = async (url: string) => {
  if (!LOCAL_HOSTS.has(new URL(url).hostname))
    throw new UsageError(
      'DR.MISSING_TOKEN',
      `no token for ${url}: pass --token or set DR_TOKEN (a local key signs tokens for a server on this machine only)`,
    );
  const identity = await openLocalIdentity({
    dataDir: findServer(loadConfig()).dataDir,
    create: false,
  });
  return identity.issueToken({ role: 'office', sub: 'dr-export' });
};

/** `dr token …` is the token command, so both spellings print the same token. */
const runToken = async (args: string[]): Promise<number> => {
  process.argv = [process.argv[0] ?? 'node', 'token', ...args];
  await import('./token.cli');
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
};

/** `dr views rebuild [--year YYYY]`: the tasks' public views rebuilt from the source records. */
const runViews = async (args: string[]): Promise<number> => {
  const options = {
    year: { type: 'string' },
    url: { type: 'string' },
    token: { type: 'string' },
  } as const;
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError('DR.BAD_ARGS', (error as Error).message);
  }
  if (parsed.positionals.join(' ') !== 'rebuild')
    throw new UsageError('DR.BAD_ARGS', 'views takes one verb: rebuild');
  const v = parsed.values;
  const url = v.url ?? findServer(loadConfig()).url;
  const token = v.token ?? (process.env.DR_TOKEN?.trim() || (await officeToken(url)));
  const query = v.year === undefined ? '' : `?year=${encodeURIComponent(v.year)}`;
  let res: Response;
  try {
    res = await fetch(`${url}/office/views/rebuild${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
  } catch (error) {
    process.stderr.write(`dr: ${url} is not reachable: ${(error as Error).message}\n`);
    return 3;
  }
  const body = (await res.json()) as { rebuilt?: number; error?: { message?: string } };
  if (!res.ok) {
    process.stderr.write(`dr: ${res.status} ${body.error?.message ?? ''}\n`);
    return 3;
  }
  process.stdout.write(`${body.rebuilt} task view${body.rebuilt === 1 ? '' : 's'} rebuilt\n`);
  return 0;
};

const runEvidence = async (args: string[]): Promise<number> => {
  const options = {
    task: { type: 'string' },
    dept: { type: 'string' },
    type: { type: 'string' },
    url: { type: 'string' },
    token: { type: 'string' },
  } as const;
  let parsed: {
    values: { task?: string; dept?: string; type?: string; url?: string; token?: string };
    positionals: string[];
  };
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError('DR.BAD_ARGS', (error as Error).message);
  }
  const [sub, target] = parsed.positionals;
  const v = parsed.values;
  const url = v.url ?? findServer(loadConfig()).url;
  try {
    if (sub === 'put' && target && v.task) {
      if (!v.dept && !v.token && !process.env.DR_TOKEN)
        throw new UsageError('DR.MISSING_DEPT', 'evidence put needs --dept CODE (or a --token)');
      const token = await tokenFor(url, v.dept ?? '', v.token);
      const ref = await putEvidence({
        url,
        token,
        taskId: v.task,
        file: target,
        ...(v.type ? { contentType: v.type } : {}),
      });
      process.stdout.write(`${JSON.stringify({ id: ref.id, sha256: ref.sha256 })}\n`);
      return 0;
    }
    if (sub === 'verify' && target) {
      const token = v.token ?? (process.env.DR_TOKEN?.trim() || (await officeToken(url)));
      const report = await verifyEvidence({ url, token, taskId: target });
      for (const f of report.files)
        process.stdout.write(`${f.status.padEnd(8)} ${f.targetId} ${f.item} ${f.id}\n`);
      for (const p of report.problems) process.stderr.write(`dr: ${p}\n`);
      process.stdout.write(
        `${report.ok ? 'intact' : 'NOT intact'}: ${report.files.length} file(s)\n`,
      );
      return report.ok ? 0 : 1;
    }
  } catch (error) {
    if (error instanceof EvidenceRequestError) {
      process.stderr.write(`dr: ${error.status} ${error.message}\n`);
      return error.status === 400 ? 2 : 3;
    }
    if (error instanceof TypeError) {
      process.stderr.write(`dr: ${url} is not reachable: ${error.message}\n`);
      return 3;
    }
    throw error;
  }
  throw new UsageError('DR.BAD_ARGS', 'evidence put FILE --task TASK_ID | evidence verify TASK_ID');
};

const main = async (argv: string[]): Promise<number> => {
  const [command, ...rest] = argv;
  try {
    if (command === 'import') return await runImport(rest);
    if (command === 'token') return await runToken(rest);
    if (command === 'audit') return await runAudit(rest);
    if (command === 'export') return await runExport(rest);
    if (command === 'outbox') return await runOutbox(rest);
    if (command === 'exchange')
      return await runExchange(rest, async (given) => {
        const url = given.url ?? findServer(loadConfig()).url;
        return {
          url,
          token: given.token ?? (process.env.DR_TOKEN?.trim() || (await officeToken(url))),
        };
      });
    if (command === 'views') return await runViews(rest);
    if (command === 'evidence') return await runEvidence(rest);
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError('DR.BAD_COMMAND', `unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`dr: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`dr: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ImportRequestError) {
      process.stderr.write(`dr: ${error.message}\n`);
      if (error.body) process.stderr.write(`${error.body}\n`);
      if (error.status === 401)
        process.stderr.write(
          'dr: the token was not accepted (the reason is above); a local token must be signed with the key of the DATA_DIR the server uses\n',
        );
      return 3;
    }
    if (error instanceof SyntaxError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stderr.write(`dr: ${(error as Error).message}\n`);
      return 2;
    }
    process.stderr.write(`dr: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
};

process.exitCode = await main(process.argv.slice(2));
