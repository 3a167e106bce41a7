export const id = 790;
export const ids = [790,294];
export const modules = {

/***/ 4790:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand),
  planInit: () => (/* binding */ planInit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/core/data/index.js + 14 modules
var data = __webpack_require__(7036);
// EXTERNAL MODULE: ./lib/ingest/config.js
var config = __webpack_require__(2716);
// EXTERNAL MODULE: ./lib/ingest/fs-source.js
var fs_source = __webpack_require__(6003);
// EXTERNAL MODULE: ./lib/ingest/lines.js
var lines = __webpack_require__(7595);
// EXTERNAL MODULE: ./lib/ingest/logs/index.js + 17 modules
var logs = __webpack_require__(5331);
// EXTERNAL MODULE: ./lib/ingest/logs/reader.js
var reader = __webpack_require__(6195);
// EXTERNAL MODULE: ./lib/ingest/measure.js + 3 modules
var measure = __webpack_require__(3294);
// EXTERNAL MODULE: ./lib/ingest/manifest-schema.js
var manifest_schema = __webpack_require__(7939);
// EXTERNAL MODULE: ./lib/ingest/quantity-schema.js
var quantity_schema = __webpack_require__(9767);
;// CONCATENATED MODULE: ./lib/ingest/json-schema.js




/**
 * Where editors fetch the schemas: the `v0` tag moves with every release (see
 * .github/workflows/release.yml), so a repository pinned to `@v0` checks against the same fields.
 */
const SCHEMA_URL = 'https://raw.githubusercontent.com/carbon-budget/carbon-budget/v0/schema/';
/** The committed schemas, by file name under schema/. */
const SCHEMA_FILES = { manifest: 'manifest.json', config: 'config.json' };
/**
 * The JSON Schemas of a manifest and of `carbon-budget.yml`, generated from the zod schemas that
 * `report` validates with (one source of truth), as the user writes them (`io: 'input'`). Draft-07,
 * the draft editors (yaml-language-server, VS Code) and SchemaStore support best. Units are patterns
 * and refinements carry their JSON twin in `.meta()`; value bounds and catalog ids are left to
 * `carbon-budget validate`.
 */
function jsonSchemas() {
    const generate = (schema, file, title, description) => {
        const override = (ctx) => {
            const quantity = QUANTITY_OF.get(ctx.zodSchema);
            if (!quantity)
                return;
            for (const key of Object.keys(ctx.jsonSchema))
                delete ctx.jsonSchema[key];
            Object.assign(ctx.jsonSchema, quantityJsonSchema(quantity.dimension, quantity.bounds));
        };
        const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', override });
        return { $schema, $id: SCHEMA_URL + file, title, description, ...rest };
    };
    return {
        manifest: generate(manifestSchema, SCHEMA_FILES.manifest, 'carbon-budget experiment manifest', 'One experiment: phase, hardware, duration, grid, market, embodied, logs (*.carbon.yml, *.carbon.yaml, *.carbon.json). Fields: docs/manifest.md.'),
        config: generate(configSchema(), SCHEMA_FILES.config, 'carbon-budget repository config', 'carbon-budget.yml: manifest globs, defaults, headline basis, budgets, fail-on. Fields: docs/manifest.md.'),
    };
}
/** A schema file's text as committed: two-space JSON, one trailing newline. */
const schemaText = (schema) => JSON.stringify(schema, null, 2) + '\n';

// EXTERNAL MODULE: ./lib/run/load-report.js + 1 modules
var load_report = __webpack_require__(4643);
// EXTERNAL MODULE: ./lib/commands/descriptions.js
var descriptions = __webpack_require__(6683);
;// CONCATENATED MODULE: ./lib/commands/init-templates.js

/** Where `init` writes the workflow; the README shows the same file (test/init.test.ts checks it). */
const WORKFLOW_FILE = '.github/workflows/carbon.yml';
/** The README's workflow: a comment and a status on every pull request, the trend on main. */
const WORKFLOW = `name: carbon
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
  pull-requests: write   # the PR comment
  statuses: write        # the carbon-budget commit status (the merge gate)
concurrency:             # a newer push cancels the older run of the same PR or branch
  group: carbon-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: true
jobs:
  carbon:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
        with:
          fetch-depth: 0   # the base commit and the trend are read from git history;
                           # with a shallow clone the action fetches what it needs, when it can
      - uses: carbon-budget/carbon-budget@v0   # budgets and fail-on: carbon-budget.yml
`;
/** A report-only config: every field commented, nothing that fails a pull request. */
const CONFIG_TEMPLATE = `# yaml-language-server: $schema=${SCHEMA_URL}${SCHEMA_FILES.config}
# carbon-budget configuration, written by \`carbon-budget init\`. Every field is optional: docs/manifest.md.
manifests: ["**/*.carbon.yml", "**/*.carbon.yaml", "**/*.carbon.json"]
# defaults:                  # for manifests that leave these out
#   pue: 1.1
#   grid: { country: USA }   # or region: aws/us-east-1, zone: FR, intensity: 385 gCO2e/kWh
basis: location             # the headline: location | market
intensity: average          # the headline: average | marginal
# budgets:                   # uncomment to set limits; they are reported, and fail only under fail-on
#   total: 50 tCO2e
#   increase: 10 %           # versus the pull request's base (or an amount: 2 tCO2e)
#   phases: { training: 30 tCO2e }
fail-on: never              # report only; budget | increase | any fails the check when a budget breaks
history: 20                 # commits of the base branch in the trend
`;

;// CONCATENATED MODULE: ./lib/commands/init.js














/** Lines a log's format and GPU model are read from (as `report` sniffs them). */
const HEAD_LINES = 10;
/** Logs larger than this are left to a hand-written manifest: init reads each log in full. */
const MAX_INIT_LOG_BYTES = 2 * 1024 ** 3;
/** The device written when a log does not name a catalog GPU: marked to check. */
const FALLBACK_DEVICE = 'nvidia-a100-sxm4-80gb';
/** File names that say nothing about the run: the manifest is named after the log's folder. */
const GENERIC_NAMES = /^(nvidia-smi|nvidia_smi|smi|dmon|power|gpu|gpu-power|emissions|metrics|system-metrics|wandb-events|events|log|logs|dcgm|prometheus)$/i;
const initCommand = {
    ...descriptions/* INIT */.Zz,
    async run(args, io) {
        let parsed;
        try {
            parsed = (0,external_node_util_.parseArgs)({ args: [...args], allowPositionals: true, options: { 'dry-run': { type: 'boolean' }, force: { type: 'boolean' } } });
        }
        catch (error) {
            return io.usage(error instanceof Error ? error.message : String(error));
        }
        if (parsed.positionals.length > 1)
            return io.usage(`one DIR at most, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`);
        const dir = (0,external_node_path_.resolve)(io.cwd, parsed.positionals[0] ?? '.');
        const plan = await planInit((0,fs_source/* fsSource */.R)(dir));
        for (const note of plan.notes)
            io.stderr(`carbon-budget: ${note}\n`);
        if (parsed.values['dry-run']) {
            for (const f of plan.files)
                io.stdout(`--- ${f.path} ---\n${f.text}\n`);
            io.stdout(`carbon-budget: --dry-run: nothing written (${plan.files.length} files planned)\n`);
            return 0;
        }
        for (const f of plan.files) {
            const target = (0,external_node_path_.join)(dir, ...f.path.split('/'));
            const existing = lstatOrUndefined(target);
            if (existing && (!parsed.values.force || !existing.isFile())) {
                io.stderr(`carbon-budget: kept ${f.path}: it exists${existing.isFile() ? '; --force overwrites it' : ' and is not a regular file'}\n`);
                continue;
            }
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
            (0,external_node_fs_.writeFileSync)(target, f.text, { flag: existing ? 'w' : 'wx' });
            io.stdout(`wrote ${f.path}${f.about ? ` (${f.about})` : ''}\n`);
        }
        io.stdout(`\nNext: check the lines marked CHECK in the manifests, then run \`npx carbon-budget report${parsed.positionals[0] ? ` ${parsed.positionals[0]}` : ''}\`; commit, and the workflow comments on pull requests.\n`);
        return 0;
    },
};
function lstatOrUndefined(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        return undefined;
    }
}
/**
 * What `init` writes into a repository: the config, the workflow, and a manifest for every run log
 * it recognizes that no manifest names yet, filled from the log (devices, start, end) with what a
 * log cannot say marked CHECK. Reads the repository; writes nothing.
 */
