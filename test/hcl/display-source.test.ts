// A remote module source named in a warning: user information and query never shown, whatever they contain.
import { displaySource } from '../../src/sources/hcl/modules.js'

describe('displaySource', () => {
  it.each([
    // Forms without credentials stay as written.
    ['registry', 'terraform-aws-modules/vpc/aws', 'terraform-aws-modules/vpc/aws'],
    ['registry with host and subdir', 'app.terraform.io/acme/k8s/aws//modules/nodes', 'app.terraform.io/acme/k8s/aws//modules/nodes'],
    ['GitHub shorthand', 'github.com/hashicorp/example', 'github.com/hashicorp/example'],
    ['Bitbucket shorthand', 'bitbucket.org/hashicorp/terraform-consul-aws', 'bitbucket.org/hashicorp/terraform-consul-aws'],
    ['git over https', 'git::https://example.com/vpc.git', 'git::https://example.com/vpc.git'],
    ['git with subdir', 'git::https://example.com/modules.git//vpc', 'git::https://example.com/modules.git//vpc'],
    ['hg', 'hg::http://example.com/vpc.hg', 'hg::http://example.com/vpc.hg'],
    ['HTTP archive', 'https://example.com/vpc-module.zip', 'https://example.com/vpc-module.zip'],
    ['S3', 's3::https://s3-eu-west-1.amazonaws.com/examplecorp-terraform-modules/vpc.zip', 's3::https://s3-eu-west-1.amazonaws.com/examplecorp-terraform-modules/vpc.zip'],
    ['GCS', 'gcs::https://www.googleapis.com/storage/v1/modules/foomodule.zip', 'gcs::https://www.googleapis.com/storage/v1/modules/foomodule.zip'],
    // Queries go: they carry refs, but also ssh keys and cloud keys.
    ['ref query', 'git::https://example.com/vpc.git?ref=v1.2.0', 'git::https://example.com/vpc.git?…'],
    ['subdir and ref', 'git::https://example.com/modules.git//vpc?ref=v1.2.0', 'git::https://example.com/modules.git//vpc?…'],
    ['ssh key in the query', 'git::ssh://git@example.com/storage.git?sshkey=LS0tLS1CRUdJTiBPUEVOU1NIIFBSSVZBVEUgS0VZ', 'git::ssh://***@example.com/storage.git?…'],
    ['S3 keys in the query', 's3::https://s3.amazonaws.com/b/vpc.zip?aws_access_key_id=AKIAIOSFODNN7EXAMPLE&aws_access_key_secret=wJalr', 's3::https://s3.amazonaws.com/b/vpc.zip?…'],
    ['archive query', 'https://example.com/vpc-module?archive=zip', 'https://example.com/vpc-module?…'],
    ['fragment', 'https://example.com/vpc.zip#token=abc', 'https://example.com/vpc.zip#…'],
    // User information goes, whatever it holds.
    ['user and token', 'git::https://deploy:ghp_s3cretT0kenValue@github.com/acme/modules.git//vpc?ref=v1.2.0', 'git::https://***@github.com/acme/modules.git//vpc?…'],
    ['password with a slash', 'git::https://user:pa/ss@host.example/acme/modules.git', 'git::https://***@host.example/acme/modules.git'],
    ['password with an @', 'git::https://user:p@ss@host.example/acme/modules.git', 'git::https://***@host.example/acme/modules.git'],
    ['password with a colon', 'https://user:pa:ss@host.example/vpc.zip', 'https://***@host.example/vpc.zip'],
    ['password with a slash and an @', 'git::https://user:a/b@c@host.example/repo.git//sub?ref=v1', 'git::https://***@host.example/repo.git//sub?…'],
    ['ssh user', 'git::ssh://username@example.com/storage.git', 'git::ssh://***@example.com/storage.git'],
    ['scp-like', 'git@github.com:hashicorp/example.git', '***@github.com:hashicorp/example.git'],
    ['scp-like with getter', 'git::username@example.com:storage.git', 'git::***@example.com:storage.git'],
    ['hg with a password', 'hg::https://user:secret/x@example.com/vpc.hg', 'hg::https://***@example.com/vpc.hg'],
    ['S3 with user information', 's3::https://AKIAIOSFODNN7EXAMPLE:wJalr/K7@s3.amazonaws.com/b/vpc.zip', 's3::https://***@s3.amazonaws.com/b/vpc.zip'],
    // A '?' or '#' before the last '@': the password or the query, no telling which. Nothing is shown.
    ['password with a question mark', 'git::https://user:pa?ss@host.example/repo.git', 'git::https://…'],
    ['password with a hash', 'https://user:pa#ss@host.example/vpc.zip', 'https://…'],
    ['an @ in the query', 'https://host.example/vpc.zip?sig=a@b&token=T0KEN', 'https://…']
  ])('%s', (_name, source, shown) => {
    expect(displaySource(source)).toBe(shown)
  })

  it('never shows a credential of any form above', () => {
    const secrets = ['ghp_s3cretT0kenValue', 'pa/ss', 'p@ss', 'pa:ss', 'a/b@c', 'LS0tLS1CRUdJTi', 'AKIAIOSFODNN7EXAMPLE', 'wJalr', 'secret/x', 'pa?ss', 'pa#ss', 'T0KEN']
    const sources = [
      'git::https://deploy:ghp_s3cretT0kenValue@github.com/acme/modules.git//vpc?ref=v1.2.0',
      'git::https://user:pa/ss@host.example/r.git',
      'git::https://user:p@ss@host.example/r.git',
      'https://user:pa:ss@host.example/vpc.zip',
      'git::https://user:a/b@c@host.example/repo.git//sub?ref=v1',
      'git::ssh://git@example.com/storage.git?sshkey=LS0tLS1CRUdJTiBPUEVOU1NIIFBSSVZBVEUgS0VZ',
      's3::https://AKIAIOSFODNN7EXAMPLE:wJalr/K7@s3.amazonaws.com/b/vpc.zip',
      'hg::https://user:secret/x@example.com/vpc.hg',
      'git::https://user:pa?ss@host.example/repo.git',
      'https://user:pa#ss@host.example/vpc.zip',
      'https://host.example/vpc.zip?sig=a@b&token=T0KEN'
    ]
    for (const source of sources) for (const secret of secrets) expect(displaySource(source)).not.toContain(secret)
  })
})
