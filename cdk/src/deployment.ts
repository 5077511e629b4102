import type { Node } from 'constructs';

/**
 * Where the stacks are meant to run. `global` is every commercial AWS region (partition
 * `aws`); `china` is Beijing (cn-north-1) and Ningxia (cn-northwest-1), partition `aws-cn`,
 * where Cognito user pools and CloudFront origin access control do not exist.
 */
export type DeploymentTarget = 'global' | 'china';

/** How the API's JWT authorizer reads a token's claims into our roles. */
export interface ClaimMapping {
  /** the claim naming the person; inspectors' directory ids must equal it */
  readonly subject: string;
  /** the claim listing the person's groups or roles */
  readonly roles: string;
  /** the issuer's group names → ours (`office`, `inspector`, `dept:<code>`); unmapped names pass as they are */
  readonly roleMap: Readonly<Record<string, string>>;
}

export const COGNITO_CLAIMS: ClaimMapping = {
  subject: 'sub',
  roles: 'cognito:groups',
  roleMap: {},
};

/**
 * The identity provider. `cognito` creates a user pool (where user pools exist); `oidc`
 * trusts an external OpenID Connect issuer, such as the province's unified identity platform
 * (统一身份认证) or a self-hosted one. Issuer and audience given here are written into the
 * template; left out, they become the stack parameters `OidcIssuer` and `OidcAudience`, set at
 * `cdk deploy --parameters`.
 */
export type IdentityOptions =
  | { readonly kind: 'cognito' }
  | {
      readonly kind: 'oidc';
      readonly issuer?: string;
      readonly audience?: readonly string[];
      readonly claims: ClaimMapping;
    };

export interface DeploymentOptions {
  readonly target: DeploymentTarget;
  readonly identity: IdentityOptions;
  /** the console's page URLs the hosted UI may return to (`-c consoleUrl=…`, comma-separated) */
  readonly consoleUrls?: readonly string[];
  /** the district the deployment serves, as its page names it (`-c district=…`) */
  readonly district: string;
  /** the public page's own domain names and their IAM server certificate id */
  readonly siteDomain?: { readonly names: readonly string[]; readonly iamCertificateId: string };
}

/** The district the software was first built for; another sets `-c district=…`. */
export const DEFAULT_DISTRICT = '枣庄市台儿庄区';

export class DeploymentOptionsError extends Error {
  override readonly name = 'DeploymentOptionsError';
}

const text = (node: Node, key: string): string | undefined => {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string')
    throw new DeploymentOptionsError(`context ${key}: a string is expected, got ${typeof value}`);
  return value.trim();
};

const roleMapOf = (node: Node): Record<string, string> => {
  const value: unknown = node.tryGetContext('claimsRoleMap');
  if (value === undefined || value === '') return {};
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new DeploymentOptionsError(
        'context claimsRoleMap: a JSON object of issuer group → role, e.g. {"sjj-office":"office"}',
      );
    }
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    Array.isArray(parsed) ||
    !Object.values(parsed).every((v) => typeof v === 'string')
  )
    throw new DeploymentOptionsError(
      'context claimsRoleMap: a JSON object of issuer group → role, e.g. {"sjj-office":"office"}',
    );
  return parsed as Record<string, string>;
};

/**
 * Reads the deployment's choices from CDK context (`cdk synth -c target=china -c …`):
 * - `target`: `global` (default) or `china`;
 * - `identity`: `cognito` (default in `global`) or `oidc` (the only choice in `china`);
 * - `oidcIssuer`, `oidcAudience` (comma-separated): the issuer and the client ids it issues for;
 * - `claimsSubject` (default `sub`), `claimsRoles` (default `groups` for OIDC),
 *   `claimsRoleMap` (JSON object of the issuer's group names to ours);
 * - `siteDomain` (comma-separated) and `siteCertificateId`: the public page's own names and
 *   their IAM server certificate (required to serve anything from CloudFront in China).
 */
export const deploymentOptions = (node: Node): DeploymentOptions => {
  const target = text(node, 'target') ?? 'global';
  if (target !== 'global' && target !== 'china')
    throw new DeploymentOptionsError(`context target: global or china, got ${target}`);
  const siteDomain = siteDomainOf(node);
  return {
    target,
    identity: identityOf(node, target),
    district: text(node, 'district') ?? DEFAULT_DISTRICT,
    ...consoleUrlsOf(node),
    ...(siteDomain ? { siteDomain } : {}),
  };
};

const consoleUrlsOf = (node: Node): { consoleUrls?: string[] } => {
  const urls = text(node, 'consoleUrl')
    ?.split(',')
    .map((u) => u.trim())
    .filter((u) => u !== '');
  if (!urls?.length) return {};
  for (const u of urls)
    if (!/^https:\/\/\S+$/.test(u))
      throw new DeploymentOptionsError(
        `context consoleUrl: https:// URLs of the console, got ${u}`,
      );
  return { consoleUrls: urls };
};

const siteDomainOf = (node: Node): DeploymentOptions['siteDomain'] => {
  const names = text(node, 'siteDomain')
    ?.split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const iamCertificateId = text(node, 'siteCertificateId');
  if (!names?.length && !iamCertificateId) return undefined;
  if (!names?.length || !iamCertificateId)
    throw new DeploymentOptionsError(
      'context siteDomain and siteCertificateId go together: the domain names and the id of their IAM server certificate',
    );
  return { names, iamCertificateId };
};

const identityOf = (node: Node, target: DeploymentTarget): IdentityOptions => {
  const kind = text(node, 'identity') ?? (target === 'china' ? 'oidc' : 'cognito');
  if (kind !== 'cognito' && kind !== 'oidc')
    throw new DeploymentOptionsError(`context identity: cognito or oidc, got ${kind}`);
  if (kind === 'cognito') {
    if (target === 'china')
      throw new DeploymentOptionsError(
        'context identity: Cognito user pools do not exist in the China regions; use identity=oidc with the issuer of the district or province',
      );
    return { kind };
  }
  const issuer = text(node, 'oidcIssuer');
  if (issuer !== undefined && !/^https:\/\/[^\s]+$/.test(issuer))
    throw new DeploymentOptionsError(`context oidcIssuer: an https:// URL, got ${issuer}`);
  const audience = text(node, 'oidcAudience')
    ?.split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  return {
    kind,
    ...(issuer ? { issuer } : {}),
    ...(audience?.length ? { audience } : {}),
    claims: {
      subject: text(node, 'claimsSubject') ?? 'sub',
      roles: text(node, 'claimsRoles') ?? 'groups',
      roleMap: roleMapOf(node),
    },
  };
};

/** The variables that tell the functions how to read claims (see functions/src/config.ts). */
export const claimEnvironment = (claims: ClaimMapping): Record<string, string> => ({
  CLAIMS_SUBJECT: claims.subject,
  CLAIMS_ROLES: claims.roles,
  ...(Object.keys(claims.roleMap).length > 0
    ? { CLAIMS_ROLE_MAP: JSON.stringify(claims.roleMap) }
    : {}),
});
