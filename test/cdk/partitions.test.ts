import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeploymentOptionsError, deploymentOptions } from '@double-random/cdk';
import { App } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { synthApp } from './synth';

/** Templates of one synthesis written to a fresh folder, as `cdk synth` writes them. */
const synthTemplates = (context: Record<string, unknown>): string => {
  const outdir = mkdtempSync(join(tmpdir(), 'dr-cdk-'));
  const stacks = synthApp(context, outdir);
  (stacks.data.node.root as App).synth();
  return outdir;
};

/** cfn-lint's errors (not warnings) over every template of a folder, for the given regions. */
const cfnLintErrors = (outdir: string, regions: string[]): string[] => {
  const templates = readdirSync(outdir)
    .filter((f) => f.endsWith('.template.json'))
    .map((f) => join(outdir, f));
  expect(templates).toHaveLength(6);
  let output = '';
  try {
    output = execFileSync(
      'cfn-lint',
      ['--format', 'parseable', '--regions', ...regions, '--', ...templates],
      { encoding: 'utf8' },
    );
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stdout?: string };
    if (e.code === 'ENOENT') throw new Error('cfn-lint is not installed (pip install cfn-lint)');
    // cfn-lint exits non-zero when it finds anything, warnings included
    output = e.stdout ?? '';
  }
  return output.split('\n').filter((line) => /:E\d{4}:/.test(line));
};

describe('synthesis for the commercial regions and the China regions', () => {
  it('gives templates cfn-lint finds no error in, for commercial regions', () => {
    const outdir = synthTemplates({});
    expect(
      cfnLintErrors(outdir, ['us-east-1', 'eu-west-1', 'ap-southeast-1', 'ap-east-1']),
    ).toEqual([]);
  });

  it('gives templates with no resource type missing in Beijing or Ningxia (target=china)', () => {
    const outdir = synthTemplates({ target: 'china' });
    expect(cfnLintErrors(outdir, ['cn-north-1', 'cn-northwest-1'])).toEqual([]);
  });
});

describe('target=china', () => {
  const { api, site } = synthApp({ target: 'china' });
  const apiTemplate = Template.fromStack(api);
  const siteTemplate = Template.fromStack(site);

  it('raises no unjustified cdk-nag finding in any stack', () => {
    // one app per stack: synthesizing an app again runs the rules again over its output
    const pick = ['data', 'api', 'workflow', 'site', 'ops', 'notifications'] as const;
    for (const name of pick)
      expect(
        Annotations.fromStack(synthApp({ target: 'china' })[name]).findError(
          '*',
          Match.stringLikeRegexp('AwsSolutions-'),
        ),
      ).toEqual([]);
  });

  it('creates no Cognito resource: tokens come from an external OpenID Connect issuer', () => {
    const types = Object.values(apiTemplate.toJSON().Resources as Record<string, { Type: string }>)
      .map((r) => r.Type)
      .filter((t) => t.startsWith('AWS::Cognito::'));
    expect(types).toEqual([]);
  });

  it('takes the issuer and the audience as stack parameters when the context gives none', () => {
    const template = apiTemplate.toJSON() as { Parameters: Record<string, { Type: string }> };
    expect(template.Parameters.OidcIssuer?.Type).toBe('String');
    expect(template.Parameters.OidcAudience?.Type).toBe('CommaDelimitedList');
    apiTemplate.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: { Ref: 'OidcIssuer' }, Audience: { Ref: 'OidcAudience' } },
    });
  });

  it('tells every function which claims name the person and the groups', () => {
    const functions = Object.values(
      apiTemplate.findResources('AWS::Lambda::Function') as Record<
        string,
        { Properties: { Environment?: { Variables?: Record<string, string> } } }
      >,
    ).filter((f) => f.Properties.Environment?.Variables?.TABLE_NAME !== undefined);
    expect(functions.length).toBeGreaterThan(0);
    for (const f of functions)
      expect(f.Properties.Environment?.Variables).toMatchObject({
        CLAIMS_SUBJECT: 'sub',
        CLAIMS_ROLES: 'groups',
      });
  });

  it('runs the functions without X-Ray, which Lambda in China does not offer', () => {
    const fns = Object.values(apiTemplate.findResources('AWS::Lambda::Function')) as {
      Properties: {
        TracingConfig?: unknown;
        Environment?: { Variables?: Record<string, string> };
      };
    }[];
    const ours = fns.filter((f) => f.Properties.Environment?.Variables?.TABLE_NAME);
    expect(ours.length).toBeGreaterThan(0);
    for (const f of ours) {
      expect(f.Properties.TracingConfig).toBeUndefined();
      expect(f.Properties.Environment?.Variables?.POWERTOOLS_TRACE_ENABLED).toBe('false');
    }
  });

  it('reads the page bucket through an origin access identity, not origin access control', () => {
    expect(Object.keys(siteTemplate.findResources('AWS::CloudFront::OriginAccessControl'))).toEqual(
      [],
    );
    expect(
      Object.keys(siteTemplate.findResources('AWS::CloudFront::CloudFrontOriginAccessIdentity')),
    ).toHaveLength(1);
    siteTemplate.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: { HttpVersion: 'http2', IPV6Enabled: false },
    });
  });

  it('serves the page on its ICP-filed domain with the IAM server certificate given', () => {
    const { site: withDomain } = synthApp({
      target: 'china',
      siteDomain: 'sjsgk.tez.gov.cn',
      siteCertificateId: 'ASCAEXAMPLE123',
    });
    Template.fromStack(withDomain).hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: {
        Aliases: ['sjsgk.tez.gov.cn'],
        ViewerCertificate: { IamCertificateId: 'ASCAEXAMPLE123', SslSupportMethod: 'sni-only' },
      },
    });
  });
});

