// The per-service "open to the internet" rules share one predicate (no-internet-ingress with a list of ports): each
// is checked here on exactly its port family, so a port dropped from or added to a rule's list shows up.
import { expected, judge, messages, res, ruleById } from './builders.js'

const SG = 'AWS::EC2::SecurityGroup'
const INGRESS_RULE = 'AWS::EC2::SecurityGroupIngress'
const tcp = (port: number, cidr: Record<string, unknown> = { CidrIp: '0.0.0.0/0' }) => ({ IpProtocol: 'tcp', FromPort: port, ToPort: port, ...cidr })
const group = (id: string, ingress: Array<Record<string, unknown>>) => res(SG, id, { GroupId: `sg-${id}`, GroupName: id, SecurityGroupIngress: ingress })

/** The checks every service rule gets, on its own port family. */
function portFamilyTests(id: string, ports: number[]): void {
  const rule = ruleById(id)
  // The ports next to each one of the family that are not themselves in it: they must pass.
  const neighbours = [...new Set(ports.flatMap((p) => [p - 1, p + 1]))].filter((p) => !ports.includes(p) && p >= 0)

  it('fails each port of its family open to the internet, over IPv4 or IPv6, and all traffic', () => {
    const open = ports.flatMap((p) => [group(`v4-${p}`, [tcp(p)]), group(`v6-${p}`, [tcp(p, { CidrIpv6: '::/0' })])])
    const all = group('all-traffic', [{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }])
    expect(judge(rule, [...open, all])).toEqual(expected({ fail: [...open.map((g) => g.id as string), 'all-traffic'] }))
  })

  it('passes the neighbouring ports, UDP on its ports, and its ports from a private range', () => {
    const groups = [
      ...neighbours.map((p) => group(`near-${p}`, [tcp(p)])),
      group('udp', ports.map((p) => ({ IpProtocol: 'udp', FromPort: p, ToPort: p, CidrIp: '0.0.0.0/0' }))),
      group('private', ports.map((p) => tcp(p, { CidrIp: '10.0.0.0/8' })))
    ]
    expect(judge(rule, groups)).toEqual(expected({ pass: groups.map((g) => g.id as string) }))
  })

  it('judges a standalone ingress rule and names what it opens', () => {
    const standalone = res(INGRESS_RULE, 'sgr-open', { GroupId: 'sg-elsewhere', IpProtocol: 'tcp', FromPort: ports[0], ToPort: ports[ports.length - 1], CidrIp: '0.0.0.0/0' })
    expect(judge(rule, [standalone])).toEqual(expected({ fail: ['sgr-open'] }))
    expect(messages(rule, [group('msg', [tcp(ports[0])])]).join('\n')).toMatch(/allows .*TCP.* from the internet/)
  })
}

// Each rule with the TCP ports it must catch (from the Prowler checks it aliases, or Checkov's).
describe('ec2-sg-no-public-mongodb', () => portFamilyTests('ec2-sg-no-public-mongodb', [27017, 27018]))
describe('ec2-sg-no-public-redis', () => portFamilyTests('ec2-sg-no-public-redis', [6379]))
describe('ec2-sg-no-public-kafka', () => portFamilyTests('ec2-sg-no-public-kafka', [9092]))
describe('ec2-sg-no-public-elasticsearch-kibana', () => portFamilyTests('ec2-sg-no-public-elasticsearch-kibana', [5601, 9200, 9300]))
describe('ec2-sg-no-public-memcached', () => portFamilyTests('ec2-sg-no-public-memcached', [11211]))
describe('ec2-sg-no-public-cassandra', () => portFamilyTests('ec2-sg-no-public-cassandra', [7000, 7001, 7199, 8888, 9042, 9160]))
describe('ec2-sg-no-public-oracle', () => portFamilyTests('ec2-sg-no-public-oracle', [1521, 2483, 2484]))
describe('ec2-sg-no-public-mysql', () => portFamilyTests('ec2-sg-no-public-mysql', [3306]))
describe('ec2-sg-no-public-postgresql', () => portFamilyTests('ec2-sg-no-public-postgresql', [5432]))
describe('ec2-sg-no-public-sql-server', () => portFamilyTests('ec2-sg-no-public-sql-server', [1433, 1434]))
describe('ec2-sg-no-public-ftp', () => portFamilyTests('ec2-sg-no-public-ftp', [20, 21]))
describe('ec2-sg-no-public-telnet', () => portFamilyTests('ec2-sg-no-public-telnet', [23]))
describe('ec2-sg-no-public-kerberos', () => portFamilyTests('ec2-sg-no-public-kerberos', [88, 464, 749, 750]))
describe('ec2-sg-no-public-ldap', () => portFamilyTests('ec2-sg-no-public-ldap', [389, 636]))
describe('ec2-sg-no-public-http', () => portFamilyTests('ec2-sg-no-public-http', [80]))
describe('ec2-sg-no-public-high-risk-ports', () => portFamilyTests('ec2-sg-no-public-high-risk-ports', [25, 110, 135, 143, 445, 3000, 4333, 5000, 5500, 8080, 8088]))
