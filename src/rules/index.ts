// The rule registry: every rule, its framework references (inverted from the frameworks' coverage), and lookup by
// our id or by a Checkov / Prowler alias.
import { closestMatch } from '../suggest.js'
import type { FrameworkId, Rule } from '../types.js'
import type { RuleDefinition } from './support/outcome.js'
import { appsyncApiFieldLevelLogging } from './appsync/appsync-api-field-level-logging.js'
import { appsyncApiLoggingEnabled } from './appsync/appsync-api-logging-enabled.js'
import { appsyncApiNoApiKeyAuth } from './appsync/appsync-api-no-api-key-auth.js'
import { appsyncCacheEncryptedAtRest } from './appsync/appsync-cache-encrypted-at-rest.js'
import { appsyncCacheEncryptedInTransit } from './appsync/appsync-cache-encrypted-in-transit.js'
import { athenaWorkgroupEncrypted } from './athena/athena-workgroup-encrypted.js'
import { athenaWorkgroupEnforcesConfiguration } from './athena/athena-workgroup-enforces-configuration.js'
import { athenaWorkgroupMetricsEnabled } from './athena/athena-workgroup-metrics-enabled.js'
import { codebuildProjectArtifactsEncrypted } from './codebuild/codebuild-project-artifacts-encrypted.js'
import { codebuildProjectKmsKey } from './codebuild/codebuild-project-kms-key.js'
import { codebuildProjectLoggingEnabled } from './codebuild/codebuild-project-logging-enabled.js'
import { codebuildProjectNoSecretsInEnv } from './codebuild/codebuild-project-no-secrets-in-env.js'
import { codebuildProjectNotPublic } from './codebuild/codebuild-project-not-public.js'
import { codebuildProjectPrivilegedModeDisabled } from './codebuild/codebuild-project-privileged-mode-disabled.js'
import { codebuildProjectS3LogsEncrypted } from './codebuild/codebuild-project-s3-logs-encrypted.js'
import { codebuildProjectSourceNoCredentials } from './codebuild/codebuild-project-source-no-credentials.js'
import { codebuildReportGroupExportEncrypted } from './codebuild/codebuild-report-group-export-encrypted.js'
import { cognitoIdentityPoolNoGuestAccess } from './cognito/cognito-identity-pool-no-guest-access.js'
import { cognitoUserPoolAdvancedSecurityEnforced } from './cognito/cognito-user-pool-advanced-security-enforced.js'
import { cognitoUserPoolClientPreventsUserExistenceErrors } from './cognito/cognito-user-pool-client-prevents-user-existence-errors.js'
import { cognitoUserPoolClientTokenRevocation } from './cognito/cognito-user-pool-client-token-revocation.js'
import { cognitoUserPoolDeletionProtection } from './cognito/cognito-user-pool-deletion-protection.js'
import { cognitoUserPoolMfaRequired } from './cognito/cognito-user-pool-mfa-required.js'
import { cognitoUserPoolPasswordMinLength14 } from './cognito/cognito-user-pool-password-min-length-14.js'
import { cognitoUserPoolPasswordRequiresLowercase } from './cognito/cognito-user-pool-password-requires-lowercase.js'
import { cognitoUserPoolPasswordRequiresNumber } from './cognito/cognito-user-pool-password-requires-number.js'
import { cognitoUserPoolPasswordRequiresSymbol } from './cognito/cognito-user-pool-password-requires-symbol.js'
import { cognitoUserPoolPasswordRequiresUppercase } from './cognito/cognito-user-pool-password-requires-uppercase.js'
import { cognitoUserPoolSelfRegistrationDisabled } from './cognito/cognito-user-pool-self-registration-disabled.js'
import { cognitoUserPoolTemporaryPassword7Days } from './cognito/cognito-user-pool-temporary-password-7-days.js'
import { acmCertificateNoWildcard } from './acm/acm-certificate-no-wildcard.js'
import { acmCertificateSecureKeyAlgorithm } from './acm/acm-certificate-secure-key-algorithm.js'
import { acmCertificateTransparencyLogging } from './acm/acm-certificate-transparency-logging.js'
import { ruleFromSpec } from './declarative/compile.js'
import type { RuleSpec } from './declarative/form.js'
import type { Framework } from './frameworks/framework.js'
import { eventbridgeBusPolicyNotPublic } from './eventbridge/eventbridge-bus-policy-not-public.js'
import { firehoseStreamCmkEncrypted } from './firehose/firehose-stream-cmk-encrypted.js'
import { firehoseStreamEncrypted } from './firehose/firehose-stream-encrypted.js'
import { frameworkWithCoverage } from './frameworks/coverage.js'
import { CATALOGUES } from './frameworks/catalogues.js'
import { accessanalyzerEnabled } from './accessanalyzer/accessanalyzer-enabled.js'
import { batchJobDefinitionNoSecretsInEnv } from './batch/batch-job-definition-no-secrets-in-env.js'
import { batchJobDefinitionNotPrivileged } from './batch/batch-job-definition-not-privileged.js'
import { autoscalingGroupElbHealthCheck } from './autoscaling/autoscaling-group-elb-health-check.js'
import { autoscalingGroupMultipleAz } from './autoscaling/autoscaling-group-multiple-az.js'
import { autoscalingGroupMultipleInstanceTypes } from './autoscaling/autoscaling-group-multiple-instance-types.js'
import { autoscalingGroupUsesLaunchTemplate } from './autoscaling/autoscaling-group-uses-launch-template.js'
import { autoscalingLaunchConfigEbsEncrypted } from './autoscaling/autoscaling-launch-config-ebs-encrypted.js'
import { autoscalingLaunchConfigImdsv2Required } from './autoscaling/autoscaling-launch-config-imdsv2-required.js'
import { autoscalingLaunchConfigMetadataHopLimit } from './autoscaling/autoscaling-launch-config-metadata-hop-limit.js'
import { autoscalingLaunchConfigNoPublicIp } from './autoscaling/autoscaling-launch-config-no-public-ip.js'
import { apigatewayDomainTls12 } from './apigateway/apigateway-domain-tls12.js'
import { apigatewayMethodAuthorization } from './apigateway/apigateway-method-authorization.js'
import { apigatewayStageAccessLogging } from './apigateway/apigateway-stage-access-logging.js'
import { apigatewayStageCacheEnabled } from './apigateway/apigateway-stage-cache-enabled.js'
import { apigatewayStageClientCertificate } from './apigateway/apigateway-stage-client-certificate.js'
import { apigatewayStageXrayTracing } from './apigateway/apigateway-stage-xray-tracing.js'
import { apigatewayV2RouteAuthorization } from './apigateway/apigateway-v2-route-authorization.js'
import { cloudfrontCustomSslCertificate } from './cloudfront/cloudfront-custom-ssl-certificate.js'
import { cloudfrontDefaultRootObject } from './cloudfront/cloudfront-default-root-object.js'
import { cloudfrontGeoRestrictionEnabled } from './cloudfront/cloudfront-geo-restriction-enabled.js'
import { cloudfrontLoggingEnabled } from './cloudfront/cloudfront-logging-enabled.js'
import { cloudfrontOriginNoDeprecatedTls } from './cloudfront/cloudfront-origin-no-deprecated-tls.js'
import { cloudfrontOriginTrafficEncrypted } from './cloudfront/cloudfront-origin-traffic-encrypted.js'
import { cloudfrontS3OriginAccessControl } from './cloudfront/cloudfront-s3-origin-access-control.js'
import { cloudfrontSniEnabled } from './cloudfront/cloudfront-sni-enabled.js'
import { cloudfrontViewerHttpsRequired } from './cloudfront/cloudfront-viewer-https-required.js'
import { cloudfrontViewerTls12 } from './cloudfront/cloudfront-viewer-tls12.js'
import { cloudfrontWafEnabled } from './cloudfront/cloudfront-waf-enabled.js'
import { cloudwatchAlarmUnauthorizedApiCalls } from './cloudwatch/cloudwatch-alarm-unauthorized-api-calls.js'
import { cloudwatchAlarmConsoleSignInWithoutMfa } from './cloudwatch/cloudwatch-alarm-console-sign-in-without-mfa.js'
import { cloudwatchAlarmRootUsage } from './cloudwatch/cloudwatch-alarm-root-usage.js'
import { cloudwatchAlarmIamPolicyChanges } from './cloudwatch/cloudwatch-alarm-iam-policy-changes.js'
import { cloudwatchAlarmCloudtrailChanges } from './cloudwatch/cloudwatch-alarm-cloudtrail-changes.js'
import { cloudwatchAlarmConsoleAuthenticationFailures } from './cloudwatch/cloudwatch-alarm-console-authentication-failures.js'
import { cloudwatchAlarmCmkDisableOrDeletion } from './cloudwatch/cloudwatch-alarm-cmk-disable-or-deletion.js'
import { cloudwatchAlarmS3BucketPolicyChanges } from './cloudwatch/cloudwatch-alarm-s3-bucket-policy-changes.js'
import { cloudwatchAlarmConfigChanges } from './cloudwatch/cloudwatch-alarm-config-changes.js'
import { cloudwatchAlarmSecurityGroupChanges } from './cloudwatch/cloudwatch-alarm-security-group-changes.js'
import { cloudwatchAlarmNetworkAclChanges } from './cloudwatch/cloudwatch-alarm-network-acl-changes.js'
import { cloudwatchAlarmNetworkGatewayChanges } from './cloudwatch/cloudwatch-alarm-network-gateway-changes.js'
import { cloudwatchAlarmRouteTableChanges } from './cloudwatch/cloudwatch-alarm-route-table-changes.js'
import { cloudwatchAlarmVpcChanges } from './cloudwatch/cloudwatch-alarm-vpc-changes.js'
import { cloudwatchAlarmOrganizationsChanges } from './cloudwatch/cloudwatch-alarm-organizations-changes.js'
import { cloudtrailBucketAccessLoggingEnabled } from './cloudtrail/cloudtrail-bucket-access-logging-enabled.js'
import { cloudtrailKmsEncryptionEnabled } from './cloudtrail/cloudtrail-kms-encryption-enabled.js'
import { cloudtrailLogFileValidationEnabled } from './cloudtrail/cloudtrail-log-file-validation-enabled.js'
import { cloudtrailMultiRegionEnabled } from './cloudtrail/cloudtrail-multi-region-enabled.js'
import { cloudtrailBucketNotPublic } from './cloudtrail/cloudtrail-bucket-not-public.js'
import { cloudtrailCloudwatchLogsEnabled } from './cloudtrail/cloudtrail-cloudwatch-logs-enabled.js'
import { cloudtrailLoggingEnabled } from './cloudtrail/cloudtrail-logging-enabled.js'
import { cloudtrailSnsTopicDefined } from './cloudtrail/cloudtrail-sns-topic-defined.js'
import { configRecorderAllRegions } from './config/config-recorder-all-regions.js'
import { ec2AmiEncrypted } from './ec2/ec2-ami-encrypted.js'
import { ec2AmiNotPublic } from './ec2/ec2-ami-not-public.js'
import { dmsEndpointMongodbAuthentication } from './dms/dms-endpoint-mongodb-authentication.js'
import { dmsEndpointRedisTls } from './dms/dms-endpoint-redis-tls.js'
import { dmsEndpointSslEnabled } from './dms/dms-endpoint-ssl-enabled.js'
import { dmsReplicationInstanceAutoMinorUpgrade } from './dms/dms-replication-instance-auto-minor-upgrade.js'
import { dmsReplicationInstanceKmsKey } from './dms/dms-replication-instance-kms-key.js'
import { dmsReplicationInstanceMultiAz } from './dms/dms-replication-instance-multi-az.js'
import { dmsReplicationInstanceNotPublic } from './dms/dms-replication-instance-not-public.js'
import { docdbClusterBackupRetention } from './docdb/docdb-cluster-backup-retention.js'
import { docdbClusterDeletionProtection } from './docdb/docdb-cluster-deletion-protection.js'
import { docdbClusterLogsExported } from './docdb/docdb-cluster-logs-exported.js'
import { docdbClusterStorageEncrypted } from './docdb/docdb-cluster-storage-encrypted.js'
import { docdbParameterGroupAuditLogsEnabled } from './docdb/docdb-parameter-group-audit-logs-enabled.js'
import { docdbParameterGroupTlsEnabled } from './docdb/docdb-parameter-group-tls-enabled.js'
import { daxClusterEncrypted } from './dax/dax-cluster-encrypted.js'
import { daxClusterTlsEndpoint } from './dax/dax-cluster-tls-endpoint.js'
import { dynamodbTablePitrEnabled } from './dynamodb/dynamodb-table-pitr-enabled.js'
import { dynamodbTableKmsEncrypted } from './dynamodb/dynamodb-table-kms-encrypted.js'
import { dynamodbTableKmsCmk } from './dynamodb/dynamodb-table-kms-cmk.js'
import { dynamodbTableDeletionProtection } from './dynamodb/dynamodb-table-deletion-protection.js'
import { ec2DefaultSgRestrictsAllTraffic } from './ec2/ec2-default-sg-restricts-all-traffic.js'
import { ec2EbsDefaultEncryptionEnabled } from './ec2/ec2-ebs-default-encryption-enabled.js'
import { ec2EbsSnapshotBlockPublicAccess } from './ec2/ec2-ebs-snapshot-block-public-access.js'
import { ec2EbsSnapshotEncrypted } from './ec2/ec2-ebs-snapshot-encrypted.js'
import { ec2EbsSnapshotNotPublic } from './ec2/ec2-ebs-snapshot-not-public.js'
import { ec2EbsVolumeEncrypted } from './ec2/ec2-ebs-volume-encrypted.js'
import { ec2InstanceProfileAttached } from './ec2/ec2-instance-profile-attached.js'
import { ec2InstanceImdsv2Required } from './ec2/ec2-instance-imdsv2-required.js'
import { ec2NetworkAclNoPublicAdminPorts } from './ec2/ec2-network-acl-no-public-admin-ports.js'
import { ec2SgNoPublicCifs } from './ec2/ec2-sg-no-public-cifs.js'
import { ec2SgNoPublicAllPorts } from './ec2/ec2-sg-no-public-all-ports.js'
import { ec2SgNoPublicRdp } from './ec2/ec2-sg-no-public-rdp.js'
import { ec2SgNoPublicSsh } from './ec2/ec2-sg-no-public-ssh.js'
import { ecrRepositoryKmsEncrypted } from './ecr/ecr-repository-kms-encrypted.js'
import { ecrRepositoryLifecyclePolicy } from './ecr/ecr-repository-lifecycle-policy.js'
import { ecrRepositoryPolicyNotPublic } from './ecr/ecr-repository-policy-not-public.js'
import { ecrRepositoryScanOnPush } from './ecr/ecr-repository-scan-on-push.js'
import { ecrRepositoryTagImmutability } from './ecr/ecr-repository-tag-immutability.js'
import { ecsClusterContainerInsightsEnabled } from './ecs/ecs-cluster-container-insights-enabled.js'
import { ecsClusterExecLoggingEnabled } from './ecs/ecs-cluster-exec-logging-enabled.js'
import { ecsClusterExecLoggingEncrypted } from './ecs/ecs-cluster-exec-logging-encrypted.js'
import { ecsServiceFargateLatestPlatform } from './ecs/ecs-service-fargate-latest-platform.js'
import { ecsServiceNoPublicIp } from './ecs/ecs-service-no-public-ip.js'
import { ecsTaskDefinitionDistinctRoles } from './ecs/ecs-task-definition-distinct-roles.js'
import { ecsTaskDefinitionEfsTransitEncryption } from './ecs/ecs-task-definition-efs-transit-encryption.js'
import { ecsTaskDefinitionHostNetworkNonRoot } from './ecs/ecs-task-definition-host-network-non-root.js'
import { ecsTaskDefinitionHostPidNotShared } from './ecs/ecs-task-definition-host-pid-not-shared.js'
import { ecsTaskDefinitionLoggingEnabled } from './ecs/ecs-task-definition-logging-enabled.js'
import { ecsTaskDefinitionLoggingNonBlocking } from './ecs/ecs-task-definition-logging-non-blocking.js'
import { ecsTaskDefinitionNoPrivilegedContainers } from './ecs/ecs-task-definition-no-privileged-containers.js'
import { ecsTaskDefinitionNoSecretsInEnv } from './ecs/ecs-task-definition-no-secrets-in-env.js'
import { ecsTaskDefinitionReadonlyRootFilesystem } from './ecs/ecs-task-definition-readonly-root-filesystem.js'
import { ecsTaskSetNoPublicIp } from './ecs/ecs-task-set-no-public-ip.js'
import { ec2SgNoPublicCassandra } from './ec2/ec2-sg-no-public-cassandra.js'
import { ec2SgNoPublicElasticsearchKibana } from './ec2/ec2-sg-no-public-elasticsearch-kibana.js'
import { ec2SgNoPublicFtp } from './ec2/ec2-sg-no-public-ftp.js'
import { ec2SgNoPublicHighRiskPorts } from './ec2/ec2-sg-no-public-high-risk-ports.js'
import { ec2SgNoPublicHttp } from './ec2/ec2-sg-no-public-http.js'
import { ec2SgNoPublicKafka } from './ec2/ec2-sg-no-public-kafka.js'
import { ec2SgNoPublicKerberos } from './ec2/ec2-sg-no-public-kerberos.js'
import { ec2SgNoPublicLdap } from './ec2/ec2-sg-no-public-ldap.js'
import { ec2SgNoPublicMemcached } from './ec2/ec2-sg-no-public-memcached.js'
import { ec2SgNoPublicMongodb } from './ec2/ec2-sg-no-public-mongodb.js'
import { ec2SgNoPublicMysql } from './ec2/ec2-sg-no-public-mysql.js'
import { ec2SgNoPublicOracle } from './ec2/ec2-sg-no-public-oracle.js'
import { ec2SgNoPublicPostgresql } from './ec2/ec2-sg-no-public-postgresql.js'
import { ec2SgNoPublicRedis } from './ec2/ec2-sg-no-public-redis.js'
import { ec2SgNoPublicSqlServer } from './ec2/ec2-sg-no-public-sql-server.js'
import { ec2SgNoPublicTelnet } from './ec2/ec2-sg-no-public-telnet.js'
import { ec2SgNotFromLaunchWizard } from './ec2/ec2-sg-not-from-launch-wizard.js'
import { ec2TransitGatewayNoAutoAccept } from './ec2/ec2-transit-gateway-no-auto-accept.js'
import { ec2InstanceDetailedMonitoringEnabled } from './ec2/ec2-instance-detailed-monitoring-enabled.js'
import { efsFileSystemEncrypted } from './efs/efs-file-system-encrypted.js'
import { glueCatalogConnectionPasswordsEncrypted } from './glue/glue-catalog-connection-passwords-encrypted.js'
import { glueCatalogMetadataEncrypted } from './glue/glue-catalog-metadata-encrypted.js'
import { glueJobSecurityConfiguration } from './glue/glue-job-security-configuration.js'
import { glueSecurityConfigurationEncrypted } from './glue/glue-security-configuration-encrypted.js'
import { eksClusterControlPlaneLoggingEnabled } from './eks/eks-cluster-control-plane-logging-enabled.js'
import { eksClusterEndpointNotOpenToInternet } from './eks/eks-cluster-endpoint-not-open-to-internet.js'
import { eksClusterEndpointNotPublic } from './eks/eks-cluster-endpoint-not-public.js'
import { eksClusterPrivateEndpointEnabled } from './eks/eks-cluster-private-endpoint-enabled.js'
import { eksClusterSecretsEncrypted } from './eks/eks-cluster-secrets-encrypted.js'
import { eksClusterSupportedVersion } from './eks/eks-cluster-supported-version.js'
import { eksNodegroupSshRestricted } from './eks/eks-nodegroup-ssh-restricted.js'
import { elasticacheReplicationGroupEncryptedAtRest } from './elasticache/elasticache-replication-group-encrypted-at-rest.js'
import { elasticacheReplicationGroupEncryptedInTransit } from './elasticache/elasticache-replication-group-encrypted-in-transit.js'
import { elasticacheReplicationGroupAutomaticFailover } from './elasticache/elasticache-replication-group-automatic-failover.js'
import { elasticacheReplicationGroupMultiAz } from './elasticache/elasticache-replication-group-multi-az.js'
import { elasticacheReplicationGroupKmsCmk } from './elasticache/elasticache-replication-group-kms-cmk.js'
import { elasticacheRedisBackupEnabled } from './elasticache/elasticache-redis-backup-enabled.js'
import { elasticacheAutoMinorVersionUpgrade } from './elasticache/elasticache-auto-minor-version-upgrade.js'
import { elasticacheCustomSubnetGroup } from './elasticache/elasticache-custom-subnet-group.js'
import { elbAccessLoggingEnabled } from './elb/elb-access-logging-enabled.js'
import { elbConnectionDrainingEnabled } from './elb/elb-connection-draining-enabled.js'
import { elbCrossZoneLoadBalancingEnabled } from './elb/elb-cross-zone-load-balancing-enabled.js'
import { elbListenersEncrypted } from './elb/elb-listeners-encrypted.js'
import { elbMultipleAz } from './elb/elb-multiple-az.js'
import { elbv2AccessLoggingEnabled } from './elbv2/elbv2-access-logging-enabled.js'
import { elbv2AlbDesyncMitigationMode } from './elbv2/elbv2-alb-desync-mitigation-mode.js'
import { elbv2AlbDropInvalidHeaderFields } from './elbv2/elbv2-alb-drop-invalid-header-fields.js'
import { elbv2CrossZoneLoadBalancingEnabled } from './elbv2/elbv2-cross-zone-load-balancing-enabled.js'
import { elbv2DeletionProtectionEnabled } from './elbv2/elbv2-deletion-protection-enabled.js'
import { elbv2ListenerHttpsOrRedirect } from './elbv2/elbv2-listener-https-or-redirect.js'
import { elbv2ListenerTls12Policy } from './elbv2/elbv2-listener-tls12-policy.js'
import { elbv2MultipleAz } from './elbv2/elbv2-multiple-az.js'
import { guarddutyEnabled } from './guardduty/guardduty-enabled.js'
import { iamCustomerPolicyNoAdmin } from './iam/iam-customer-policy-no-admin.js'
import { iamCustomerPolicyNoAssumeAnyRole } from './iam/iam-customer-policy-no-assume-any-role.js'
import { iamCustomerPolicyNoFullCloudtrail } from './iam/iam-customer-policy-no-full-cloudtrail.js'
import { iamCustomerPolicyNoFullKms } from './iam/iam-customer-policy-no-full-kms.js'
import { iamCustomerPolicyNoPrivilegeEscalation } from './iam/iam-customer-policy-no-privilege-escalation.js'
import { iamCustomerPolicyNoWildcardMarketplaceSubscribe } from './iam/iam-customer-policy-no-wildcard-marketplace-subscribe.js'
import { iamInlinePolicyNoAdmin } from './iam/iam-inline-policy-no-admin.js'
import { iamInlinePolicyNoFullCloudtrail } from './iam/iam-inline-policy-no-full-cloudtrail.js'
import { iamInlinePolicyNoFullKms } from './iam/iam-inline-policy-no-full-kms.js'
import { iamInlinePolicyNoPrivilegeEscalation } from './iam/iam-inline-policy-no-privilege-escalation.js'
import { iamInlinePolicyNoWildcardMarketplaceSubscribe } from './iam/iam-inline-policy-no-wildcard-marketplace-subscribe.js'
import { iamNoAdministratorAccessAttached } from './iam/iam-no-administrator-access-attached.js'
import { iamNoCloudshellFullAccessAttached } from './iam/iam-no-cloudshell-full-access-attached.js'
import { iamNoIamFullAccessAttached } from './iam/iam-no-iam-full-access-attached.js'
import { iamPasswordPolicyExpires90Days } from './iam/iam-password-policy-expires-90-days.js'
import { iamPasswordPolicyMinLength14 } from './iam/iam-password-policy-min-length-14.js'
import { iamPasswordPolicyRequireLowercase } from './iam/iam-password-policy-require-lowercase.js'
import { iamPasswordPolicyRequireNumbers } from './iam/iam-password-policy-require-numbers.js'
import { iamPasswordPolicyRequireSymbols } from './iam/iam-password-policy-require-symbols.js'
import { iamPasswordPolicyRequireUppercase } from './iam/iam-password-policy-require-uppercase.js'
import { iamPasswordPolicyReuse24 } from './iam/iam-password-policy-reuse-24.js'
import { iamPolicyNoCredentialsExposure } from './iam/iam-policy-no-credentials-exposure.js'
import { iamPolicyNoDataExfiltration } from './iam/iam-policy-no-data-exfiltration.js'
import { iamPolicyNoFullIamAccess } from './iam/iam-policy-no-full-iam-access.js'
import { iamPolicyNoWildcardAction } from './iam/iam-policy-no-wildcard-action.js'
import { iamRoleGithubOidcTrustScoped } from './iam/iam-role-github-oidc-trust-scoped.js'
import { iamRoleTrustConfusedDeputyPrevention } from './iam/iam-role-trust-confused-deputy-prevention.js'
import { iamRoleTrustNotPublic } from './iam/iam-role-trust-not-public.js'
import { iamRoleTrustNoWholeAccount } from './iam/iam-role-trust-no-whole-account.js'
import { iamRootHardwareMfaEnabled } from './iam/iam-root-hardware-mfa-enabled.js'
import { iamRootMfaEnabled } from './iam/iam-root-mfa-enabled.js'
import { iamRootNoAccessKeys } from './iam/iam-root-no-access-keys.js'
import { iamRootNotUsedRecently } from './iam/iam-root-not-used-recently.js'
import { iamServerCertificatesNotExpired } from './iam/iam-server-certificates-not-expired.js'
import { iamSupportRoleExists } from './iam/iam-support-role-exists.js'
import { iamUserAccessKeysRotated90Days } from './iam/iam-user-access-keys-rotated-90-days.js'
import { iamUserConsoleMfaEnabled } from './iam/iam-user-console-mfa-enabled.js'
import { iamUserNoAttachedPolicies } from './iam/iam-user-no-attached-policies.js'
import { iamUserNoUnusedInitialAccessKey } from './iam/iam-user-no-unused-initial-access-key.js'
import { iamUserOneActiveAccessKey } from './iam/iam-user-one-active-access-key.js'
import { iamUserUnusedCredentials45Days } from './iam/iam-user-unused-credentials-45-days.js'
import { iamPrincipalNoUnusedPermissions } from './iam/iam-principal-no-unused-permissions.js'
import { kinesisStreamCmkEncrypted } from './kinesis/kinesis-stream-cmk-encrypted.js'
import { kinesisStreamEncrypted } from './kinesis/kinesis-stream-encrypted.js'
import { kinesisStreamRetention7Days } from './kinesis/kinesis-stream-retention-7-days.js'
import { kmsKeyEnabled } from './kms/kms-key-enabled.js'
import { kmsKeyNotMultiRegion } from './kms/kms-key-not-multi-region.js'
import { kmsKeyPolicyNotPublic } from './kms/kms-key-policy-not-public.js'
import { kmsKeyRotationEnabled } from './kms/kms-key-rotation-enabled.js'
import { lambdaFunctionNoSecretsInEnv } from './lambda/lambda-function-no-secrets-in-env.js'
import { lambdaFunctionNotPublic } from './lambda/lambda-function-not-public.js'
import { lambdaFunctionSupportedRuntime } from './lambda/lambda-function-supported-runtime.js'
import { lambdaFunctionUrlAuthRequired } from './lambda/lambda-function-url-auth-required.js'
import { documentdbClusterSnapshotNotPublic } from './documentdb/documentdb-cluster-snapshot-not-public.js'
import { neptuneClusterSnapshotNotPublic } from './neptune/neptune-cluster-snapshot-not-public.js'
import { logsLogGroupKmsEncrypted } from './logs/logs-log-group-kms-encrypted.js'
import { logsLogGroupRetentionOneYear } from './logs/logs-log-group-retention-one-year.js'
import { logsLogGroupRetentionSet } from './logs/logs-log-group-retention-set.js'
import { logsResourcePolicyNotPublic } from './logs/logs-resource-policy-not-public.js'
import { mqBrokerAuditLoggingEnabled } from './mq/mq-broker-audit-logging-enabled.js'
import { mqBrokerAutoMinorVersionUpgrade } from './mq/mq-broker-auto-minor-version-upgrade.js'
import { mqBrokerCmkEncrypted } from './mq/mq-broker-cmk-encrypted.js'
import { mqBrokerLoggingEnabled } from './mq/mq-broker-logging-enabled.js'
import { mqBrokerMultiAz } from './mq/mq-broker-multi-az.js'
import { mqBrokerNotPublic } from './mq/mq-broker-not-public.js'
import { mskClusterBrokerLoggingEnabled } from './msk/msk-cluster-broker-logging-enabled.js'
import { mskClusterCmkEncrypted } from './msk/msk-cluster-cmk-encrypted.js'
import { mskClusterEnhancedMonitoring } from './msk/msk-cluster-enhanced-monitoring.js'
import { mskClusterInTransitEncryption } from './msk/msk-cluster-in-transit-encryption.js'
import { mskClusterNotPublic } from './msk/msk-cluster-not-public.js'
import { mskClusterTlsClientAuthentication } from './msk/msk-cluster-tls-client-authentication.js'
import { mskClusterUnauthenticatedAccessDisabled } from './msk/msk-cluster-unauthenticated-access-disabled.js'
import { networkfirewallDeletionProtection } from './networkfirewall/networkfirewall-deletion-protection.js'
import { networkfirewallMultiAz } from './networkfirewall/networkfirewall-multi-az.js'
import { networkfirewallPolicyRuleGroupAssociated } from './networkfirewall/networkfirewall-policy-rule-group-associated.js'
import { networkfirewallPolicyStatelessDefaultFragmentedDropOrForward } from './networkfirewall/networkfirewall-policy-stateless-default-fragmented-drop-or-forward.js'
import { networkfirewallPolicyStatelessDefaultFullDropOrForward } from './networkfirewall/networkfirewall-policy-stateless-default-full-drop-or-forward.js'
import { opensearchDomainEncryptedAtRest } from './opensearch/opensearch-domain-encrypted-at-rest.js'
import { opensearchDomainNodeToNodeEncryption } from './opensearch/opensearch-domain-node-to-node-encryption.js'
import { opensearchDomainHttpsRequired } from './opensearch/opensearch-domain-https-required.js'
import { opensearchDomainTls12 } from './opensearch/opensearch-domain-tls-1-2.js'
import { opensearchDomainFineGrainedAccessControl } from './opensearch/opensearch-domain-fine-grained-access-control.js'
import { opensearchDomainKmsCmk } from './opensearch/opensearch-domain-kms-cmk.js'
import { opensearchDomainAuditLogging } from './opensearch/opensearch-domain-audit-logging.js'
import { opensearchDomainErrorLogging } from './opensearch/opensearch-domain-error-logging.js'
import { opensearchDomainSlowLogs } from './opensearch/opensearch-domain-slow-logs.js'
import { opensearchDomainThreeDataNodes } from './opensearch/opensearch-domain-three-data-nodes.js'
import { opensearchDomainDedicatedMasterNodes } from './opensearch/opensearch-domain-dedicated-master-nodes.js'
import { opensearchDomainInVpc } from './opensearch/opensearch-domain-in-vpc.js'
import { opensearchDomainNotPublic } from './opensearch/opensearch-domain-not-public.js'
import { rdsClusterDeletionProtection } from './rds/rds-cluster-deletion-protection.js'
import { rdsSnapshotEncrypted } from './rds/rds-snapshot-encrypted.js'
import { rdsSnapshotNotPublic } from './rds/rds-snapshot-not-public.js'
import { neptuneClusterAuditLogsExported } from './neptune/neptune-cluster-audit-logs-exported.js'
import { neptuneClusterBackupRetention } from './neptune/neptune-cluster-backup-retention.js'
import { neptuneClusterCopyTagsToSnapshot } from './neptune/neptune-cluster-copy-tags-to-snapshot.js'
import { neptuneClusterDeletionProtection } from './neptune/neptune-cluster-deletion-protection.js'
import { neptuneClusterIamAuthenticationEnabled } from './neptune/neptune-cluster-iam-authentication-enabled.js'
import { neptuneClusterStorageEncrypted } from './neptune/neptune-cluster-storage-encrypted.js'
import { rdsClusterAuditLogsExported } from './rds/rds-cluster-audit-logs-exported.js'
import { rdsClusterAutoMinorVersionUpgrade } from './rds/rds-cluster-auto-minor-version-upgrade.js'
import { rdsClusterBacktrackEnabled } from './rds/rds-cluster-backtrack-enabled.js'
import { rdsClusterCloudwatchLogsExported } from './rds/rds-cluster-cloudwatch-logs-exported.js'
import { rdsClusterCopyTagsToSnapshot } from './rds/rds-cluster-copy-tags-to-snapshot.js'
import { rdsClusterCustomAdminUsername } from './rds/rds-cluster-custom-admin-username.js'
import { rdsClusterIamAuthenticationEnabled } from './rds/rds-cluster-iam-authentication-enabled.js'
import { rdsClusterNonDefaultPort } from './rds/rds-cluster-non-default-port.js'
import { rdsClusterStorageEncrypted } from './rds/rds-cluster-storage-encrypted.js'
import { rdsGlobalClusterStorageEncrypted } from './rds/rds-global-cluster-storage-encrypted.js'
import { rdsInstanceAutoMinorVersionUpgrade } from './rds/rds-instance-auto-minor-version-upgrade.js'
import { rdsInstanceBackupEnabled } from './rds/rds-instance-backup-enabled.js'
import { rdsInstanceCaCertificateCurrent } from './rds/rds-instance-ca-certificate-current.js'
import { rdsInstanceCloudwatchLogsExported } from './rds/rds-instance-cloudwatch-logs-exported.js'
import { rdsInstanceCopyTagsToSnapshot } from './rds/rds-instance-copy-tags-to-snapshot.js'
import { rdsInstanceCustomAdminUsername } from './rds/rds-instance-custom-admin-username.js'
import { rdsInstanceDeletionProtection } from './rds/rds-instance-deletion-protection.js'
import { rdsInstanceEnhancedMonitoringEnabled } from './rds/rds-instance-enhanced-monitoring-enabled.js'
import { rdsInstanceIamAuthenticationEnabled } from './rds/rds-instance-iam-authentication-enabled.js'
import { rdsInstanceMultiAz } from './rds/rds-instance-multi-az.js'
import { rdsInstanceNotPubliclyAccessible } from './rds/rds-instance-not-publicly-accessible.js'
import { rdsInstancePerformanceInsightsEnabled } from './rds/rds-instance-performance-insights-enabled.js'
import { rdsInstanceStorageEncrypted } from './rds/rds-instance-storage-encrypted.js'
import { redshiftClusterAuditLogging } from './redshift/redshift-cluster-audit-logging.js'
import { redshiftClusterNotPublic } from './redshift/redshift-cluster-not-public.js'
import { redshiftClusterEncrypted } from './redshift/redshift-cluster-encrypted.js'
import { redshiftClusterKmsCmk } from './redshift/redshift-cluster-kms-cmk.js'
import { redshiftClusterEnhancedVpcRouting } from './redshift/redshift-cluster-enhanced-vpc-routing.js'
import { redshiftClusterVersionUpgrade } from './redshift/redshift-cluster-version-upgrade.js'
import { redshiftClusterAutomatedSnapshots } from './redshift/redshift-cluster-automated-snapshots.js'
import { redshiftClusterNonDefaultAdminUsername } from './redshift/redshift-cluster-non-default-admin-username.js'
import { redshiftClusterNonDefaultDatabaseName } from './redshift/redshift-cluster-non-default-database-name.js'
import { redshiftClusterMultiAz } from './redshift/redshift-cluster-multi-az.js'
import { s3AccountPublicAccessBlockEnabled } from './s3/s3-account-public-access-block-enabled.js'
import { s3BucketAccessLoggingEnabled } from './s3/s3-bucket-access-logging-enabled.js'
import { s3BucketAclNoPublicWrite } from './s3/s3-bucket-acl-no-public-write.js'
import { s3BucketAclsDisabled } from './s3/s3-bucket-acls-disabled.js'
import { s3BucketObjectReadEventsLogged } from './s3/s3-bucket-object-read-events-logged.js'
import { s3BucketObjectWriteEventsLogged } from './s3/s3-bucket-object-write-events-logged.js'
import { s3BucketKmsEncryption } from './s3/s3-bucket-kms-encryption.js'
import { s3BucketPolicyNoPublicWrite } from './s3/s3-bucket-policy-no-public-write.js'
import { s3BucketPolicyNotPublic } from './s3/s3-bucket-policy-not-public.js'
import { s3BucketPublicAccessBlockEnabled } from './s3/s3-bucket-public-access-block-enabled.js'
import { s3BucketTlsOnly } from './s3/s3-bucket-tls-only.js'
import { s3BucketMfaDeleteEnabled } from './s3/s3-bucket-mfa-delete-enabled.js'
import { s3BucketVersioningEnabled } from './s3/s3-bucket-versioning-enabled.js'
import { s3AccessPointPublicAccessBlocked } from './s3/s3-access-point-public-access-blocked.js'
import { s3BucketEventNotificationsEnabled } from './s3/s3-bucket-event-notifications-enabled.js'
import { s3BucketLifecycleConfigured } from './s3/s3-bucket-lifecycle-configured.js'
import { s3BucketObjectLockEnabled } from './s3/s3-bucket-object-lock-enabled.js'
import { s3BucketReplicationEnabled } from './s3/s3-bucket-replication-enabled.js'
import { sagemakerEndpointConfigKmsEncrypted } from './sagemaker/sagemaker-endpoint-config-kms-encrypted.js'
import { sagemakerEndpointConfigVariantsRedundant } from './sagemaker/sagemaker-endpoint-config-variants-redundant.js'
import { sagemakerModelNetworkIsolation } from './sagemaker/sagemaker-model-network-isolation.js'
import { sagemakerNotebookInVpc } from './sagemaker/sagemaker-notebook-in-vpc.js'
import { sagemakerNotebookKmsEncrypted } from './sagemaker/sagemaker-notebook-kms-encrypted.js'
import { sagemakerNotebookNoDirectInternet } from './sagemaker/sagemaker-notebook-no-direct-internet.js'
import { sagemakerNotebookRootAccessDisabled } from './sagemaker/sagemaker-notebook-root-access-disabled.js'
import { secretsmanagerSecretCmkEncrypted } from './secretsmanager/secretsmanager-secret-cmk-encrypted.js'
import { secretsmanagerSecretPolicyNotPublic } from './secretsmanager/secretsmanager-secret-policy-not-public.js'
import { securityhubEnabled } from './securityhub/securityhub-enabled.js'
import { snsSubscriptionNoHttp } from './sns/sns-subscription-no-http.js'
import { snsTopicDeliveryStatusLogging } from './sns/sns-topic-delivery-status-logging.js'
import { snsTopicEncrypted } from './sns/sns-topic-encrypted.js'
import { snsTopicPolicyNotPublic } from './sns/sns-topic-policy-not-public.js'
import { sqsQueueCmkEncrypted } from './sqs/sqs-queue-cmk-encrypted.js'
import { sqsQueueEncrypted } from './sqs/sqs-queue-encrypted.js'
import { sqsQueuePolicyNoWildcardActions } from './sqs/sqs-queue-policy-no-wildcard-actions.js'
import { sqsQueuePolicyNotPublic } from './sqs/sqs-queue-policy-not-public.js'
import { stepfunctionsStateMachineCmkEncrypted } from './stepfunctions/stepfunctions-state-machine-cmk-encrypted.js'
import { stepfunctionsStateMachineLoggingEnabled } from './stepfunctions/stepfunctions-state-machine-logging-enabled.js'
import { stepfunctionsStateMachineLogsExecutionData } from './stepfunctions/stepfunctions-state-machine-logs-execution-data.js'
import { stepfunctionsStateMachineXrayTracing } from './stepfunctions/stepfunctions-state-machine-xray-tracing.js'
import { vpcFlowLogsEnabled } from './vpc/vpc-flow-logs-enabled.js'
import { vpcEndpointServiceAcceptanceRequired } from './vpc/vpc-endpoint-service-acceptance-required.js'
import { vpcSubnetNoPublicIpOnLaunch } from './vpc/vpc-subnet-no-public-ip-on-launch.js'
import { wafv2WebaclHasRules } from './wafv2/wafv2-webacl-has-rules.js'
import { wafv2WebaclLoggingEnabled } from './wafv2/wafv2-webacl-logging-enabled.js'
import { wafv2WebaclRuleMetrics } from './wafv2/wafv2-webacl-rule-metrics.js'

