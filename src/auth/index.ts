// Authentication: GitHub OIDC → STS, role chaining, refreshing and masked credentials (design: src/auth/).
export { parseRoleArn, type RoleArn } from './arn.js'
export { tokenClaims } from './oidc.js'
export { type AuthSettings, validateAuthSettings } from './settings.js'
export { type AccountSession, type AuthHost, openSessions } from './sessions.js'
export { type Estate, type UnreachableAccount, openEstate } from './organization.js'
