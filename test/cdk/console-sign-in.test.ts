import { LOCAL_CONSOLE_CALLBACK } from '@double-random/cdk';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { synthApp } from './synth';

describe('the console signs in through the user pool’s hosted UI', () => {
  it('has a hosted-UI domain and a public client with the code flow (PKCE, no secret)', () => {
    const api = Template.fromStack(synthApp().api);
    expect(Object.keys(api.findResources('AWS::Cognito::UserPoolDomain'))).toHaveLength(1);
    api.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: Match.arrayWith(['openid']),
      GenerateSecret: false,
      SupportedIdentityProviders: ['COGNITO'],
      CallbackURLs: [LOCAL_CONSOLE_CALLBACK],
    });
  });

  it('returns to the console’s page once its URL is given (-c consoleUrl=…)', () => {
    const url = 'https://d1234abcd.cloudfront.net/console/index.html';
    const api = Template.fromStack(synthApp({ consoleUrl: url }).api);
    api.hasResourceProperties('AWS::Cognito::UserPoolClient', { CallbackURLs: [url] });
  });

  it('refuses a console URL that is not https', () => {
    expect(() => synthApp({ consoleUrl: 'http://example.gov.cn/console/' })).toThrow(/consoleUrl/);
  });
});
