import { builtinRule } from '../declarative/builtin.js'

export const codebuildProjectNotPublic = builtinRule({
  id: 'codebuild-project-not-public',
  title: 'CodeBuild project builds are not publicly visible',
  severity: 'high',
  description: 'Checks that the project\'s build results, logs and artifacts are not shared with the public (Visibility is PRIVATE; PRIVATE when not set).',
  risk: 'A public project lets anyone on the internet read its build logs and download its artifacts, with whatever configuration and secrets they reveal.',
  remediation: {
    text: 'Set the project visibility to private.',
    terraform: `resource "aws_codebuild_project" "this" {
  # ...
  project_visibility = "PRIVATE"
}`
  },
  categories: ['internet-exposed'],
  'resource-types': ['AWS::CodeBuild::Project'],
  aliases: { checkov: [], prowler: ['codebuild_project_not_publicly_accessible'] },
  condition: { property: 'Visibility', equals: 'PRIVATE', default: 'PRIVATE' },
  messages: {
    pass: 'Project {name} is private',
    fail: 'Project {name} shares its builds publicly (Visibility is {value})',
    unknown: 'the project visibility'
  }
})
