#!/usr/bin/env python3
"""Independent re-implementation of the dr-draw/1 draw, for checking published draws.

Written from the specification text (draw-v1.md), not from the TypeScript engine, so
that a draw verified here does not depend on trusting the project's JavaScript. Uses the
Python 3 standard library only.

Usage:
  verify_draw.py run BUNDLE.json             print the result JSON (exit 0)
  verify_draw.py verify BUNDLE.json RESULT.json [--randomness HEX]
                                             exit 0 if RESULT is what BUNDLE yields and
                                             the entropy passes the checks below,
                                             1 with the first difference otherwise
  verify_draw.py run-many BUNDLE.json...     one line per bundle:
                                             {"file": ..., "result": {...}} or
                                             {"file": ..., "error": "..."};
                                             exit 2 if any bundle was refused
Exit status 2: a bundle or result that cannot be read, or a bundle the spec refuses.

Entropy (spec section 7.1), checked by `verify`:
  witness:<hex>   every reveal in the bundle's "witnesses" hashes (SHA-256) to its
                  commitment, and the entropy is SHA-256 of the reveals in committed order;
  drand:quicknet:<round>:<signature>
                  the signature is 96 lowercase hex digits (not a 64-digit randomness),
                  and, where --randomness is given (from any drand relay), the randomness is
                  SHA-256 of the signature. This verifier does NOT check the BLS signature
                  itself: the pairing on BLS12-381 is not in the Python standard library.
                  Check it with `dr-draw verify` or the public page (both offline).
"""

import argparse
import hashlib
import json
import sys

SPEC = 'dr-draw/1'
# JSON numbers are doubles in the reference implementation; integers beyond this cannot be
# represented exactly there, so accepting them here could yield a draw nobody else reproduces.
MAX_SAFE_INTEGER = 2**53 - 1
TWO_32 = 2**32


class RefusedError(Exception):
    """The input is not something a draw may be run on; the message names field and value."""


# ---------------------------------------------------------------------------------------
# Reading and checking the bundle (spec §1)


def _show(value):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + '...'


def _is_code(value, allow_empty=False):
    if not isinstance(value, str):
        return False
    if value == '':
        return allow_empty
    if len(value) > 64:
        return False
    return all(0x21 <= ord(c) <= 0x7E and c != ',' for c in value)


def _code(value, field, allow_empty=False):
    if not _is_code(value, allow_empty):
        rule = 'a code (1-64 ASCII characters 0x21-0x7E, no comma'
        rule += ', or empty)' if allow_empty else ')'
        raise RefusedError(f'{field}: must be {rule}, got {_show(value)}')
    return value


def _integer(value, field, low, high=MAX_SAFE_INTEGER):
    # bool is a subclass of int in Python; JSON true/false are not numbers.
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise RefusedError(f'{field}: must be an integer, got {_show(value)}')
    if isinstance(value, float):
        # 2.0 and 2 are the same JSON number; other parsers cannot tell them apart.
        if value != value or value in (float('inf'), float('-inf')) or not value.is_integer():
            raise RefusedError(f'{field}: must be an integer, got {_show(value)}')
        value = int(value)
    if value < low or value > high:
        if high != MAX_SAFE_INTEGER:
            bounds = f'from {low} to {high}'
        else:
            bounds = f'at least {low}' if value < low else f'at most {high}'
        raise RefusedError(f'{field}: must be an integer {bounds}, got {_show(value)}')
    return value


def _boolean(value, field):
    if not isinstance(value, bool):
        raise RefusedError(f'{field}: must be true or false, got {_show(value)}')
    return value


def _object(value, field):
    if not isinstance(value, dict):
        raise RefusedError(f'{field}: must be an object, got {_show(value)}')
    return value


def _array(value, field):
    if not isinstance(value, list):
        raise RefusedError(f'{field}: must be an array, got {_show(value)}')
    return value


def _get(obj, key, field):
    if key not in obj:
        raise RefusedError(f'{field}.{key}: missing' if field else f'{key}: missing')
    return obj[key]


