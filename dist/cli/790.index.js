export const id = 790;
export const ids = [790];
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
// EXTERNAL MODULE: ./lib/core/data/index.js + 13 modules
var data = __webpack_require__(3915);
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
            const replacement = JSON_SCHEMA_OF.get(ctx.zodSchema);
            if (!replacement)
                return;
            for (const key of Object.keys(ctx.jsonSchema))
                delete ctx.jsonSchema[key];
            Object.assign(ctx.jsonSchema, replacement);
        };
        const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', override });
        return { $schema, $id: SCHEMA_URL + file, title, description, ...rest };
    };
    return {
        manifest: generate(manifestSchema, SCHEMA_FILES.manifest, 'carbon-budget experiment manifest', 'One experiment: phase, hardware, duration, grid, market, embodied, logs (*.carbon.yml, *.carbon.yaml, *.carbon.json). Fields: docs/manifest.md.'),
        config: generate(configSchema, SCHEMA_FILES.config, 'carbon-budget repository config', 'carbon-budget.yml: manifest globs, defaults, headline basis, budgets, fail-on. Fields: docs/manifest.md.'),
    };
}
/** A schema file's text as committed: two-space JSON, one trailing newline. */
const schemaText = (schema) => JSON.stringify(schema, null, 2) + '\n';

// EXTERNAL MODULE: ./lib/run/load-report.js + 2 modules
var load_report = __webpack_require__(4161);
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
        const { measured, problems } = await (0,measure/* measureEnergy */.b)([spec], source, { maxLogBytes: MAX_INIT_LOG_BYTES, manifestFile: path });
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


/***/ })

};
