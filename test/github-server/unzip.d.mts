// Types of unzip.mjs.

/** Entry name → content of a zip archive (stored or deflated entries; directories left out). Throws on CRC errors. */
export function unzip(zip: Buffer): Map<string, Buffer>