const DEFINITIONS: readonly RuleDefinition[] = [
  accessanalyzerEnabled,
  appsyncApiFieldLevelLogging,
  appsyncApiLoggingEnabled,
  appsyncApiNoApiKeyAuth,
  appsyncCacheEncryptedAtRest,
  appsyncCacheEncryptedInTransit,
  athenaWorkgroupEncrypted,
  athenaWorkgroupEnforcesConfiguration,
  athenaWorkgroupMetricsEnabled,
  acmCertificateNoWildcard,
  acmCertificateSecureKeyAlgorithm,
  acmCertificateTransparencyLogging,
  batchJobDefinitionNoSecretsInEnv,
  batchJobDefinitionNotPrivileged,
  autoscalingGroupElbHealthCheck,
  autoscalingGroupMultipleAz,
  autoscalingGroupMultipleInstanceTypes,
  autoscalingGroupUsesLaunchTemplate,
  autoscalingLaunchConfigEbsEncrypted,
  autoscalingLaunchConfigImdsv2Required,
  autoscalingLaunchConfigMetadataHopLimit,
  autoscalingLaunchConfigNoPublicIp,
  apigatewayDomainTls12,
  apigatewayMethodAuthorization,
  apigatewayStageAccessLogging,
  apigatewayStageCacheEnabled,
  apigatewayStageClientCertificate,
  apigatewayStageXrayTracing,
  apigatewayV2RouteAuthorization,
  cloudfrontCustomSslCertificate,
  cloudfrontDefaultRootObject,
  cloudfrontGeoRestrictionEnabled,
  cloudfrontLoggingEnabled,
  cloudfrontOriginNoDeprecatedTls,
  cloudfrontOriginTrafficEncrypted,
  cloudfrontS3OriginAccessControl,
  cloudfrontSniEnabled,
  cloudfrontViewerHttpsRequired,
  cloudfrontViewerTls12,
  cloudfrontWafEnabled,
  cloudtrailBucketAccessLoggingEnabled,
  cloudtrailKmsEncryptionEnabled,
  cloudtrailLogFileValidationEnabled,
  cloudtrailMultiRegionEnabled,
  cloudtrailBucketNotPublic,
  cloudtrailCloudwatchLogsEnabled,
  cloudtrailLoggingEnabled,
  cloudtrailSnsTopicDefined,
  cloudwatchAlarmUnauthorizedApiCalls,
  cloudwatchAlarmConsoleSignInWithoutMfa,
  cloudwatchAlarmRootUsage,
  cloudwatchAlarmIamPolicyChanges,
  cloudwatchAlarmCloudtrailChanges,
  cloudwatchAlarmConsoleAuthenticationFailures,
  cloudwatchAlarmCmkDisableOrDeletion,
  cloudwatchAlarmS3BucketPolicyChanges,
  cloudwatchAlarmConfigChanges,
  cloudwatchAlarmSecurityGroupChanges,
  cloudwatchAlarmNetworkAclChanges,
  cloudwatchAlarmNetworkGatewayChanges,
  cloudwatchAlarmRouteTableChanges,
  cloudwatchAlarmVpcChanges,
  cloudwatchAlarmOrganizationsChanges,
  codebuildProjectArtifactsEncrypted,
  codebuildProjectKmsKey,
  codebuildProjectLoggingEnabled,
  codebuildProjectNoSecretsInEnv,
  codebuildProjectNotPublic,
  codebuildProjectPrivilegedModeDisabled,
  codebuildProjectS3LogsEncrypted,
  codebuildProjectSourceNoCredentials,
  codebuildReportGroupExportEncrypted,
  cognitoIdentityPoolNoGuestAccess,
  cognitoUserPoolAdvancedSecurityEnforced,
  cognitoUserPoolClientPreventsUserExistenceErrors,
  cognitoUserPoolClientTokenRevocation,
  cognitoUserPoolDeletionProtection,
  cognitoUserPoolMfaRequired,
  cognitoUserPoolPasswordMinLength14,
  cognitoUserPoolPasswordRequiresLowercase,
  cognitoUserPoolPasswordRequiresNumber,
  cognitoUserPoolPasswordRequiresSymbol,
  cognitoUserPoolPasswordRequiresUppercase,
  cognitoUserPoolSelfRegistrationDisabled,
  cognitoUserPoolTemporaryPassword7Days,
  configRecorderAllRegions,
  ec2AmiEncrypted,
  ec2AmiNotPublic,
  dmsEndpointMongodbAuthentication,
  dmsEndpointRedisTls,
  dmsEndpointSslEnabled,
  dmsReplicationInstanceAutoMinorUpgrade,
  dmsReplicationInstanceKmsKey,
  dmsReplicationInstanceMultiAz,
  dmsReplicationInstanceNotPublic,
  docdbClusterBackupRetention,
  docdbClusterDeletionProtection,
  docdbClusterLogsExported,
  docdbClusterStorageEncrypted,
  docdbParameterGroupAuditLogsEnabled,
  docdbParameterGroupTlsEnabled,
  daxClusterEncrypted,
  daxClusterTlsEndpoint,
  dynamodbTablePitrEnabled,
  dynamodbTableKmsEncrypted,
  dynamodbTableKmsCmk,
  dynamodbTableDeletionProtection,
  ec2DefaultSgRestrictsAllTraffic,
  ec2EbsDefaultEncryptionEnabled,
  ec2EbsSnapshotBlockPublicAccess,
  ec2EbsSnapshotEncrypted,
  ec2EbsSnapshotNotPublic,
  ec2EbsVolumeEncrypted,
  ec2InstanceImdsv2Required,
  ec2InstanceProfileAttached,
  ec2NetworkAclNoPublicAdminPorts,
  ec2SgNoPublicAllPorts,
  ec2SgNoPublicCifs,
  ec2SgNoPublicRdp,
  ec2SgNoPublicSsh,
  ecrRepositoryKmsEncrypted,
  ecrRepositoryLifecyclePolicy,
  ecrRepositoryPolicyNotPublic,
  ecrRepositoryScanOnPush,
  ecrRepositoryTagImmutability,
  ecsClusterContainerInsightsEnabled,
  ecsClusterExecLoggingEnabled,
  ecsClusterExecLoggingEncrypted,
  ecsServiceFargateLatestPlatform,
  ecsServiceNoPublicIp,
  ecsTaskDefinitionDistinctRoles,
  ecsTaskDefinitionEfsTransitEncryption,
  ecsTaskDefinitionHostNetworkNonRoot,
  ecsTaskDefinitionHostPidNotShared,
  ecsTaskDefinitionLoggingEnabled,
  ecsTaskDefinitionLoggingNonBlocking,
  ecsTaskDefinitionNoPrivilegedContainers,
  ecsTaskDefinitionNoSecretsInEnv,
  ecsTaskDefinitionReadonlyRootFilesystem,
  ecsTaskSetNoPublicIp,
  ec2SgNoPublicCassandra,
  ec2SgNoPublicElasticsearchKibana,
  ec2SgNoPublicFtp,
  ec2SgNoPublicHighRiskPorts,
  ec2SgNoPublicHttp,
  ec2SgNoPublicKafka,
  ec2SgNoPublicKerberos,
  ec2SgNoPublicLdap,
  ec2SgNoPublicMemcached,
  ec2SgNoPublicMongodb,
  ec2SgNoPublicMysql,
  ec2SgNoPublicOracle,
  ec2SgNoPublicPostgresql,
  ec2SgNoPublicRedis,
  ec2SgNoPublicSqlServer,
  ec2SgNoPublicTelnet,
  ec2SgNotFromLaunchWizard,
  ec2TransitGatewayNoAutoAccept,
  ec2InstanceDetailedMonitoringEnabled,
  efsFileSystemEncrypted,
  glueCatalogConnectionPasswordsEncrypted,
  glueCatalogMetadataEncrypted,
  glueJobSecurityConfiguration,
  glueSecurityConfigurationEncrypted,
  eventbridgeBusPolicyNotPublic,
  firehoseStreamCmkEncrypted,
  firehoseStreamEncrypted,
  eksClusterControlPlaneLoggingEnabled,
  eksClusterEndpointNotOpenToInternet,
  eksClusterEndpointNotPublic,
  eksClusterPrivateEndpointEnabled,
  eksClusterSecretsEncrypted,
  eksClusterSupportedVersion,
  eksNodegroupSshRestricted,
  elasticacheReplicationGroupEncryptedAtRest,
  elasticacheReplicationGroupEncryptedInTransit,
  elasticacheReplicationGroupAutomaticFailover,
  elasticacheReplicationGroupMultiAz,
  elasticacheReplicationGroupKmsCmk,
  elasticacheRedisBackupEnabled,
  elasticacheAutoMinorVersionUpgrade,
  elasticacheCustomSubnetGroup,
  elbAccessLoggingEnabled,
  elbConnectionDrainingEnabled,
  elbCrossZoneLoadBalancingEnabled,
  elbListenersEncrypted,
  elbMultipleAz,
  elbv2AccessLoggingEnabled,
  elbv2AlbDesyncMitigationMode,
  elbv2AlbDropInvalidHeaderFields,
  elbv2CrossZoneLoadBalancingEnabled,
  elbv2DeletionProtectionEnabled,
  elbv2ListenerHttpsOrRedirect,
  elbv2ListenerTls12Policy,
  elbv2MultipleAz,
  guarddutyEnabled,
  iamCustomerPolicyNoAdmin,
  iamCustomerPolicyNoAssumeAnyRole,
  iamCustomerPolicyNoFullCloudtrail,
  iamCustomerPolicyNoFullKms,
  iamCustomerPolicyNoPrivilegeEscalation,
  iamCustomerPolicyNoWildcardMarketplaceSubscribe,
  iamInlinePolicyNoAdmin,
  iamInlinePolicyNoFullCloudtrail,
  iamInlinePolicyNoFullKms,
  iamInlinePolicyNoPrivilegeEscalation,
  iamInlinePolicyNoWildcardMarketplaceSubscribe,
  iamNoAdministratorAccessAttached,
  iamNoCloudshellFullAccessAttached,
  iamNoIamFullAccessAttached,
  iamPasswordPolicyExpires90Days,
  iamPasswordPolicyMinLength14,
  iamPasswordPolicyRequireLowercase,
  iamPasswordPolicyRequireNumbers,
  iamPasswordPolicyRequireSymbols,
  iamPasswordPolicyRequireUppercase,
  iamPasswordPolicyReuse24,
  iamPolicyNoCredentialsExposure,
  iamPolicyNoDataExfiltration,
  iamPolicyNoFullIamAccess,
  iamPolicyNoWildcardAction,
  iamRoleGithubOidcTrustScoped,
  iamRoleTrustConfusedDeputyPrevention,
  iamRoleTrustNotPublic,
  iamRoleTrustNoWholeAccount,
  iamRootHardwareMfaEnabled,
  iamRootMfaEnabled,
  iamRootNoAccessKeys,
  iamRootNotUsedRecently,
  iamServerCertificatesNotExpired,
  iamSupportRoleExists,
  iamUserAccessKeysRotated90Days,
  iamUserConsoleMfaEnabled,
  iamUserNoAttachedPolicies,
  iamUserNoUnusedInitialAccessKey,
  iamUserOneActiveAccessKey,
  iamUserUnusedCredentials45Days,
  iamPrincipalNoUnusedPermissions,
  kinesisStreamCmkEncrypted,
  kinesisStreamEncrypted,
  kinesisStreamRetention7Days,
  kmsKeyEnabled,
  kmsKeyNotMultiRegion,
  kmsKeyPolicyNotPublic,
  kmsKeyRotationEnabled,
  lambdaFunctionNoSecretsInEnv,
  lambdaFunctionNotPublic,
  lambdaFunctionSupportedRuntime,
  lambdaFunctionUrlAuthRequired,
  documentdbClusterSnapshotNotPublic,
  neptuneClusterSnapshotNotPublic,
  logsLogGroupKmsEncrypted,
  logsLogGroupRetentionOneYear,
  logsLogGroupRetentionSet,
  logsResourcePolicyNotPublic,
  mqBrokerAuditLoggingEnabled,
  mqBrokerAutoMinorVersionUpgrade,
  mqBrokerCmkEncrypted,
  mqBrokerLoggingEnabled,
  mqBrokerMultiAz,
  mqBrokerNotPublic,
  mskClusterBrokerLoggingEnabled,
  mskClusterCmkEncrypted,
  mskClusterEnhancedMonitoring,
  mskClusterInTransitEncryption,
  mskClusterNotPublic,
  mskClusterTlsClientAuthentication,
  mskClusterUnauthenticatedAccessDisabled,
  networkfirewallDeletionProtection,
  networkfirewallMultiAz,
  networkfirewallPolicyRuleGroupAssociated,
  networkfirewallPolicyStatelessDefaultFragmentedDropOrForward,
  networkfirewallPolicyStatelessDefaultFullDropOrForward,
  opensearchDomainEncryptedAtRest,
  opensearchDomainNodeToNodeEncryption,
  opensearchDomainHttpsRequired,
  opensearchDomainTls12,
  opensearchDomainFineGrainedAccessControl,
  opensearchDomainKmsCmk,
  opensearchDomainAuditLogging,
  opensearchDomainErrorLogging,
  opensearchDomainSlowLogs,
  opensearchDomainThreeDataNodes,
  opensearchDomainDedicatedMasterNodes,
  opensearchDomainInVpc,
  opensearchDomainNotPublic,
  rdsClusterDeletionProtection,
  rdsSnapshotEncrypted,
  rdsSnapshotNotPublic,
  neptuneClusterAuditLogsExported,
  neptuneClusterBackupRetention,
  neptuneClusterCopyTagsToSnapshot,
  neptuneClusterDeletionProtection,
  neptuneClusterIamAuthenticationEnabled,
  neptuneClusterStorageEncrypted,
  rdsClusterAuditLogsExported,
  rdsClusterAutoMinorVersionUpgrade,
  rdsClusterBacktrackEnabled,
  rdsClusterCloudwatchLogsExported,
  rdsClusterCopyTagsToSnapshot,
  rdsClusterCustomAdminUsername,
  rdsClusterIamAuthenticationEnabled,
  rdsClusterNonDefaultPort,
  rdsClusterStorageEncrypted,
  rdsGlobalClusterStorageEncrypted,
  rdsInstanceAutoMinorVersionUpgrade,
  rdsInstanceBackupEnabled,
  rdsInstanceCaCertificateCurrent,
  rdsInstanceCloudwatchLogsExported,
  rdsInstanceCopyTagsToSnapshot,
  rdsInstanceCustomAdminUsername,
  rdsInstanceDeletionProtection,
  rdsInstanceEnhancedMonitoringEnabled,
  rdsInstanceIamAuthenticationEnabled,
  rdsInstanceMultiAz,
  rdsInstanceNotPubliclyAccessible,
  rdsInstancePerformanceInsightsEnabled,
  rdsInstanceStorageEncrypted,
  redshiftClusterAuditLogging,
  redshiftClusterNotPublic,
  redshiftClusterEncrypted,
  redshiftClusterKmsCmk,
  redshiftClusterEnhancedVpcRouting,
  redshiftClusterVersionUpgrade,
  redshiftClusterAutomatedSnapshots,
  redshiftClusterNonDefaultAdminUsername,
  redshiftClusterNonDefaultDatabaseName,
  redshiftClusterMultiAz,
  s3AccountPublicAccessBlockEnabled,
  s3BucketAccessLoggingEnabled,
  s3BucketAclNoPublicWrite,
  s3BucketAclsDisabled,
  s3BucketKmsEncryption,
  s3BucketMfaDeleteEnabled,
  s3BucketObjectReadEventsLogged,
  s3BucketObjectWriteEventsLogged,
  s3BucketPolicyNoPublicWrite,
  s3BucketPolicyNotPublic,
  s3BucketPublicAccessBlockEnabled,
  s3BucketTlsOnly,
  s3BucketVersioningEnabled,
  s3AccessPointPublicAccessBlocked,
  s3BucketEventNotificationsEnabled,
  s3BucketLifecycleConfigured,
  s3BucketObjectLockEnabled,
  s3BucketReplicationEnabled,
  sagemakerEndpointConfigKmsEncrypted,
  sagemakerEndpointConfigVariantsRedundant,
  sagemakerModelNetworkIsolation,
  sagemakerNotebookInVpc,
  sagemakerNotebookKmsEncrypted,
  sagemakerNotebookNoDirectInternet,
  sagemakerNotebookRootAccessDisabled,
  secretsmanagerSecretCmkEncrypted,
  secretsmanagerSecretPolicyNotPublic,
  securityhubEnabled,
  snsSubscriptionNoHttp,
  snsTopicDeliveryStatusLogging,
  snsTopicEncrypted,
  snsTopicPolicyNotPublic,
  sqsQueueCmkEncrypted,
  sqsQueueEncrypted,
  sqsQueuePolicyNotPublic,
  sqsQueuePolicyNoWildcardActions,
  stepfunctionsStateMachineCmkEncrypted,
  stepfunctionsStateMachineLoggingEnabled,
  stepfunctionsStateMachineLogsExecutionData,
  stepfunctionsStateMachineXrayTracing,
  vpcFlowLogsEnabled,
  vpcEndpointServiceAcceptanceRequired,
  vpcSubnetNoPublicIpOnLaunch,
  wafv2WebaclHasRules,
  wafv2WebaclLoggingEnabled,
  wafv2WebaclRuleMetrics
]

