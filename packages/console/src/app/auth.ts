import * as oauth from 'oauth4webapi';
import { parseGroups } from '../../../../functions/src/http/middleware/claims';
import type { ConsoleAuthConfig, ConsoleClaims } from '../build';

/** The signed-in user as the API will read the token: subject and groups. */
export interface Session {
  token: string;
  sub: string;
  roles: string[];
  /** seconds since the epoch; the console asks to sign in again after it */
  exp?: number;
  /** how to present the user */
  label: string;
}

const KEY = 'double-random.console.session';

/** The payload of a JWT, unverified: the API verifies it; the console only reads its roles. */
export const claimsOf = (token: string): Record<string, unknown> => {
  const part = token.split('.')[1] ?? '';
  const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(b64.padEnd(Math.ceil(b64.length / 4) * 4, '=')), (c) =>
    c.charCodeAt(0),
  );
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
};

/**
 * Subject and roles read from the token as the API reads them (functions/src/http/middleware/
 * claims.ts): its `parseGroups` over the configured roles claim, the issuer's group names
 * mapped to ours.
 */
export const sessionOf = (token: string, label?: string, mapping: ConsoleClaims = {}): Session => {
  const claims = claimsOf(token);
  const subject = claims[mapping.subject ?? 'sub'];
  const sub = typeof subject === 'string' ? subject : '';
  const roles = [
    ...new Set(
      parseGroups(claims[mapping.roles ?? 'cognito:groups']).map((g) => mapping.roleMap?.[g] ?? g),
    ),
  ];
  const name =
    typeof claims.name === 'string'
      ? claims.name
      : typeof claims['cognito:username'] === 'string'
        ? (claims['cognito:username'] as string)
        : sub;
  return {
    token,
    sub,
    roles,
    label: label ?? name,
    ...(typeof claims.exp === 'number' ? { exp: claims.exp } : {}),
  };
};

export const savedSession = (): Session | undefined => {
  try {
    const s = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Session | null;
    if (!s) return undefined;
    if (s.exp !== undefined && s.exp * 1000 <= Date.now()) return undefined;
    return s;
  } catch {
    return undefined;
  }
};

export const saveSession = (s: Session | undefined): void => {
  if (s) sessionStorage.setItem(KEY, JSON.stringify(s));
  else sessionStorage.removeItem(KEY);
};

export const departmentsOf = (s: Session): string[] =>
  s.roles.filter((r) => r.startsWith('dept:')).map((r) => r.slice(5));

/** The witness ids the user may act as: `witness:<id>` groups and their own departments. */
export const witnessIdsOf = (s: Session): string[] => [
  ...s.roles.filter((r) => r.startsWith('witness:')).map((r) => r.slice(8)),
  ...(s.roles.includes('inspector') ? [] : departmentsOf(s)),
];

/** The console's main view for the user's groups: office, inspector, department, witness. */
export const mainRole = (s: Session): 'office' | 'dept' | 'inspector' | 'witness' | undefined =>
  s.roles.includes('office')
    ? 'office'
    : s.roles.includes('inspector')
      ? 'inspector'
      : departmentsOf(s).length > 0
        ? 'dept'
        : s.roles.some((r) => r.startsWith('witness:'))
          ? 'witness'
          : undefined;

// ---- OIDC: authorization code with PKCE (oauth4webapi) ----

type Oidc = Extract<ConsoleAuthConfig, { mode: 'oidc' }>;
const PENDING = 'double-random.console.oidc';

const redirectUri = (): string => `${location.origin}${location.pathname}`;

const discover = async (cfg: Oidc) => {
  const issuer = new URL(cfg.issuer);
  return oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer));
};

/** Sends the browser to the issuer's sign-in page. */
export const startOidcSignIn = async (cfg: Oidc): Promise<void> => {
  const as = await discover(cfg);
  if (!as.authorization_endpoint) throw new Error('认证服务未提供 authorization_endpoint');
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state }));
  const url = new URL(as.authorization_endpoint);
  url.searchParams.set('client_id', cfg.clientId);
  url.searchParams.set('redirect_uri', redirectUri());
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', cfg.scope ?? 'openid profile');
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(verifier));
  url.searchParams.set('code_challenge_method', 'S256');
  url.searchParams.set('state', state);
  location.assign(url.href);
};

/** Back from the issuer with `?code=…&state=…`: exchanges the code for tokens. */
export const finishOidcSignIn = async (
  cfg: Oidc,
  mapping?: ConsoleClaims,
): Promise<Session | undefined> => {
  const here = new URL(location.href);
  if (!here.searchParams.has('code') && !here.searchParams.has('error')) return undefined;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as {
    verifier: string;
    state: string;
  } | null;
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', redirectUri() + location.hash);
  if (!pending) throw new Error('登录状态已丢失，请重新登录');
  const as = await discover(cfg);
  const client: oauth.Client = { client_id: cfg.clientId };
  const params = oauth.validateAuthResponse(as, client, here, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    params,
    redirectUri(),
    pending.verifier,
  );
  const result = await oauth.processAuthorizationCodeResponse(as, client, response);
  // the id token carries cognito:groups and is accepted by the API's JWT authorizer (audience = client id)
  const token = result.id_token ?? result.access_token;
  return sessionOf(token, undefined, mapping);
};
