// no-internet-ingress: no ingress rule of a security group (or a standalone ingress rule) opens a port to the internet.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { type IngressTarget, judgeOpenIngress } from '../support/ingress.js'

function isTcpPort(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 65535
}

export const noInternetIngress: PredicateDefinition = {
  name: 'no-internet-ingress',
  description:
    'No ingress rule of the security group (inline, or a standalone rule joined to it), nor the standalone AWS::EC2::SecurityGroupIngress judged, opens `port` (a TCP port, a list of TCP ports of which any one counts, or `all`) to 0.0.0.0/0 or ::/0.',
  parameters: {
    port: {
      description: 'a TCP port (22), a list of TCP ports any of which counts ([27017, 27018]), or all (every protocol and port)',
      required: true,
      check: (value) =>
        value === 'all' || isTcpPort(value) || (Array.isArray(value) && value.length > 0 && value.every(isTcpPort))
          ? undefined
          : `must be a TCP port (0 to 65535), a non-empty list of them, or all, not ${JSON.stringify(value)}`
    },
    what: {
      description: 'how messages name what is exposed ("SSH (TCP 22)")',
      check: (value) => (typeof value === 'string' && value.trim() !== '' ? undefined : 'must be a short text such as "SSH (TCP 22)"')
    }
  },
  judge(resource, view, args) {
    const port = args.port as number | number[] | 'all'
    const what = (args.what as string | undefined) ?? (port === 'all' ? 'all traffic' : Array.isArray(port) ? `TCP ports ${port.join(', ')}` : `TCP port ${port}`)
    const target: IngressTarget = port === 'all' ? 'all-ports' : Array.isArray(port) ? { tcpPorts: port } : { tcpPort: port }
    return judgeOpenIngress(resource, view, target, what)
  }
}