/** Every requirement of each framework, with the rules that evidence it (src/rules/frameworks/coverage.ts). */
export const FRAMEWORKS: readonly Framework[] = CATALOGUES.map((catalogue) => frameworkWithCoverage(catalogue, DEFINITIONS))

/**
 * Rules whose facts only a live scan collects (IAM's account summary and credential report): a plan or .tf
 * code never gives them anything to judge, so they have no Terraform fixture.
 */
export const LIVE_ONLY_RULE_IDS: ReadonlySet<string> = new Set(
  [iamRootMfaEnabled, iamRootHardwareMfaEnabled, iamRootNoAccessKeys, iamRootNotUsedRecently, iamUserNoUnusedInitialAccessKey, iamServerCertificatesNotExpired, iamSupportRoleExists, iamUserAccessKeysRotated90Days, iamUserConsoleMfaEnabled, iamUserUnusedCredentials45Days, iamUserOneActiveAccessKey, iamPrincipalNoUnusedPermissions].map((r) => r.id)
)

/**
 * Rule id → (framework id → requirement ids), made in one pass over the frameworks' requirements (asking each rule
 * of every requirement was quadratic: 30 ms of every start with 373 rules). Requirement ids stay in the
 * framework's order.
 */
function frameworksByRule(frameworks: readonly Framework[]): Map<string, Partial<Record<FrameworkId, string[]>>> {
  const byRule = new Map<string, Partial<Record<FrameworkId, string[]>>>()
  for (const framework of frameworks) {
    for (const [id, requirement] of Object.entries(framework.requirements)) {
      for (const ruleId of new Set(requirement.rules)) {
        let refs = byRule.get(ruleId)
        if (!refs) byRule.set(ruleId, (refs = {}))
        ;(refs[framework.id] ??= []).push(id)
      }
    }
  }
  return byRule
}

