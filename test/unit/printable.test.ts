// printable(): no value the CLI prints can end its line (src/printable.ts).
import { hasControlCharacters, printable } from '../../src/printable.js'

describe('printable', () => {
  it.each([
    ['a\nb', 'a\\nb'],
    ['a\r\n::error::x', 'a\\r\\n::error::x'],
    ['tab\there', 'tab\\there'],
    ['nul\u0000 esc\u001b[31m del\u007f', 'nul\\u0000 esc\\u001b[31m del\\u007f'],
    ['next line\u0085 csi\u009b', 'next line\\u0085 csi\\u009b'],
    ['line\u2028paragraph\u2029', 'line\\u2028paragraph\\u2029'],
    ['plain: é ü 日本 ✓', 'plain: é ü 日本 ✓']
  ])('%j → %j', (value, shown) => {
    expect(printable(value)).toBe(shown)
    expect(hasControlCharacters(value)).toBe(value !== shown)
    expect(hasControlCharacters(printable(value))).toBe(false)
  })
})
