// launch-template-sets: what an instance gets from the launch template it is launched from. An instance launched with
// `launch_template { id = aws_launch_template.app.id }` sets no iam_instance_profile of its own, yet EC2 gives it the
// template's: the template (AWS::EC2::LaunchTemplate of the same inventory) is found by the instance's LaunchTemplate
// reference, id or name, and the property is read there.
import type { Resource } from '../../types.js'
import type { PredicateDefinition } from '../declarative/predicates.js'
import { referencedBy } from '../support/joins.js'
import { fail, nameOf, pass } from '../support/outcome.js'
import { read, UNKNOWN } from '../support/read.js'

const LAUNCH_TEMPLATE = 'AWS::EC2::LaunchTemplate'
const PATH = /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$/

/** The launch templates of the inventory the instance names: by its Terraform reference, its template's id or name. */
function templatesOf(instance: Resource, view: Parameters<PredicateDefinition['judge']>[1]): Resource[] {
  const found = new Set<Resource>([
    ...referencedBy(view, instance, 'LaunchTemplate', LAUNCH_TEMPLATE, 'LaunchTemplateId'),
    ...referencedBy(view, instance, 'LaunchTemplate.LaunchTemplateId', LAUNCH_TEMPLATE, 'LaunchTemplateId'),
    ...referencedBy(view, instance, 'LaunchTemplate.LaunchTemplateName', LAUNCH_TEMPLATE, 'LaunchTemplateName')
  ])
  return [...found]
}

/**
 * The resources the template's Terraform expression at `property` (or below it) refers to: a value known only after
 * apply that comes from another resource (`iam_instance_profile { name = aws_iam_instance_profile.app.name }`) is set.
 */
function referencedAt(template: Resource, property: string): string[] {
  const out: string[] = []
  for (const [path, addresses] of Object.entries(template.references ?? {})) {
    if (path === property || path.startsWith(`${property}.`) || property.startsWith(`${path}.`)) out.push(...addresses)
  }
  return out
}

function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false
  if (typeof value === 'object') return Object.keys(value as object).length > 0
  return true
}

export const launchTemplateSets: PredicateDefinition = {
  name: 'launch-template-sets',
  description:
    'The instance is launched from a launch template of the inventory (found by its LaunchTemplate reference, id or name) that sets `property` (a path of the template: LaunchTemplateData.IamInstanceProfile), or whose Terraform expression for it refers to another resource; unknown when the template says it only after apply from nothing it names.',
  parameters: {
    property: {
      description: 'the launch template property the instance gets (LaunchTemplateData.IamInstanceProfile)',
      required: true,
      check: (value) => (typeof value === 'string' && PATH.test(value) ? undefined : `must be a property path such as LaunchTemplateData.IamInstanceProfile, not ${JSON.stringify(value)}`)
    }
  },
  reads: ['LaunchTemplate', 'LaunchTemplate.LaunchTemplateId', 'LaunchTemplate.LaunchTemplateName'],
  judge(instance, view, args) {
    const property = args.property as string
    const templates = templatesOf(instance, view)
    if (templates.length === 0) return fail(`${nameOf(instance)} is launched from no launch template of the inventory that sets ${property}`, 'LaunchTemplate')
    let undecided = false
    for (const template of templates) {
      const value = read(template, property)
      const from = value === UNKNOWN ? referencedAt(template, property) : []
      if (from.length > 0) return pass(`${nameOf(instance)} gets ${property} from launch template ${template.address ?? nameOf(template)} (${from[0]}, after apply)`, 'LaunchTemplate')
      if (value === UNKNOWN) undecided = true
      else if (isSet(value)) return pass(`${nameOf(instance)} gets ${property} from launch template ${template.address ?? nameOf(template)}`, 'LaunchTemplate')
    }
    if (undecided) return { status: 'unknown', message: `${nameOf(instance)}: its launch template's ${property} is known only after apply`, path: 'LaunchTemplate' }
    return fail(`${nameOf(instance)}: its launch template does not set ${property}`, 'LaunchTemplate')
  }
}
