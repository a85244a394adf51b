// no-internet-ingress: no ingress rule of a security group (or a standalone ingress rule) opens a port to the internet.
import type { PredicateDefinition } from '../declarative/predicates.js'
import { judgeOpenIngress } from '../support/ingress.js'

export const noInternetIngress: PredicateDefinition = {
  name: 'no-internet-ingress',
  description:
    'No ingress rule of the security group (inline, or a standalone rule joined to it), nor the standalone AWS::EC2::SecurityGroupIngress judged, opens `port` (a TCP port, or `all`) to 0.0.0.0/0 or ::/0.',
  parameters: {
    port: {
      description: 'a TCP port (22) or all (every protocol and port)',
      required: true,
      check: (value) => (value === 'all' || (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 65535) ? undefined : `must be a TCP port (0 to 65535) or all, not ${JSON.stringify(value)}`)
    },
    what: {
      description: 'how messages name what is exposed ("SSH (TCP 22)")',
      check: (value) => (typeof value === 'string' && value.trim() !== '' ? undefined : 'must be a short text such as "SSH (TCP 22)"')
    }
  },
  judge(resource, view, args) {
    const port = args.port as number | 'all'
    const what = (args.what as string | undefined) ?? (port === 'all' ? 'all traffic' : `TCP port ${port}`)
    return judgeOpenIngress(resource, view, port === 'all' ? 'all-ports' : { tcpPort: port }, what)
  }
}
