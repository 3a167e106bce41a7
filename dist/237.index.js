export const id = 237;
export const ids = [237];
export const modules = {

/***/ 1237:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish)
});

// EXTERNAL MODULE: ./lib/github/log.js + 19 modules
var log = __webpack_require__(7934);
;// CONCATENATED MODULE: ./lib/github/comment.js

/** GitHub rejects issue comments longer than this (422 "Body is too long"). */
const MAX_COMMENT_CHARS = 65_536;
async function whoAmI(api) {
    try {
        const { data } = await api.rest.users.getAuthenticated();
        return { login: data.login };
    }
    catch (err) {
        const status = err.status;
        if (status === 401 || status === 403 || status === 404)
            return { bot: true };
        throw err;
    }
}
const writtenBy = (author) => (c) => 'login' in author ? c.user?.login === author.login : c.user?.type === 'Bot';
/**
 * False when the pull request's head is no longer the commit this run reports on: a newer push has a
 * run of its own, whose report must not be overwritten by this older one. A failed check is not
 * a reason to skip (true).
 */
async function headIsCurrent(api, target, issue) {
    try {
        const { data } = await api.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: issue });
        return { current: data.head.sha === target.headSha, head: data.head.sha };
    }
    catch {
        return { current: true };
    }
}
/** `<!-- carbon-budget:KEY -->`; keys are limited to characters that cannot end an HTML comment. */
function commentMarker(key) {
    const safe = key.trim().replace(/[^A-Za-z0-9._/-]+/g, '-') || 'default';
    return `<!-- carbon-budget:${safe} -->`;
}
/** The body as posted: marker first, capped so that GitHub accepts it, a note where it was cut. */
function commentBody(key, markdown, maxChars = MAX_COMMENT_CHARS) {
    const marker = commentMarker(key);
    const full = `${marker}\n${markdown}`;
    if (full.length <= maxChars)
        return full;
    const note = '\n\n> [!NOTE]\n> This comment was cut at GitHub\'s 65,536-character limit; the job summary and the JSON report (`report-path` output) have everything.\n';
    // 4 characters of room for a closing fence.
    let cut = full.slice(0, maxChars - note.length - 4);
    const lastNewline = cut.lastIndexOf('\n');
    if (lastNewline > marker.length)
        cut = cut.slice(0, lastNewline);
    // Never end on half of a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    // An open code fence (a Mermaid chart) would swallow the note.
    if ((cut.match(/^```/gm) ?? []).length % 2 === 1)
        cut += '\n```';
    return cut + note;
}
function carries(c, marker) {
    return (c.body ?? '').trimStart().startsWith(marker);
}
function oldestFirst(a, b) {
    return a.created_at === b.created_at ? a.id - b.id : a.created_at < b.created_at ? -1 : 1;
}
async function markedComments(api, target, issue, marker) {
    // Every page: a busy PR has hundreds of comments and ours may be anywhere.
    const all = await api.paginate(api.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: issue, per_page: 100 });
    return all.filter((c) => carries(c, marker)).sort(oldestFirst);
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
async function upsertComment(api, target, key, markdown, opts = {}) {
    const issue = target.pullNumber;
    if (issue === undefined)
        throw new Error('upsertComment needs a pull request');
    const marker = commentMarker(key);
    const body = commentBody(key, markdown);
    const { owner, repo } = target;
    const head = await headIsCurrent(api, target, issue);
    if (!head.current) {
        log.info(`Pull request #${issue} moved on to ${head.head ?? 'a newer commit'}: the comment is left to the run for that commit.`);
        return { action: 'stale', commentId: 0, url: '', removedDuplicates: 0 };
    }
    const marked = await markedComments(api, target, issue, marker);
    let author = marked.length > 0 ? await whoAmI(api) : undefined;
    const first = author ? marked.filter(writtenBy(author))[0] : undefined;
    if (first) {
        if (first.body === body)
            return { action: 'unchanged', commentId: first.id, url: first.html_url, removedDuplicates: 0 };
        const { data } = await api.rest.issues.updateComment({ owner, repo, comment_id: first.id, body });
        return { action: 'updated', commentId: data.id, url: data.html_url, removedDuplicates: 0 };
    }
    if (opts.create === false)
        return { action: 'skipped', commentId: 0, url: '', removedDuplicates: 0 };
    const { data: mine } = await api.rest.issues.createComment({ owner, repo, issue_number: issue, body });
    // What the token writes as, for certain: the author of the comment it just made.
    author = mine.user ? { login: mine.user.login } : (author ?? { bot: true });
    const after = (await markedComments(api, target, issue, marker)).filter(writtenBy(author));
    const keep = after[0];
    if (!keep || keep.id === mine.id)
        return { action: 'created', commentId: mine.id, url: mine.html_url, removedDuplicates: 0 };
    // Another run commented first. Remove only what this run made; the other run's comment stays.
    log.info(`Another run created comment ${keep.id} at the same time; deleting this run's duplicate ${mine.id}.`);
    await api.rest.issues.deleteComment({ owner, repo, comment_id: mine.id });
    if (keep.body !== body) {
        const { data } = await api.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body });
        return { action: 'updated', commentId: data.id, url: data.html_url, removedDuplicates: 1 };
    }
    return { action: 'unchanged', commentId: keep.id, url: keep.html_url, removedDuplicates: 1 };
}

;// CONCATENATED MODULE: ./lib/github/status.js
/** GitHub silently rejects longer status descriptions (422 on some versions, truncation on others). */
const MAX_STATUS_DESCRIPTION_CHARS = 140;
/** `carbon-budget`, or `carbon-budget (KEY)` for a non-default key: the name users mark as required. */
function statusContext(key) {
    const k = key?.trim();
    return !k || k === 'default' ? 'carbon-budget' : `carbon-budget/${k}`;
}
/** Fits a description into 140 characters, cutting at a word and marking the cut with an ellipsis. */
function fitDescription(text, maxChars = MAX_STATUS_DESCRIPTION_CHARS) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    if (oneLine.length <= maxChars)
        return oneLine;
    const room = oneLine.slice(0, maxChars - 1);
    const space = room.lastIndexOf(' ');
    return `${(space > maxChars / 2 ? room.slice(0, space) : room).trimEnd()}…`;
}
/**
 * Sets the commit status on the report's head commit: the PR head, never the merge commit that
 * `GITHUB_SHA` names on pull_request. Throws Octokit's errors; `publish` turns them into warnings.
 */
