// Globs over Terraform addresses and resource ids: `*` any run of characters, `?` one character, everything
// else literal. Addresses are full of dots, brackets and quotes, which path-oriented glob libraries treat as
// syntax; here they are only text.
const cache = new Map<string, RegExp>()

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob)
  if (!re) {
    const body = glob
      .split('')
      .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
      .join('')
    re = new RegExp(`^${body}$`, 's')
    cache.set(glob, re)
  }
  return re
}

export function globMatch(glob: string, text: string): boolean {
  return globToRegExp(glob).test(text)
}
