import { builtinRule } from '../declarative/builtin.js'

export const codebuildProjectSourceNoCredentials = builtinRule({
  id: 'codebuild-project-source-no-credentials',
  title: 'CodeBuild project source URLs hold no credentials',
  severity: 'critical',
  description:
    'Checks that the location URL of the project\'s source and of each secondary source has no password or token in its user part (https://user:password@bitbucket.org/..., https://TOKEN@github.com/...).',
  risk: 'A credential in a source URL is stored in the project in the clear: anyone who can read the project, its build logs or the Terraform state gets access to the repository as that user.',
  remediation: {
    text: 'Use a plain repository URL and give CodeBuild access through a source credential (aws_codebuild_source_credential) or a CodeConnections connection; revoke the exposed credential.',
    terraform: `resource "aws_codebuild_source_credential" "bitbucket" {
  auth_type   = "BASIC_AUTH"
  server_type = "BITBUCKET"
  user_name   = "ci-bot"
  token       = var.bitbucket_app_password
}

resource "aws_codebuild_project" "this" {
  # ...
  source {
    type     = "BITBUCKET"
    location = "https://bitbucket.org/example/app.git"
  }
}`
  },
  categories: ['secrets'],
  'resource-types': ['AWS::CodeBuild::Project'],
  aliases: { checkov: [], prowler: ['codebuild_project_source_repo_url_no_sensitive_credentials'] },
  notes:
    'Judged on every source type, not only Bitbucket and GitHub: a credential in any URL is exposed the same way. A user name alone (https://ci-bot@host, git@host) passes; a user part that looks like a token (a GitHub or GitLab token, or a run of 30 letters and digits mixing both) fails. URLs are never shown in messages.',
  condition: {
    'all-of': [
      { predicate: 'no-credentials-in-url', property: 'Source.Location' },
      { predicate: 'no-credentials-in-url', property: 'SecondarySources[*].Location' }
    ]
  }
})