async function setCommitStatus(api, target, req) {
    const context = statusContext(req.key);
    const description = fitDescription(req.description);
    await api.rest.repos.createCommitStatus({
        owner: target.owner,
        repo: target.repo,
        sha: target.headSha,
        state: req.state,
        context,
        description,
        ...(target.runUrl ? { target_url: target.runUrl } : {}),
    });
    return { context, sha: target.headSha, description };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
;// CONCATENATED MODULE: ./lib/github/annotations.js



/** GitHub shows at most this many annotations of each level per step and drops the rest silently. */
const MAX_ANNOTATIONS_PER_LEVEL = 10;
function properties(a, root) {
    const p = a.pos;
    // Annotations attach to repo-relative paths; manifests are relative to the action's `path` input.
    const file = p ? repoRelative(external_node_path_.posix.join(root, p.file)) : undefined;
    return {
        ...(a.title ? { title: a.title } : {}),
        ...(file ? { file } : {}),
        ...(p ? { startLine: p.line, startColumn: p.col } : {}),
        ...(p?.endLine !== undefined ? { endLine: p.endLine } : {}),
        // GitHub ignores columns on multi-line annotations; send endColumn only on one line.
        ...(p?.endCol !== undefined && (p.endLine === undefined || p.endLine === p.line) ? { endColumn: p.endCol } : {}),
    };
}
/**
 * GitHub matches annotation files against repo-relative paths; an absolute path (a `root` resolved
 * against the workspace) is made relative to `GITHUB_WORKSPACE`.
 */
function repoRelative(path, workspace = process.env['GITHUB_WORKSPACE']) {
    const normal = external_node_path_.posix.normalize(path);
    if (!external_node_path_.posix.isAbsolute(normal) || !workspace)
        return normal;
    const rel = external_node_path_.posix.relative(external_node_path_.posix.normalize(workspace), normal);
    return rel.startsWith('..') ? normal : rel;
}
/**
 * Prints annotations as workflow commands (they need no token, so they work on forks). Keeps within
 * GitHub's per-step cap: when a level has more than 10, prints 9 and a 10th saying how many were left
 * out; every annotation still goes to the log as a plain line. Escaping of the message (`%`, CR, LF)
 * and of properties (also `:` and `,`) is done by `./log.js`, as `@actions/core` does it.
 */
function emitAnnotations(items, opts = {}) {
    const sink = opts.sink ?? log;
    const root = opts.root ?? '.';
    const shown = { error: 0, warning: 0, notice: 0 };
    const leftOut = { error: 0, warning: 0, notice: 0 };
    for (const level of ['error', 'warning', 'notice']) {
        const ofLevel = items.filter((a) => a.level === level);
        const room = ofLevel.length > MAX_ANNOTATIONS_PER_LEVEL ? MAX_ANNOTATIONS_PER_LEVEL - 1 : ofLevel.length;
        for (const a of ofLevel.slice(0, room))
            sink[level](a.message, properties(a, root));
        shown[level] = room;
        const rest = ofLevel.slice(room);
        if (rest.length > 0) {
            leftOut[level] = rest.length;
            sink[level](`${rest.length} more ${level === 'notice' ? 'notice' : level}${rest.length === 1 ? '' : 's'} not shown as annotations (GitHub shows ${MAX_ANNOTATIONS_PER_LEVEL} per step); see the job summary and the log.`, { title: 'carbon-budget: more findings' });
            shown[level] += 1;
            for (const a of rest)
                sink.info(`${level}: ${a.pos ? `${a.pos.file}:${a.pos.line}:${a.pos.col}: ` : ''}${a.title ? `${a.title}: ` : ''}${a.message}`);
        }
    }
    return { shown, leftOut };
}
/** One error annotation per failed budget, at the experiment's manifest line (else where the budget was set). */
function budgetAnnotations(comparison) {
    // A broken budget that does not fail the job (fail-on: never, or an increase budget under fail-on:
    // budget) is still worth a warning at its line; one that blocks the merge is an error.
    return comparison.budgets
        .filter((b) => b.verdict === 'fail')
        .map((b) => {
        const pos = b.subjectPos ?? b.pos;
        const level = b.blocking ? 'error' : 'warning';
        return { level, title: `Carbon budget ${b.name} exceeded`, message: describeBudget(b), ...(pos ? { pos } : {}) };
    });
}
function describeBudget(b) {
    const fmt = (v) => b.unit === 'ratio' ? (0,format/* formatPercent */.l9)(v) : b.unit === 'kgCO2e' ? (0,format/* formatMass */.so)(v, { co2e: true }) : `${(0,format/* formatMass */.so)(v, { co2e: true })}/unit`;
    return `${b.name}: ${fmt(b.actual)} against a budget of ${b.limit} (over by ${fmt(-b.margin)})`;
}
/** Input problems (bad manifest fields) as annotations at their lines. */
function problemAnnotations(problems) {
    return problems.map((p) => ({
        level: p.severity,
        title: `carbon-budget: ${p.code}${p.field ? ` (${p.field})` : ''}`,
        message: p.suggestion !== undefined && !p.message.includes('did you mean') ? `${p.message}; did you mean ${p.suggestion}?` : p.message,
        ...(p.pos ? { pos: p.pos } : {}),
    }));
}

;// CONCATENATED MODULE: ./lib/github/outputs.js

/** GitHub refuses to show a step summary larger than this (the upload fails with an error annotation). */
const MAX_SUMMARY_BYTES = 1024 ** 2;
/** Sets `total-kgco2e`, `delta-kgco2e`, `verdict`, `report-path` (numbers as plain decimals in kgCO2e). */
function setActionOutputs(o) {
    log.setOutput('total-kgco2e', plainNumber(o.totalKgCO2e));
    log.setOutput('delta-kgco2e', o.deltaKgCO2e === undefined ? '' : plainNumber(o.deltaKgCO2e));
    log.setOutput('verdict', o.verdict);
    log.setOutput('report-path', o.reportPath);
}
// Workflow expressions compare strings; keep a fixed number of decimals and no exponent.
function plainNumber(kg) {
    return Number.isFinite(kg) ? String(Math.round(kg * 1000) / 1000) : '';
}
/**
 * Fits markdown into the 1 MiB step-summary limit (UTF-8 bytes): cuts at a line, closes an open code
 * fence or `<details>`, and says where the full report is.
 */
function foldSummary(markdown, maxBytes = MAX_SUMMARY_BYTES, reportPath) {
    if (Buffer.byteLength(markdown, 'utf8') <= maxBytes)
        return markdown;
    const note = `\n\n> [!NOTE]\n> The summary was cut at GitHub's 1 MiB limit.${reportPath ? ` The full report is in \`${reportPath}\` (output \`report-path\`).` : ''}\n`;
    // Room for closing a fence and a few nested <details>.
    const budget = maxBytes - Buffer.byteLength(note, 'utf8') - 256;
    // Byte-accurate cut without splitting a multi-byte character: cut the buffer, decode, drop a partial last char.
    let cut = Buffer.from(markdown, 'utf8').subarray(0, budget).toString('utf8').replace(/\uFFFD$/, '');
    const lastNewline = cut.lastIndexOf('\n');
    if (lastNewline > 0)
        cut = cut.slice(0, lastNewline);
    if ((cut.match(/^```/gm) ?? []).length % 2 === 1)
        cut += '\n```';
    const open = (cut.match(/<details\b/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
    cut += '\n</details>'.repeat(Math.min(20, Math.max(0, open)));
    return cut + note;
}
/**
 * Appends the report to the job summary, or replaces what this step wrote (`overwrite`). Works with a
 * read-only token (it is a file on the runner).
 * Returns false (and warns) when the runner gave no summary file, e.g. a local run.
 */
async function writeJobSummary(markdown, reportPath, opts = {}) {
    if (!process.env['GITHUB_STEP_SUMMARY']) {
        log.info('No GITHUB_STEP_SUMMARY file: the job summary is skipped (not running on a GitHub runner).');
        return false;
    }
    try {
        await log.writeSummary(foldSummary(markdown, MAX_SUMMARY_BYTES, reportPath), opts);
        return true;
    }
    catch (err) {
        log.warning(`Could not write the job summary: ${err instanceof Error ? err.message : String(err)}`);
        return false;
    }
}

;// CONCATENATED MODULE: ./lib/github/permissions.js
const NEEDED = {
    comment: { permission: 'pull-requests: write', what: 'post the pull-request comment' },
    status: { permission: 'statuses: write', what: 'set the commit status `carbon-budget`' },
};
const FORK_HELP = 'On pull requests from forks (and Dependabot) the GITHUB_TOKEN is read-only whatever the workflow asks for; ' +
    'use the two-workflow setup (pull_request uploads the event file, workflow_run publishes) described in the README. ' +
    'The job summary, annotations and outputs of this run are complete.';
function asHttpError(err) {
    return typeof err === 'object' && err !== null && 'status' in err ? err : undefined;
}
/** True for GitHub's answer to a token without the right scope (not a rate limit, which is also a 403). */
function isPermissionDenied(err) {
    const e = asHttpError(err);
    if (!e || e.status !== 403)
        return false;
    return !/rate limit/i.test(e.message ?? '');
}
/**
 * One line for the log and the summary explaining why a write failed. A 403 names the missing
 * permission (from GitHub's `x-accepted-github-permissions` header when present) and the fork setup.
 * Never throws: publishing problems do not decide the run's exit code, `fail-on` does.
 */
function describeApiFailure(err, surface) {
    const need = NEEDED[surface];
    const e = asHttpError(err);
    const said = firstLine(e?.message ?? (err instanceof Error ? err.message : String(err)));
    if (isPermissionDenied(err)) {
        const accepted = e?.response?.headers?.['x-accepted-github-permissions'];
        const alternatives = typeof accepted === 'string' && accepted ? ` (GitHub accepts: ${accepted.replace(/=/g, ': ').replace(/_/g, '-')})` : '';
        return `Could not ${need.what}: the token lacks \`${need.permission}\`${alternatives}; GitHub said "${said}". ` +
            `Add \`permissions: { ${need.permission} }\` to the job. ${FORK_HELP}`;
    }
    if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError' || /^no answer within|deadline for API calls/.test(said))) {
        return `Could not ${need.what}: GitHub did not answer in time (${said}). The job summary and outputs of this run are complete.`;
    }
    if (e?.status === 403 || e?.status === 429)
        return `Could not ${need.what}: GitHub's rate limit (${said}). The next run will try again.`;
    // GitHub answers 404, not 403, to a token that may not see or write the resource.
    if (e?.status === 404)
        return `Could not ${need.what}: GitHub answered 404 (${said}); the token may lack \`${need.permission}\`: add \`permissions: { ${need.permission} }\` to the job.`;
    if (e?.status !== undefined)
        return `Could not ${need.what}: GitHub answered ${e.status} (${said}).`;
    return `Could not ${need.what}: ${said}.`;
}
function firstLine(s) {
    // Octokit appends " - https://docs.github.com/..." to messages; keep GitHub's own words.
    return (s.split('\n')[0] ?? '').replace(/ - https:\/\/docs\.github\.com\S*$/, '').trim();
}

