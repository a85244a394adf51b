// Reads a zip archive (as @actions/artifact's archiver writes it) through its central directory, so tests can
// compare an uploaded artifact with the files on disk. Stored (0) and deflated (8) entries; zip64 sizes are
// taken from the extra field. Checks each entry's CRC-32 so a corrupted upload cannot pass as equal.
import { inflateRawSync } from 'node:zlib'

// zlib.crc32 exists only from Node 20.15; the table version works on every Node 20.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes) {
  let crc = 0xffffffff
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const CENTRAL_FILE_HEADER = 0x02014b50
const LOCAL_FILE_HEADER = 0x04034b50
const ZIP64_EXTRA = 0x0001

function findEndOfCentralDirectory(zip) {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at
  }
  throw new Error('not a zip archive: no end of central directory record')
}

function zip64Values(extra, wanted) {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at)
    const size = extra.readUInt16LE(at + 2)
    if (id === ZIP64_EXTRA) {
      const values = {}
      let offset = at + 4
      for (const name of wanted) {
        values[name] = Number(extra.readBigUInt64LE(offset))
        offset += 8
      }
      return values
    }
    at += 4 + size
  }
  return {}
}

/** @param {Buffer} zip @returns {Map<string, Buffer>} entry name → content (directories left out) */
export function unzip(zip) {
  const end = findEndOfCentralDirectory(zip)
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const entries = new Map()
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) throw new Error(`bad central directory entry ${i}`)
    const method = zip.readUInt16LE(at + 10)
    const crc = zip.readUInt32LE(at + 16)
    let compressedSize = zip.readUInt32LE(at + 20)
    let size = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    let localOffset = zip.readUInt32LE(at + 42)
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    const extra = zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength)
    // Zip64: only the fields that overflowed are in the extra field, in this order.
    const wanted = [size === 0xffffffff && 'size', compressedSize === 0xffffffff && 'compressedSize', localOffset === 0xffffffff && 'localOffset'].filter(Boolean)
    if (wanted.length > 0) ({ size = size, compressedSize = compressedSize, localOffset = localOffset } = zip64Values(extra, wanted))
    at += 46 + nameLength + extraLength + commentLength
    if (name.endsWith('/')) continue

    if (zip.readUInt32LE(localOffset) !== LOCAL_FILE_HEADER) throw new Error(`bad local header for ${name}`)
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28)
    const raw = zip.subarray(dataStart, dataStart + compressedSize)
    let content
    if (method === 0) content = Buffer.from(raw)
    else if (method === 8) content = inflateRawSync(raw)
    else throw new Error(`${name}: compression method ${method} is not supported`)
    if (content.length !== size) throw new Error(`${name}: ${content.length} bytes, the directory says ${size}`)
    if (crc32(content) >>> 0 !== crc) throw new Error(`${name}: CRC-32 mismatch`)
    entries.set(name, content)
  }
  return entries
}
