export const id = 826;
export const ids = [826,755];
export const modules = {

/***/ 5826:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./lib/core/errors.js + 1 modules
var errors = __webpack_require__(8782);
// EXTERNAL MODULE: ./lib/ingest/fs-source.js
var fs_source = __webpack_require__(6003);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/ingest/git-exec.js


// Git must never prompt (CI has no terminal), never read the machine's or user's config in ways that
// change output formats, and must not take the index lock on a work tree the user is editing.
const GIT_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
    GIT_PAGER: 'cat',
};
// What git may see of the caller's environment: where it runs, its own settings (GIT_*), and how to
// reach the origin (proxies, certificates). Never the rest: on a runner that holds the token input
// (INPUT_GITHUB-TOKEN), GITHUB_TOKEN and the runtime's own tokens, none of which git needs.
const PASSED = /^(PATH|HOME|TMPDIR|TEMP|TMP|USER|LOGNAME|SYSTEMROOT|XDG_CONFIG_HOME|SSL_CERT_FILE|SSL_CERT_DIR|SSH_AUTH_SOCK|GIT_(?!TERMINAL_PROMPT$)\w+|(?:HTTPS?|NO|ALL)_PROXY|(?:https?|no|all)_proxy)$/;
/** The environment every git child gets: the few variables above from the caller's, plus the settings above. */
function gitEnv(env = process.env) {
    const passed = Object.fromEntries(Object.entries(env).filter(([name]) => PASSED.test(name)));
    return { ...passed, ...GIT_ENV };
}
const DEFAULT_MAX_BYTES = 256 * 1024 ** 2;
/**
 * Runs `git -C dir ...args` without a shell (arguments are an array, so nothing in a ref or path is
 * ever interpreted) and returns its stdout as bytes.
 * @throws CarbonError with one `git` problem whose message summarizes git's stderr
 */
function runGit(dir, args, opts = {}) {
    const maxBuffer = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', ['-C', dir, ...args], { encoding: 'buffer', maxBuffer, env: gitEnv(), windowsHide: true }, (error, stdout, stderr) => {
            if (!error)
                return resolve({ stdout, code: 0 });
            const err = error;
            if (err.code === 'ENOENT')
                return reject(new errors/* CarbonError */.kk([gitMissing()]));
            if (err.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
                return reject(new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('git-output-too-large', { command: args[0] ?? '', maxBytes: maxBuffer })]));
            }
            const code = typeof err.code === 'number' ? err.code : -1;
            if (opts.okCodes?.includes(code))
                return resolve({ stdout, code });
            reject(new errors/* CarbonError */.kk([gitFailure(args, stderr.toString('utf8'))]));
        });
    });
}
/** Runs git and returns stdout as trimmed UTF-8 text. */
async function git_exec_gitText(dir, args, opts = {}) {
    const { stdout } = await runGit(dir, args, opts);
    return stdout.toString('utf8').trim();
}
/** Starts a long-running git (a blob stream); the caller owns the child. */
function spawnGit(dir, args) {
    return (0,external_node_child_process_.spawn)('git', ['-C', dir, ...args], { env: gitEnv(), windowsHide: true });
}
/** `git is not installed` as a problem, for spawn errors. */
function gitMissing() {
    return (0,errors/* problem */.CC)('git-missing');
}
/** A failed git call as a problem: the command and the first lines of its stderr, no stack. */
function gitFailure(args, stderr) {
    return (0,errors/* problem */.CC)('git-command-failed', { command: summarizeArgs(args), stderr: summarizeStderr(stderr) });
}
/** The first meaningful lines of git's stderr, without `fatal:`/`error:` prefixes and hints. */
function summarizeStderr(stderr) {
    const lines = stderr
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('hint:'))
        .map((l) => l.replace(/^(fatal|error|warning): /, ''));
    const text = lines.slice(0, 3).join('; ');
    if (text === '')
        return 'no message';
    return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
function summarizeArgs(args) {
    const shown = args.slice(0, 4).join(' ');
    return args.length > 4 ? `${shown} ...` : shown;
}

;// CONCATENATED MODULE: ./lib/ingest/worktree-source.js


/**
 * The working tree of a git repository, as `fsSource`, plus content ids for the files git knows
 * to be unchanged: such a file holds exactly its index blob, so `check` can reuse what it read of
 * the same blob at the base instead of reading a large log twice. Modified and untracked files
 * have no id and are always read.
 * @param dir the folder to report on (the repository root or a folder inside it)
 */
async function worktreeSource(dir) {
    const source = (0,fs_source/* fsSource */.R)(dir);
    // Paths from ls-files are relative to `dir`; status -z prints them from the repository root.
    const [listed, status, prefix] = await Promise.all([
        runGit(dir, ['ls-files', '--stage', '-z', '--', '.']),
        runGit(dir, ['status', '--porcelain=v1', '-z', '--untracked-files=no', '--', '.']),
        runGit(dir, ['rev-parse', '--show-prefix']),
    ]);
    const root = prefix.stdout.toString('utf8').trim();
    const dirty = new Set();
    const records = status.stdout.toString('utf8').split('\0');
    for (let i = 0; i < records.length; i++) {
        const r = records[i];
        if (r.length < 4)
            continue;
        // A rename or copy carries its source path in the next record.
        if (r[0] === 'R' || r[0] === 'C')
            i++;
        if (r[1] !== ' ')
            dirty.add(r.slice(3).startsWith(root) ? r.slice(3 + root.length) : r.slice(3));
    }
    const ids = new Map();
    for (const record of listed.stdout.toString('utf8').split('\0')) {
        const tab = record.indexOf('\t');
        if (tab < 0)
            continue;
        const [, oid, stage] = record.slice(0, tab).split(' ');
        const path = record.slice(tab + 1);
        if (stage === '0' && oid !== undefined && !dirty.has(path))
            ids.set(path, oid);
    }
    return { ...source, contentId: async (path) => ids.get(path) };
}

