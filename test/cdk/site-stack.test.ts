import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  HASHED_CACHE_CONTROL,
  REVALIDATED_CACHE_CONTROL,
  SITE_DIST,
  SiteStack,
} from '@double-random/cdk';
import { routes } from '@double-random/functions';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { bareApp, siteFixture, synthApp } from './synth';

const { api, site } = synthApp();
const template = Template.fromStack(site);

type Resource = { Properties: Record<string, unknown>; DependsOn?: string[] };
const resources = (type: string): Record<string, Resource> =>
  template.findResources(type) as Record<string, Resource>;
const only = (type: string): Resource => {
  const found = Object.values(resources(type));
  if (found.length !== 1) throw new Error(`${found.length} resources of ${type}`);
  return found[0] as Resource;
};

describe('site stack: the bucket', () => {
  it('is private: all public access blocked, owner-enforced, encrypted', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      BucketEncryption: Match.objectLike({}),
    });
    expect(Object.keys(resources('AWS::S3::Bucket'))).toHaveLength(1);
  });

  it('refuses plain HTTP and lets only this distribution read', () => {
    const policy = only('AWS::S3::BucketPolicy');
    const statements = (policy.Properties.PolicyDocument as { Statement: unknown[] }).Statement;
    expect(statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Effect: 'Deny',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
        expect.objectContaining({
          Effect: 'Allow',
          Action: 's3:GetObject',
          Principal: { Service: 'cloudfront.amazonaws.com' },
          Condition: {
            StringEquals: { 'AWS:SourceArn': expect.anything() },
          },
        }),
      ]),
    );
    // no statement opens the bucket to everyone
    for (const s of statements as { Effect: string; Principal?: unknown }[])
      if (s.Effect === 'Allow') expect(s.Principal).not.toBe('*');
  });

  it('is kept when the stack is deleted', () => {
    const [bucket] = Object.values(template.findResources('AWS::S3::Bucket'));
    expect(bucket?.DeletionPolicy).toBe('Retain');
  });
});

describe('site stack: the distribution', () => {
  it('serves index.html at the root, over HTTPS only, through origin access control', () => {
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
        SigningProtocol: 'sigv4',
      }),
    });
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        DefaultCacheBehavior: Match.objectLike({
          ViewerProtocolPolicy: 'redirect-to-https',
          AllowedMethods: ['GET', 'HEAD'],
          ResponseHeadersPolicyId: Match.anyValue(),
          CachePolicyId: Match.anyValue(),
        }),
        Origins: [
          Match.objectLike({
            OriginAccessControlId: Match.anyValue(),
            S3OriginConfig: { OriginAccessIdentity: '' },
          }),
        ],
      }),
    });
  });

  it('sends security headers, the API and the answers bucket (large answers by link) allowed as the only other origins the page reads', () => {
    const policy = only('AWS::CloudFront::ResponseHeadersPolicy');
    const security = (
      policy.Properties.ResponseHeadersPolicyConfig as {
        SecurityHeadersConfig: Record<string, Record<string, unknown>>;
      }
    ).SecurityHeadersConfig;
    expect(security.StrictTransportSecurity).toMatchObject({ Override: true });
    expect(Number(security.StrictTransportSecurity?.AccessControlMaxAgeSec)).toBeGreaterThan(
      31_536_000,
    );
    expect(security.ContentTypeOptions).toEqual({ Override: true });
    expect(security.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(security.ReferrerPolicy).toMatchObject({ ReferrerPolicy: 'no-referrer' });
    const csp = JSON.stringify(security.ContentSecurityPolicy);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(
      /connect-src 'self' ","?\{"Fn::ImportValue":"DoubleRandom-Api:[^"]*ApiEndpoint/,
    );
    expect(csp).toMatch(
      /ApiEndpoint[^}]*\}," https:\/\/",\{"Fn::ImportValue":"DoubleRandom-Data:[^"]*Answers[0-9A-F]{8}RegionalDomainName/,
    );
    expect(csp).not.toMatch(/Blobs/);
  });

  it('lets each file’s Cache-Control decide, so index.html and config.json can be revalidated', () => {
    template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({ MinTTL: 0, MaxTTL: 31_536_000 }),
    });
  });

  it('prints the page’s URL', () => {
    const outputs = template.findOutputs('PublicPageUrl');
    expect(Object.keys(outputs)).toHaveLength(1);
    expect(JSON.stringify(outputs)).toContain('DomainName');
  });
});

