// ECR and EKS write events. Shapes: ECR (https://docs.aws.amazon.com/AmazonECR/latest/userguide/logging-using-cloudtrail.html)
// requestParameters.repositoryName, tags requestParameters.resourceArn (arn:aws:ecr:r:a:repository/<name>); EKS
// (https://docs.aws.amazon.com/eks/latest/userguide/logging-using-cloudtrail.html) the URI's path parameters as
// requestParameters: CreateCluster/DeleteCluster/UpdateClusterConfig `name`, node-group calls `name` (the cluster,
// /clusters/{name}/node-groups) and `nodegroupName`, tags `resourceArn`.
// Quirks, named: AWS::EKS::Nodegroup's identifier is "<cluster>/<node group>"; deleting a cluster deletes its node
// groups (re-listed).
import { parseArn, relist, str, touch, type EventContext, type ServiceTable, type Touch } from '../table.js'

const REPOSITORY = 'AWS::ECR::Repository'
const CLUSTER = 'AWS::EKS::Cluster'
const NODEGROUP = 'AWS::EKS::Nodegroup'

function repositoryName(ctx: EventContext): string | undefined {
  const arn = parseArn(ctx.req.resourceArn)
  if (arn) return arn.resource.startsWith('repository/') ? arn.resource.slice('repository/'.length) : undefined
  return str(ctx.req.repositoryName) ?? str((ctx.res.repository as { repositoryName?: unknown } | undefined)?.repositoryName)
}

export const ecrTable: ServiceTable = {
  service: 'ECR',
  eventSource: 'ecr.amazonaws.com',
  entries: [
    {
      names: [
        'CreateRepository',
        'DeleteRepository',
        'PutImageScanningConfiguration',
        'PutImageTagMutability',
        'SetRepositoryPolicy',
        'DeleteRepositoryPolicy',
        'PutLifecyclePolicy',
        'DeleteLifecyclePolicy',
        'TagResource',
        'UntagResource'
      ],
      touches: (ctx) => [touch(REPOSITORY, repositoryName(ctx))]
    }
  ],
  // Image pushes and deletions change no property of the repository.
  noChange: ['PutImage', 'BatchDeleteImage', 'InitiateLayerUpload', 'UploadLayerPart', 'CompleteLayerUpload', 'StartImageScan'],
  trailResourceNames: {
    // Event history finds ECR events under the repository name.
    [REPOSITORY]: (id) => id
  }
}

/** A cluster (or node group) from the ARN arn:aws:eks:r:a:cluster/<name> (nodegroup/<cluster>/<name>/<uuid>). */
function fromArn(value: unknown): Touch | undefined {
  const arn = parseArn(value)
  if (!arn) return undefined
  const [kind, cluster, nodegroup] = arn.resource.split('/')
  if (kind === 'cluster' && cluster) return { type: CLUSTER, id: cluster }
  if (kind === 'nodegroup' && cluster && nodegroup) return { type: NODEGROUP, id: `${cluster}/${nodegroup}` }
  return undefined
}

function nodegroup(ctx: EventContext): Touch {
  const cluster = str(ctx.req.clusterName) ?? str(ctx.req.name)
  const name = str(ctx.req.nodegroupName)
  return cluster && name ? { type: NODEGROUP, id: `${cluster}/${name}` } : relist(NODEGROUP)
}

export const eksTable: ServiceTable = {
  service: 'EKS',
  eventSource: 'eks.amazonaws.com',
  entries: [
    { names: ['DeleteCluster'], touches: (ctx) => [touch(CLUSTER, ctx.req.name), relist(NODEGROUP)] },
    {
      names: ['CreateCluster', 'UpdateClusterConfig', 'UpdateClusterVersion', 'AssociateEncryptionConfig'],
      touches: (ctx) => [touch(CLUSTER, ctx.req.name)]
    },
    { names: ['CreateNodegroup', 'DeleteNodegroup', 'UpdateNodegroupConfig', 'UpdateNodegroupVersion'], touches: (ctx) => [nodegroup(ctx)] },
    { names: ['TagResource', 'UntagResource'], touches: (ctx) => [fromArn(ctx.req.resourceArn) ?? relist(CLUSTER)] }
  ],
  trailResourceNames: {
    // Event history finds EKS events under the cluster name.
    [CLUSTER]: (id) => id
  }
}