async function planInit(source) {
    const files = [
        { path: config/* CONFIG_FILE */.g2, text: CONFIG_TEMPLATE, about: 'report only' },
        { path: WORKFLOW_FILE, text: WORKFLOW, about: 'the README\'s workflow' },
    ];
    const notes = [];
    const existing = await (0,load_report/* loadExperiments */.p1)(source);
    const named = new Set(existing.experiments.flatMap((e) => [...e.logs.map((l) => l.path), ...(e.seriesPath !== undefined ? [e.seriesPath] : [])]));
    const names = new Set(existing.experiments.map((e) => e.name));
    const manifests = new Set(existing.manifests);
    for (const path of await source.listFiles()) {
        if (named.has(path) || manifests.has(path) || path === config/* CONFIG_FILE */.g2 || path.startsWith('.github/') || !/\.(csv|jsonl?|log|txt|prom)$|\/metrics\/[^/.]+$/i.test(path))
            continue;
        const log = await sniffLog(source, path);
        if (!log)
            continue;
        const stat = await source.stat(path);
        if (!stat || stat.size > MAX_INIT_LOG_BYTES) {
            notes.push(`${path} looks like a ${log.format} log but is over ${MAX_INIT_LOG_BYTES / 1024 ** 3} GiB; write its manifest by hand (docs/manifest.md)`);
            continue;
        }
        const spec = { path, format: log.format, timezone: 'UTC', replicas: 1, gapThresholdS: 60, gaps: 'bridge' };
        const { measured, problems } = await (0,measure.measureEnergy)([spec], source, { maxLogBytes: MAX_INIT_LOG_BYTES, manifestFile: path });
        if (!measured) {
            const first = problems.find((p) => p.severity === 'error') ?? problems[0];
            notes.push(`${path} looks like a ${log.format} log but cannot be read (${first?.message ?? 'no readings'}); write its manifest by hand (docs/manifest.md)`);
            continue;
        }
        const name = uniqueName(nameOf(path), names);
        names.add(name);
        const manifestPath = `experiments/${name}.carbon.yml`;
        files.push({
            path: manifestPath,
            text: manifestText({ name, logPath: external_node_path_.posix.relative(external_node_path_.posix.dirname(manifestPath), path), format: log.format, model: log.model, devices: Math.max(1, measured.devices), startMs: measured.startMs, endMs: measured.endMs, source: path }),
            about: `from ${path}, ${log.format}`,
        });
    }
    return { files, notes };
}
/** The format of a log and the GPU model it names, from its first lines; undefined when no reader knows it. */
async function sniffLog(source, path) {
    const stream = source.openStream(path);
    try {
        const first = await (0,lines/* readLineBatches */.pG)(stream, path).next();
        if (first.done)
            return undefined;
        const head = first.value.headLines(HEAD_LINES);
        const reader = (0,logs/* detectReader */.Jg)(head, path);
        if (!reader)
            return undefined;
        return { format: reader.format, model: gpuModel(head) };
    }
    catch {
        return undefined; // binary or unreadable: not a log init can fill a manifest from
    }
    finally {
        stream.destroy();
    }
}
/** The GPU model a CSV log names: nvidia-smi's `name`, CodeCarbon's `gpu_model` (`4 x NVIDIA A100 ...`). */
function gpuModel(head) {
    const [header, row] = head.filter((l) => l.trim() !== '');
    if (header === undefined || row === undefined)
        return undefined;
    const keys = (0,reader/* splitCsv */.F8)(header).map(reader/* headerKey */.Xs);
    const at = keys.findIndex((k) => k === 'name' || k === 'gpu_model' || k === 'gpu_name');
    const cell = at < 0 ? undefined : (0,reader/* splitCsv */.F8)(row)[at]?.trim().replace(/^\d+\s*x\s*/i, '');
    return cell ? cell : undefined;
}
/** A manifest name from a log path: its file name, or its folder's when the file name is generic. */
function nameOf(path) {
    const parts = path.split('/');
    const base = parts.at(-1).replace(/\.[^.]*$/, '');
    const pick = GENERIC_NAMES.test(base) && parts.length > 1 ? parts.at(-2) : base;
    const slug = pick.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
    return slug || 'run';
}
function uniqueName(name, taken) {
    if (!taken.has(name))
        return name;
    let i = 2;
    while (taken.has(`${name}-${i}`))
        i++;
    return `${name}-${i}`;
}
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
function manifestText(m) {
    const device = m.model ? (0,data/* findDevice */.iI)(m.model) : undefined;
    const deviceNote = device
        ? `# from the log: "${m.model}"`
        : `# CHECK: ${m.model ? `the log names "${m.model}", not in the catalog` : 'the log does not name the GPU model'}; a default (docs/methodology.md lists the catalog)`;
    const zoneNote = m.format === 'nvidia-smi' || m.format === 'power-csv' ? '# CHECK: the zone of timestamps written without one (nvidia-smi writes local time)' : '# timestamps that carry no zone are read in this zone';
    return `# yaml-language-server: $schema=${SCHEMA_URL}${SCHEMA_FILES.manifest}
# Written by \`carbon-budget init\` from ${m.source} (${m.format}).
# Lines marked CHECK are defaults: the log cannot say them. Fields: docs/manifest.md.
name: ${m.name}
phase: experimentation              # CHECK: experimentation | training | inference
start: ${iso(m.startMs)}        # from the log: first reading
end: ${iso(m.endMs)}          # from the log: last reading
hardware:
  - device: ${device?.id ?? FALLBACK_DEVICE}   ${deviceNote}
    count: ${m.devices}                        # from the log: ${m.devices} device${m.devices === 1 ? '' : 's'} logged
# pue: 1.1                          # CHECK: the datacenter's PUE; absent: the catalog's default
# grid: { region: aws/us-east-1 }   # CHECK: where it ran (region, zone or country); absent: the world average
logs:
  - path: ${m.logPath}
    format: ${m.format}
    timezone: UTC                   ${zoneNote}
`;
}


