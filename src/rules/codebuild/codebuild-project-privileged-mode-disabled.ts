import { builtinRule } from '../declarative/builtin.js'

export const codebuildProjectPrivilegedModeDisabled = builtinRule({
  id: 'codebuild-project-privileged-mode-disabled',
  title: 'CodeBuild project does not run builds in privileged mode',
  severity: 'high',
  description: 'Checks that the build container is not privileged (Environment.PrivilegedMode is false; false when not set).',
  risk: 'A privileged build container has root access to the build host\'s devices and kernel: a malicious dependency or build step can escape the container.',
  remediation: {
    text: 'Turn privileged mode off; build container images with a tool that needs no Docker daemon (Kaniko, BuildKit rootless) if that is why it was on.',
    terraform: `resource "aws_codebuild_project" "this" {
  # ...
  environment {
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/standard:7.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = false
  }
}`
  },
  categories: ['trust-boundaries'],
  'resource-types': ['AWS::CodeBuild::Project'],
  aliases: { checkov: ['CKV_AWS_316'], prowler: [] },
  notes: 'Projects that build Docker images need privileged mode for the Docker daemon; suppress them with that reason if no daemon-less builder will do.',
  condition: { property: 'Environment.PrivilegedMode', equals: false, default: false },
  messages: {
    pass: 'Project {name} runs builds without privileged mode',
    fail: 'Project {name} runs builds in privileged mode',
    unknown: 'whether privileged mode is on'
  }
})