// EXTERNAL MODULE: ./lib/core/units.js
var units = __webpack_require__(7564);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/ingest/git-batch.js


const EMPTY = Buffer.alloc(0);
/**
 * One `git cat-file --batch` process per repository, reading many small blobs (manifests, configs,
 * series) and trees without a process per file. Requests are pipelined: each is written as soon as
 * it is made, so many reads in flight cost one round trip, not one each; answers come in order. An
 * object's bytes are copied once into a buffer of its size (never re-joined chunk by chunk). The
 * process is referenced only while a read is pending, so it never keeps the CLI alive.
 */
class BlobBatch {
    repoDir;
    mode;
    child;
    queue = [];
    /** Bytes received and not yet parsed: headers and small objects, never a large body. */
    pending = EMPTY;
    body;
    /** The LF that ends an object's bytes, when it has not arrived yet. */
    skipLf = false;
    stderr = '';
    constructor(repoDir, mode) {
        this.repoDir = repoDir;
        this.mode = mode;
    }
    read(oid) {
        return new Promise((resolve, reject) => {
            const child = this.start();
            this.queue.push({ oid, resolve, reject });
            if (this.queue.length === 1)
                this.setRef(true);
            child.stdin.write(`${oid}\n`);
        });
    }
    close() {
        this.child?.stdin.end();
        this.child = undefined;
    }
    start() {
        if (this.child)
            return this.child;
        const child = spawnGit(this.repoDir, ['cat-file', this.mode]);
        this.child = child;
        this.pending = EMPTY;
        this.body = undefined;
        this.skipLf = false;
        child.stdout.on('data', (chunk) => this.receive(chunk));
        child.stderr.on('data', (chunk) => {
            if (this.stderr.length < 4096)
                this.stderr += chunk.toString('utf8');
        });
        child.on('error', (error) => {
            this.fail(new errors/* CarbonError */.kk([error.code === 'ENOENT' ? gitMissing() : gitFailure(['cat-file', '--batch'], error.message)]));
        });
        child.on('close', () => {
            if (this.child === child)
                this.child = undefined;
            this.fail(new errors/* CarbonError */.kk([gitFailure(['cat-file', '--batch'], this.stderr || 'git exited')]));
        });
        child.stdin.on('error', () => {
            // EPIPE when git died: the close handler reports it.
        });
        return child;
    }
    setRef(on) {
        const c = this.child;
        if (!c)
            return;
        for (const handle of [c, c.stdin, c.stdout, c.stderr]) {
            if (on)
                handle.ref?.();
            else
                handle.unref?.();
        }
    }
    receive(chunk) {
        let rest = chunk;
        const body = this.body;
        if (body) {
            const take = Math.min(rest.length, body.bytes.length - body.filled);
            rest.copy(body.bytes, body.filled, 0, take);
            body.filled += take;
            rest = rest.subarray(take);
            if (body.filled < body.bytes.length)
                return;
            this.body = undefined;
            this.skipLf = true;
            this.settle().resolve({ oid: body.oid, type: body.type, size: body.bytes.length, bytes: body.bytes });
        }
        this.pending = this.pending.length === 0 ? rest : Buffer.concat([this.pending, rest]);
        this.drain();
    }
    drain() {
        for (;;) {
            if (this.skipLf) {
                if (this.pending.length === 0)
                    return;
                this.pending = this.pending.subarray(1);
                this.skipLf = false;
            }
            const next = this.queue[0];
            if (!next)
                return;
            const eol = this.pending.indexOf(0x0a);
            if (eol < 0)
                return;
            const header = this.pending.subarray(0, eol).toString('utf8');
            this.pending = this.pending.subarray(eol + 1);
            const [oid, type, sizeText] = header.split(' ');
            if (type === 'missing' || type === undefined || sizeText === undefined) {
                this.settle().reject(new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('git-object-missing', { oid: oid ?? next.oid })]));
                continue;
            }
            const size = Number(sizeText);
            if (this.mode === '--batch-check') {
                this.settle().resolve({ oid: oid, type, size, bytes: EMPTY });
                continue;
            }
            if (this.pending.length >= size) {
                const bytes = Buffer.from(this.pending.subarray(0, size));
                this.pending = this.pending.subarray(size);
                this.skipLf = true;
                this.settle().resolve({ oid: oid, type, size, bytes });
                continue;
            }
            // A body larger than what has arrived: the rest is copied into it as it comes.
            const bytes = Buffer.allocUnsafe(size);
            this.pending.copy(bytes, 0);
            this.body = { oid: oid, type, bytes, filled: this.pending.length };
            this.pending = EMPTY;
            return;
        }
    }
    settle() {
        const done = this.queue.shift();
        if (this.queue.length === 0)
            this.setRef(false);
        return done;
    }
    fail(error) {
        this.body = undefined;
        for (const pending of this.queue.splice(0))
            pending.reject(error);
    }
}
const batches = new Map();
function batchFor(repoDir, mode) {
    const key = `${mode}\0${repoDir}`;
    let batch = batches.get(key);
    if (!batch) {
        batch = new BlobBatch(repoDir, mode);
        batches.set(key, batch);
    }
    return batch;
}
/**
 * An object (`<oid>`, or an expression such as `<sha>^{tree}`) with its bytes, read through the
 * repository's shared `cat-file --batch` process.
 */
