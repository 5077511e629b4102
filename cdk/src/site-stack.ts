import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { NagSuppressions } from 'cdk-nag';
import type { Construct } from 'constructs';
import { SITE_DIST } from './paths';

export interface SiteStackProps extends StackProps {
  /** the HTTP API's URL, written into the deployed `config.json` as `apiBase` */
  readonly apiUrl: string;
  /** the built page (`pnpm build:site`); every file but index.html and config.json is hashed */
  readonly siteDir?: string;
}

/** Files whose names do not change between builds: browsers and CloudFront revalidate them. */
export const REVALIDATED_FILES = ['index.html', 'config.json'] as const;

/** Hashed names change with their content, so a cached copy is never stale. */
export const HASHED_CACHE_CONTROL = 'public, max-age=31536000, immutable';
export const REVALIDATED_CACHE_CONTROL = 'no-cache';

/**
 * The public page: the built files in a private bucket that only this distribution reads
 * (origin access control), served over HTTPS with security headers. `config.json` is
 * written by the deployment so the page reads the API of the same deployment.
 */
export class SiteStack extends Stack {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** `https://<id>.cloudfront.net` */
  readonly url: string;

  constructor(scope: Construct, id: string, props: SiteStackProps) {
    super(scope, id, props);
    const siteDir = props.siteDir ?? SITE_DIST;

    // Retained like the rest of the deployment; its content is rebuilt from the repository,
    // so after deleting the stack the bucket may be emptied and deleted by hand.
    this.bucket = new Bucket(this, 'Pages', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    NagSuppressions.addResourceSuppressions(this.bucket, [
      {
        id: 'AwsSolutions-S1',
        reason:
          'only the distribution reads the bucket and only deployments write it; its files are the built page, not records',
      },
    ]);

    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'double-random public page: security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          // the page loads its own script and styles, and reads only the API of config.json
          contentSecurityPolicy: [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            `connect-src 'self' ${props.apiUrl}`,
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
          ].join('; '),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
    });

    // Origin Cache-Control decides: hashed files a year, index.html and config.json
    // revalidated on every request (min TTL 0).
    const cachePolicy = new CachePolicy(this, 'PageCache', {
      comment: 'double-random public page: honour each file’s Cache-Control',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.days(1),
      maxTtl: Duration.days(365),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'double-random public page',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // North America, Europe and Asia's edges; the page is small and pages are cached
      priceClass: PriceClass.PRICE_CLASS_200,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy,
        responseHeadersPolicy: headers,
        compress: true,
      },
    });
    NagSuppressions.addResourceSuppressions(this.distribution, [
      {
        id: 'AwsSolutions-CFR1',
        reason: 'published plans and results are open to everyone, wherever they read them',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'a static page of a few files; the API behind it is throttled per stage, and a web ACL is billed monthly',
      },
      {
        id: 'AwsSolutions-CFR3',
        reason:
          'anonymous readers of a public page: their addresses are not kept; the API’s access log records every read of data',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'served on its cloudfront.net name, whose certificate allows TLS 1.0; a district that adds its own domain and certificate sets TLS 1.2 there',
      },
    ]);

    // Hashed files first, never pruned: a reader still holding the previous index.html can
    // load the script it names.
    const assets = new BucketDeployment(this, 'DeployAssets', {
      destinationBucket: this.bucket,
      sources: [Source.asset(siteDir, { exclude: [...REVALIDATED_FILES] })],
      cacheControl: [CacheControl.fromString(HASHED_CACHE_CONTROL)],
      prune: false,
    });
    const page = new BucketDeployment(this, 'DeployPage', {
      destinationBucket: this.bucket,
      sources: [
        Source.asset(siteDir, { exclude: ['*', '!index.html'] }),
        Source.jsonData('config.json', { apiBase: props.apiUrl }),
      ],
      cacheControl: [CacheControl.fromString(REVALIDATED_CACHE_CONTROL)],
      prune: false,
      distribution: this.distribution,
      distributionPaths: ['/', ...REVALIDATED_FILES.map((f) => `/${f}`)],
    });
    // index.html names hashed files: they must be in place before it is replaced
    page.node.addDependency(assets);
    // The deployments share one function of aws-cdk-lib that copies the build from the CDK
    // asset bucket into the page bucket.
    const copier = this.node.children.find((c) =>
      c.node.id.startsWith('Custom::CDKBucketDeployment'),
    );
    if (!copier) throw new Error('site: the bucket deployment function was not found');
    NagSuppressions.addResourceSuppressions(
      [copier, assets.handlerRole],
      [
        {
          id: 'AwsSolutions-IAM4',
          reason: 'AWSLambdaBasicExecutionRole only lets the function write its own logs',
          appliesTo: [
            'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
          ],
        },
        {
          id: 'AwsSolutions-IAM5',
          reason:
            'the copy reads every object of the build asset and writes every file of the page',
        },
        { id: 'AwsSolutions-L1', reason: 'the function’s runtime is chosen by aws-cdk-lib' },
      ],
      true,
    );

    this.url = `https://${this.distribution.distributionDomainName}`;
    new CfnOutput(this, 'PublicPageUrl', {
      value: this.url,
      description: 'the public page (published plans, draws and results)',
    });
  }
}
