import { builtinRule } from '../declarative/builtin.js'

export const ecsTaskDefinitionEfsTransitEncryption = builtinRule({
  id: 'ecs-task-definition-efs-transit-encryption',
  title: 'ECS task definition encrypts its EFS volumes in transit',
  severity: 'medium',
  description: 'Checks that every EFS volume of the task definition sets EFSVolumeConfiguration.TransitEncryption to ENABLED.',
  risk: 'Without transit encryption the files the task reads and writes cross the network in clear text between the task and the file system.',
  remediation: {
    text: 'Set transit_encryption = "ENABLED" in every efs_volume_configuration (and use an access point with IAM authorization).',
    terraform: `resource "aws_ecs_task_definition" "this" {
  family = "app"
  container_definitions = jsonencode([{
    name      = "app"
    image     = "public.ecr.aws/docker/library/nginx:1.27"
    essential = true
  }])
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id     = aws_efs_file_system.data.id
      transit_encryption = "ENABLED"
    }
  }
}`
  },
  categories: ['encryption'],
  'resource-types': ['AWS::ECS::TaskDefinition'],
  aliases: { checkov: ['CKV_AWS_97'], prowler: [] },
  notes: 'Task definitions without an EFS volume get no verdict. TransitEncryption defaults to DISABLED.',
  'applies-when': { property: 'Volumes', some: { property: 'EFSVolumeConfiguration', exists: true } },
  condition: {
    property: 'Volumes',
    every: { 'any-of': [{ property: 'EFSVolumeConfiguration', exists: false }, { property: 'EFSVolumeConfiguration.TransitEncryption', equals: 'ENABLED' }] }
  },
  messages: {
    pass: 'Task definition {name} encrypts its EFS volumes in transit',
    fail: 'Task definition {name} has an EFS volume without transit encryption',
    unknown: 'the transit encryption of an EFS volume'
  }
})