function readObject(repoDir, spec) {
    return batchFor(repoDir, '--batch').read(spec);
}
/** The bytes of a blob, read through the shared `cat-file --batch` process. */
async function readBlob(repoDir, oid) {
    return (await readObject(repoDir, oid)).bytes;
}
const FULL_OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const stats = new Map();
const MAX_CACHED_STATS = 200_000;
/**
 * Type and size of an object, without its bytes (`cat-file --batch-check`). An object id names
 * the same bytes forever, so answers for full ids are kept: a manifest's size is asked for once
 * per run, however many commits of the trend hold it.
 */
function statObject(repoDir, spec) {
    if (!FULL_OID.test(spec))
        return batchFor(repoDir, '--batch-check').read(spec);
    const key = `${repoDir}\0${spec}`;
    let stat = stats.get(key);
    if (!stat) {
        stat = batchFor(repoDir, '--batch-check').read(spec);
        stats.set(key, stat);
        stat.catch(() => stats.delete(key));
        if (stats.size > MAX_CACHED_STATS)
            stats.delete(stats.keys().next().value);
    }
    return stat;
}
/** Ends every batch process (tests; long-running hosts). */
function closeBlobReaders() {
    for (const batch of batches.values())
        batch.close();
    batches.clear();
    stats.clear();
}

;// CONCATENATED MODULE: ./lib/ingest/git-source.js





const DEFAULT_MAX_TEXT_BYTES = 64 * 1024 ** 2;
/**
 * A repo-relative POSIX path in canonical form (`./a//b/../c` is `a/c`), or undefined when it is
 * absolute or would leave the repository: such a path is never opened.
 */
function normalizeRepoPath(path) {
    // The same paths are asked for at every commit of the trend: remember the answers.
    const known = normalized.get(path);
    if (known !== undefined || normalized.has(path))
        return known;
    if (normalized.size >= MAX_NORMALIZED)
        normalized.clear();
    const normal = normalize(path);
    normalized.set(path, normal);
    return normal;
}
const normalized = new Map();
const MAX_NORMALIZED = 200_000;
function normalize(path) {
    const slashed = path.replace(/\\/g, '/');
    if (slashed === '' || slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed) || slashed.includes('\0'))
        return undefined;
    const normal = external_node_path_.posix.normalize(slashed).replace(/\/+$/, '');
    if (normal === '.' || normal === '..' || normal.startsWith('../'))
        return undefined;
    return normal;
}
/** True for paths under `.git` or `node_modules` at any depth: never carbon files. */
function isIgnoredPath(path) {
    return path.split('/').some((segment) => segment === '.git' || segment === 'node_modules');
}
/**
 * Lists the regular files of a commit with their blob ids, skipping symlinks, submodules, `.git`
 * and `node_modules` (which are not even descended into). Blob ids key the history cache.
 */
