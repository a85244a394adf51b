// API Gateway stages and v2 routes are listed under their API (Cloud Control's list of each needs the API's id),
// against the local AWS server, which refuses a list without it as Cloud Control does.
import '../aws-server/resolve-localhost.mjs'
import { startAwsServer, type AwsServer } from '../aws-server/index.mjs'
import { scanLive } from '../../src/sources/live/scan.js'

const ACCOUNT = '222222222222'
const HOME = 'us-east-1'
const savedEnv = { ...process.env }
let server: AwsServer
let keys: { accessKeyId: string; secretAccessKey: string }

beforeAll(async () => {
  server = await startAwsServer({ pageSize: 2 })
  Object.assign(process.env, server.env(), { AWS_REGION: HOME })
  server.addAccount({
    id: ACCOUNT,
    enabledRegions: [HOME],
    resources: [
      { type: 'AWS::ApiGateway::RestApi', region: HOME, properties: { RestApiId: 'api1', Name: 'orders' } },
      { type: 'AWS::ApiGateway::RestApi', region: HOME, properties: { RestApiId: 'api2', Name: 'users' } },
      { type: 'AWS::ApiGateway::Stage', region: HOME, properties: { RestApiId: 'api1', StageName: 'prod', TracingEnabled: true } },
      { type: 'AWS::ApiGateway::Stage', region: HOME, properties: { RestApiId: 'api1', StageName: 'dev' } },
      { type: 'AWS::ApiGateway::Stage', region: HOME, properties: { RestApiId: 'api2', StageName: 'prod' } },
      { type: 'AWS::ApiGatewayV2::Api', region: HOME, properties: { ApiId: 'h1', Name: 'http', ProtocolType: 'HTTP' } },
      { type: 'AWS::ApiGatewayV2::Route', region: HOME, properties: { ApiId: 'h1', RouteId: 'r1', RouteKey: 'GET /items', AuthorizationType: 'NONE' } }
    ],
    facts: {}
  })
  keys = server.createUserKeys(ACCOUNT, 'scanner')
})

afterAll(async () => {
  await server.close()
  process.env = savedEnv
})

it('lists REST API stages and v2 routes under each API', async () => {
  const result = await scanLive({
    sessions: [{ accountId: ACCOUNT, principalArn: `arn:aws:iam::${ACCOUNT}:user/scanner`, credentials: async () => ({ ...keys }) }],
    regions: { named: [HOME], all: false, global: false },
    types: ['AWS::ApiGateway::Stage', 'AWS::ApiGatewayV2::Route'],
    homeRegion: HOME,
    rateLimit: 0,
    concurrency: 4,
    retry: { baseMs: 1, capMs: 5 },
    sleep: async () => undefined
  })
  const ids = (type: string) => result.resources.filter((r) => r.type === type).map((r) => r.id).sort()
  expect(ids('AWS::ApiGateway::Stage')).toEqual(['api1|dev', 'api1|prod', 'api2|prod'])
  expect(ids('AWS::ApiGatewayV2::Route')).toEqual(['h1|r1'])
  expect(result.resources.find((r) => r.id === 'api1|prod')?.properties.TracingEnabled).toBe(true)
  expect(result.coverage.filter((c) => c.state !== 'scanned')).toEqual([])
})