/***/ }),

/***/ 3294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  measureEnergy: () => (/* binding */ measureEnergy)
});

// EXTERNAL MODULE: ./lib/core/errors.js + 1 modules
var core_errors = __webpack_require__(8782);
// EXTERNAL MODULE: ./lib/core/units.js
var units = __webpack_require__(7564);
;// CONCATENATED MODULE: ./lib/core/integrate.js

// Energy between readings, binned by UTC hour: the trapezoid between two samples of a device (with
// the gap policy), and energy known over an interval (a counter, a CodeCarbon run) spread evenly.
/** Gap spans kept in full; beyond this only their number grows. */
const MAX_GAPS_KEPT = 100;
/**
 * Adds the trapezoid between two samples of a device, applying the gap policy; split across UTC
 * hours (and clipped) by integrating the straight line between them exactly.
 * @returns the energy added, J.
 */
function integrateSegment(acc, t0, w0, t1, w1, device) {
    const dt = t1 - t0;
    if (dt > acc.options.gapThresholdMs) {
        acc.gapCount++;
        if (acc.gaps.length < MAX_GAPS_KEPT)
            acc.gaps.push({ device, startMs: t0, endMs: t1 });
        if (acc.options.gaps !== 'bridge')
            return 0;
    }
    return integrateLine(acc, t0, w0, t1, w1);
}
function integrateLine(acc, t0, w0, t1, w1) {
    const dt = t1 - t0;
    let a = t0;
    let b = t1;
    const clip = acc.options.clip;
    if (clip) {
        if (a < clip.startMs)
            a = clip.startMs;
        if (b > clip.endMs)
            b = clip.endMs;
        if (b <= a)
            return 0;
    }
    const slope = (w1 - w0) / dt;
    let total = 0;
    while (a < b) {
        // Most segments fall in the hour being filled: skip the (slow) floating-point remainder then.
        const open = acc.hourKey;
        const hour = a >= 0 && a >= open && a < open + units/* HOUR_MS */.iQ ? open : a - (a % units/* HOUR_MS */.iQ);
        const end = Math.min(b, hour + units/* HOUR_MS */.iQ);
        const energyJ = ((end - a) * (w0 + slope * (a - t0) + w0 + slope * (end - t0))) / 2000;
        addToHour(acc, hour, energyJ);
        total += energyJ;
        a = end;
    }
    return total;
}
function addToHour(acc, hour, energyJ) {
    acc.energyJ += energyJ;
    if (hour === acc.hourKey) {
        acc.hourJ += energyJ;
        return;
    }
    flushHour(acc);
    acc.hourKey = hour;
    acc.hourJ = acc.hourJ + energyJ;
}
function flushHour(acc) {
    if (!Number.isNaN(acc.hourKey))
        acc.hourlyJ.set(acc.hourKey, (acc.hourlyJ.get(acc.hourKey) ?? 0) + acc.hourJ);
    acc.hourKey = NaN;
    acc.hourJ = 0;
}
/** Adds energy known over an interval, spread over its hours in proportion to time (clip applies). */
function addSegment(acc, seg) {
    acc.segmentDevices.add(seg.device);
    const span = seg.endMs - seg.startMs;
    if (!(span > 0)) {
        addToHour(acc, seg.startMs - (seg.startMs % units/* HOUR_MS */.iQ), seg.energyJ);
        acc.samples++;
        return;
    }
    const watts = (seg.energyJ * units/* SECOND_MS */._L) / span;
    // Known energy is never a gap: it was measured across the whole interval.
    integrateLine(acc, seg.startMs, watts, seg.endMs, watts);
    if (seg.startMs < acc.minMs)
        acc.minMs = seg.startMs;
    if (seg.endMs > acc.maxMs)
        acc.maxMs = seg.endMs;
    acc.samples++;
}

