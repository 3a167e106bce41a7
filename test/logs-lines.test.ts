import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { LONG_LINE_BYTES, NotTextError, readLineBatches, readLines } from '../src/ingest/lines.js'

const chunked = (bytes: Buffer, size: number): Readable => {
  const parts: Buffer[] = []
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size))
  return Readable.from(parts)
}
const collect = async (stream: Readable) => {
  const out: [number, string][] = []
  for await (const l of readLines(stream, 'f.csv')) out.push([l.line, l.text])
  return out
}

describe('readLines', () => {
  const text = '\ufeffa, b\r\n1, 2\r\n\r\nü, 3\n4, 5'
  const expected: [number, string][] = [[1, 'a, b'], [2, '1, 2'], [3, ''], [4, 'ü, 3'], [5, '4, 5']]

  it.each([1, 2, 3, 5, 64])('splits CRLF and LF, drops the BOM, keeps a last line without newline (chunks of %i bytes)', async (size) => {
    expect(await collect(chunked(Buffer.from(text), size))).toEqual(expected)
  })

  it('numbers lines across many batches', async () => {
    const many = Array.from({ length: 100_000 }, (_, i) => `line ${i + 1}`).join('\n') + '\n'
    const lines = await collect(chunked(Buffer.from(many), 65_536))
    expect(lines).toHaveLength(100_000)
    expect(lines[99_999]).toEqual([100_000, 'line 100000'])
  })

  it.each([262_144, 300_001, 1 << 20])('hands out large chunks (%i bytes) in place, joining only the lines that straddle two chunks', async (size) => {
    // ~3 MB of CRLF lines with a two-byte character, so chunk edges fall mid-line and mid-character.
    const expectedLines = Array.from({ length: 40_000 }, (_, i) => `2025/03/14 09:26:53.107, ${i}, ü${'x'.repeat(i % 61)}`)
    const bytes = Buffer.from(expectedLines.join('\r\n') + '\r\n')
    const lines = await collect(chunked(bytes, size))
    expect(lines).toEqual(expectedLines.map((text, i) => [i + 1, text]))
    // The bulk of each chunk is a view of the chunk, not a copy.
    let inPlaceBytes = 0
    for await (const batch of readLineBatches(chunked(bytes, size), 'f.csv')) if (batch.bytes.buffer === bytes.buffer) inPlaceBytes += batch.bytes.length
    expect(inPlaceBytes).toBeGreaterThan(bytes.length * 0.9)
  })

  it('rejects invalid UTF-8 at its line, and binary input', async () => {
    const bad = Buffer.concat([Buffer.from('ok\nok\n'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')])
    const err = await collect(chunked(bad, 3)).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(NotTextError)
    expect((err as NotTextError).problem.pos).toMatchObject({ line: 3 })
    const bin = await collect(chunked(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]), 8)).catch((e: unknown) => e)
    expect((bin as NotTextError).problem.message).toMatch(/binary/)
  })

  it('hands out a line over LONG_LINE_BYTES in pieces, cut between characters, numbering on after it', async () => {
    // A one-line JSON of ~3 MB with two- and three-byte characters, then two short lines.
    const long = `{"a":"${'ü€x'.repeat(500_000)}"}`
    const bytes = Buffer.from(`${long}\nnext\nlast\n`)
    const batches = []
    for await (const b of readLineBatches(chunked(bytes, 65_536), 'q.json')) batches.push(b)
    expect(batches.filter((b) => b.continues).length).toBeGreaterThanOrEqual(2)
    expect(Math.max(...batches.map((b) => b.bytes.length))).toBeLessThan(LONG_LINE_BYTES + 65_536)
    expect(Buffer.concat(batches.map((b) => b.bytes)).equals(bytes)).toBe(true)
    const last = batches.at(-1)!
    expect(last.firstLine + last.lineCount - 1).toBe(3)
    expect(last.lines.at(-1)).toBe('last')
  })
})