def parse_bundle(raw):
    """Check a decoded JSON bundle; return a normalised dict or raise RefusedError."""
    bundle = _object(raw, 'bundle')
    spec = _get(bundle, 'spec', '')
    if spec != SPEC:
        raise RefusedError(f'spec: must be "{SPEC}", got {_show(spec)}')
    draw_id = _code(_get(bundle, 'drawId', ''), 'drawId')

    params = _object(_get(bundle, 'params', ''), 'params')
    team = _integer(_get(params, 'team', 'params'), 'params.team', 1)
    qualification = _code(_get(params, 'qualification', 'params'), 'params.qualification')
    cap = _integer(_get(params, 'cap', 'params'), 'params.cap', 0)
    cross_unit = _boolean(_get(params, 'crossUnit', 'params'), 'params.crossUnit')
    strata = []
    seen_keys = set()
    for i, s in enumerate(_array(_get(params, 'strata', 'params'), 'params.strata')):
        f = f'params.strata[{i}]'
        s = _object(s, f)
        key = _code(_get(s, 'key', f), f + '.key')
        if key in seen_keys:
            raise RefusedError(f'{f}.key: duplicate stratum key {_show(key)}')
        seen_keys.add(key)
        ratio = _integer(_get(s, 'ratioBp', f), f + '.ratioBp', 0, 10000)
        reserve = _integer(_get(s, 'reserve', f), f + '.reserve', 0)
        strata.append({'key': key, 'ratioBp': ratio, 'reserve': reserve})

    pool = []
    seen_ids = set()
    for i, p in enumerate(_array(_get(bundle, 'pool', ''), 'pool')):
        f = f'pool[{i}]'
        p = _object(p, f)
        pid = _code(_get(p, 'id', f), f + '.id')
        if pid in seen_ids:
            raise RefusedError(f'{f}.id: duplicate pool id {_show(pid)}')
        seen_ids.add(pid)
        stratum = _code(_get(p, 'stratum', f), f + '.stratum')
        if stratum not in seen_keys:
            raise RefusedError(f'{f}.stratum: {_show(stratum)} is not a key in params.strata')
        unit = _code(_get(p, 'unit', f), f + '.unit', allow_empty=True)
        pool.append({'id': pid, 'stratum': stratum, 'unit': unit})

    roster = []
    seen_ids = set()
    for i, m in enumerate(_array(_get(bundle, 'roster', ''), 'roster')):
        f = f'roster[{i}]'
        m = _object(m, f)
        mid = _code(_get(m, 'id', f), f + '.id')
        if mid in seen_ids:
            raise RefusedError(f'{f}.id: duplicate roster id {_show(mid)}')
        seen_ids.add(mid)
        unit = _code(_get(m, 'unit', f), f + '.unit', allow_empty=True)
        leader = _boolean(_get(m, 'leader', f), f + '.leader')
        quals = [
            _code(q, f'{f}.qualifications[{j}]')
            for j, q in enumerate(_array(_get(m, 'qualifications', f), f + '.qualifications'))
        ]
        conflicts = [
            _code(c, f'{f}.conflicts[{j}]')
            for j, c in enumerate(_array(_get(m, 'conflicts', f), f + '.conflicts'))
        ]
        roster.append(
            {'id': mid, 'unit': unit, 'leader': leader, 'qualifications': quals,
             'conflicts': conflicts}
        )

    entropy = _get(bundle, 'entropy', '')
    if (
        not isinstance(entropy, str)
        or not 1 <= len(entropy) <= 256
        or not all(0x20 <= ord(c) <= 0x7E for c in entropy)
    ):
        raise RefusedError(
            f'entropy: must be 1-256 ASCII characters 0x20-0x7E, got {_show(entropy)}'
        )

    return {
        'drawId': draw_id,
        'params': {'team': team, 'qualification': qualification, 'cap': cap,
                   'crossUnit': cross_unit, 'strata': strata},
        'pool': pool,
        'roster': roster,
        'entropy': entropy,
    }


# ---------------------------------------------------------------------------------------
# Canonical texts, digests and seed (spec §2, §3)


def _sha256(data):
    return hashlib.sha256(data).digest()


def pool_text(bundle):
    rows = sorted(bundle['pool'], key=lambda p: p['id'])
    return ''.join(f"{p['id']}\t{p['stratum']}\t{p['unit']}\n" for p in rows)


def roster_text(bundle):
    rows = sorted(bundle['roster'], key=lambda m: m['id'])
    return ''.join(
        f"{m['id']}\t{m['unit']}\t{1 if m['leader'] else 0}\t"
        f"{','.join(sorted(m['qualifications']))}\t{','.join(sorted(m['conflicts']))}\n"
        for m in rows
    )


def params_text(bundle):
    p = bundle['params']
    lines = [
        f'spec={SPEC}',
        f"drawId={bundle['drawId']}",
        f"team={p['team']}",
        f"qualification={p['qualification']}",
        f"cap={p['cap']}",
        f"crossUnit={1 if p['crossUnit'] else 0}",
    ]
    for s in sorted(p['strata'], key=lambda s: s['key']):
        lines.append(f"stratum={s['key']}\t{s['ratioBp']}\t{s['reserve']}")
    return ''.join(line + '\n' for line in lines)