function listTree(repoDir, sha) {
    // A commit's tree never changes: the trend and the report at the same commit share one listing.
    const key = `${repoDir}\0${sha}`;
    const cached = trees.get(key);
    if (cached)
        return cached;
    const listing = readTree(repoDir, sha);
    trees.set(key, listing);
    listing.catch(() => trees.delete(key));
    if (trees.size > MAX_CACHED_TREES)
        trees.delete(trees.keys().next().value);
    return listing;
}
const trees = new Map();
const MAX_CACHED_TREES = 32;
const MODE_TREE = '40000';
const REGULAR_MODES = new Set(['100644', '100755', '100664']);
// A tree object never changes: its listing is kept by tree id, so a commit that changed one file
// re-reads only the trees on that file's path, not the whole repository (the trend lists every
// commit it covers). Bounded by the entries held, oldest listings dropped first.
const listings = new Map();
const MAX_CACHED_ENTRIES = 2_000_000;
let cachedEntries = 0;
function listingOf(repoDir, treeOid, bytes) {
    const key = `${repoDir}\0${treeOid}`;
    const hit = listings.get(key);
    if (hit)
        return hit.listing;
    const held = { listing: (bytes ?? readObject(repoDir, treeOid).then((o) => o.bytes)).then((b) => parseTree(repoDir, b, treeOid.length / 2)), size: 0 };
    listings.set(key, held);
    held.listing.then((listing) => {
        if (listings.get(key) !== held)
            return;
        held.size = listing.length;
        cachedEntries += listing.length;
        for (const [oldKey, old] of listings) {
            if (cachedEntries <= MAX_CACHED_ENTRIES || old === held)
                break;
            listings.delete(oldKey);
            cachedEntries -= old.size;
        }
    }, () => listings.delete(key));
    return held.listing;
}
// Tree objects are read through the shared `cat-file --batch` process rather than `ls-tree -r`:
// the trend lists many commits, and a process per listing costs more than the listing. Subtrees
// are asked for all at once, so their reads are pipelined.
async function parseTree(repoDir, bytes, oidBytes) {
    const files = [];
    const subtrees = [];
    let i = 0;
    while (i < bytes.length) {
        const space = bytes.indexOf(0x20, i);
        const nul = bytes.indexOf(0, space);
        if (space < 0 || nul < 0)
            break;
        const mode = bytes.toString('latin1', i, space);
        const name = bytes.toString('utf8', space + 1, nul);
        const oid = bytes.toString('hex', nul + 1, nul + 1 + oidBytes);
        i = nul + 1 + oidBytes;
        if (isIgnoredPath(name))
            continue;
        if (mode === MODE_TREE)
            subtrees.push({ name, listing: listingOf(repoDir, oid) });
        else if (REGULAR_MODES.has(mode))
            files.push([name, { oid }]);
        // 120000 (symlink) and 160000 (submodule) are never read: they could point outside the repo.
    }
    for (const { name, listing } of subtrees)
        for (const [path, entry] of await listing)
            files.push([`${name}/${path}`, entry]);
    return files;
}
async function readTree(repoDir, sha) {
    let root;
    try {
        root = await readObject(repoDir, `${sha}^{tree}`);
    }
    catch {
        throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('commit-missing', { sha })]);
    }
    const found = [...(await listingOf(repoDir, root.oid, Promise.resolve(root.bytes)))];
    found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return new Map(found);
}
// Small texts (the config, manifests) kept by blob id: the config is read at every commit of the
// trend, and so is a manifest that a later commit changes back.
const texts = new Map();
const MAX_CACHED_TEXT_BYTES = 32 * 1024 ** 2;
const MAX_CACHED_TEXT_SIZE = 1024 ** 2;
let cachedTextBytes = 0;
/** A blob decoded as UTF-8, or undefined when it is not valid UTF-8. */
function textOf(repoDir, oid, size) {
    const decode = (bytes) => {
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            return undefined;
        }
    };
    if (size > MAX_CACHED_TEXT_SIZE)
        return readBlob(repoDir, oid).then(decode);
    const key = `${repoDir}\0${oid}`;
    const hit = texts.get(key);
    if (hit)
        return hit.text;
    const held = { text: readBlob(repoDir, oid).then(decode), size };
    texts.set(key, held);
    cachedTextBytes += size;
    held.text.catch(() => {
        if (texts.get(key) === held) {
            texts.delete(key);
            cachedTextBytes -= size;
        }
    });
    for (const [oldKey, old] of texts) {
        if (cachedTextBytes <= MAX_CACHED_TEXT_BYTES || old === held)
            break;
        texts.delete(oldKey);
        cachedTextBytes -= old.size;
    }
    return held.text;
}
/**
 * The files of one commit, read from git objects: nothing is checked out, so the work tree may be
 * dirty or on another branch.
 * @param repoDir any directory inside the repository
 * @param sha a full commit id (resolve refs first with `resolveRef`)
 * @example const base = gitSource('/repo', await mergeBase('/repo', 'origin/main', 'HEAD'))
 */