;// CONCATENATED MODULE: ./lib/core/samples.js

/** A fresh accumulator. */
function createAccumulator(options) {
    return {
        options: { reorderWindow: 64, ...options },
        devices: new Map(),
        hourlyJ: new Map(),
        energyJ: 0,
        samples: 0,
        duplicates: 0,
        outOfOrder: 0,
        dropped: 0,
        gapCount: 0,
        gaps: [],
        segmentDevices: new Set(),
        minMs: Infinity,
        maxMs: -Infinity,
        hourKey: NaN,
        hourJ: 0,
    };
}
function newTrack(window) {
    // A power-of-two ring, so an index wraps with a mask rather than a (slow) integer division.
    const ring = 2 ** Math.ceil(Math.log2(Math.max(1, window)));
    return {
        mask: ring - 1,
        times: new Float64Array(ring),
        watts: new Float64Array(ring),
        head: 0,
        size: 0,
        lastMs: NaN,
        lastW: NaN,
        firstMs: NaN,
        firstW: NaN,
        samples: 0,
    };
}
/**
 * Folds one power sample in: samples wait in a small per-device window so a late one can be put
 * back in order; the oldest leaves the window and is integrated against its predecessor.
 */
function addSample(acc, s) {
    addReading(acc, trackOf(acc, s.device), s.device, s.atMs, s.watts);
}
/** Folds rows [0, count) of `columns` in, exactly as `addSample` would one by one. */
function addSampleColumns(acc, columns) {
    const { atMs, watts, device, devices } = columns;
    // Map lookups once per device and call, not once per sample.
    const tracks = [];
    for (let i = 0; i < columns.count; i++) {
        const slot = device[i];
        const name = devices[slot];
        const track = (tracks[slot] ??= trackOf(acc, name));
        addReading(acc, track, name, atMs[i], watts[i]);
    }
}
function trackOf(acc, device) {
    let track = acc.devices.get(device);
    if (track === undefined) {
        track = newTrack(acc.options.reorderWindow);
        acc.devices.set(device, track);
    }
    return track;
}
function addReading(acc, track, device, t, w) {
    const capacity = acc.options.reorderWindow;
    const { times, watts, mask } = track;
    if (track.size > 0) {
        const newest = times[(track.head + track.size - 1) & mask];
        if (t <= newest) {
            if (!insertLate(acc, track, t, w, device))
                return;
            acc.samples++;
            return;
        }
    }
    else if (t <= track.lastMs) {
        if (t === track.lastMs)
            acc.duplicates++;
        else
            acc.dropped++;
        return;
    }
    if (track.size === capacity)
        integrateOldest(acc, track, device);
    const slot = (track.head + track.size) & mask;
    times[slot] = t;
    watts[slot] = w;
    track.size++;
    acc.samples++;
}
// Returns false when the sample was a duplicate or too late to place.
function insertLate(acc, track, t, w, device) {
    const capacity = acc.options.reorderWindow;
    const { times, watts, mask } = track;
    let i = track.size - 1;
    while (i >= 0 && times[(track.head + i) & mask] > t)
        i--;
    if (i >= 0 ? times[(track.head + i) & mask] === t : t === track.lastMs) {
        acc.duplicates++;
        return false;
    }
    if (i < 0 && t < track.lastMs) {
        acc.dropped++;
        return false;
    }
    acc.outOfOrder++;
    if (track.size === capacity) {
        if (i < 0) {
            // It belongs before everything held, right after the last integrated sample.
            integrateSegment(acc, track.lastMs, track.lastW, t, w, device);
            track.lastMs = t;
            track.lastW = w;
            return true;
        }
        integrateOldest(acc, track, device);
        i--;
    }
    // Shift the tail one slot right to open position i + 1.
    for (let j = track.size - 1; j > i; j--) {
        const from = (track.head + j) & mask;
        const to = (track.head + j + 1) & mask;
        times[to] = times[from];
        watts[to] = watts[from];
    }
    const slot = (track.head + i + 1) & mask;
    times[slot] = t;
    watts[slot] = w;
    track.size++;
    return true;
}
function integrateOldest(acc, track, device) {
    const t = track.times[track.head];
    const w = track.watts[track.head];
    track.head = (track.head + 1) & track.mask;
    track.size--;
    track.samples++;
    if (t < acc.minMs)
        acc.minMs = t;
    if (t > acc.maxMs)
        acc.maxMs = t;
    if (Number.isNaN(track.lastMs)) {
        track.firstMs = t;
        track.firstW = w;
    }
    else {
        integrateSegment(acc, track.lastMs, track.lastW, t, w, device);
    }
    track.lastMs = t;
    track.lastW = w;
}
/** Integrates what is still in the reorder windows and returns the totals. */
function finishAccumulator(acc) {
    const devices = [];
    for (const [device, track] of acc.devices) {
        while (track.size > 0)
            integrateOldest(acc, track, device);
        if (track.samples > 0) {
            devices.push({ device, firstMs: track.firstMs, firstW: track.firstW, lastMs: track.lastMs, lastW: track.lastW, samples: track.samples });
        }
    }
    flushHour(acc);
    return {
        energyJ: acc.energyJ,
        hourlyJ: acc.hourlyJ,
        devices,
        segmentDevices: [...acc.segmentDevices],
        startMs: acc.minMs,
        endMs: acc.maxMs,
        samples: acc.samples,
        duplicates: acc.duplicates,
        outOfOrder: acc.outOfOrder,
        dropped: acc.dropped,
        gapCount: acc.gapCount,
        gaps: acc.gaps,
    };
}