;// CONCATENATED MODULE: ./lib/github/describe.js

/** The base's name for people: its branch or ref, a full sha cut to 7 characters. */
function baseName(ref) {
    return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
}
/**
 * The status line, rounded like the comment: `6.3 tCO2e (+1.1 t, +21 % vs main) · over the total budget`.
 * Callers fit it into 140 characters (`fitDescription`); the reason goes last so a cut loses the least.
 */
function describeComparison(c) {
    const total = (0,format/* formatMass */.so)(c.head.totals.totalKgCO2e.central, { co2e: true });
    let delta = '';
    if (c.base) {
        const share = c.delta.share !== undefined && Number.isFinite(c.delta.share) ? `, ${(0,format/* formatPercentDelta */.zy)(c.delta.share)}` : '';
        const vs = c.baseRef ? ` vs ${baseName(c.baseRef.ref)}` : '';
        delta = ` (${(0,format/* formatMassDelta */.e0)(c.delta.totalKgCO2e.central)}${share}${vs})`;
    }
    return `${total}${delta} · ${c.verdictReason}`;
}

// EXTERNAL MODULE: ./lib/core/units.js
var units = __webpack_require__(7564);
;// CONCATENATED MODULE: ./lib/github/publish.js








const STATE = { pass: 'success', fail: 'failure', error: 'error' };
/**
 * Everything the action shows, in the order that keeps the most under faults: first what needs no
 * API (annotations, outputs, the job summary), so a job killed while GitHub is slow still has them;
 * then the comment and the status, bounded by `deadlineMs` (failures and the deadline become
 * warnings, never exceptions); then, when something could not be posted, the summary again with
 * those warnings on top. The exit code is not set here: the caller decides it from `fail-on`.
 */
