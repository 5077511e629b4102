import { ApiStack, checkAwsSolutions, DataStack, routeGroupsOf } from '@double-random/cdk';
import { routes } from '@double-random/functions';
import type { Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { bareApp, synthApp } from './synth';

const findings = (stack: Stack) =>
  Annotations.fromStack(stack)
    .findError('*', Match.stringLikeRegexp('AwsSolutions-'))
    .map((e) => `${e.id}: ${String(e.entry.data).split('\n')[0]}`);

describe('AWS Solutions checks (cdk-nag)', () => {
  // one app per test: synthesizing an app again runs the rules again over its output
  it('find nothing unjustified in the data stack', () => {
    expect(findings(synthApp().data)).toEqual([]);
  });

  it('find nothing unjustified in the API stack', () => {
    expect(findings(synthApp().api)).toEqual([]);
  });

  it('find nothing unjustified in the site stack', () => {
    expect(findings(synthApp().site)).toEqual([]);
  });

  it('find nothing unjustified for a group granted the blob bucket', () => {
    const app = bareApp();
    checkAwsSolutions(app);
    const stores = new DataStack(app, 'Data');
    const [group] = routeGroupsOf(routes);
    const stack = new ApiStack(app, 'Api', {
      table: stores.table,
      blobs: stores.blobs,
      departments: ['SCJG'],
      groups: [{ ...group!, name: 'draws' }],
      blobAccess: { draws: 'readWrite' },
    });
    expect(findings(stack)).toEqual([]);
  });

  it('report a resource added without justification', () => {
    const app = bareApp();
    checkAwsSolutions(app);
    const stack = new DataStack(app, 'Data');
    new Bucket(stack, 'Unlogged');
    expect(findings(stack)).toEqual(
      expect.arrayContaining([expect.stringMatching(/AwsSolutions-S1/)]),
    );
  });
});