function gitSource(repoDir, sha, opts = {}) {
    const maxTextBytes = opts.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES;
    const prefix = opts.subdir === undefined ? '' : `${normalizeRepoPath(opts.subdir) ?? ''}/`.replace(/^\/$/, '');
    let tree;
    const entries = () => (tree ??= listTree(repoDir, sha).then((all) => underPrefix(all, prefix)));
    const description = `commit ${sha.slice(0, 7)}`;
    const lookup = async (path) => {
        const normal = normalizeRepoPath(path);
        if (normal === undefined) {
            throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('path-outside', { path })]);
        }
        const entry = (await entries()).get(normal);
        if (!entry)
            throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('file-missing', { file: normal, in: description })]);
        return { path: normal, entry };
    };
    return {
        description,
        async listFiles() {
            return [...(await entries()).keys()];
        },
        async stat(path) {
            const normal = normalizeRepoPath(path);
            if (normal === undefined)
                return undefined;
            const entry = (await entries()).get(normal);
            return entry ? { size: (await statObject(repoDir, entry.oid)).size } : undefined;
        },
        async readText(path) {
            const { path: normal, entry } = await lookup(path);
            const { size } = await statObject(repoDir, entry.oid);
            if (size > maxTextBytes) {
                throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('file-too-large', { path: normal, in: description, bytes: size, maxBytes: maxTextBytes })]);
            }
            const text = await textOf(repoDir, entry.oid, size);
            if (text === undefined)
                throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('file-not-utf8', { file: normal, in: description })]);
            return text;
        },
        async contentId(path) {
            const normal = normalizeRepoPath(path);
            return normal === undefined ? undefined : (await entries()).get(normal)?.oid;
        },
        openStream(path) {
            const out = new external_node_stream_.PassThrough();
            lookup(path).then(({ entry }) => pipeBlob(repoDir, entry.oid, out), (error) => out.destroy(error));
            return out;
        },
    };
}
function underPrefix(all, prefix) {
    if (prefix === '')
        return all;
    const out = new Map();
    for (const [path, entry] of all)
        if (path.startsWith(prefix))
            out.set(path.slice(prefix.length), entry);
    return out;
}
function pipeBlob(repoDir, oid, out) {
    const args = ['cat-file', 'blob', oid];
    const child = spawnGit(repoDir, args);
    let stderr = '';
    child.stderr.on('data', (chunk) => {
        if (stderr.length < 4096)
            stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => {
        out.destroy(new errors/* CarbonError */.kk([error.code === 'ENOENT' ? gitMissing() : gitFailure(args, error.message)]));
    });
    // The reader may stop early (a bad line): then the child is no longer needed.
    out.on('close', () => {
        if (child.exitCode === null)
            child.kill();
    });
    child.stdout.pipe(out, { end: false });
    child.on('close', (code) => {
        if (code === 0)
            out.end();
        else if (!out.destroyed)
            out.destroy(new errors/* CarbonError */.kk([gitFailure(args, stderr)]));
    });
}

;// CONCATENATED MODULE: ./lib/ingest/git.js





// A ref that starts with '-' would be read by git as an option (`--upload-pack=...`).
function checkRef(ref) {
    if (ref === '' || ref.startsWith('-') || /[\0\n]/.test(ref)) {
        throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('ref-invalid', { ref })]);
    }
}
/** True when the repository is a shallow clone (`actions/checkout` with its default depth of 1). */
async function isShallow(repoDir) {
    return (await git_exec_gitText(repoDir, ['rev-parse', '--is-shallow-repository'])) === 'true';
}
/** The top-level directory of the work tree that contains `dir`. */
async function repoRoot(dir) {
    return gitText(dir, ['rev-parse', '--show-toplevel']);
}
async function tryResolve(repoDir, ref) {
    const { stdout, code } = await runGit(repoDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { okCodes: [1, 128] });
    const sha = stdout.toString('utf8').trim();
    return code === 0 && sha !== '' ? sha : undefined;
}
/**
 * The full commit id of a ref (`main`, `origin/main`, `HEAD~2`, a short or full sha).
 * @throws CarbonError (`git`) naming the ref and the nearest branch or tag
 */
async function resolveRef(repoDir, ref) {
    checkRef(ref);
    const sha = await tryResolve(repoDir, ref);
    if (sha !== undefined)
        return sha;
    const names = (await git_exec_gitText(repoDir, ['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes', 'refs/tags']))
        .split('\n')
        .filter((n) => n !== '');
    const suggestion = names.length > 0 ? (0,units/* nearest */.pA)(ref, names) : undefined;
    throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('ref-unknown', { ref, suggestion })]);
}
async function hasOrigin(repoDir) {
    const { code } = await runGit(repoDir, ['remote', 'get-url', 'origin'], { okCodes: [2, 128] });
    return code === 0;
}
/**
 * Makes sure a commit is in the clone and returns its full id. When it is missing (a shallow
 * checkout has only the head), fetches it: `git fetch --depth=1 origin <ref>`.
 * @throws CarbonError (`git`) that says which `fetch-depth` the workflow needs
 */
async function ensureCommit(repoDir, ref) {
    checkRef(ref);
    const present = await tryResolve(repoDir, ref);
    if (present !== undefined)
        return present;
    const shallow = await isShallow(repoDir);
    if (!(await hasOrigin(repoDir))) {
        if (!shallow)
            return resolveRef(repoDir, ref);
        throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('commit-no-origin', { ref })]);
    }
    // `<sha>^` (a new branch's first push compares with the parent) is not something a remote can be
    // asked for: fetch the commit two deep, which brings its parent, then resolve the parent here.
    const parentOf = /^([0-9a-f]{40})\^$/.exec(ref)?.[1];
    if (parentOf !== undefined) {
        const fetched = await runGit(repoDir, ['fetch', '--no-tags', '--quiet', ...(shallow ? ['--depth=2'] : []), 'origin', parentOf], { okCodes: [1, 128] });
        const parent = await tryResolve(repoDir, ref);
        if (parent !== undefined)
            return parent;
        if (fetched.code === 0 && (await tryResolve(repoDir, parentOf)))
            throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('commit-no-parent', { sha: parentOf })]);
        throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('parent-not-fetchable', { sha: parentOf })]);
    }
    const depth = shallow ? ['--depth=1'] : [];
    const { code } = await runGit(repoDir, ['fetch', '--no-tags', '--quiet', ...depth, 'origin', ref], { okCodes: [1, 128] });
    const fetched = code === 0 ? await tryResolve(repoDir, 'FETCH_HEAD') : undefined;
    if (fetched !== undefined)
        return fetched;
    throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('commit-not-fetchable', { ref })]);
}
// Deepening steps for a shallow clone whose history does not reach the merge base.
const DEEPEN_STEPS = [50, 500, 5000];
/**
 * The merge base of two commits, as GitHub's pull-request diff uses it. In a shallow clone the
 * history is deepened step by step until the merge base appears.
 * @throws CarbonError (`git`) when there is none, or the clone cannot be deepened far enough
 */
