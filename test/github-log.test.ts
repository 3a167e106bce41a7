/**
 * No text from a pull request may start a workflow command: everything the action prints is read
 * back the way the Actions runner reads its log (actions/runner, src/Runner.Common/ActionCommand.cs:
 * a line is a command when, after leading white space, it starts with `::` and holds a second `::`,
 * or when it holds `##[` followed by `]` anywhere), and only the commands the action meant to write
 * may be found, each with exactly the message it was given.
 */
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { emitAnnotations, type Annotation } from '../src/github/annotations.js'
import * as log from '../src/github/log.js'

let printed = ''
const realWrite = process.stdout.write.bind(process.stdout)
beforeEach(() => {
  printed = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    printed += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stdout.write
})
afterEach(() => {
  process.stdout.write = realWrite
})

// The runner's commands (ActionCommandManager.cs and its extensions); any other name is not a command.
const REGISTERED = new Set(['add-mask', 'add-matcher', 'remove-matcher', 'debug', 'warning', 'error', 'notice', 'group', 'endgroup', 'echo', 'stop-commands', 'save-state', 'set-output', 'set-env', 'add-path', 'internal-set-repo-path'])

interface Parsed { readonly name: string; readonly data: string }

// .NET's TrimStart white space: Unicode Zs, the C0 spaces, NEL, LS and PS.
const DOTNET_SPACE = /^[\s\u0085]+/u
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')

/** Every command the runner would run from this output; the runner reads lines ending in CR, LF or CRLF. */
function commandsIn(output: string): Parsed[] {
  const out: Parsed[] = []
  for (const raw of output.split(/\r\n|\r|\n/)) {
    const line = raw.replace(DOTNET_SPACE, '')
    const end = line.startsWith('::') ? line.indexOf('::', 2) : -1
    const name = end >= 0 ? (line.slice(2, end).split(' ')[0] ?? '') : ''
    // The runner tries the `::` form first and the old `##[` form only when that fails.
    if (REGISTERED.has(name)) {
      out.push({ name, data: unescapeData(line.slice(end + 2)) })
      continue
    }
    const v1 = raw.indexOf('##[')
    if (v1 >= 0 && raw.indexOf(']', v1) >= 0) out.push({ name: `v1:${raw.slice(v1 + 3, raw.indexOf(']', v1)).split(' ')[0] ?? ''}`, data: '' })
  }
  return out
}

// Strings built to break out: line ends of every kind, command prefixes, escapes, controls, and anything else.
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom('\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\u000b', '\f', '\u0000', '\t', ' ', '\u3000', '\u00a0', '\ufeff',
        '::', '::add-mask::', '::error file=a.yml,line=1::', '::stop-commands::tok', '##[error]', '##[set-output name=x;]', '%', '%0A', '%25', ']', ','),
      fc.string({ unit: 'binary', maxLength: 8 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''))

describe('what the action prints', () => {
  it('a plain line never holds a command, whatever it says', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        printed = ''
        log.info(text)
        expect(commandsIn(printed)).toEqual([])
      }),
      { numRuns: 2000 },
    )
  })

  it('an annotation or a failure is exactly one command, carrying exactly its message', () => {
    let n = 0
    fc.assert(
      fc.property(hostile, hostile, hostile, (message, title, file) => {
        printed = ''
        const unique = `${n++} ${message}`
        log.warning(unique, { title, file, startLine: 3 })
        log.error(unique, { title })
        log.notice(unique)
        log.setFailed(unique)
        process.exitCode = 0
        expect(commandsIn(printed)).toEqual([
          { name: 'warning', data: unique },
          { name: 'error', data: unique },
          { name: 'notice', data: unique },
          { name: 'error', data: unique },
        ])
      }),
      { numRuns: 1000 },
    )
  })

  it('findings past the 10 annotations GitHub shows go to plain lines, and start no command', () => {
    let n = 0
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, hostile, hostile), { minLength: 11, maxLength: 16 }), (items) => {
        printed = ''
        const annotations: Annotation[] = items.map(([message, title, file], i) => ({
          level: 'warning', message: `${n}.${i} ${message}`, title, pos: { file: file || 'a.yml', line: 1, col: 1 },
        }))
        n++
        emitAnnotations(annotations)
        const commands = commandsIn(printed)
        expect(commands.map((c) => c.name)).toEqual(Array(10).fill('warning'))
        expect(commands.slice(0, 9).map((c) => c.data)).toEqual(annotations.slice(0, 9).map((a) => a.message))
      }),
      { numRuns: 300 },
    )
  })
})