async function publish(req) {
    const { api, target, inputs } = req;
    const annotations = emitAnnotations([...problemAnnotations(req.problems ?? []), ...(req.comparison ? budgetAnnotations(req.comparison) : [])], { root: req.root ?? '.' });
    setActionOutputs(req.outputs);
    const summary = req.summaryMarkdown ?? req.markdown;
    let summaryWritten = await writeJobSummary(summary, req.outputs.reportPath);
    const warnings = [];
    const posted = {};
    const wantComment = inputs.comment && target.pullNumber !== undefined;
    if (!api) {
        if (wantComment)
            warnings.push('No `github-token`: the pull-request comment is skipped.');
        if (inputs.status)
            warnings.push('No `github-token`: the commit status is skipped.');
    }
    else {
        const calls = (async () => {
            if (wantComment) {
                try {
                    posted.comment = await upsertComment(api, target, inputs.commentKey, req.markdown, { create: inputs.createComment !== false });
                    if (posted.comment.action === 'skipped')
                        log.info('Comment skipped: the pull request changes no footprint.');
                    else if (posted.comment.action !== 'stale')
                        log.info(`Comment ${posted.comment.action}: ${posted.comment.url}`);
                }
                catch (err) {
                    warnings.push(describeApiFailure(err, 'comment'));
                }
            }
            if (inputs.status) {
                const description = req.statusDescription ?? (req.comparison ? describeComparison(req.comparison) : firstProblem(req.problems));
                try {
                    posted.status = await setCommitStatus(api, target, { state: STATE[req.outputs.verdict], description, key: inputs.commentKey });
                    log.info(`Status ${posted.status.context} set on ${posted.status.sha}: ${posted.status.description}`);
                }
                catch (err) {
                    warnings.push(describeApiFailure(err, 'status'));
                }
            }
        })();
        // The requests themselves stop at the deadline; this bounds whatever else might wait (a retry's sleep).
        // The requests stop at the deadline by themselves and say why; the grace lets them. This bounds
        // whatever else might wait (a retry's sleep).
        const late = await raceDeadline(calls, req.deadlineMs === undefined ? undefined : req.deadlineMs + DEADLINE_GRACE_MS);
        if (late)
            warnings.push(`Publishing stopped at its deadline (${Math.round((req.deadlineMs ?? 0) / units/* SECOND_MS */._L)} s, input \`publish-timeout\`): GitHub was too slow. The job summary and outputs are complete; the next run will try again.`);
    }
    for (const w of warnings)
        log.warning(w);
    // Warnings go first: a folded (over 1 MiB) summary loses its end, never what could not be posted.
    if (warnings.length > 0 && summaryWritten) {
        const notes = `> [!WARNING]\n${warnings.map((w) => `> ${w}`).join('\n>\n')}\n\n`;
        summaryWritten = await writeJobSummary(notes + summary, req.outputs.reportPath, { overwrite: true });
    }
    return { ...posted, warnings: [...warnings], summaryWritten, annotations };
}
/** How long after the deadline requests that it aborted get to report their own failure. */
const DEADLINE_GRACE_MS = 1000;
/** True when `work` did not end within `ms` (it is then left to the process's end). */
async function raceDeadline(work, ms) {
    if (ms === undefined) {
        await work;
        return false;
    }
    let timer;
    const late = new Promise((resolve) => {
        timer = setTimeout(() => resolve(true), ms);
    });
    try {
        return await Promise.race([work.then(() => false), late]);
    }
    finally {
        clearTimeout(timer);
    }
}
function firstProblem(problems) {
    const p = problems?.find((x) => x.severity === 'error');
    return p ? `Bad input: ${p.pos ? `${p.pos.file}:${p.pos.line} ` : ''}${p.message}` : 'No report';
}


/***/ })

};
