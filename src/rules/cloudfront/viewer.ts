// Shared conditions on a CloudFront distribution's viewer side: its cache behaviors' protocol policies and the
// certificate it serves.
import type { ConditionDocument } from '../declarative/builtin.js'

/** No cache behavior, the default one or an ordered one, lets viewers use plain HTTP (ViewerProtocolPolicy allow-all). */
export const VIEWERS_USE_HTTPS: ConditionDocument = {
  'all-of': [
    { property: 'DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy', 'not-equals': 'allow-all' },
    { property: 'DistributionConfig.CacheBehaviors', none: { property: 'ViewerProtocolPolicy', equals: 'allow-all' } }
  ]
}

/** The distribution serves its own certificate (from ACM or IAM) rather than CloudFront's *.cloudfront.net one. */
export const CUSTOM_CERTIFICATE: ConditionDocument = {
  'any-of': [
    { property: 'DistributionConfig.ViewerCertificate.AcmCertificateArn', empty: false },
    { property: 'DistributionConfig.ViewerCertificate.IamCertificateId', empty: false }
  ]
}
