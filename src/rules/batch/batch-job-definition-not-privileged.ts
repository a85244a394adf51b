import { builtinRule } from '../declarative/builtin.js'

export const batchJobDefinitionNotPrivileged = builtinRule({
  id: 'batch-job-definition-not-privileged',
  title: 'Batch job definition does not run a privileged container',
  severity: 'high',
  description: 'Checks that the job definition\'s container (ContainerProperties) does not set Privileged to true.',
  risk: 'A privileged job container has root rights on the compute environment\'s instance: a compromised job compromises the host and every other job on it.',
  remediation: {
    text: 'Remove "privileged": true from container_properties.',
    terraform: `resource "aws_batch_job_definition" "this" {
  name = "job"
  type = "container"
  container_properties = jsonencode({
    image   = "public.ecr.aws/docker/library/busybox:1.36"
    command = ["echo", "hello"]
    resourceRequirements = [
      { type = "VCPU", value = "1" },
      { type = "MEMORY", value = "512" }
    ]
  })
}`
  },
  categories: ['least-privilege'],
  'resource-types': ['AWS::Batch::JobDefinition'],
  aliases: { checkov: ['CKV_AWS_210'], prowler: [] },
  notes: 'Cloud Control has no handlers for job definitions, so a live scan does not read them: the rule judges Terraform and saved inventories. Judges single-container jobs (ContainerProperties), as Checkov does; multi-node and ECS-properties jobs get no verdict. Privileged defaults to false.',
  'applies-when': { property: 'ContainerProperties', exists: true },
  condition: { property: 'ContainerProperties.Privileged', 'not-equals': true },
  messages: {
    pass: 'Job definition {name} does not run a privileged container',
    fail: 'Job definition {name} runs a privileged container',
    unknown: 'whether the container is privileged'
  }
})
