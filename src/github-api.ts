// The one GitHub REST client shape Plumbline's modules take: Octokit's `request` (getOctokit(token).request),
// narrowed to what they use, so that sources (a pull request's base) and publishing (code scanning, the comment)
// share it without either importing the other.
export type Request = (route: string, params: Record<string, unknown>) => Promise<{ status: number; data: unknown }>
