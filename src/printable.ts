// Values printed by the CLI, made safe for a terminal and for the GitHub Actions runner. The runner reads a step's
// output line by line and runs every line that starts with `::` as a workflow command (`::error ...`,
// `::add-mask::`, `::set-output`, `::stop-commands::`); a value carrying a line break — a .tf file name, a resource
// id, a tag, an error message quoting either — could start such a line. Every value interpolated into a printed
// line goes through printable(): control characters (C0, DEL, C1) and the Unicode line and paragraph separators
// are shown as escapes, so no value can end the line it is printed on.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

export function printable(value: string): string {
  return value.replace(CONTROL_CHARACTERS, (ch) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Whether the text holds a character printable() would escape. */
export function hasControlCharacters(value: string): boolean {
  CONTROL_CHARACTERS.lastIndex = 0
  return CONTROL_CHARACTERS.test(value)
}
