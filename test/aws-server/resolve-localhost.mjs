// Makes `<anything>.localhost` resolve like `localhost` in this process. S3 Control puts the account id in
// front of the endpoint's host name (`123456789012.localhost:PORT`), which the system resolver does not
// answer. Load it with `node --import ./test/aws-server/resolve-localhost.mjs` or import it first in a test.
// Node's net module looks up host names through dns.lookup on the module object, so wrapping it there is
// enough for http, the AWS SDK and @actions/http-client alike.
import dns from 'node:dns'

const LOCALHOST_SUBDOMAIN = /\.localhost\.?$/i
const marker = Symbol.for('plumbline.resolve-localhost')

if (!dns.lookup[marker]) {
  const originalLookup = dns.lookup
  const lookup = function lookup(hostname, options, callback) {
    const name = typeof hostname === 'string' && LOCALHOST_SUBDOMAIN.test(hostname) ? 'localhost' : hostname
    return originalLookup.call(dns, name, options, callback)
  }
  lookup[marker] = true
  dns.lookup = lookup
}
