import { randomUUID } from 'node:crypto';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  calculateJwkThumbprint,
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from 'jose';
import { ConfigError, UsageError } from './errors';

/** Issuer and audience of local tokens; the gateway accepts nothing else. */
export const LOCAL_ISSUER = 'local://double-random';
export const LOCAL_AUDIENCE = 'double-random-local';
export const KEY_FILE_NAME = 'local-jwt-key.json';
const ALG = 'ES256';
const DEFAULT_TTL_SECONDS = 12 * 60 * 60;
/** The longest lifetime a local token may have: a week, so a leaked token does not outlive it. */
export const MAX_TTL_SECONDS = 7 * 24 * 60 * 60;
/** Verified tokens kept until they expire. */
const KEPT_TOKENS = 1000;

export type LocalRole = 'office' | 'dept' | 'inspector' | 'witness';
export const LOCAL_ROLES: readonly LocalRole[] = ['office', 'dept', 'inspector', 'witness'];
const DEPT_CODE = /^[A-Z0-9]{2,16}$/;
const SUBJECT = /^[A-Za-z0-9._:@-]{1,128}$/;

export interface IssueTokenOptions {
  role: LocalRole;
  /** department code, required for `dept`, optional for `inspector` (the inspector's department) */
  dept?: string;
  sub?: string;
  /** Cognito issues id and access tokens; both carry `cognito:groups`. Default `id`. */
  use?: 'id' | 'access';
  ttlSeconds?: number;
  /** when the token was issued; tests set it in the past to obtain an expired token */
  issuedAt?: Date;
}

export interface VerifiedToken {
  claims: JWTPayload;
  scopes?: string[];
}

/** Resolves the claims of a valid token, or undefined for anything else (never throws). */
export type TokenVerifier = (token: string) => Promise<VerifiedToken | undefined>;

export interface LocalIdentity {
  issueToken(options: IssueTokenOptions): Promise<string>;
  verifier: TokenVerifier;
  /** why the gateway refuses an Authorization header, in words a user can act on */
  explainRefusal(authorization: string | undefined): Promise<string>;
  keyFile: string;
}

/** The groups a user of this role has in the user pool (`office`, `dept:<code>`, `inspector`). */
export const groupsFor = (role: LocalRole, dept?: string): string[] => {
  if (!LOCAL_ROLES.includes(role))
    throw new UsageError(
      'TOKEN.BAD_ROLE',
      `unknown role "${role}": use one of ${LOCAL_ROLES.join(', ')}`,
    );
  if (dept !== undefined && !DEPT_CODE.test(dept))
    throw new UsageError(
      'TOKEN.BAD_DEPT',
      `bad department code "${dept}": 2–16 uppercase letters or digits, e.g. SCJG`,
    );
  if (role === 'office') {
    if (dept !== undefined)
      throw new UsageError('TOKEN.BAD_DEPT', 'the office role takes no department code');
    return ['office'];
  }
  if (role === 'dept') {
    if (dept === undefined)
      throw new UsageError(
        'TOKEN.MISSING_DEPT',
        'the dept role needs a department code (--dept SCJG)',
      );
    return [`dept:${dept}`];
  }
  // a witness of draws outside the office (纪检监察, a notary): its id goes where a dept code goes
  if (role === 'witness') {
    if (dept === undefined)
      throw new UsageError(
        'TOKEN.MISSING_WITNESS',
        'the witness role needs an id (--witness JJJC)',
      );
    return [`witness:${dept}`];
  }
  return dept === undefined ? ['inspector'] : ['inspector', `dept:${dept}`];
};

const defaultSubject = (role: LocalRole, dept?: string): string =>
  dept ? `local-${role}-${dept.toLowerCase()}` : `local-${role}`;

/**
 * Reads the signing key, creating it on first use. Two processes starting together both
 * try an exclusive create; the loser reads the winner's key, so all tokens share one key.
 */
