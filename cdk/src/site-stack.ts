import {
  Annotations,
  CfnOutput,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
} from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  type CfnDistribution,
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
  /**
   * The answers bucket's origin (`https://<bucket>.s3.<region>.amazonaws.com`): large answers
   * are redirects to presigned GETs there, which the page and the console follow
   * (docs/text-and-limits.md).
   */
  readonly answerOrigin?: string;
  /** the built page (`pnpm build:site`); every file but index.html and config.json is hashed */
  readonly siteDir?: string;
  /**
   * The built staff console (`pnpm --filter @double-random/console build`), deployed under
   * `console/` (open `<site>/console/index.html`); its config.json names the API and the OIDC
   * issuer and client it signs in with (authorization code with PKCE).
   */
  readonly console?: {
    readonly dir: string;
    readonly issuer: string;
    readonly clientId: string;
    /** where tokens carry the subject and groups, as the API reads them */
    readonly claims?: {
      readonly subject: string;
      readonly roles: string;
      readonly roleMap: Readonly<Record<string, string>>;
    };
  };
  /**
   * How CloudFront reads the private bucket: origin access control where it exists, an origin
   * access identity in the China regions (which have no `AWS::CloudFront::OriginAccessControl`).
   */
  readonly originAccess?: 'control' | 'identity';
  /** the district the page speaks for (its name on the home page and in the search hint) */
  readonly district?: string;
  /**
   * The page's own domain names and their certificate, uploaded to IAM (the China regions'
   * CloudFront takes no ACM certificate and serves nothing on its default *.cloudfront.cn name:
   * the domain needs an ICP filing, see docs/deploy.md).
   */
  readonly domain?: { readonly names: readonly string[]; readonly iamCertificateId: string };
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
            // large answers come from the answers bucket by link; the console also asks its
            // OIDC issuer for discovery and tokens
            `connect-src 'self' ${props.apiUrl}${props.answerOrigin ? ` ${props.answerOrigin}` : ''}${props.console ? ` ${props.console.issuer}` : ''}`,
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

    const viaIdentity = props.originAccess === 'identity';
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'double-random public page',
      defaultRootObject: 'index.html',
      // the China regions' four edges serve HTTP/2 and have no price classes
      ...(viaIdentity
        ? { httpVersion: HttpVersion.HTTP2, enableIpv6: false }
        : {
            httpVersion: HttpVersion.HTTP2_AND_3,
            // North America, Europe and Asia's edges; the page is small and pages are cached
            priceClass: PriceClass.PRICE_CLASS_200,
          }),
      defaultBehavior: {
        origin: viaIdentity
          ? S3BucketOrigin.withOriginAccessIdentity(this.bucket)
          : S3BucketOrigin.withOriginAccessControl(this.bucket),
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

    if (viaIdentity)
      NagSuppressions.addResourceSuppressions(this.distribution, [
        {
          id: 'AwsSolutions-CFR7',
          reason:
            'the China regions have no origin access control; an origin access identity keeps the bucket private',
        },
      ]);
    if (props.domain) {
      // an IAM server certificate: the L2 construct only takes ACM certificates
      const cfn = this.distribution.node.defaultChild as CfnDistribution;
      cfn.addPropertyOverride('DistributionConfig.Aliases', [...props.domain.names]);
      cfn.addPropertyOverride('DistributionConfig.ViewerCertificate', {
        IamCertificateId: props.domain.iamCertificateId,
        MinimumProtocolVersion: 'TLSv1.2_2021',
        SslSupportMethod: 'sni-only',
      });
    } else if (viaIdentity)
      Annotations.of(this).addWarning(
        'site: CloudFront in the China regions serves nothing on its *.cloudfront.cn name; give -c siteDomain=… -c siteCertificateId=… (an ICP-filed domain and its IAM server certificate)',
      );

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
        Source.jsonData('config.json', {
          apiBase: props.apiUrl,
          ...(props.district ? { district: props.district } : {}),
        }),
      ],
      cacheControl: [CacheControl.fromString(REVALIDATED_CACHE_CONTROL)],
      prune: false,
      distribution: this.distribution,
      distributionPaths: ['/', ...REVALIDATED_FILES.map((f) => `/${f}`)],
    });
    // index.html names hashed files: they must be in place before it is replaced
    page.node.addDependency(assets);
    if (props.console) {
      // the staff console beside the page, split the same way: hashed files first, never pruned
      const consoleAssets = new BucketDeployment(this, 'DeployConsoleAssets', {
        destinationBucket: this.bucket,
        destinationKeyPrefix: 'console/',
        sources: [Source.asset(props.console.dir, { exclude: [...REVALIDATED_FILES] })],
        cacheControl: [CacheControl.fromString(HASHED_CACHE_CONTROL)],
        prune: false,
      });
      const consolePage = new BucketDeployment(this, 'DeployConsolePage', {
        destinationBucket: this.bucket,
        destinationKeyPrefix: 'console/',
        sources: [
          Source.asset(props.console.dir, { exclude: ['*', '!index.html'] }),
          Source.jsonData('config.json', {
            apiBase: props.apiUrl,
            auth: { mode: 'oidc', issuer: props.console.issuer, clientId: props.console.clientId },
            ...(props.console.claims ? { claims: props.console.claims } : {}),
          }),
        ],
        cacheControl: [CacheControl.fromString(REVALIDATED_CACHE_CONTROL)],
        prune: false,
        distribution: this.distribution,
        distributionPaths: REVALIDATED_FILES.map((f) => `/console/${f}`),
      });
      consolePage.node.addDependency(consoleAssets);
      new CfnOutput(this, 'ConsoleUrl', {
        value: `https://${this.distribution.distributionDomainName}/console/index.html`,
        description: 'the staff console (sign-in through the OIDC issuer)',
      });
    }
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

    this.url = props.domain
      ? `https://${props.domain.names[0]}`
      : `https://${this.distribution.distributionDomainName}`;
    new CfnOutput(this, 'PublicPageUrl', {
      value: this.url,
      description: 'the public page (published plans, draws and results)',
    });
  }
}