describe('deployment options from the context', () => {
  const optionsOf = (context: Record<string, unknown>) =>
    deploymentOptions(new App({ context }).node);

  it('default to the commercial regions with a Cognito user pool', () => {
    expect(optionsOf({})).toEqual({
      target: 'global',
      identity: { kind: 'cognito' },
      district: '枣庄市台儿庄区',
    });
    expect(optionsOf({ district: '枣庄市峄城区' }).district).toBe('枣庄市峄城区');
  });

  it('refuse Cognito in the China regions, naming the way out', () => {
    expect(() => optionsOf({ target: 'china', identity: 'cognito' })).toThrow(
      DeploymentOptionsError,
    );
    expect(() => optionsOf({ target: 'china', identity: 'cognito' })).toThrow(/identity=oidc/);
  });

  it('read an external issuer with its claim names and group map', () => {
    expect(
      optionsOf({
        identity: 'oidc',
        oidcIssuer: 'https://id.shandong.gov.cn/realms/tez',
        oidcAudience: 'double-random, console',
        claimsSubject: 'preferred_username',
        claimsRoleMap: '{"tez-office":"office"}',
      }).identity,
    ).toEqual({
      kind: 'oidc',
      issuer: 'https://id.shandong.gov.cn/realms/tez',
      audience: ['double-random', 'console'],
      claims: {
        subject: 'preferred_username',
        roles: 'groups',
        roleMap: { 'tez-office': 'office' },
      },
    });
  });

  it('refuse an unknown target, an issuer that is not https and a malformed group map', () => {
    expect(() => optionsOf({ target: 'mars' })).toThrow(/target/);
    expect(() => optionsOf({ identity: 'oidc', oidcIssuer: 'http://id.example' })).toThrow(
      /oidcIssuer/,
    );
    expect(() => optionsOf({ identity: 'oidc', claimsRoleMap: '[1]' })).toThrow(/claimsRoleMap/);
  });

  it('want the site domain and its certificate together', () => {
    expect(() => optionsOf({ siteDomain: 'a.gov.cn' })).toThrow(/siteCertificateId/);
  });
});