const loadOrCreateKey = async (keyFile: string): Promise<JWK> => {
  try {
    return JSON.parse(await readFile(keyFile, 'utf8')) as JWK;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey } = await generateKeyPair(ALG, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const key: JWK = { ...jwk, alg: ALG, use: 'sig', kid: await calculateJwkThumbprint(jwk) };
  try {
    await writeFile(keyFile, `${JSON.stringify(key, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return JSON.parse(await readFile(keyFile, 'utf8')) as JWK;
  }
};

/**
 * The local stand-in for the Cognito user pool: issues tokens shaped like the pool's id and
 * access tokens and verifies them as the HTTP API JWT authorizer would (signature, issuer,
 * audience or client id, expiry).
 */
export const openLocalIdentity = async (options: {
  dataDir: string;
  /**
   * false for the CLIs: a token signed with a key no server uses is refused anyway, so a
   * missing key is an error naming the folder rather than a new key in a stray folder.
   */
  create?: boolean;
}): Promise<LocalIdentity> => {
  const keyFile = join(options.dataDir, KEY_FILE_NAME);
  if (options.create === false) {
    try {
      await access(keyFile);
    } catch {
      throw new ConfigError(
        'TOKEN.NO_KEY',
        `no signing key at ${keyFile}: start the server first (pnpm start), or set DATA_DIR to the folder the running server uses`,
        'DATA_DIR',
      );
    }
  } else await mkdir(options.dataDir, { recursive: true });
  const jwk = await loadOrCreateKey(keyFile);
  const { d: _private, ...publicJwk } = jwk;
  const privateKey = await importJWK(jwk, ALG);
  const publicKey = await importJWK(publicJwk, ALG);

  const issueToken = async (o: IssueTokenOptions): Promise<string> => {
    const groups = groupsFor(o.role, o.dept);
    const sub = o.sub ?? defaultSubject(o.role, o.dept);
    if (!SUBJECT.test(sub))
      throw new UsageError(
        'TOKEN.BAD_SUB',
        `bad subject "${sub}": 1–128 letters, digits or . _ : @ -`,
      );
    const ttl = o.ttlSeconds ?? DEFAULT_TTL_SECONDS;
    if (!Number.isInteger(ttl) || ttl <= 0)
      throw new UsageError(
        'TOKEN.BAD_TTL',
        `bad lifetime ${ttl}: a whole number of seconds above 0`,
      );
    if (ttl > MAX_TTL_SECONDS)
      throw new UsageError(
        'TOKEN.TTL_TOO_LONG',
        `--ttl ${ttl} is longer than a token may live: at most ${MAX_TTL_SECONDS} s (7 days); the default is ${DEFAULT_TTL_SECONDS} s (12 h)`,
      );
    const use = o.use ?? 'id';
    const iat = Math.floor((o.issuedAt ?? new Date()).getTime() / 1000);
    const claims: JWTPayload =
      use === 'id'
        ? { 'cognito:groups': groups, 'cognito:username': sub, token_use: 'id', auth_time: iat }
        : {
            'cognito:groups': groups,
            username: sub,
            token_use: 'access',
            client_id: LOCAL_AUDIENCE,
            scope: 'openid',
          };
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: ALG, kid: jwk.kid ?? '', typ: 'JWT' })
      .setIssuer(LOCAL_ISSUER)
      .setSubject(sub)
      .setJti(randomUUID())
      .setIssuedAt(iat)
      .setExpirationTime(iat + ttl);
    if (use === 'id') jwt.setAudience(LOCAL_AUDIENCE);
    return jwt.sign(privateKey);
  };

  /*
   * A token this key signed and these rules accepted stays accepted until it expires: what
   * was verified is kept until then (the demo's few tokens come with every request), and a
   * token's expiry is checked at each use as jwtVerify checks it.
   */
  const accepted = new Map<string, { out: Awaited<ReturnType<TokenVerifier>>; exp: number }>();
  const verifier: TokenVerifier = async (token) => {
    const known = accepted.get(token);
    if (known) {
      if (Date.now() / 1000 < known.exp) return known.out;
      accepted.delete(token);
    }
    const out = await verifyNow(token);
    const exp = out?.claims.exp;
    if (out && typeof exp === 'number') {
      if (accepted.size >= KEPT_TOKENS) accepted.delete(accepted.keys().next().value as string);
      accepted.set(token, { out, exp });
    }
    return out;
  };

  const verifyNow: TokenVerifier = async (token) => {
    try {
      const { payload } = await jwtVerify(token, publicKey, {
        issuer: LOCAL_ISSUER,
        algorithms: [ALG],
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      // a token made to live longer than the cap (by hand, with the key) is not accepted either
      if ((payload.exp ?? 0) - (payload.iat ?? 0) > MAX_TTL_SECONDS) return undefined;
      // Like the API Gateway JWT authorizer: an id token must name the audience in `aud`,
      // an access token in `client_id`.
      const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
      if (!audiences.includes(LOCAL_AUDIENCE) && payload.client_id !== LOCAL_AUDIENCE)
        return undefined;
      const scopes =
        typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : undefined;
      return scopes ? { claims: payload, scopes } : { claims: payload };
    } catch {
      return undefined;
    }
  };

  const explainRefusal = async (authorization: string | undefined): Promise<string> => {
    const header = authorization?.trim() ?? '';
    if (header === '') return 'no token: send the header authorization: Bearer <token>';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) return 'no Bearer prefix: send the header as authorization: Bearer <token>';
    const token = match[1];
    let claims: JWTPayload;
    try {
      claims = decodeJwt(token);
      decodeProtectedHeader(token);
    } catch {
      return 'not a JWT: a local token comes from pnpm --silent run token';
    }
    try {
      await jwtVerify(token, publicKey, { algorithms: [ALG] });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ERR_JWT_EXPIRED')
        return `expired at ${new Date((claims.exp ?? 0) * 1000).toISOString()}: issue a new one with pnpm --silent run token`;
      if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' || code === 'ERR_JWS_INVALID')
        return `signed by another key: was it made with the DATA_DIR this server uses? (its key: ${keyFile})`;
      if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED')
        return `not valid yet or badly dated: ${(error as Error).message}`;
      return `refused: ${(error as Error).message}`;
    }
    if (claims.iss !== LOCAL_ISSUER) return `issued by ${String(claims.iss)}, not ${LOCAL_ISSUER}`;
    if (claims.sub === undefined || claims.iat === undefined || claims.exp === undefined)
      return 'the token lacks sub, iat or exp';
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audiences.includes(LOCAL_AUDIENCE) && claims.client_id !== LOCAL_AUDIENCE)
      return `issued for another audience: neither aud nor client_id is ${LOCAL_AUDIENCE}`;
    return 'refused: signed with this server’s key and not expired, but outside its other rules';
  };

  return { issueToken, verifier, explainRefusal, keyFile };
};