async function mergeBase(repoDir, a, b) {
    checkRef(a);
    checkRef(b);
    const find = async () => {
        const { stdout, code } = await runGit(repoDir, ['merge-base', a, b], { okCodes: [1] });
        const sha = stdout.toString('utf8').trim();
        return code === 0 && sha !== '' ? sha : undefined;
    };
    const found = await find();
    if (found !== undefined)
        return found;
    if (!(await isShallow(repoDir))) {
        throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('no-common-ancestor', { a, b })]);
    }
    const origin = await hasOrigin(repoDir);
    for (const step of origin ? DEEPEN_STEPS : []) {
        const { code } = await runGit(repoDir, ['fetch', '--no-tags', '--quiet', `--deepen=${step}`, 'origin', a, b], { okCodes: [1, 128] });
        if (code !== 0)
            break;
        const deeper = await find();
        if (deeper !== undefined)
            return deeper;
        if (!(await isShallow(repoDir)))
            break;
    }
    throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('merge-base-shallow', { a, b })]);
}
// Git prints the committer's own offset; reports use UTC so dates sort and compare as text.
function utc(isoWithOffset) {
    const ms = Date.parse(isoWithOffset);
    return Number.isNaN(ms) ? isoWithOffset : new Date(ms).toISOString();
}
/** The committer date of a commit, ISO 8601 in UTC. */
async function commitDate(repoDir, sha) {
    checkRef(sha);
    return utc(await gitText(repoDir, ['show', '-s', '--format=%cI', sha]));
}
/**
 * The last `count` commits of `ref`'s mainline (first parents) that changed any of the files,
 * newest first, from `git log` alone.
 */
async function commitsTouching(repoDir, ref, files, count) {
    checkRef(ref);
    const pathspecs = [
        ...(files.globs ?? []).map((g) => `:(glob)${g}`),
        ...(files.paths ?? []).map((p) => `:(literal)${p}`),
    ];
    if (pathspecs.length === 0 || count <= 0)
        return [];
    const format = '--format=%H%x1f%cI%x1f%s%x1e';
    const out = await git_exec_gitText(repoDir, ['log', '--first-parent', `--max-count=${count}`, format, ref, '--', ...pathspecs]);
    return out
        .split('\x1e')
        .map((record) => record.trim())
        .filter((record) => record !== '')
        .map((record) => {
        const [sha = '', date = '', subject = ''] = record.split('\x1f');
        return { sha, date: utc(date), subject };
    });
}
/**
 * Deepens a shallow clone's history of `ref` by `commits` (for the trend). False when the clone is
 * not shallow, has no `origin`, or the fetch failed: the caller then says the trend was cut.
 */
async function deepen(repoDir, ref, commits) {
    checkRef(ref);
    if (!(await isShallow(repoDir)) || !(await hasOrigin(repoDir)))
        return false;
    const { code } = await runGit(repoDir, ['fetch', '--no-tags', '--quiet', `--deepen=${commits}`, 'origin', ref], { okCodes: [1, 128] });
    return code === 0;
}

// EXTERNAL MODULE: ./lib/compare/compare.js + 2 modules
var compare = __webpack_require__(9344);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
// EXTERNAL MODULE: ./lib/run/map-bounded.js
var map_bounded = __webpack_require__(2099);
;// CONCATENATED MODULE: ./lib/run/history.js




// How far a shallow clone is deepened for the trend, step by step, in commits of the base branch.
const history_DEEPEN_STEPS = [100, 1000];
const COMMITS_IN_FLIGHT = 4;
/** The blob ids of the carbon files at a commit, as one string: equal keys, equal reports. */
async function carbonKey(repoDir, sha, isCarbon) {
    const tree = await listTree(repoDir, sha);
    const parts = [];
    for (const [path, entry] of tree)
        if (isCarbon(path))
            parts.push(`${path}\0${entry.oid}`);
    return parts.sort().join('\n');
}
/**
 * The base branch's trend: its total over the last `count` mainline commits that touched carbon
 * files, oldest first, from git history alone. Cost is bounded: a commit whose carbon files have
 * the same blob ids as an earlier one (a revert, a merge that changed nothing carbon) reuses that
 * report instead of loading again. Commits whose report has errors are left out with a warning.
 */
