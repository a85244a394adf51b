// lineLocator answers what lineAndColumn answers, for every offset of a text, looked up by bisection instead of a
// scan from the start (config files place each skip-rules and severity entry by line).
import { lineAndColumn, lineLocator } from '../../src/json-location.js'

const TEXTS = ['', 'one line', 'a\nb', '\n\n\n', 'skip-rules:\n  - a\n  - b\n', 'crlf\r\nlines\r\n\r\nend', 'x\n'.repeat(50) + 'last']

describe('lineLocator', () => {
  it.each(TEXTS.map((text) => [JSON.stringify(text).slice(0, 30), text]))('agrees with lineAndColumn at every offset of %s', (_name, text) => {
    const locate = lineLocator(text)
    for (let offset = -2; offset <= text.length + 2; offset++) expect([offset, locate(offset)]).toEqual([offset, lineAndColumn(text, offset)])
  })

  it('places a config entry on its own line', () => {
    const text = 'skip-rules:\n  - s3-bucket-logging\n  - ec2-ebs-encryption\n'
    expect(lineLocator(text)(text.indexOf('ec2-ebs'))).toEqual({ line: 3, column: 5 })
  })
})
