import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
// @actions/core only here: it is the reference the runner module must match byte for byte.
import * as core from '@actions/core'
import * as runner from '../src/github/runner.js'

// Lets a test fix the delimiter's UUID to check the refusal; otherwise the real random one.
const fixedUuid = vi.hoisted(() => ({ value: undefined as string | undefined }))
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>()
  return { ...real, randomUUID: () => fixedUuid.value ?? real.randomUUID() }
})

const dir = mkdtempSync(join(tmpdir(), 'cb-runner-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let stdout: string[] = []
const saved = { ...process.env }
const savedExitCode = process.exitCode
beforeEach(() => {
  stdout = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { stdout.push(String(chunk)); return true })
})
afterEach(() => {
  vi.restoreAllMocks()
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
  Object.assign(process.env, saved)
  process.exitCode = savedExitCode
})

/** What `fn` prints to stdout, and the text it appended to a fresh GITHUB_OUTPUT file. */
function capture(fn: () => void): { out: string; file: string } {
  const file = join(dir, `out-${Math.random().toString(36).slice(2)}`)
  writeFileSync(file, '')
  process.env['GITHUB_OUTPUT'] = file
  stdout = []
  fn()
  return { out: stdout.join(''), file: readFileSync(file, 'utf8') }
}

// Every call draws a fresh UUID for its delimiter; compare the format, not the random part.
const sameDelimiter = (s: string) => s.replace(/ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ghadelimiter_UUID')

/** Both implementations run the same call; stdout and the output file must be identical. */
function expectSame(call: (m: typeof runner | typeof core) => void): string {
  const mine = capture(() => call(runner))
  const ref = capture(() => call(core))
  expect(sameDelimiter(mine.out)).toBe(sameDelimiter(ref.out))
  expect(sameDelimiter(mine.file)).toBe(sameDelimiter(ref.file))
  return mine.out + mine.file
}

// Strings that exercise every escape: %, CR, LF, ':' and ',' (properties), and non-ASCII.
const hostile = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '%', '\r', '\n', ':', ',', '::', '=', 'ü', '%0A', '"'), maxLength: 24 })
const props = fc.record({
  title: hostile, file: hostile, startLine: fc.nat(2000), endLine: fc.nat(2000), startColumn: fc.nat(200), endColumn: fc.nat(200),
}, { requiredKeys: [] })

describe('workflow commands match @actions/core', () => {
  it('escapes messages and annotation properties identically, for any strings', () => {
    fc.assert(fc.property(fc.constantFrom('error', 'warning', 'notice') as fc.Arbitrary<'error' | 'warning' | 'notice'>, hostile, props, (level, message, p) => {
      expectSame((m) => m[level](message, p))
    }), { numRuns: 300 })
  })

  it('writes the annotation of a manifest line as the runner expects it', () => {
    const out = expectSame((m) => m.error('100% over\r\nsee summary', { title: 'Budget, total: exceeded', file: 'ml/exp/llama,7b.carbon.yml', startLine: 3, startColumn: 5, endColumn: 9 }))
    expect(out).toBe('::error title=Budget%2C total%3A exceeded,file=ml/exp/llama%2C7b.carbon.yml,line=3,col=5,endColumn=9::100%25 over%0D%0Asee summary\n')
  })

  it('keeps core\'s quirks: empty properties still add a space, line 0 is dropped, Errors print as "Error: ..."', () => {
    expect(expectSame((m) => m.warning('w', { title: '' }))).toBe('::warning ::w\n')
    expect(expectSame((m) => m.notice('n', { file: 'a.yml', startLine: 0 }))).toBe('::notice file=a.yml::n\n')
    expect(expectSame((m) => m.error(new Error('boom')))).toBe('::error::Error: boom\n')
  })

  it('prints info, debug and add-mask the same way', () => {
    fc.assert(fc.property(hostile, (s) => {
      expectSame((m) => m.info(s))
      expectSame((m) => m.debug(s))
      expectSame((m) => m.setSecret(s))
    }), { numRuns: 100 })
    expect(expectSame((m) => m.setSecret('ghs_abc%def'))).toBe('::add-mask::ghs_abc%25def\n')
  })

  it('setFailed sets exit code 1 without exiting, and prints an error', () => {
    process.exitCode = 0
    expect(expectSame((m) => m.setFailed('carbon-budget: 2 errors\nin x.carbon.yml'))).toBe('::error::carbon-budget: 2 errors%0Ain x.carbon.yml\n')
    expect(process.exitCode).toBe(1)
  })
})

describe('inputs match @actions/core', () => {
  it('reads INPUT_ with spaces as _ and upper case, trimmed unless told not to', () => {
    fc.assert(fc.property(fc.constantFrom('path', 'fail-on', 'comment key', 'GitHub-Token'), fc.option(hostile, { nil: undefined }), fc.boolean(), (name, value, trim) => {
      const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
      const opts = { trimWhitespace: trim }
      expect(runner.getInput(name, opts)).toBe(core.getInput(name, opts))
    }), { numRuns: 200 })
    process.env['INPUT_COMMENT_KEY'] = '  monorepo-a \n'
    expect(runner.getInput('comment key')).toBe('monorepo-a')
  })

  it('throws the same error for a required input that is missing', () => {
    delete process.env['INPUT_CONFIG']
    expect(() => runner.getInput('config', { required: true })).toThrow(new Error('Input required and not supplied: config'))
    expect(() => core.getInput('config', { required: true })).toThrow(new Error('Input required and not supplied: config'))
  })

  it('accepts exactly the YAML 1.2 core booleans and names the input otherwise', () => {
    for (const value of ['true', 'True', 'TRUE', 'false', 'False', 'FALSE', ' true ', 'yes', 'on', '1', '', 'tRUE']) {
      process.env['INPUT_COMMENT'] = value
      let refError: unknown
      let ref: boolean | undefined
      try { ref = core.getBooleanInput('comment') } catch (e) { refError = e }
      if (refError) {
        expect(() => runner.getBooleanInput('comment')).toThrow(TypeError)
        expect(() => runner.getBooleanInput('comment')).toThrow((refError as Error).message)
      } else {
        expect(runner.getBooleanInput('comment')).toBe(ref)
      }
    }
    process.env['INPUT_STATUS'] = 'yes'
    expect(() => runner.getBooleanInput('status')).toThrow(/specification: status\n/)
  })
})

