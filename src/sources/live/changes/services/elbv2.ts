// Elastic Load Balancing v2 write events (eventSource elasticloadbalancing.amazonaws.com, API version 2015-12-01).
// Shapes (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudtrail-logs.html):
// CreateLoadBalancer responseElements.loadBalancers[].loadBalancerArn, CreateListener responseElements.listeners[].listenerArn,
// the others requestParameters.loadBalancerArn / listenerArn, AddTags/RemoveTags requestParameters.resourceArns[].
// Quirks, named:
// - Classic Load Balancers share the event source and event names (CreateLoadBalancer, DeleteLoadBalancer,
//   AddTags): their calls name requestParameters.loadBalancerName(s) and no ARN; no scanned type holds them.
// - Deleting a load balancer deletes its listeners (re-listed).
import { list, obj, relist, str, touchEach, type EventContext, type ServiceTable, type Touch } from '../table.js'

const LB = 'AWS::ElasticLoadBalancingV2::LoadBalancer'
const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener'

/** A classic load balancer call: a name, never an ARN. */
function classic(ctx: EventContext): boolean {
  return (str(ctx.req.loadBalancerName) !== undefined || Array.isArray(ctx.req.loadBalancerNames)) && !str(ctx.req.loadBalancerArn)
}

function typeOfArn(arn: string): string | undefined {
  if (/:loadbalancer\/(app|net|gwy)\//.test(arn)) return LB
  if (/:listener\/(app|net|gwy)\//.test(arn)) return LISTENER
  return undefined
}

export const elbv2Table: ServiceTable = {
  service: 'ELBv2',
  eventSource: 'elasticloadbalancing.amazonaws.com',
  entries: [
    {
      names: ['CreateLoadBalancer'],
      touches: (ctx) => (classic(ctx) ? [] : touchEach(LB, list(ctx.res.loadBalancers).map((lb) => obj(lb).loadBalancerArn)))
    },
    {
      names: ['DeleteLoadBalancer'],
      touches: (ctx) => (classic(ctx) ? [] : [...touchEach(LB, [ctx.req.loadBalancerArn]), relist(LISTENER)])
    },
    {
      names: ['ModifyLoadBalancerAttributes', 'SetSecurityGroups', 'SetSubnets', 'SetIpAddressType'],
      touches: (ctx) => (classic(ctx) ? [] : touchEach(LB, [ctx.req.loadBalancerArn]))
    },
    { names: ['CreateListener'], touches: (ctx) => touchEach(LISTENER, list(ctx.res.listeners).map((l) => obj(l).listenerArn)) },
    {
      names: ['ModifyListener', 'DeleteListener', 'AddListenerCertificates', 'RemoveListenerCertificates', 'ModifyListenerAttributes'],
      touches: (ctx) => touchEach(LISTENER, [ctx.req.listenerArn])
    },
    {
      names: ['AddTags', 'RemoveTags'],
      touches: (ctx) =>
        list(ctx.req.resourceArns)
          .map(str)
          .filter((arn): arn is string => arn !== undefined)
          .map((arn): Touch | undefined => {
            const type = typeOfArn(arn)
            return type ? { type, id: arn } : undefined
          })
          .filter((t): t is Touch => t !== undefined)
    }
  ],
  trailResourceNames: {
    // Event history finds ELBv2 events under the ARNs.
    [LB]: (id) => id,
    [LISTENER]: (id) => id
  }
}