describe('site stack: the deployment', () => {
  const deployments = Object.entries(resources('Custom::CDKBucketDeployment'));
  const withCache = (value: string) => {
    const found = deployments.find(
      ([, r]) => (r.Properties.SystemMetadata as Record<string, string>)['cache-control'] === value,
    );
    if (!found) throw new Error(`no deployment with cache-control ${value}`);
    return found;
  };

  it('writes config.json with the HTTP API’s URL as apiBase', () => {
    const [, page] = withCache(REVALIDATED_CACHE_CONTROL);
    // the jsonData source carries the URL as a marker that the deployment replaces
    const markers = page.Properties.SourceMarkers as Record<string, unknown>[];
    expect(markers.flatMap((m) => Object.values(m))).toEqual([
      { 'Fn::ImportValue': expect.stringMatching(/^DoubleRandom-Api:.*HttpApi.*ApiEndpoint/) },
    ]);
    expect(page.Properties.SourceMarkersConfig).toEqual(
      expect.arrayContaining([{ jsonEscape: true }]),
    );
  });

  it('revalidates index.html and config.json, invalidating them on each deployment', () => {
    const [, page] = withCache(REVALIDATED_CACHE_CONTROL);
    expect(page.Properties.DistributionId).toBeDefined();
    expect(page.Properties.DistributionPaths).toEqual(['/', '/index.html', '/config.json']);
    expect(page.Properties.Prune).toBe(false);
  });

  it('caches hashed files for a year and uploads them before the page that names them', () => {
    const [assetsId, assets] = withCache(HASHED_CACHE_CONTROL);
    expect(assets.Properties.Prune).toBe(false);
    const [, page] = withCache(REVALIDATED_CACHE_CONTROL);
    expect(page.DependsOn).toEqual(expect.arrayContaining([assetsId]));
  });

  it('refuses a page folder that is not there, rather than deploying an empty site', () => {
    const build = () =>
      new SiteStack(bareApp(), 'Site', {
        apiUrl: 'https://example.execute-api.cn-north-1.amazonaws.com.cn',
        siteDir: join(siteFixture(), 'missing'),
      });
    expect(build).toThrow(/missing/);
  });

  it('deploys packages/site/dist by default', () => {
    expect(SITE_DIST.replaceAll('\\', '/')).toMatch(/packages\/site\/dist\/?$/);
  });
});

describe('the HTTP API for the page', () => {
  const apiTemplate = Template.fromStack(api);

  it('allows GET from any origin (the page is on another origin)', () => {
    apiTemplate.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({
        AllowOrigins: ['*'],
        AllowMethods: Match.arrayWith(['GET']),
      }),
    });
  });

  // the reads of packages/site/src/api.ts
  const PAGE_READS = [
    '/plans/{year}/district',
    '/plans/{year}',
    '/tasks',
    '/tasks/{taskId}',
    '/departments/{dept}/items',
    '/draws/{drawId}/bundle',
    '/draws/{drawId}/result',
    '/results',
    '/targets/{targetId}/results',
  ];

  it.each(PAGE_READS)('serves GET %s without a token', (path) => {
    expect(routes.find((r) => r.method === 'GET' && r.path === path)?.auth).toBe('public');
    const route = Object.values(apiTemplate.findResources('AWS::ApiGatewayV2::Route')).find(
      (r) => r.Properties.RouteKey === `GET ${path}`,
    );
    expect(route).toBeDefined();
    expect(route?.Properties.AuthorizationType ?? 'NONE').toBe('NONE');
  });

  it('are every path the page reads', () => {
    const source = readFileSync(join(SITE_DIST, '..', 'src', 'api.ts'), 'utf8');
    const reads = [...source.matchAll(/get\(`([^`]*)`/g)].map((m) =>
      (m[1] ?? '')
        .replace(/\$\{query\(.*\)\}$/, '')
        .replace(/\$\{(?:segment\()?(\w+)\)?\}/g, '{$1}'),
    );
    expect([...new Set(reads)].sort()).toEqual([...PAGE_READS].sort());
  });
});