async function baseHistory(opts) {
    const problems = [];
    if (opts.count <= 0)
        return { points: [], computed: 0, reused: 0, problems };
    try {
        let touching = await commitsTouching(opts.repoDir, opts.ref, opts.files, opts.count);
        // A shallow checkout holds too little history for the trend: fetch more, when origin allows it.
        for (const step of history_DEEPEN_STEPS) {
            if (touching.length >= opts.count || !(await deepen(opts.repoDir, opts.ref, step)))
                break;
            touching = await commitsTouching(opts.repoDir, opts.ref, opts.files, opts.count);
        }
        const commits = touching.reverse();
        const globs = picomatch([...(opts.files.globs ?? [])], { dot: true });
        const paths = new Set(opts.files.paths ?? []);
        // The same paths come back at every commit: match each once.
        const matched = new Map();
        const isCarbon = (path) => {
            let m = matched.get(path);
            if (m === undefined)
                matched.set(path, (m = paths.has(path) || globs(path)));
            return m;
        };
        // A report per distinct set of carbon files, its promise kept: commits loaded side by side
        // that hold the same files share one load.
        const totals = new Map();
        let computed = 0;
        let reused = 0;
        const totalAt = async (commit) => {
            const key = await carbonKey(opts.repoDir, commit.sha, isCarbon);
            let total = totals.get(key);
            if (total)
                reused += 1;
            else {
                computed += 1;
                totals.set(key, (total = opts.reportAt(commit.sha).then((r) => r?.totals.totalKgCO2e.central)));
            }
            return total;
        };
        // Several commits in flight: git answers one while another is assessed, rather than the run
        // waiting on one round trip at a time. Few enough that their tree listings stay small.
        const found = await (0,map_bounded/* mapBounded */.y)(commits, COMMITS_IN_FLIGHT, totalAt);
        const points = [];
        for (const [i, commit] of commits.entries()) {
            const total = found[i];
            if (total === undefined) {
                problems.push((0,errors/* problem */.CC)('trend-commit-broken', { sha: commit.sha, subject: commit.subject, severity: 'warning' }));
                continue;
            }
            points.push({ sha: commit.sha, date: commit.date, totalKgCO2e: total, subject: commit.subject });
        }
        let cut;
        if (commits.length < opts.count && (await isShallow(opts.repoDir))) {
            cut = (0,errors/* problem */.CC)('trend-shallow', { covered: commits.length, count: opts.count, severity: 'warning' });
            problems.push(cut);
        }
        return { points, computed, reused, problems, ...(cut ? { cut } : {}) };
    }
    catch (error) {
        // The trend is context, not the verdict: a git failure here is reported and the check goes on.
        const found = error instanceof errors/* CarbonError */.kk ? error.problems : [(0,errors/* problem */.CC)('git-failed', { reason: String(error) })];
        return { points: [], computed: 0, reused: 0, problems: found.map((p) => ({ ...p, severity: 'warning' })) };
    }
}

// EXTERNAL MODULE: ./lib/run/load-report.js + 1 modules
var load_report = __webpack_require__(4643);
// EXTERNAL MODULE: ./lib/run/report.js
var report = __webpack_require__(1755);
;// CONCATENATED MODULE: ./lib/run/check.js







// Problems of the base commit are about another commit: say which, so nobody edits the wrong file.
const aboutBase = (sha) => (p) => ({ ...p, message: `at base ${sha.slice(0, 7)}: ${p.message}` });
const toProblems = (error) => error instanceof errors/* CarbonError */.kk ? [...error.problems] : [(0,errors/* problem */.CC)('git-failed', { reason: error instanceof Error ? error.message : String(error) })];
function sideOf(loaded) {
    const series = loaded.series;
    return { config: loaded.config, ...(series ? { seriesOf: (path) => series.get(path) } : {}) };
}
/**
 * `carbon-budget check`: reads the head (a commit, or the working tree) and the base (the merge
 * base of the base ref and the head, as GitHub's pull-request diff uses) from git, compares them,
 * judges the budgets and draws the base branch's trend.
 * Budgets come from the head's config, or from the base's when the option or either config says
 * `budgets-from: base` (a pull request cannot switch back to its own budgets).
 * @returns the comparison, or no comparison and the problems that prevented it
 */
