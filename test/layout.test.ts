/**
 * The README's "How the code is laid out": data flows down the layers and no import runs back up.
 * Read from the sources themselves, so a new file that breaks the order fails here.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = resolve(import.meta.dirname, '../src')

/** What each folder may import (besides itself); the entries (src/*.ts) may import anything. */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  ingest: ['core'],
  compare: ['core'],
  run: ['core', 'ingest', 'compare'],
  render: ['core', 'compare'],
  github: ['core', 'compare', 'render'],
  commands: ['core', 'ingest', 'compare', 'run', 'render'],
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
}

const layerOf = (file: string): string => {
  const rel = relative(SRC, file).split('/')
  return rel.length === 1 ? 'entry' : rel[0]!
}

const sources = files(SRC).map((file) => ({ file, layer: layerOf(file), text: readFileSync(file, 'utf8') }))

/** Relative imports (static and dynamic) of a source, as layer names. */
function importedLayers(file: string, text: string): string[] {
  const specs = [...text.matchAll(/(?:from\s+|import\()\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!)
  return specs.map((s) => layerOf(resolve(dirname(file), s)))
}

describe('layout', () => {
  it('knows every folder of src/', () => {
    expect(new Set(sources.map((s) => s.layer))).toEqual(new Set([...Object.keys(ALLOWED), 'entry']))
  })

  it.each(Object.keys(ALLOWED))('%s imports only from the layers above it', (layer) => {
    const wrong = sources
      .filter((s) => s.layer === layer)
      .flatMap((s) => importedLayers(s.file, s.text).filter((l) => l !== layer && !ALLOWED[layer]!.includes(l)).map((l) => `${relative(SRC, s.file)} -> ${l}`))
    expect(wrong).toEqual([])
  })

  it('only src/ingest spawns processes (git)', () => {
    const spawning = sources.filter((s) => /node:child_process/.test(s.text)).map((s) => relative(SRC, s.file))
    expect(spawning.length).toBeGreaterThan(0)
    expect(spawning.filter((f) => !f.startsWith('ingest/'))).toEqual([])
  })
})
