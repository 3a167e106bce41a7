import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = new URL('..', import.meta.url).pathname
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const pkg = JSON.parse(read('package.json')) as { version: string }
const workflow = parse(read('.github/workflows/release.yml')) as { on: { push: { tags: string[] } }; permissions: Record<string, string>; jobs: { release: { steps: { name?: string; run?: string; uses?: string }[] } } }
const steps = workflow.jobs.release.steps
const stepIndex = (match: RegExp) => steps.findIndex((s) => match.test(`${s.name ?? ''} ${s.run ?? ''} ${s.uses ?? ''}`))
const notes = (version: string) => {
  try {
    return { code: 0, out: execFileSync('node', [join(ROOT, 'scripts/release-notes.js'), version], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) }
  } catch (error) {
    const e = error as { status: number; stderr: string }
    return { code: e.status, out: e.stderr }
  }
}

describe('the release workflow', () => {
  it('runs on version tags and checks dist and the tests before it releases and moves the major tag', () => {
    expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+'])
    expect(workflow.permissions).toEqual({ contents: 'write' })
    const order = [/package\.json's version/, /npm run bundle/, /^ ?npm test/, /release-notes\.js/, /gh release create/, /Move the major tag/].map(stepIndex)
    expect(order.every((i) => i >= 0), String(order)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(steps[stepIndex(/Move the major tag/)]!.run).toContain('git push --force origin "$GITHUB_SHA:refs/tags/$major"')
  })

  it('moves the major tag the README tells workflows to use', () => {
    const major = `v${pkg.version.split('.')[0]}`
    const uses = [...read('README.md').matchAll(/uses: carbon-budget\/carbon-budget@([\w.-]+)/g)].map((m) => m[1])
    expect(uses.length).toBeGreaterThan(0)
    expect(new Set(uses)).toEqual(new Set([major]))
    // the shell's ${GITHUB_REF_NAME%%.*} on this version's tag
    expect(execFileSync('bash', ['-c', 'echo "${GITHUB_REF_NAME%%.*}"'], { env: { ...process.env, GITHUB_REF_NAME: `v${pkg.version}` }, encoding: 'utf8' }).trim()).toBe(major)
  })

  it('takes the notes of the tagged version from CHANGELOG.md, and refuses a version without a section', () => {
    const changelog = read('CHANGELOG.md')
    const got = notes(pkg.version)
    expect(got.code).toBe(0)
    expect(got.out).toMatch(/^\S/)
    expect(changelog).toContain(got.out.trim())
    expect(got.out).not.toContain('\n## ')
    const missing = notes('99.0.0')
    expect(missing.code).toBe(1)
    expect(missing.out).toContain('CHANGELOG.md has no "## 99.0.0 - DATE" section')
  })
})
