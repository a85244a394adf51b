// CloudFront distribution rules: everything sits under DistributionConfig; origins and cache behaviors are lists
// judged item by item.
import { expected, judge, messages, planned, res, ruleById } from './builders.js'

const DIST = 'AWS::CloudFront::Distribution'
const dist = (id: string, config: Record<string, unknown>) =>
  res(DIST, id, { DistributionConfig: { DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https' }, ...config } }, { region: 'global' })
const custom = (policy: string, protocols?: string[]) => ({ Id: 'app', CustomOriginConfig: { OriginProtocolPolicy: policy, ...(protocols ? { OriginSSLProtocols: protocols } : {}) } })
const unknownConfig = planned(DIST, 'aws_cloudfront_distribution.unknown', {}, ['DistributionConfig'])

describe('cloudfront-default-root-object', () => {
  it('needs a non-empty DefaultRootObject', () => {
    const resources = [dist('pass', { DefaultRootObject: 'index.html' }), dist('fail-empty', { DefaultRootObject: '' }), dist('fail-absent', {}), unknownConfig]
    expect(judge(ruleById('cloudfront-default-root-object'), resources)).toEqual(
      expected({ pass: ['pass'], fail: ['fail-empty', 'fail-absent'], unknown: ['aws_cloudfront_distribution.unknown'] })
    )
  })
})

describe('cloudfront-viewer-https-required', () => {
  it('fails allow-all on the default or any ordered behavior', () => {
    const resources = [
      dist('pass', { CacheBehaviors: [{ ViewerProtocolPolicy: 'https-only' }] }),
      dist('fail-default', { DefaultCacheBehavior: { ViewerProtocolPolicy: 'allow-all' } }),
      dist('fail-ordered', { CacheBehaviors: [{ ViewerProtocolPolicy: 'https-only' }, { ViewerProtocolPolicy: 'allow-all' }] })
    ]
    expect(judge(ruleById('cloudfront-viewer-https-required'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-default', 'fail-ordered'] }))
  })
})

describe('cloudfront-logging-enabled', () => {
  it('passes standard logs or real-time logs on the default behavior', () => {
    const resources = [
      dist('pass-bucket', { Logging: { Bucket: 'logs.s3.amazonaws.com' } }),
      dist('pass-realtime', { DefaultCacheBehavior: { ViewerProtocolPolicy: 'https-only', RealtimeLogConfigArn: 'arn:rt' } }),
      dist('fail', { Logging: { Bucket: '' } })
    ]
    expect(judge(ruleById('cloudfront-logging-enabled'), resources)).toEqual(expected({ pass: ['pass-bucket', 'pass-realtime'], fail: ['fail'] }))
  })
})

describe('cloudfront-waf-enabled', () => {
  it('needs a WebACLId', () => {
    const resources = [dist('pass', { WebACLId: 'arn:aws:wafv2:us-east-1:1:global/webacl/a/b' }), dist('fail', { WebACLId: '' }), unknownConfig]
    expect(judge(ruleById('cloudfront-waf-enabled'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail'], unknown: ['aws_cloudfront_distribution.unknown'] }))
  })
})

describe('cloudfront-viewer-tls12', () => {
  it('needs a TLS 1.2+ policy on a certificate of its own, and says why it fails', () => {
    const rule = ruleById('cloudfront-viewer-tls12')
    const resources = [
      dist('pass', { ViewerCertificate: { AcmCertificateArn: 'arn:acm', MinimumProtocolVersion: 'TLSv1.2_2021' } }),
      dist('fail-old', { ViewerCertificate: { AcmCertificateArn: 'arn:acm', MinimumProtocolVersion: 'TLSv1.1_2016' } }),
      dist('fail-default-cert', { ViewerCertificate: { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1.2_2021' } })
    ]
    expect(judge(rule, resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-old', 'fail-default-cert'] }))
    expect(messages(rule, resources.slice(1))).toEqual([
      'Distribution fail-old accepts protocols older than TLS 1.2 (MinimumProtocolVersion is TLSv1.1_2016)',
      'Distribution fail-default-cert uses the default CloudFront certificate, which accepts TLS 1.0'
    ])
  })
})

describe('cloudfront-custom-ssl-certificate', () => {
  it('passes an ACM or IAM certificate', () => {
    const resources = [
      dist('pass-acm', { ViewerCertificate: { AcmCertificateArn: 'arn:acm' } }),
      dist('pass-iam', { ViewerCertificate: { IamCertificateId: 'ASCA' } }),
      dist('fail', { ViewerCertificate: { CloudFrontDefaultCertificate: true } })
    ]
    expect(judge(ruleById('cloudfront-custom-ssl-certificate'), resources)).toEqual(expected({ pass: ['pass-acm', 'pass-iam'], fail: ['fail'] }))
  })
})

describe('cloudfront-sni-enabled', () => {
  it('judges only distributions with their own certificate', () => {
    const resources = [
      dist('pass', { ViewerCertificate: { AcmCertificateArn: 'arn:acm', SslSupportMethod: 'sni-only' } }),
      dist('fail-vip', { ViewerCertificate: { AcmCertificateArn: 'arn:acm', SslSupportMethod: 'vip' } }),
      dist('skip-default', { ViewerCertificate: { CloudFrontDefaultCertificate: true, SslSupportMethod: 'vip' } })
    ]
    expect(judge(ruleById('cloudfront-sni-enabled'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-vip'], skipped: ['skip-default'] }))
  })
})

describe('cloudfront-origin-traffic-encrypted', () => {
  it('fails http-only, and match-viewer while viewers may use HTTP', () => {
    const resources = [
      dist('pass-https', { Origins: [custom('https-only')] }),
      dist('pass-s3', { Origins: [{ Id: 's3', S3OriginConfig: { OriginAccessIdentity: '' } }] }),
      dist('pass-match-viewer', { Origins: [custom('match-viewer')] }),
      dist('fail-http', { Origins: [{ Id: 's3', S3OriginConfig: {} }, custom('http-only')] }),
      dist('fail-match-viewer', { Origins: [custom('match-viewer')], CacheBehaviors: [{ ViewerProtocolPolicy: 'allow-all' }] })
    ]
    expect(judge(ruleById('cloudfront-origin-traffic-encrypted'), resources)).toEqual(
      expected({ pass: ['pass-https', 'pass-s3', 'pass-match-viewer'], fail: ['fail-http', 'fail-match-viewer'] })
    )
  })
})

describe('cloudfront-origin-no-deprecated-tls', () => {
  it('fails SSLv3, TLSv1 or TLSv1.1 on a custom origin, and CloudFormation\'s default when the list is left out', () => {
    const resources = [
      dist('pass', { Origins: [custom('https-only', ['TLSv1.2'])] }),
      dist('pass-s3', { Origins: [{ Id: 's3', S3OriginConfig: {} }] }),
      dist('fail-tls11', { Origins: [custom('https-only', ['TLSv1.1', 'TLSv1.2'])] }),
      dist('fail-default', { Origins: [custom('https-only')] })
    ]
    expect(judge(ruleById('cloudfront-origin-no-deprecated-tls'), resources)).toEqual(expected({ pass: ['pass', 'pass-s3'], fail: ['fail-tls11', 'fail-default'] }))
  })
})

describe('cloudfront-s3-origin-access-control', () => {
  it('needs origin access control on every S3 origin', () => {
    const resources = [
      dist('pass', { Origins: [{ Id: 's3', OriginAccessControlId: 'E2QW' }, custom('https-only')] }),
      dist('fail-oai', { Origins: [{ Id: 's3', OriginAccessControlId: '', S3OriginConfig: { OriginAccessIdentity: 'origin-access-identity/cloudfront/E1' } }] }),
      dist('fail-one-of-two', { Origins: [{ Id: 'a', OriginAccessControlId: 'E2QW' }, { Id: 'b' }] })
    ]
    expect(judge(ruleById('cloudfront-s3-origin-access-control'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-oai', 'fail-one-of-two'] }))
  })
})

describe('cloudfront-geo-restriction-enabled', () => {
  it('fails none, and no restriction at all', () => {
    const resources = [
      dist('pass', { Restrictions: { GeoRestriction: { RestrictionType: 'whitelist', Locations: ['DE'] } } }),
      dist('fail-none', { Restrictions: { GeoRestriction: { RestrictionType: 'none' } } }),
      dist('fail-absent', {})
    ]
    expect(judge(ruleById('cloudfront-geo-restriction-enabled'), resources)).toEqual(expected({ pass: ['pass'], fail: ['fail-none', 'fail-absent'] }))
  })
})