def sub_seed(master, label):
    return _sha256(f'{SPEC}/{label}'.encode('ascii') + b'\x00' + master).hex()


class Stream:
    """RC4 keyed with the sub-seed's 64 ASCII bytes, first 256 bytes dropped (spec §3)."""

    def __init__(self, key_text):
        key = key_text.encode('ascii')
        s = list(range(256))
        j = 0
        for i in range(256):
            j = (j + s[i] + key[i % len(key)]) & 0xFF
            s[i], s[j] = s[j], s[i]
        self._s = s
        self._i = 0
        self._j = 0
        self._bytes(256)

    def _bytes(self, count):
        s, i, j = self._s, self._i, self._j
        out = bytearray(count)
        for k in range(count):
            i = (i + 1) & 0xFF
            j = (j + s[i]) & 0xFF
            s[i], s[j] = s[j], s[i]
            out[k] = s[(s[i] + s[j]) & 0xFF]
        self._i, self._j = i, j
        return out

    def word(self):
        return int.from_bytes(self._bytes(4), 'big')

    def below(self, n):
        if not 1 <= n <= TWO_32:
            raise ValueError(f'below({n}) outside 1..2^32')
        lim = TWO_32 - (TWO_32 % n)
        while True:
            u = self.word()
            if u < lim:
                return u % n


# ---------------------------------------------------------------------------------------
# The draw (spec §4, §5, §6)


