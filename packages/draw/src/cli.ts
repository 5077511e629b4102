#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { type DrawBundle, parseBundle } from './bundle';
import { runDraw } from './draw';
import { checkEntropy, type EntropyCheck, EntropyError } from './entropy';
import { BundleError, ResultError } from './errors';
import { nodeDrawOptions } from './node-hash';
import { parseResult } from './result';
import { inclusion, verifyDraw } from './verify';

const HELP = `dr-draw: run, verify and look up dr-draw/1 random draws (双随机 draws).

Usage:
  dr-draw run BUNDLE.json                   print the result of the draw as JSON
  dr-draw verify BUNDLE.json RESULT.json    re-run the draw and compare with a published result
  dr-draw inclusion BUNDLE.json ID [RESULT.json]
                                            tell whether target ID was in the pool, its stratum,
                                            and whether it was selected, a reserve, or not drawn
  dr-draw --help                            this text

Exit codes: 0 done (verified); 1 the result differs from the re-run draw, or the
entropy does not verify; 2 refused bundle or entropy, unreadable file, malformed JSON or
wrong usage. Entropy is checked offline by its source (dr-draw/1 §7.1): a drand quicknet
signature against the pinned key; witness reveals (the bundle's "witnesses") against
their commitments and the entropy.
The algorithm is specified in dr-draw/1; anyone can re-implement it and compare.
`;

/** Node hashes the canonical texts natively; the library default stays browser-safe. */
const options = nodeDrawOptions;

class UsageError extends Error {}

const readJson = (path: string, what: string): unknown => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(e);
    throw new UsageError(`cannot read ${what} ${path}: ${reason}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${what} ${path} is not valid JSON: ${(e as Error).message}`);
  }
};

/** A bundle as read: validated, and the reveals it carries beside it (a witness entropy's). */
interface ReadBundle {
  bundle: DrawBundle;
  witnesses: unknown;
}

/**
 * Reads and validates the bundle once. The reveals a witness entropy is checked against ride
 * in its `witnesses`, which the draw does not read: they are kept beside the bundle, and the
 * file's other parsed contents (the whole pool) are left to the garbage collector.
 */
const readBundle = (path: string): ReadBundle => {
  const raw = readJson(path, 'bundle');
  // nothing else holds what was just parsed: its pool records need no copy
  const bundle = parseBundle(raw, { handedOver: true });
  const witnesses = bundle.entropy.startsWith('witness:')
    ? (raw as { witnesses?: unknown }).witnesses
    : undefined;
  return { bundle, witnesses };
};

/**
 * The entropy checked by its source (spec §7.1): a drand signature against the pinned quicknet
 * key, witness reveals against their commitments.
 */
const checkBundleEntropy = ({ bundle, witnesses }: ReadBundle): EntropyCheck =>
  checkEntropy(bundle.entropy, witnesses);

const arity = (args: string[], min: number, max: number, usage: string): void => {
  if (args.length < min || args.length > max) throw new UsageError(`usage: dr-draw ${usage}`);
};

const commands: Record<string, (args: string[]) => number> = {
  run(args) {
    arity(args, 1, 1, 'run BUNDLE.json');
    const read = readBundle(args[0]!);
    checkBundleEntropy(read);
    const { bundle } = read;
    const result = runDraw(bundle, options);
    process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
    return 0;
  },
  verify(args) {
    arity(args, 2, 2, 'verify BUNDLE.json RESULT.json');
    const read = readBundle(args[0]!);
    const { bundle } = read;
    let entropy: EntropyCheck;
    try {
      entropy = checkBundleEntropy(read);
    } catch (e) {
      if (!(e instanceof EntropyError)) throw e;
      process.stdout.write(`NOT verified: the entropy of ${bundle.drawId} does not verify\n`);
      process.stdout.write(`${e.code}: ${e.message}\n`);
      return 1;
    }
    const outcome = verifyDraw(bundle, readJson(args[1]!, 'result'), options);
    if (outcome.ok) {
      process.stdout.write(`verified: ${args[1]} is exactly the draw ${bundle.drawId}\n`);
      process.stdout.write(`entropy: ${entropy.summary}\n`);
      return 0;
    }
    process.stdout.write(
      `NOT verified: ${args[1]} differs from the re-run draw ${bundle.drawId}\n`,
    );
    process.stdout.write(`first difference: ${outcome.difference}\n`);
    return 1;
  },
  inclusion(args) {
    arity(args, 2, 3, 'inclusion BUNDLE.json ID [RESULT.json]');
    const { bundle } = readBundle(args[0]!);
    const id = args[1]!;
    let result: ReturnType<typeof parseResult> | undefined;
    if (args[2] !== undefined) {
      const claimed = readJson(args[2], 'result');
      const outcome = verifyDraw(bundle, claimed, options);
      if (!outcome.ok) {
        process.stdout.write(`NOT verified: ${args[2]} differs from the re-run draw\n`);
        process.stdout.write(`first difference: ${outcome.difference}\n`);
        return 1;
      }
      result = parseResult(claimed);
    }
    const found = inclusion(bundle, result, id, options);
    const draw = `draw ${bundle.drawId}`;
    switch (found.status) {
      case 'not-in-pool':
        process.stdout.write(`${id} was not in the pool of ${draw}.\n`);
        break;
      case 'not-drawn':
        process.stdout.write(
          `${id} was in the pool of ${draw}, stratum ${found.stratum}, and was not drawn.\n`,
        );
        break;
      default: {
        const team = found.assignment
          ? `; team ${found.assignment.members.join(', ') || '(none)'}, leader ${found.assignment.leader ?? '(none)'}, ${found.assignment.status}`
          : '';
        const role = found.status === 'selected' ? 'selected' : 'drawn as reserve';
        process.stdout.write(
          `${id} was in the pool of ${draw}, stratum ${found.stratum}, and was ${role} (number ${found.position} in draw order${team}).\n`,
        );
      }
    }
    return 0;
  },
};

const main = (argv: string[]): number => {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return command === undefined ? 2 : 0;
  }
  const handler = Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (handler === undefined) {
    process.stderr.write(`dr-draw: unknown command "${command}" (try dr-draw --help)\n`);
    return 2;
  }
  try {
    return handler(args);
  } catch (e) {
    if (e instanceof EntropyError) {
      process.stderr.write(
        `dr-draw: entropy refused, nothing was drawn: ${e.code}: ${e.message} (rule: ${e.details.rule})\n`,
      );
      return 2;
    }
    if (e instanceof BundleError) {
      process.stderr.write(`dr-draw: bundle refused, nothing was drawn: ${e.message}\n`);
      return 2;
    }
    if (e instanceof UsageError || e instanceof ResultError) {
      process.stderr.write(`dr-draw: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
};

// exitCode, not exit(): a large result piped to another program must finish writing.
process.exitCode = main(process.argv.slice(2));