const FRAMEWORKS_BY_RULE = frameworksByRule(FRAMEWORKS)

export const ALL_RULES: readonly Rule[] = DEFINITIONS.map((definition) => ({
  ...definition,
  frameworks: FRAMEWORKS_BY_RULE.get(definition.id) ?? {}
}))

const BY_ID = new Map(ALL_RULES.map((rule) => [rule.id, rule]))

const BY_ALIAS = new Map<string, Rule[]>()
for (const rule of ALL_RULES) {
  for (const alias of [...rule.aliases.checkov, ...rule.aliases.prowler]) {
    const key = alias.toLowerCase()
    BY_ALIAS.set(key, [...(BY_ALIAS.get(key) ?? []), rule])
  }
}

/** Aliases as their catalogues spell them (CKV_AWS_21), for suggestions; BY_ALIAS is keyed in lower case. */
const BY_ALIAS_SPELLED = new Map<string, true>()
for (const rule of ALL_RULES) for (const alias of [...rule.aliases.checkov, ...rule.aliases.prowler]) BY_ALIAS_SPELLED.set(alias, true)

const BY_TYPE = new Map<string, Rule[]>()
for (const rule of ALL_RULES) {
  for (const type of rule.resourceTypes) BY_TYPE.set(type, [...(BY_TYPE.get(type) ?? []), rule])
}

