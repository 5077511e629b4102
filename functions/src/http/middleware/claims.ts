import type { Actor } from '@double-random/domain';
import { type ClaimMapping, claimMapping } from '../../config';
import type { HttpEvent } from './types';

export type { Actor };

/**
 * Reads a group claim in every form it reaches a handler:
 * - a real array (the local gateway before flattening, or a decoded JWT),
 * - the AWS HTTP API JWT authorizer's flattened form `[office dept:SCJG]`,
 * - a JSON array string `["office","dept:SCJG"]`,
 * - a single group or a comma/space separated list.
 * Anything that is not a string is dropped rather than trusted.
 */
export const parseGroups = (value: unknown): string[] => {
  if (Array.isArray(value))
    return value.filter((g): g is string => typeof g === 'string' && g !== '');
  if (typeof value !== 'string') return [];
  const text = value.trim();
  if (text.startsWith('[') && text.endsWith(']')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parseGroups(parsed);
    } catch {
      // not JSON: the authorizer's `[a b c]` form, handled below
    }
    return splitList(text.slice(1, -1));
  }
  return splitList(text);
};

const splitList = (text: string): string[] => text.split(/[\s,]+/).filter((g) => g !== '');

const claimString = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/**
 * The actor of a request, or undefined when no verified claims came with it. The claims are
 * read as the deployment's issuer writes them (Cognito's `sub` and `cognito:groups` by
 * default), and the issuer's group names are mapped to ours.
 */
export const actorFromEvent = (
  event: Pick<HttpEvent, 'requestContext'>,
  mapping: ClaimMapping = claimMapping(),
): Actor | undefined => {
  const claims = event.requestContext?.authorizer?.jwt?.claims;
  if (!claims) return undefined;
  const sub = claimString(claims[mapping.subject]);
  if (!sub) return undefined;
  const roles = parseGroups(claims[mapping.roles]).map((g) => mapping.roleMap[g] ?? g);
  return { sub, roles: [...new Set(roles)] };
};