describe('outputs match @actions/core', () => {
  it('appends name<<ghadelimiter_UUID blocks to GITHUB_OUTPUT, for any value', () => {
    fc.assert(fc.property(fc.constantFrom('verdict', 'total-kgco2e', 'report-path'), fc.oneof(hostile, fc.integer(), fc.constant(undefined)), (name, value) => {
      expectSame((m) => m.setOutput(name, value))
    }), { numRuns: 200 })
    const { file } = capture(() => runner.setOutput('verdict', 'fail\nreally'))
    expect(file).toMatch(/^verdict<<(ghadelimiter_[0-9a-f-]{36})\nfail\nreally\n\1\n$/)
  })

  it('draws a fresh delimiter for every output', () => {
    const { file } = capture(() => { runner.setOutput('a', '1'); runner.setOutput('b', '2') })
    const delimiters = [...file.matchAll(/<<(ghadelimiter_[0-9a-f-]+)/g)].map((m) => m[1])
    expect(delimiters).toHaveLength(2)
    expect(delimiters[0]).not.toBe(delimiters[1])
  })

  it('refuses a value or a name that contains the delimiter', () => {
    const uuid = '00000000-0000-4000-8000-000000000000'
    fixedUuid.value = uuid
    try {
      expect(() => runner.prepareKeyValueMessage('verdict', `x\nghadelimiter_${uuid}\ninjected=1`)).toThrow('value should not contain the delimiter')
    expect(() => runner.prepareKeyValueMessage(`ghadelimiter_${uuid}`, 'x')).toThrow('name should not contain the delimiter')
      expect(runner.prepareKeyValueMessage('verdict', 'pass')).toBe(`verdict<<ghadelimiter_${uuid}\npass\nghadelimiter_${uuid}`)
    } finally {
      fixedUuid.value = undefined
    }
  })

  it('falls back to ::set-output without GITHUB_OUTPUT, and fails on a missing file like core', () => {
    stdout = []
    delete process.env['GITHUB_OUTPUT']
    runner.setOutput('verdict', 'pass')
    const mine = stdout.join('')
    stdout = []
    core.setOutput('verdict', 'pass')
    expect(mine).toBe(stdout.join(''))
    expect(mine).toBe('\n::set-output name=verdict::pass\n')
    process.env['GITHUB_OUTPUT'] = join(dir, 'no-such-file')
    expect(() => runner.setOutput('verdict', 'pass')).toThrow(`Missing file at path: ${join(dir, 'no-such-file')}`)
    expect(() => core.setOutput('verdict', 'pass')).toThrow(`Missing file at path: ${join(dir, 'no-such-file')}`)
  })
})

describe('job summary matches @actions/core', () => {
  it('appends the markdown and a line end', async () => {
    const a = join(dir, 'sum-a')
    const b = join(dir, 'sum-b')
    const md = '### Carbon budget: 12.4 tCO2e\n\n| a | b |\n|---|---|\n| ü | 1 |'
    writeFileSync(a, 'earlier step\n')
    writeFileSync(b, 'earlier step\n')
    process.env['GITHUB_STEP_SUMMARY'] = a
    await runner.appendSummary(md)
    await runner.appendSummary('second')
    process.env['GITHUB_STEP_SUMMARY'] = b
    await core.summary.addRaw(md, true).write()
    await core.summary.addRaw('second', true).write()
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'))
    expect(readFileSync(a, 'utf8')).toBe(`earlier step\n${md}\nsecond\n`)
  })

  it('fails with the same messages when there is no summary file or it cannot be written', async () => {
    delete process.env['GITHUB_STEP_SUMMARY']
    await expect(runner.appendSummary('x')).rejects.toThrow('Unable to find environment variable for $GITHUB_STEP_SUMMARY')
    const missing = join(dir, 'missing', 'summary.md')
    process.env['GITHUB_STEP_SUMMARY'] = missing
    // core caches the summary path of its first write; forget it so it looks at the variable again.
    ;(core.summary as unknown as { _filePath?: string })._filePath = undefined
    const refMessage = await core.summary.addRaw('x').write().then(() => '', (e: Error) => e.message)
    core.summary.emptyBuffer()
    expect(refMessage).toContain('Unable to access summary file')
    await expect(runner.appendSummary('x')).rejects.toThrow(refMessage)
    if (process.getuid?.() !== 0) {
      const readOnly = join(dir, 'read-only.md')
      writeFileSync(readOnly, '')
      chmodSync(readOnly, 0o444)
      process.env['GITHUB_STEP_SUMMARY'] = readOnly
      await expect(runner.appendSummary('x')).rejects.toThrow(`Unable to access summary file: '${readOnly}'`)
    }
  })
})