/**
 * Every rule an id or alias names: our id (exact, one rule), or a Checkov id (CKV_AWS_21) or Prowler id
 * (s3_bucket_object_versioning), case-insensitive, which may name several rules (a Checkov skip comment
 * suppresses all of them). Empty when nothing matches.
 */
export function findRules(idOrAlias: string): Rule[] {
  const own = BY_ID.get(idOrAlias.toLowerCase())
  if (own) return [own]
  return [...(BY_ALIAS.get(idOrAlias.toLowerCase()) ?? [])]
}

/** The rule an id or alias names; for an alias shared by several rules, the first in registry order. */
export function findRule(idOrAlias: string): Rule | undefined {
  return findRules(idOrAlias)[0]
}

/** The rules that judge resources of a CloudFormation (or Plumbline::) type. */
export function rulesForType(cfnType: string): readonly Rule[] {
  return BY_TYPE.get(cfnType) ?? []
}

/** The rule id (or Checkov or Prowler id) a mistyped name most likely meant, for "did you mean" in messages. */
export function suggestRuleName(name: string): string | undefined {
  const aliasLike = /^ckv2?_/i.test(name) || name.includes('_')
  return closestMatch(name, aliasLike ? BY_ALIAS_SPELLED.keys() : BY_ID.keys())
}