;// CONCATENATED MODULE: ./lib/core/merge-logs.js


/**
 * Combines logs: different devices add; the logs of one device (a log split across files) are
 * joined by the trapezoid between the last sample of one and the first of the next, so two files
 * of one run give the energy of one file. Replicas scale each log and its join.
 */
function mergeResults(parts) {
    const hourlyJ = new Map();
    let energyJ = 0;
    for (const part of parts) {
        energyJ += part.result.energyJ * part.replicas;
        for (const [hour, j] of part.result.hourlyJ)
            hourlyJ.set(hour, (hourlyJ.get(hour) ?? 0) + j * part.replicas);
    }
    const byDevice = new Map();
    for (const part of parts) {
        for (const span of part.result.devices) {
            const list = byDevice.get(span.device) ?? [];
            list.push({ span, part });
            byDevice.set(span.device, list);
        }
    }
    const joinGaps = [];
    const overlaps = [];
    for (const [device, list] of byDevice) {
        list.sort((x, y) => x.span.firstMs - y.span.firstMs);
        for (let i = 1; i < list.length; i++) {
            const before = list[i - 1];
            const after = list[i];
            if (after.span.firstMs < before.span.lastMs) {
                overlaps.push({ device, files: [before.part.file, after.part.file] });
                continue;
            }
            const acc = createAccumulator(after.part.options);
            integrateSegment(acc, before.span.lastMs, before.span.lastW, after.span.firstMs, after.span.firstW, device);
            const bridge = finishAccumulator(acc);
            energyJ += bridge.energyJ * after.part.replicas;
            for (const [hour, j] of bridge.hourlyJ)
                hourlyJ.set(hour, (hourlyJ.get(hour) ?? 0) + j * after.part.replicas);
            for (const gap of bridge.gaps)
                joinGaps.push({ ...gap, file: after.part.file });
        }
    }
    const all = new Set(byDevice.keys());
    for (const part of parts)
        for (const d of part.result.segmentDevices)
            all.add(d);
    return { energyJ, hourlyJ, joinGaps, overlaps, devices: all.size };
}

