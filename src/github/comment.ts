import * as log from './log.js'
import type { GitHubApi } from './octokit.js'
import type { RunTarget } from './context.js'

/** GitHub rejects issue comments longer than this (422 "Body is too long"). */
export const MAX_COMMENT_CHARS = 65_536

export interface UpsertResult {
  /**
   * `skipped`: no comment existed and none was to be created (`commentId` 0, `url` empty).
   * `stale`: the pull request moved on to a newer head while this run worked; its report is left alone.
   */
  readonly action: 'created' | 'updated' | 'unchanged' | 'skipped' | 'stale'
  readonly commentId: number
  readonly url: string
  /** Comments this run created and then deleted because a racing run had commented first. */
  readonly removedDuplicates: number
}

interface IssueComment {
  readonly id: number
  readonly body?: string | undefined
  readonly html_url: string
  readonly created_at: string
  readonly user?: { readonly login: string; readonly type?: string } | null
}

/**
 * Who this token writes as: a login (a person's token can read `GET /user`), or any bot (an app's
 * installation token, GITHUB_TOKEN included, may not read /user and always writes as `<app>[bot]`;
 * people cannot post as a bot). The login is learned for certain from the first comment created.
 */
export type Author = { readonly login: string } | { readonly bot: true }

async function whoAmI(api: GitHubApi): Promise<Author> {
  try {
    const { data } = await api.rest.users.getAuthenticated()
    return { login: data.login }
  } catch (err) {
    const status = (err as { status?: number }).status
    if (status === 401 || status === 403 || status === 404) return { bot: true }
    throw err
  }
}

const writtenBy = (author: Author) => (c: IssueComment): boolean =>
  'login' in author ? c.user?.login === author.login : c.user?.type === 'Bot'

/**
 * False when the pull request's head is no longer the commit this run reports on: a newer push has a
 * run of its own, whose report must not be overwritten by this older one. A failed check is not
 * a reason to skip (true).
 */
async function headIsCurrent(api: GitHubApi, target: RunTarget, issue: number): Promise<{ current: boolean; head?: string }> {
  try {
    const { data } = await api.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: issue })
    return { current: data.head.sha === target.headSha, head: data.head.sha }
  } catch {
    return { current: true }
  }
}

/** `<!-- carbon-budget:KEY -->`; keys are limited to characters that cannot end an HTML comment. */
export function commentMarker(key: string): string {
  const safe = key.trim().replace(/[^A-Za-z0-9._/-]+/g, '-') || 'default'
  return `<!-- carbon-budget:${safe} -->`
}

/** The body as posted: marker first, capped so that GitHub accepts it, a note where it was cut. */
export function commentBody(key: string, markdown: string, maxChars: number = MAX_COMMENT_CHARS): string {
  const marker = commentMarker(key)
  const full = `${marker}\n${markdown}`
  if (full.length <= maxChars) return full
  const note = '\n\n> [!NOTE]\n> This comment was cut at GitHub\'s 65,536-character limit; the job summary and the JSON report (`report-path` output) have everything.\n'
  // 4 characters of room for a closing fence.
  let cut = full.slice(0, maxChars - note.length - 4)
  const lastNewline = cut.lastIndexOf('\n')
  if (lastNewline > marker.length) cut = cut.slice(0, lastNewline)
  // Never end on half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  // An open code fence (a Mermaid chart) would swallow the note.
  if ((cut.match(/^```/gm) ?? []).length % 2 === 1) cut += '\n```'
  return cut + note
}

function carries(c: IssueComment, marker: string): boolean {
  return (c.body ?? '').trimStart().startsWith(marker)
}

function oldestFirst(a: IssueComment, b: IssueComment): number {
  return a.created_at === b.created_at ? a.id - b.id : a.created_at < b.created_at ? -1 : 1
}

async function markedComments(api: GitHubApi, target: RunTarget, issue: number, marker: string): Promise<IssueComment[]> {
  // Every page: a busy PR has hundreds of comments and ours may be anywhere.
  const all = await api.paginate(api.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: issue, per_page: 100 })
  return (all as IssueComment[]).filter((c) => carries(c, marker)).sort(oldestFirst)
}

/**
 * Creates or edits the one comment for `key` on the pull request: the oldest comment that starts
 * with the hidden marker AND was written by this token's identity (a marker anyone can copy, an
 * author they cannot), found on every page; writes nothing when the body is unchanged, and nothing
 * when the pull request has moved on to a newer head. Two runs racing may both create: each lists
 * again after writing, and a run that finds an older comment of ours deletes the one it made and
 * writes its body into the older one, so exactly one comment stays.
 * Throws Octokit's errors (403 from a read-only token, ...); `publish` turns them into warnings.
 */
export async function upsertComment(api: GitHubApi, target: RunTarget, key: string, markdown: string, opts: { readonly create?: boolean } = {}): Promise<UpsertResult> {
  const issue = target.pullNumber
  if (issue === undefined) throw new Error('upsertComment needs a pull request')
  const marker = commentMarker(key)
  const body = commentBody(key, markdown)
  const { owner, repo } = target
  const head = await headIsCurrent(api, target, issue)
  if (!head.current) {
    log.info(`Pull request #${issue} moved on to ${head.head ?? 'a newer commit'}: the comment is left to the run for that commit.`)
    return { action: 'stale', commentId: 0, url: '', removedDuplicates: 0 }
  }
  const marked = await markedComments(api, target, issue, marker)
  let author: Author | undefined = marked.length > 0 ? await whoAmI(api) : undefined
  const first = author ? marked.filter(writtenBy(author))[0] : undefined
  if (first) {
    if (first.body === body) return { action: 'unchanged', commentId: first.id, url: first.html_url, removedDuplicates: 0 }
    const { data } = await api.rest.issues.updateComment({ owner, repo, comment_id: first.id, body })
    return { action: 'updated', commentId: data.id, url: data.html_url, removedDuplicates: 0 }
  }
  if (opts.create === false) return { action: 'skipped', commentId: 0, url: '', removedDuplicates: 0 }
  const { data: mine } = await api.rest.issues.createComment({ owner, repo, issue_number: issue, body })
  // What the token writes as, for certain: the author of the comment it just made.
  author = mine.user ? { login: mine.user.login } : (author ?? { bot: true })
  const after = (await markedComments(api, target, issue, marker)).filter(writtenBy(author))
  const keep = after[0]
  if (!keep || keep.id === mine.id) return { action: 'created', commentId: mine.id, url: mine.html_url, removedDuplicates: 0 }
  // Another run commented first. Remove only what this run made; the other run's comment stays.
  log.info(`Another run created comment ${keep.id} at the same time; deleting this run's duplicate ${mine.id}.`)
  await api.rest.issues.deleteComment({ owner, repo, comment_id: mine.id })
  if (keep.body !== body) {
    const { data } = await api.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body })
    return { action: 'updated', commentId: data.id, url: data.html_url, removedDuplicates: 1 }
  }
  return { action: 'unchanged', commentId: keep.id, url: keep.html_url, removedDuplicates: 1 }
}