/** What loading the user's rules needs to know about ours. */
export interface RuleRegistry {
  /** Whether a built-in rule has this id (a custom rule may not take it). */
  builtin(id: string): boolean
  /** The framework ids a rule may name. */
  frameworkIds: readonly string[]
}

export const RULE_REGISTRY: RuleRegistry = {
  builtin: (id) => BY_ID.has(id),
  frameworkIds: FRAMEWORKS.map((framework) => framework.id)
}

/** One of the user's rules (a validated declarative spec) as the engine runs it. */
export function customRule(spec: RuleSpec): Rule {
  return { ...ruleFromSpec(spec), frameworks: spec.frameworks as Rule['frameworks'], source: 'custom' }
}

/**
 * findRules and suggestRuleName over the built-in rules and the user's: suppressions, skip-rules and severity
 * overrides name custom rules by id like built-in ones.
 */
export function ruleLookup(custom: readonly Rule[]): { find(idOrAlias: string): Rule[]; suggest(name: string): string | undefined } {
  if (custom.length === 0) return { find: findRules, suggest: suggestRuleName }
  const byId = new Map(custom.map((rule) => [rule.id, rule]))
  return {
    find: (name) => {
      const own = byId.get(name.toLowerCase()) ?? byId.get(name)
      return own ? [own] : findRules(name)
    },
    suggest: (name) => (/^ckv2?_/i.test(name) || name.includes('_') ? suggestRuleName(name) : closestMatch(name, [...BY_ID.keys(), ...byId.keys()]))
  }
}
