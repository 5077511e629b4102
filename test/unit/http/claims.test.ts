import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