async function runCheck(opts) {
    if (opts.baseRef === undefined)
        return runAlone(opts);
    const baseRef = opts.baseRef;
    const problems = [];
    // One cache for head, base and trend: unchanged manifests, logs and series are read once.
    const loadOpts = { ...configOf(opts), cache: (0,load_report/* createLoadCache */.PV)() };
    let root;
    let subdir;
    let headSha;
    let baseTip;
    let baseSha;
    try {
        root = await git_exec_gitText(opts.repoDir, ['rev-parse', '--show-toplevel']);
        subdir = (await git_exec_gitText(opts.repoDir, ['rev-parse', '--show-prefix'])).replace(/\/$/, '');
        headSha = opts.headRef !== undefined ? await ensureCommit(root, opts.headRef) : await resolveRef(root, 'HEAD');
    }
    catch (error) {
        return { problems: toProblems(error) };
    }
    const sourceAt = (sha) => gitSource(root, sha, subdir === '' ? {} : { subdir });
    try {
        baseTip = await ensureCommit(root, baseRef);
        baseSha = await mergeBase(root, baseTip, headSha);
    }
    catch (error) {
        if (opts.missingBase !== 'report')
            return { problems: toProblems(error) };
        // The base came from the event (a shallow checkout that cannot fetch it, a first commit): the
        // head's report is still worth having. Say so, naming git, in the log and in the comment.
        const said = toProblems(error).map((p) => (0,errors/* problem */.CC)('base-unreachable', { reason: p.message, severity: 'warning' }));
        const head = await (0,load_report/* loadReport */.N1)(opts.headRef !== undefined ? sourceAt(headSha) : await worktreeSource(opts.repoDir), loadOpts);
        if (!head.report)
            return { problems: [...head.problems, ...said] };
        const report = { ...head.report, warnings: [...head.report.warnings, ...said] };
        const comparison = (0,compare.compare)(undefined, report, head.config.budgets, {
            failOn: opts.failOn ?? head.config.failOn,
            minChange: opts.minChange ?? head.config.minChange,
            headRef: { ref: opts.headRef ?? 'working tree', sha: headSha },
        });
        return { comparison, problems: [...head.problems, ...said] };
    }
    const head = await (0,load_report/* loadReport */.N1)(opts.headRef !== undefined ? sourceAt(headSha) : await worktreeSource(opts.repoDir), loadOpts);
    problems.push(...head.problems);
    if (!head.report)
        return { problems };
    const base = await (0,load_report/* loadReport */.N1)(sourceAt(baseSha), loadOpts);
    const baseReport = base.report;
    if (!baseReport) {
        // A broken base must not block the fix: compare against nothing, and say why.
        problems.push(...base.problems.map(aboutBase(baseSha)).map((p) => ({ ...p, severity: 'warning' })));
        problems.push((0,errors/* problem */.CC)('base-broken', { sha: baseSha, severity: 'warning' }));
    }
    else {
        problems.push(...base.problems.map(aboutBase(baseSha)));
    }
    const fromBase = opts.budgetsFrom === 'base' || head.config.budgetsFrom === 'base' || base.config.budgetsFrom === 'base';
    const judge = fromBase ? base.config : head.config;
    const budgetsFrom = judge === base.config
        ? { side: 'base', sha: baseSha, ...(base.config.file ? { file: base.config.file } : {}) }
        : { side: 'head', ...(opts.headRef !== undefined ? { sha: headSha } : {}), ...(head.config.file ? { file: head.config.file } : {}) };
    const prefixed = (p) => (subdir === '' ? p : `${subdir}/${p}`);
    const trendConfig = baseReport ? base.config : head.config;
    const history = await baseHistory({
        repoDir: root,
        ref: baseTip,
        count: opts.history ?? judge.history,
        files: {
            globs: trendConfig.manifests.map(prefixed),
            paths: [opts.configPath ?? trendConfig.file ?? 'carbon-budget.yml', ...(base.inputs ?? [])].map(prefixed),
        },
        // The merge base is often on the trend: its report is already loaded.
        reportAt: async (sha) => (sha === baseSha ? baseReport : (await (0,load_report/* loadReport */.N1)(sourceAt(sha), loadOpts)).report),
    });
    problems.push(...history.problems);
    // A trend cut short is said in the comment too, not only in the log.
    const headReport = history.cut ? { ...head.report, warnings: [...head.report.warnings, history.cut] } : head.report;
    const comparison = (0,compare.compare)(baseReport, headReport, judge.budgets, {
        failOn: opts.failOn ?? judge.failOn,
        budgetsFrom,
        baseRef: { ref: opts.baseName ?? baseRef, sha: baseSha },
        headRef: { ref: opts.headRef ?? 'working tree', sha: headSha },
        history: history.points,
        attribution: { base: sideOf(base), head: sideOf(head) },
        minChange: opts.minChange ?? judge.minChange,
    });
    return { comparison, problems };
}
const configOf = (opts) => ({
    ...(opts.configPath !== undefined ? { configPath: opts.configPath } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
});
/** Nothing to compare with (a manual run without a base): the folder on disk, judged on its own. */
async function runAlone(opts) {
    const loaded = await (0,report.runReport)({ dir: opts.repoDir, ...configOf(opts) });
    if (!loaded.report)
        return { problems: [...loaded.problems] };
    const comparison = (0,compare.compare)(undefined, loaded.report, loaded.config.budgets, { failOn: opts.failOn ?? loaded.config.failOn, minChange: opts.minChange ?? loaded.config.minChange });
    return { comparison, problems: [...loaded.problems] };
}


/***/ }),

/***/ 1755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runReport: () => (/* binding */ runReport),
/* harmony export */   streamReport: () => (/* binding */ streamReport)
/* harmony export */ });
/* harmony import */ var _ingest_fs_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6003);
/* harmony import */ var _load_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4643);


/**
 * `carbon-budget report`: the footprint of the folder on disk.
 * @returns the report (absent when any error was found), its config and every problem
 */
async function runReport(opts) {
    return (0,_load_report_js__WEBPACK_IMPORTED_MODULE_1__/* .loadReport */ .N1)((0,_ingest_fs_source_js__WEBPACK_IMPORTED_MODULE_0__/* .fsSource */ .R)(opts.dir), loadOptions(opts));
}
/**
 * `carbon-budget report --format json`: the same report, its experiments assessed one at a time as
 * they are written (a repository of 50,000 manifests is never held as 50,000 results).
 * @returns the stream (absent when any error was found), its config and every problem
 */
async function streamReport(opts) {
    return (0,_load_report_js__WEBPACK_IMPORTED_MODULE_1__/* .streamReport */ .Zf)((0,_ingest_fs_source_js__WEBPACK_IMPORTED_MODULE_0__/* .fsSource */ .R)(opts.dir), loadOptions(opts));
}
const loadOptions = (opts) => ({
    ...(opts.configPath !== undefined ? { configPath: opts.configPath } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
});


/***/ })

};
