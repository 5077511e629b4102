import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readClaimMapping } from '../../../functions/src/config';
import type { HttpEvent } from '../../../functions/src/http/middleware';
import { actorFromEvent, parseGroups } from '../../../functions/src/http/middleware';

const withClaims = (claims: Record<string, string | string[]>): Pick<HttpEvent, 'requestContext'> =>
  ({ requestContext: { authorizer: { jwt: { claims, scopes: null } } } }) as unknown as Pick<
    HttpEvent,
    'requestContext'
  >;

describe('parseGroups', () => {
  it('reads the flattened form the AWS JWT authorizer passes', () => {
    expect(parseGroups('[office dept:SCJG]')).toEqual(['office', 'dept:SCJG']);
  });

  it('reads a real array', () => {
    expect(parseGroups(['inspector', 'dept:SCJG'])).toEqual(['inspector', 'dept:SCJG']);
  });

  it('reads a JSON array string', () => {
    expect(parseGroups('["office","dept:HBJ"]')).toEqual(['office', 'dept:HBJ']);
  });

  it('reads a single group', () => {
    expect(parseGroups('office')).toEqual(['office']);
  });

  it('reads the empty flattened list as no groups', () => {
    expect(parseGroups('[]')).toEqual([]);
  });

  it('drops values that are not strings', () => {
    expect(parseGroups(['office', 7, null])).toEqual(['office']);
    expect(parseGroups(42)).toEqual([]);
    expect(parseGroups(undefined)).toEqual([]);
  });

  it('gives back the same groups from the flattened, JSON and array forms', () => {
    const group = fc.stringMatching(/^(office|inspector|dept:[A-Z0-9]{2,16})$/);
    fc.assert(
      fc.property(fc.array(group, { maxLength: 6 }), (groups) => {
        expect(parseGroups(`[${groups.join(' ')}]`)).toEqual(groups);
        expect(parseGroups(JSON.stringify(groups))).toEqual(groups);
        expect(parseGroups(groups)).toEqual(groups);
      }),
    );
  });
});

describe('actorFromEvent', () => {
  it('builds the actor from id-token claims as the authorizer flattens them', () => {
    const event = withClaims({
      sub: 'u-1',
      'cognito:groups': '[dept:SCJG inspector]',
      'cognito:username': 'zhang.san',
      exp: '1795739709',
    });
    expect(actorFromEvent(event)).toEqual({ sub: 'u-1', roles: ['dept:SCJG', 'inspector'] });
  });

  it('reads the groups of an access token given as a real array', () => {
    const event = withClaims({ sub: 'P0042', 'cognito:groups': ['inspector'], username: 'P0042' });
    expect(actorFromEvent(event)).toEqual({ sub: 'P0042', roles: ['inspector'] });
  });

  it('gives an actor without roles when the token carries no groups', () => {
    expect(actorFromEvent(withClaims({ sub: 'u-2' }))).toEqual({ sub: 'u-2', roles: [] });
  });

  it('gives no actor without claims or without a subject', () => {
    expect(
      actorFromEvent({ requestContext: {} } as Pick<HttpEvent, 'requestContext'>),
    ).toBeUndefined();
    expect(actorFromEvent(withClaims({ 'cognito:groups': '[office]' }))).toBeUndefined();
  });
});

describe('claims of an external OpenID Connect issuer', () => {
  // e.g. a provincial identity platform: its own claim names and group names
  const mapping = readClaimMapping({
    CLAIMS_SUBJECT: 'preferred_username',
    CLAIMS_ROLES: 'groups',
    CLAIMS_ROLE_MAP: JSON.stringify({ 'tez-lxhy-office': 'office', 'tez-scjg': 'dept:SCJG' }),
  });

  it('reads the subject and groups from the claims the deployment names', () => {
    const event = withClaims({
      sub: 'f3c1-opaque',
      preferred_username: 'P0042',
      groups: '[tez-scjg inspector]',
    });
    expect(actorFromEvent(event, mapping)).toEqual({
      sub: 'P0042',
      roles: ['dept:SCJG', 'inspector'],
    });
  });

  it('maps the issuer’s office group to the office role', () => {
    const event = withClaims({ preferred_username: 'lxb-1', groups: ['tez-lxhy-office'] });
    expect(actorFromEvent(event, mapping)?.roles).toEqual(['office']);
  });

  it('ignores Cognito’s group claim when the issuer’s claim is another', () => {
    const event = withClaims({ preferred_username: 'x-1', 'cognito:groups': '[office]' });
    expect(actorFromEvent(event, mapping)).toEqual({ sub: 'x-1', roles: [] });
  });

  it('has no actor when the named subject claim is missing', () => {
    expect(actorFromEvent(withClaims({ sub: 'u-1', groups: '[office]' }), mapping)).toBeUndefined();
  });

  it('defaults to Cognito’s claims when nothing is set', () => {
    const cognito = readClaimMapping({});
    expect(cognito).toEqual({ subject: 'sub', roles: 'cognito:groups', roleMap: {} });
    const event = withClaims({ sub: 'u-9', 'cognito:groups': '[dept:HBJ]' });
    expect(actorFromEvent(event, cognito)).toEqual({ sub: 'u-9', roles: ['dept:HBJ'] });
  });

  it('refuses a role map that is not a JSON object of strings, naming the variable', () => {
    expect(() => readClaimMapping({ CLAIMS_ROLE_MAP: '[office]' })).toThrow(/CLAIMS_ROLE_MAP/);
    expect(() => readClaimMapping({ CLAIMS_ROLE_MAP: '{"a":1}' })).toThrow(/CLAIMS_ROLE_MAP/);
  });
});