def draw_targets(bundle, master):
    strata = []
    for s in sorted(bundle['params']['strata'], key=lambda s: s['key']):
        ids = sorted(p['id'] for p in bundle['pool'] if p['stratum'] == s['key'])
        total = len(ids)
        size = min(total, (total * s['ratioBp'] + 9999) // 10000)
        reserve = min(total - size, s['reserve'])
        stream = Stream(sub_seed(master, f"stratum:{s['key']}"))
        for i in range(size + reserve):
            j = i + stream.below(total - i)
            ids[i], ids[j] = ids[j], ids[i]
        strata.append({
            'key': s['key'],
            'population': total,
            'size': size,
            'selected': ids[:size],
            'reserve': ids[size:size + reserve],
        })
    return strata


def assign_inspectors(bundle, master, strata):
    params = bundle['params']
    unit_of = {p['id']: p['unit'] for p in bundle['pool']}
    members = sorted(bundle['roster'], key=lambda m: m['id'])
    qualified = [m for m in members if params['qualification'] in m['qualifications']]
    conflicts = {m['id']: set(m['conflicts']) for m in members}
    load = {m['id']: 0 for m in members}
    is_leader = {m['id']: m['leader'] for m in members}
    stream = Stream(sub_seed(master, 'assign'))

    def serve(target):
        unit = unit_of[target]
        eligible = [
            m['id'] for m in qualified
            if target not in conflicts[m['id']]
            and not (params['crossUnit'] and unit != '' and m['unit'] == unit)
            and not (params['cap'] > 0 and load[m['id']] >= params['cap'])
        ]
        team = []
        while len(team) < params['team']:
            free = [mid for mid in eligible if mid not in team]
            if not free:
                break
            lowest = min(load[mid] for mid in free)
            # `eligible` keeps roster id order, so `candidates` is already sorted by id.
            candidates = [mid for mid in free if load[mid] == lowest]
            pick = candidates[stream.below(len(candidates))]
            team.append(pick)
            load[pick] += 1
        leaders = [mid for mid in team if is_leader[mid]]
        leader = leaders[0] if leaders else (team[0] if team else None)
        return {
            'target': target,
            'members': team,
            'leader': leader,
            'status': 'filled' if len(team) == params['team'] else 'unfilled',
        }

    assignments = [serve(t) for s in strata for t in s['selected']]
    reserve_assignments = [serve(t) for s in strata for t in s['reserve']]
    return assignments, reserve_assignments


def result_text(strata, assignments, reserve_assignments):
    out = []
    for s in strata:
        out.append(f"stratum={s['key']}\t{s['population']}\t{s['size']}\t{len(s['reserve'])}\n")
        out.append(f"selected={','.join(s['selected'])}\n")
        out.append(f"reserve={','.join(s['reserve'])}\n")
    for prefix, rows in (('assign', assignments), ('reserveAssign', reserve_assignments)):
        for a in rows:
            out.append(
                f"{prefix}={a['target']}\t{a['leader'] or ''}\t"
                f"{','.join(a['members'])}\t{a['status']}\n"
            )
    return ''.join(out)


def run_draw(bundle):
    pool_digest = _sha256(pool_text(bundle).encode('ascii'))
    params_digest = _sha256(params_text(bundle).encode('ascii'))
    roster_digest = _sha256(roster_text(bundle).encode('ascii'))
    master = _sha256(
        SPEC.encode('ascii') + b'\x00' + pool_digest + params_digest + roster_digest
        + bundle['entropy'].encode('ascii')
    )
    strata = draw_targets(bundle, master)
    assignments, reserve_assignments = assign_inspectors(bundle, master, strata)
    digest = _sha256(result_text(strata, assignments, reserve_assignments).encode('ascii'))
    return {
        'spec': SPEC,
        'drawId': bundle['drawId'],
        'poolDigest': pool_digest.hex(),
        'paramsDigest': params_digest.hex(),
        'rosterDigest': roster_digest.hex(),
        'seed': master.hex(),
        'strata': strata,
        'assignments': assignments,
        'reserveAssignments': reserve_assignments,
        'resultDigest': digest.hex(),
    }


# ---------------------------------------------------------------------------------------
# Comparing a claimed result with the re-run (verify)


def _same(a, b):
    """JSON equality that, unlike ==, does not take true for 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def _describe_list(name, expected, found, label):
    """First difference inside `strata`, `assignments` or `reserveAssignments`."""
    if not isinstance(found, list):
        return f'{name}: expected a list of {len(expected)}, found {_show(found)}'
    for i, (e, f) in enumerate(zip(expected, found)):
        if _same(e, f):
            continue
        where = f'{name}[{i}] ({label} {_show(e[label])})'
        if not isinstance(f, dict):
            return f'{where}: expected an object, found {_show(f)}'
        for k in e:
            if k not in f:
                return f'{where}: {k} missing, expected {_show(e[k])}'
            if not _same(e[k], f[k]):
                return f'{where}: {k} expected {_show(e[k])}, found {_show(f[k])}'
        extra = sorted(set(f) - set(e))
        return f'{where}: unexpected field {extra[0]}'
    if len(expected) != len(found):
        return f'{name}: expected {len(expected)} entries, found {len(found)}'
    return None


def first_difference(expected, found):
    if not isinstance(found, dict):
        return f'result: expected an object, found {_show(found)}'
    for k, e in expected.items():
        if k not in found:
            return f'{k}: missing, expected {_show(e)}'
        f = found[k]
        if _same(e, f):
            continue
        if k == 'strata':
            return _describe_list(k, e, f, 'key')
        if k in ('assignments', 'reserveAssignments'):
            return _describe_list(k, e, f, 'target')
        return f'{k}: expected {_show(e)}, found {_show(f)}'
    extra = sorted(set(found) - set(expected))
    if extra:
        return f'unexpected field {extra[0]}'
    return None


# ---------------------------------------------------------------------------------------
# Command line


def _reject_constant(name):
    # Python's json accepts NaN and Infinity; JSON does not.
    raise ValueError(f'{name} is not valid JSON')


def read_json(path):
    try:
        # utf-8-sig: files saved by Windows editors often start with a byte-order mark.
        with open(path, encoding='utf-8-sig') as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as err:
        raise RefusedError(f'{path}: cannot read: {err}') from err
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as err:
        raise RefusedError(f'{path}: not valid JSON: {err}') from err


def load_bundle(path):
    try:
        return parse_bundle(read_json(path))
    except RefusedError as err:
        message = str(err)
        if not message.startswith(path + ':'):
            message = f'{path}: bundle refused: {message}'
        raise RefusedError(message) from err


# ---------------------------------------------------------------------------------------
# Entropy (spec section 7.1): what the standard library can check


def _is_hex(value, length):
    return (
        isinstance(value, str)
        and len(value) == length
        and all(c in '0123456789abcdef' for c in value)
    )


def check_entropy(raw, randomness=None):
    """Returns (ok, line): what was checked of the bundle's entropy, in one line."""
    entropy = raw.get('entropy', '') if isinstance(raw, dict) else ''
    if entropy.startswith('witness:'):
        value = entropy[len('witness:'):]
        witnesses = raw.get('witnesses')
        if not _is_hex(value, 64):
            return False, f'entropy {entropy[:80]!r} is not witness:<64 lowercase hex>'
        if not isinstance(witnesses, list) or len(witnesses) < 2:
            return False, 'witness entropy without the reveals ("witnesses") in the bundle'
        text = 'dr-witness/1\n'
        for i, w in enumerate(witnesses):
            if not isinstance(w, dict):
                return False, f'witnesses[{i}] is not an object'
            wid, commitment, reveal = w.get('id'), w.get('commitment'), w.get('reveal')
            if not (isinstance(wid, str) and _is_hex(commitment, 64) and _is_hex(reveal, 64)):
                return False, f'witnesses[{i}] must be {{id, commitment: 64 hex, reveal: 64 hex}}'
            if _sha256(reveal.encode('ascii')).hex() != commitment:
                return False, f'witnesses[{i}] ({wid}): the reveal does not hash to its commitment'
            text += f'{wid}\t{reveal}\n'
        computed = 'witness:' + _sha256(text.encode('ascii')).hex()
        if computed != entropy:
            return False, f'the reveals in committed order give {computed}, the bundle says {entropy}'
        ids = ', '.join(f"{w['id']} {w['commitment']}" for w in witnesses)
        return True, (
            'witness reveals match their commitments and give the entropy; compare the '
            f'commitments with those published before the draw: {ids}'
        )
    if entropy.startswith('drand:'):
        parts = entropy.split(':')
        if len(parts) != 4 or parts[1] != 'quicknet' or not parts[2].isdigit():
            return False, f'entropy {entropy[:80]!r} is not drand:quicknet:<round>:<signature>'
        signature = parts[3]
        if _is_hex(signature.lower(), 64):
            return False, (
                f'drand round {parts[2]}: {signature} is a randomness, not the round signature '
                '(96 hex digits)'
            )
        if not _is_hex(signature, 96):
            return False, f'drand round {parts[2]}: the signature must be 96 lowercase hex digits'
        derived = _sha256(bytes.fromhex(signature)).hex()
        if randomness is not None and randomness.lower() != derived:
            return False, (
                f'drand round {parts[2]}: the randomness {randomness} is not SHA-256 of the '
                f'signature ({derived})'
            )
        checked = 'matches the given randomness' if randomness is not None else 'gives randomness'
        return True, (
            f'drand round {parts[2]}: SHA-256(signature) {checked} {derived}; the BLS signature '
            'itself is NOT checked here (no pairing in the Python standard library): check it '
            'with dr-draw verify or the public page'
        )
    return True, f'entropy {entropy[:40]!r} is of no checkable source: taken as given'


def _dump(value):
    return json.dumps(value, indent=1, ensure_ascii=False)


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog='verify_draw.py', description='Re-run or verify a dr-draw/1 draw.'
    )
    commands = parser.add_subparsers(dest='command', required=True)
    p_run = commands.add_parser('run', help='print the result of a bundle')
    p_run.add_argument('bundle')
    p_verify = commands.add_parser('verify', help='check a published result against a bundle')
    p_verify.add_argument('bundle')
    p_verify.add_argument('result')
    p_verify.add_argument(
        '--randomness', help="the round's randomness from a drand relay, for a drand entropy"
    )
    p_many = commands.add_parser('run-many', help='one JSON line per bundle')
    p_many.add_argument('bundles', nargs='+')
    args = parser.parse_args(argv)
    # Messages may quote non-ASCII text from a bad input; never fail on printing it.
    sys.stdout.reconfigure(errors='backslashreplace')

    if args.command == 'run-many':
        refused = False
        for path in args.bundles:
            try:
                line = {'file': path, 'result': run_draw(load_bundle(path))}
            except RefusedError as err:
                refused = True
                line = {'file': path, 'error': str(err)}
            print(json.dumps(line))
        return 2 if refused else 0

    try:
        bundle = load_bundle(args.bundle)
        claimed = read_json(args.result) if args.command == 'verify' else None
        # the reveals of a witness entropy ride in the bundle beside the fields of section 1
        raw = read_json(args.bundle) if args.command == 'verify' else None
    except RefusedError as err:
        print(f'verify_draw: {err}', file=sys.stderr)
        return 2

    result = run_draw(bundle)
    if args.command == 'run':
        print(_dump(result))
        return 0
    difference = first_difference(result, claimed)
    entropy_ok, entropy_line = check_entropy(raw, args.randomness)
    if not entropy_ok:
        print(f"NOT verified: {result['drawId']}: entropy: {entropy_line}")
        return 1
    if difference is None:
        print(f"verified: {result['drawId']} resultDigest {result['resultDigest']}")
        print(f'entropy: {entropy_line}')
        return 0
    print(f"NOT verified: {result['drawId']}: {difference}")
    return 1


if __name__ == '__main__':
    sys.exit(main())