// EXTERNAL MODULE: ./lib/ingest/lines.js
var lines = __webpack_require__(7595);
// EXTERNAL MODULE: ./lib/ingest/time.js
var time = __webpack_require__(2075);
// EXTERNAL MODULE: ./lib/ingest/logs/index.js + 17 modules
var logs = __webpack_require__(5331);
// EXTERNAL MODULE: ./lib/ingest/logs/local-time.js
var local_time = __webpack_require__(8083);
// EXTERNAL MODULE: ./lib/ingest/logs/power-csv.js + 1 modules
var power_csv = __webpack_require__(6380);
// EXTERNAL MODULE: ./lib/ingest/logs/reader.js
var reader = __webpack_require__(6195);
;// CONCATENATED MODULE: ./lib/ingest/measure.js











const HEAD_LINES = 10;
/**
 * Integrates the power logs of one experiment: each log streamed line by line in constant memory,
 * samples folded per device, logs of one device joined, different devices added, replicas applied.
 * @returns the energy (its warnings in `measured.warnings`, `problems` empty), or no energy and
 *   every problem (errors first, then warnings).
 */
async function measureEnergy(specs, source, opts) {
    const errors = [];
    const warnings = [];
    const parts = [];
    const contexts = [];
    for (const [i, spec] of specs.entries()) {
        const field = `logs.${i}`;
        const read = await readOne(spec, field, source, opts);
        for (const p of read.problems)
            (p.severity === 'error' ? errors : warnings).push(p);
        if (read.part)
            parts.push(read.part);
        if (read.ctx)
            contexts.push(read.ctx);
    }
    if (errors.length > 0 || parts.length === 0)
        return { problems: [...errors, ...warnings] };
    const facility = contexts.map((c) => c.facilityIncluded);
    if (facility.includes(true) && facility.includes(false)) {
        return { problems: [(0,core_errors/* problem */.CC)('logs-mixed-facility', { field: 'logs', pos: opts.positions?.['logs'] ?? (0,core_errors/* filePos */.t5)(opts.manifestFile) }), ...warnings] };
    }
    const merged = mergeResults(parts);
    for (const o of merged.overlaps) {
        errors.push((0,core_errors/* problem */.CC)('logs-overlap', { files: o.files, device: o.device, field: 'logs' }));
    }
    const gaps = [];
    for (const part of parts) {
        for (const g of part.result.gaps)
            gaps.push({ startMs: g.startMs, endMs: g.endMs, file: part.file, policy: part.options.gaps });
    }
    for (const g of merged.joinGaps) {
        const policy = parts.find((p) => p.file === g.file)?.options.gaps ?? 'bridge';
        gaps.push({ startMs: g.startMs, endMs: g.endMs, file: g.file, policy });
        const gap = (0,core_errors/* problem */.CC)('logs-join-gap', { device: g.device, fromMs: g.startMs, toMs: g.endMs, policy, file: g.file, severity: policy === 'fail' ? 'error' : 'warning' });
        (policy === 'fail' ? errors : warnings).push(gap);
    }
    if (errors.length > 0)
        return { problems: [...errors, ...warnings] };
    const hourlyKWh = new Map();
    for (const [hour, j] of [...merged.hourlyJ].sort((a, b) => a[0] - b[0]))
        hourlyKWh.set(hour, j / units/* J_PER_KWH */.es);
    const reported = combineReported(contexts);
    const measured = {
        energyKWh: merged.energyJ / units/* J_PER_KWH */.es,
        facilityIncluded: facility.every(Boolean),
        hourlyKWh,
        startMs: Math.min(...parts.map((p) => p.result.startMs)),
        endMs: Math.max(...parts.map((p) => p.result.endMs)),
        samples: parts.reduce((n, p) => n + p.result.samples, 0),
        devices: merged.devices,
        duplicates: parts.reduce((n, p) => n + p.result.duplicates, 0),
        outOfOrder: parts.reduce((n, p) => n + p.result.outOfOrder, 0),
        gaps,
        files: parts.map((p) => p.file),
        notes: contexts.flatMap((c) => c.notes.map((n) => `${c.file}: ${n}`)),
        ...(reported ? { reported } : {}),
        warnings,
    };
    return { measured, problems: [] };
}
function combineReported(contexts) {
    const with_ = contexts.filter((c) => c.reported);
    if (with_.length === 0)
        return undefined;
    const emissionsKgCO2e = with_.reduce((s, c) => s + (c.reported?.emissionsKgCO2e ?? 0), 0);
    const energyKWh = with_.reduce((s, c) => {
        const r = c.reported;
        return s + (r.intensityKgPerKWh ? (r.emissionsKgCO2e ?? 0) / r.intensityKgPerKWh : 0);
    }, 0);
    return { tool: with_[0].reported.tool, emissionsKgCO2e, ...(energyKWh > 0 ? { intensityKgPerKWh: emissionsKgCO2e / energyKWh } : {}) };
}
// Bounds on what a log may say, checked before the fold: a reading of 1e308 W would make the total
// Infinity, and one stray timestamp decades off would be bridged hour by hour (millions of hours).
const MIN_LOG_MS = Date.UTC(2000, 0, 1);
const MAX_LOG_MS = Date.UTC(2100, 0, 1);
/** One device: above this a reading is a unit slip (a whole rack is ~120 kW). */
const MAX_SAMPLE_W = 1e6;
/** A jump between two readings of one device longer than this is a clock error, not a pause. */
const MAX_JUMP_MS = 366 * units/* DAY_MS */.sO;
function implausibleSample(atMs, watts, device, lastMs, at) {
    if (!Number.isFinite(atMs) || atMs < MIN_LOG_MS || atMs >= MAX_LOG_MS)
        return (0,core_errors/* problem */.CC)('sample-time-implausible', { device, atMs, ...at });
    if (!Number.isFinite(watts) || watts < 0 || watts > MAX_SAMPLE_W)
        return (0,core_errors/* problem */.CC)('sample-power-implausible', { device, atMs, watts, maxW: MAX_SAMPLE_W, ...at });
    const last = lastMs.get(device);
    if (last !== undefined && Math.abs(atMs - last) > MAX_JUMP_MS)
        return (0,core_errors/* problem */.CC)('sample-jump-implausible', { device, fromMs: last, toMs: atMs, ...at });
    lastMs.set(device, atMs);
    return undefined;
}
/** `implausibleSample` over columns: one Map lookup per device and batch, not per sample. */
function implausibleColumns(columns, lastMs, at) {
    const { atMs, watts, device, devices } = columns;
    const last = Float64Array.from(devices, (d) => lastMs.get(d) ?? NaN);
    const save = () => last.forEach((t, d) => Number.isNaN(t) || lastMs.set(devices[d], t));
    for (let i = 0; i < columns.count; i++) {
        const t = atMs[i];
        const w = watts[i];
        const d = device[i];
        if (t >= MIN_LOG_MS && t < MAX_LOG_MS && w >= 0 && w <= MAX_SAMPLE_W && !(Math.abs(t - last[d]) > MAX_JUMP_MS)) {
            last[d] = t;
            continue;
        }
        save();
        return implausibleSample(t, w, devices[d], lastMs, at);
    }
    save();
    return undefined;
}
function implausibleSegment(startMs, endMs, energyJ, at) {
    for (const t of [startMs, endMs]) {
        if (!Number.isFinite(t) || t < MIN_LOG_MS || t >= MAX_LOG_MS)
            return (0,core_errors/* problem */.CC)('record-time-implausible', { atMs: t, ...at });
    }
    if (!Number.isFinite(energyJ) || energyJ < 0)
        return (0,core_errors/* problem */.CC)('record-energy-implausible', { energyJ, ...at });
    if (endMs - startMs > MAX_JUMP_MS)
        return (0,core_errors/* problem */.CC)('record-span-implausible', { fromMs: startMs, toMs: endMs, ...at });
    return undefined;
}
/** With a column mapping, a CSV log is read by the mapped CSV reader, whatever wrote it. */
function mappedReader(spec, at) {
    if (spec.format === undefined || spec.format === 'power-csv' || spec.format === 'nvidia-smi')
        return power_csv/* powerCsvReader */.l;
    return (0,core_errors/* problem */.CC)('log-columns-format', { format: spec.format, ...at });
}
async function readOne(spec, field, source, opts) {
    const file = spec.path;
    const at = opts.positions?.[`${field}.path`] ?? opts.positions?.[field] ?? (0,core_errors/* filePos */.t5)(opts.manifestFile);
    const stat = await source.stat(file);
    if (!stat)
        return { problems: [(0,core_errors/* problem */.CC)('log-missing', { path: file, manifest: opts.manifestFile, description: source.description, field: `${field}.path`, pos: at })] };
    if (stat.size > opts.maxLogBytes)
        return { problems: [(0,core_errors/* problem */.CC)('log-too-large', { path: file, bytes: stat.size, maxBytes: opts.maxLogBytes, field: `${field}.path`, pos: at })] };
    const clock = (0,local_time/* createLocalClock */.e1)(spec.timezone);
    if ('code' in clock)
        return { problems: [{ ...clock, field: `${field}.timezone`, pos: opts.positions?.[`${field}.timezone`] ?? at }] };
    const stream = source.openStream(file);
    const ctx = (0,reader/* newReadContext */.cr)(file, spec, clock);
    const acc = createAccumulator({ gapThresholdMs: spec.gapThresholdS * units/* SECOND_MS */._L, gaps: spec.gaps });
    try {
        const batches = (0,lines/* readLineBatches */.pG)(stream, file);
        const first = await batches.next();
        if (first.done)
            return { problems: [(0,core_errors/* problem */.CC)('log-empty', { file })] };
        const head = first.value.headLines(HEAD_LINES);
        const reader = spec.columns
            ? mappedReader(spec, { pos: opts.positions?.[`${field}.format`] ?? at, field: `${field}.columns` })
            : spec.format
                ? (0,logs/* readerFor */.d2)(spec.format)
                : (0,logs/* detectReader */.Jg)(head, file);
        if (reader && 'code' in reader)
            return { problems: [reader] };
        if (!reader)
            return { problems: [(0,core_errors/* problem */.CC)('log-format-unknown', { file, formats: logs/* LOG_READERS */.wW.map((r) => r.format), field: `${field}.format` })] };
        // A line over LONG_LINE_BYTES comes in pieces; only a reader of one-line documents takes them.
        const whole = (b) => {
            if (b.continues && reader.longLines !== true)
                throw (0,lines/* longLineError */.dE)(b, file, reader.format);
            return b;
        };
        const withProgress = async function* () {
            opts.onProgress?.({ file, bytesRead: first.value.bytesRead, totalBytes: stat.size });
            yield whole(first.value);
            for await (const b of batches) {
                opts.onProgress?.({ file, bytesRead: b.bytesRead, totalBytes: stat.size });
                yield whole(b);
            }
        };
        const lastMs = new Map();
        const implausible = { file, field: `${field}.path` };
        for await (const batch of reader.read(withProgress(), ctx)) {
            for (const s of batch.samples ?? []) {
                const why = implausibleSample(s.atMs, s.watts, s.device, lastMs, implausible);
                if (why)
                    return { problems: [why] };
                addSample(acc, s);
            }
            if (batch.columns) {
                const why = implausibleColumns(batch.columns, lastMs, implausible);
                if (why)
                    return { problems: [why] };
                addSampleColumns(acc, batch.columns);
            }
            if (batch.segments) {
                for (const seg of batch.segments) {
                    const why = implausibleSegment(seg.startMs, seg.endMs, seg.energyJ, implausible);
                    if (why)
                        return { problems: [why] };
                    addSegment(acc, seg);
                }
            }
        }
    }
    catch (e) {
        if (e instanceof lines/* NotTextError */.lg)
            return { problems: [e.problem] };
        return { problems: [(0,core_errors/* problem */.CC)('log-unreadable', { path: file, reason: e.message, field: `${field}.path` })] };
    }
    finally {
        stream.destroy();
    }
    const result = finishAccumulator(acc);
    const problems = [...ctx.problems];
    const warning = { file, severity: 'warning' };
    if (ctx.badLines > reader/* MAX_LINE_PROBLEMS */.$p)
        problems.push((0,core_errors/* problem */.CC)('log-more-bad-lines', { file, count: ctx.badLines - reader/* MAX_LINE_PROBLEMS */.$p }));
    if (result.samples === 0 && !problems.some((p) => p.severity === 'error'))
        problems.push((0,core_errors/* problem */.CC)('log-no-readings', { file, missing: ctx.missing }));
    for (const g of result.gaps) {
        const gap = { device: g.device, fromMs: g.startMs, toMs: g.endMs, thresholdS: spec.gapThresholdS, policy: spec.gaps };
        problems.push(spec.gaps === 'fail' ? (0,core_errors/* problem */.CC)('log-gap', { ...gap, file, field: `${field}.gaps` }) : (0,core_errors/* problem */.CC)('log-gap', { ...gap, ...warning }));
    }
    if (result.gapCount > result.gaps.length)
        problems.push((0,core_errors/* problem */.CC)('log-more-gaps', { count: result.gapCount - result.gaps.length, ...warning }));
    if (result.duplicates > 0)
        problems.push((0,core_errors/* problem */.CC)('log-duplicates', { count: result.duplicates, ...warning }));
    if (result.outOfOrder > 0)
        problems.push((0,core_errors/* problem */.CC)('log-out-of-order', { count: result.outOfOrder, ...warning }));
    if (result.dropped > 0)
        problems.push((0,core_errors/* problem */.CC)('log-dropped', { count: result.dropped, ...warning }));
    if (ctx.missing > 0)
        problems.push((0,core_errors/* problem */.CC)('log-values-missing', { count: ctx.missing, ...warning }));
    for (const note of ctx.warnings)
        problems.push((0,core_errors/* problem */.CC)('log-reader-note', { note, ...warning }));
    const unix = (0,time/* unixNote */.zy)(ctx.timeSeen);
    if (unix !== undefined)
        ctx.notes.push(unix);
    return { part: { file, result, replicas: spec.replicas, options: { gapThresholdMs: spec.gapThresholdS * units/* SECOND_MS */._L, gaps: spec.gaps } }, ctx, problems };
}


/***/ })

};
