import { buildApp } from '@double-random/cdk';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { bareApp, siteFixture } from './synth';

/** The staff console beside the public page: the app deploys it when given its build. */
const stacks = buildApp(bareApp(), { siteDir: siteFixture(), consoleDir: siteFixture() });
const site = Template.fromStack(stacks.site);
const deployments = Object.values(
  site.findResources('Custom::CDKBucketDeployment') as Record<
    string,
    { Properties: Record<string, unknown> }
  >,
).map((r) => r.Properties);

describe('site stack: the staff console', () => {
  it('uploads the console under console/, hashed files apart from index.html and config.json', () => {
    const underConsole = deployments.filter((p) => p.DestinationBucketKeyPrefix === 'console/');
    expect(underConsole).toHaveLength(2);
    expect(underConsole.map((p) => p.Prune)).toEqual([false, false]);
    const page = underConsole.find((p) => p.DistributionPaths !== undefined)!;
    expect(page.DistributionPaths).toEqual(['/console/index.html', '/console/config.json']);
  });

  it('names the console in the outputs and lets it reach the user pool for sign-in', () => {
    expect(Object.keys(site.findOutputs('ConsoleUrl'))).toHaveLength(1);
    const policy = Object.values(
      site.findResources('AWS::CloudFront::ResponseHeadersPolicy') as Record<
        string,
        { Properties: Record<string, unknown> }
      >,
    )[0]!;
    // the issuer is the user pool's provider URL, resolved at deployment
    expect(JSON.stringify(policy.Properties)).toContain('ProviderURL');
  });

  it('is left out without its build, as before', () => {
    const without = Template.fromStack(buildApp(bareApp(), { siteDir: siteFixture() }).site);
    const prefixes = Object.values(
      without.findResources('Custom::CDKBucketDeployment') as Record<
        string,
        { Properties: Record<string, unknown> }
      >,
    ).map((r) => r.Properties.DestinationBucketKeyPrefix);
    expect(prefixes).not.toContain('console/');
  });
});
