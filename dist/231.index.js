export const id = 130;
export const ids = [130,544];
export const modules = {

/***/ 7206:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ PHASES)
/* harmony export */ });
const PHASES = ['experimentation', 'training', 'inference'];


/***/ }),

/***/ 7544:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkJson: () => (/* binding */ checkJson),
/* harmony export */   experimentJson: () => (/* binding */ experimentJson),
/* harmony export */   historyOldestFirst: () => (/* binding */ historyOldestFirst),
/* harmony export */   reportJson: () => (/* binding */ reportJson),
/* harmony export */   stringifyJson: () => (/* binding */ stringifyJson)
/* harmony export */ });
const rangeJson = (r) => ({ lowKgCO2e: r.low, highKgCO2e: r.high });
const iso = (ms) => new Date(ms).toISOString();
function figures(t) {
    const marginal = t.operational.marginalKgCO2e;
    return {
        energyKWh: t.energyKWh,
        operationalKgCO2e: t.operationalKgCO2e.central,
        embodiedKgCO2e: t.embodiedKgCO2e.central,
        totalKgCO2e: t.totalKgCO2e.central,
        operational: {
            locationKgCO2e: t.operational.locationKgCO2e.central,
            marketKgCO2e: t.operational.marketKgCO2e.central,
            ...(marginal ? { marginalKgCO2e: marginal.central } : {}),
        },
        embodied: { hardwareKgCO2e: t.embodied.hardwareKgCO2e.central, datacenterKgCO2e: t.embodied.datacenterKgCO2e.central },
        range: rangeJson(t.totalKgCO2e),
        ranges: { operationalKgCO2e: rangeJson(t.operationalKgCO2e), embodiedKgCO2e: rangeJson(t.embodiedKgCO2e) },
    };
}
function scopesJson(s) {
    return {
        scope1KgCO2e: s.scope1KgCO2e.central,
        scope2LocationKgCO2e: s.scope2LocationKgCO2e.central,
        scope2MarketKgCO2e: s.scope2MarketKgCO2e.central,
        scope3KgCO2e: s.scope3KgCO2e.central,
        ...(s.scope3UpstreamEnergyKgCO2e ? { scope3UpstreamEnergyKgCO2e: s.scope3UpstreamEnergyKgCO2e.central } : {}),
        ...('boundaries' in s ? { boundaries: { ...s.boundaries } } : {}),
    };
}
/** Embodied by origin and the LCA stages, for experiments and totals (deltas keep the shorter `embodied`). */
function lifecycleJson(t) {
    const e = t.embodied;
    return {
        embodied: { hardwareKgCO2e: e.hardwareKgCO2e.central, datacenterKgCO2e: e.datacenterKgCO2e.central, transportKgCO2e: e.transportKgCO2e.central, endOfLifeKgCO2e: e.endOfLifeKgCO2e.central },
        lca: {
            manufacturingKgCO2e: t.lca.manufacturingKgCO2e.central,
            transportKgCO2e: t.lca.transportKgCO2e.central,
            useKgCO2e: t.lca.useKgCO2e.central,
            endOfLifeKgCO2e: t.lca.endOfLifeKgCO2e.central,
        },
    };
}
function totalsJson(t) {
    return { ...figures(t), ...lifecycleJson(t), scopes: scopesJson(t.scopes) };
}
/** One experiment of the JSON report. */
function experimentJson(e) {
    const m = e.measured;
    const w = e.operational.greenestWindow;
    return {
        name: e.name,
        phase: e.phase,
        file: e.file,
        ...(e.line === undefined ? {} : { line: e.line }),
        ...(e.description === undefined ? {} : { description: e.description }),
        ...figures({ ...e, operational: e.operational }),
        ...lifecycleJson(e),
        energySource: e.energySource,
        itEnergyKWh: e.itEnergyKWh,
        pue: e.pue,
        deviceHours: e.deviceHours,
        intensityKgPerKWh: e.intensityKgPerKWh.central,
        gridDescription: e.gridDescription,
        locationMethod: e.operational.locationMethod,
        annualLocationKgCO2e: e.operational.annualLocationKgCO2e.central,
        ...(e.operational.uncoveredHours === undefined ? {} : { uncoveredHours: e.operational.uncoveredHours }),
        scopes: scopesJson(e.scopes),
        ...(e.sci ? { sci: { unit: e.sci.unit, count: e.sci.count, kgCO2ePerUnit: e.sci.kgCO2ePerUnit.central, range: rangeJson(e.sci.kgCO2ePerUnit) } } : {}),
        defaultsUsed: [...e.defaultsUsed],
        ...(m
            ? {
                measured: {
                    energyKWh: m.energyKWh,
                    facilityIncluded: m.facilityIncluded,
                    start: iso(m.startMs),
                    end: iso(m.endMs),
                    samples: m.samples,
                    devices: m.devices,
                    duplicates: m.duplicates,
                    outOfOrder: m.outOfOrder,
                    gaps: m.gaps.length,
                    files: [...m.files],
                    ...(m.notes && m.notes.length > 0 ? { notes: [...m.notes] } : {}),
                    ...(m.reported ? { reported: { ...m.reported } } : {}),
                },
            }
            : {}),
        ...(w ? { greenestWindow: { start: iso(w.startMs), kgCO2e: w.kgCO2e, savingKgCO2e: w.savingKgCO2e, basis: w.basis } } : {}),
        coefficients: e.coefficients.map((c) => ({ id: c.id, unit: c.unit, low: c.low, central: c.central, high: c.high, sourceId: c.source.id })),
    };
}
function problemJson(p) {
    return {
        severity: p.severity,
        code: p.code,
        message: p.message,
        ...(p.pos ? { file: p.pos.file, line: p.pos.line, col: p.pos.col } : {}),
        ...(p.field === undefined ? {} : { field: p.field }),
        ...(p.suggestion === undefined ? {} : { suggestion: p.suggestion }),
    };
}
/**
 * The JSON report of `carbon-budget report --format json`.
 * @example JSON.stringify(reportJson(report), null, 2)
 */
function reportJson(report) {
    return {
        schemaVersion: 1,
        basis: report.basis,
        intensity: report.intensity,
        experiments: report.experiments.map(experimentJson),
        totals: totalsJson(report.totals),
        phases: mapPhases(report.phases, totalsJson),
        sources: report.sources.map((s) => ({ ...s })),
        warnings: report.warnings.map(problemJson),
    };
}
function mapPhases(phases, f) {
    return { experimentation: f(phases.experimentation), training: f(phases.training), inference: f(phases.inference) };
}
function deltaJson(d) {
    return { ...figures(d), ...(d.share === undefined ? {} : { share: d.share }) };
}
function experimentDeltaJson(d) {
    return {
        name: d.name,
        phase: d.phase,
        file: d.file,
        status: d.status,
        ...(d.baseKgCO2e ? { baseKgCO2e: d.baseKgCO2e.central } : {}),
        ...(d.headKgCO2e ? { headKgCO2e: d.headKgCO2e.central } : {}),
        deltaKgCO2e: d.deltaKgCO2e.central,
        range: rangeJson(d.deltaKgCO2e),
        ...(d.deltaShare === undefined ? {} : { deltaShare: d.deltaShare }),
        deltaEnergyKWh: d.deltaEnergyKWh,
        deltaOperationalKgCO2e: d.deltaOperationalKgCO2e.central,
        deltaEmbodiedKgCO2e: d.deltaEmbodiedKgCO2e.central,
        attribution: d.attribution.map((a) => ({ ...a })),
    };
}
function budgetJson(b) {
    return {
        name: b.name,
        kind: b.kind,
        limit: b.limit,
        limitValue: b.limitValue,
        actual: b.actual,
        unit: b.unit,
        verdict: b.verdict,
        margin: b.margin,
        ...(b.pos ? { file: b.pos.file, line: b.pos.line } : {}),
        ...(b.subjectPos ? { subject: { file: b.subjectPos.file, line: b.subjectPos.line } } : {}),
    };
}
/** History oldest first, whatever order it came in; ties keep their order. */
function historyOldestFirst(history) {
    return history
        .map((h, i) => ({ h, i, t: Date.parse(h.date) }))
        .sort((a, b) => (Number.isFinite(a.t) && Number.isFinite(b.t) && a.t !== b.t ? a.t - b.t : a.i - b.i))
        .map((x) => x.h);
}
/**
 * The JSON of `carbon-budget check --format json`: the head's report fields, plus the comparison.
 * @example checkJson(comparison).delta.totalKgCO2e // kgCO2e added by the PR, full precision
 */
function checkJson(c) {
    const head = reportJson(c.head);
    return {
        ...head,
        verdict: c.verdict,
        verdictReason: c.verdictReason,
        failOn: c.failOn,
        budgetsFrom: { ...c.budgetsFrom },
        baseRef: c.baseRef ? { ...c.baseRef } : null,
        headRef: c.headRef ? { ...c.headRef } : null,
        base: c.base ? reportJson(c.base) : null,
        head,
        delta: { ...deltaJson(c.delta), experiments: c.experiments.map(experimentDeltaJson), phases: mapPhases(c.phases, deltaJson) },
        budgets: c.budgets.map(budgetJson),
        history: historyOldestFirst(c.history).map((h) => ({ sha: h.sha, date: h.date, totalKgCO2e: h.totalKgCO2e, ...(h.subject === undefined ? {} : { subject: h.subject }) })),
    };
}
/** Serializes a JSON report: two-space indent, trailing newline. */
function stringifyJson(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}


/***/ }),

/***/ 3130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_CHARS: () => (/* binding */ DEFAULT_MAX_CHARS),
  GITHUB_COMMENT_MAX_CHARS: () => (/* binding */ GITHUB_COMMENT_MAX_CHARS),
  renderCheckMarkdown: () => (/* binding */ renderCheckMarkdown),
  renderReportMarkdown: () => (/* binding */ renderReportMarkdown)
});

;// CONCATENATED MODULE: ./node_modules/markdown-table/index.js
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

;// CONCATENATED MODULE: ./lib/render/markdown-blocks.js
/**
 * A small block model for GitHub markdown: sections are built as data (rows, items), and only
 * `serializeBlocks` turns them into text, so folding rows never cuts a string. Every `text`, cell and
 * item is markdown the renderer produced: user strings must be escaped before they get here.
 */

function serializeBlock(b) {
    switch (b.kind) {
        case 'heading':
            return `${'#'.repeat(b.level)} ${b.text}`;
        case 'paragraph':
            return b.text;
        case 'table':
            // Unaligned delimiters: padding every cell to the widest would multiply a big table's size.
            return markdownTable([b.header, ...b.rows], { alignDelimiters: false, ...(b.align ? { align: b.align } : {}) });
        case 'list':
            return b.items.map((i) => `- ${i}`).join('\n');
        case 'code': {
            // A fence longer than any backtick run inside, so the content cannot close it.
            const longest = Math.max(2, ...(b.text.match(/`+/g) ?? []).map((r) => r.length));
            const fence = '`'.repeat(longest + 1);
            return `${fence}${b.lang}\n${b.text}\n${fence}`;
        }
        case 'details':
            // Blank lines around the content: GitHub renders markdown inside <details> only then.
            return `<details><summary>${b.summary}</summary>\n\n${serializeBlocks(b.blocks)}\n\n</details>`;
    }
}
/** Markdown text of the blocks, separated by blank lines. */
function serializeBlocks(blocks) {
    return blocks.map(serializeBlock).join('\n\n');
}

// EXTERNAL MODULE: ./lib/render/escape.js
var render_escape = __webpack_require__(9889);
;// CONCATENATED MODULE: ./lib/render/format.js
/**
 * Display formatting: full-precision numbers in, rounded text out. Only render calls these; the
 * core and the JSON report keep every digit.
 *
 * One rounding rule everywhere, so a column reads evenly: in the chosen unit, values of 100 and up
 * are whole numbers (grouped: `1,234 t`), values from 1 to 100 carry one decimal (`14.0 t`, `3.1 g`),
 * values under 1 carry two significant figures (`0.042 g`). The unit steps up when the rounded
 * value would reach 1,000 (999.96 kg is `1.0 t`, never `1,000 kg`).
 */
/** Mass scales, smallest first; `t` is tCO2e. */
const MASS = [
    { unit: 'g', factor: 1e-3 },
    { unit: 'kg', factor: 1 },
    // tCO2e stays the top unit: ML footprints are quoted in tonnes, even GPT-scale ones (`15,000 t`).
    { unit: 't', factor: 1e3 },
];
/** Energy scales from kWh. */
const ENERGY = [
    { unit: 'Wh', factor: 1e-3 },
    { unit: 'kWh', factor: 1 },
    // MWh stays the top unit, as the papers quote it (GPT-3: 1,287 MWh).
    { unit: 'MWh', factor: 1e3 },
];
/**
 * Decimals the rounding rule gives a value already expressed in its display unit, decided on the
 * rounded value (99.96 rounds to `100`, not `100.0`; 0.996 to `1.0`, not `1.00`).
 */
function decimalsFor(value) {
    const first = rawDecimals(value);
    const second = rawDecimals(Number(value.toFixed(first)));
    return Math.min(first, second);
}
function rawDecimals(value) {
    const a = Math.abs(value);
    if (a === 0 || !Number.isFinite(a))
        return 0;
    if (a >= 100)
        return 0;
    if (a >= 1)
        return 1;
    // two significant figures below 1
    return Math.min(20, 1 - Math.floor(Math.log10(a)));
}
/** Groups the integer part with commas: `1234567.5` with 1 decimal is `1,234,567.5`. */
function formatNumber(value, decimals = decimalsFor(value)) {
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : value < 0 ? '-∞' : 'n/a';
    const fixed = Math.abs(value).toFixed(decimals);
    const [whole = '0', fraction] = fixed.split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const negative = value < 0 && Number(fixed) !== 0;
    return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
/** A whole count with grouping (`9,874`). */
function formatCount(n) {
    return formatNumber(Math.round(n), 0);
}
/** Picks the display unit by the rounded magnitude, so rounding never shows `1,000` of a unit. */
function pick(canonical, scales) {
    const a = Math.abs(canonical);
    let index = 0;
    for (let i = scales.length - 1; i >= 0; i--) {
        if (a >= scales[i].factor) {
            index = i;
            break;
        }
    }
    if (a === 0)
        index = scales.findIndex((s) => s.factor === 1);
    let scale = scales[index];
    let inUnit = canonical / scale.factor;
    let decimals = decimalsFor(inUnit);
    const next = scales[index + 1];
    if (next && Math.abs(Number(inUnit.toFixed(decimals))) >= next.factor / scale.factor) {
        scale = next;
        inUnit = canonical / scale.factor;
        decimals = decimalsFor(inUnit);
    }
    return { scale, inUnit, decimals };
}
function sign(value, text, signed) {
    if (!signed || text.startsWith('-'))
        return text;
    return /^[0.,]+$/.test(text.split(' ')[0] ?? '') ? `±${text}` : value > 0 ? `+${text}` : text;
}
/**
 * A mass of CO2e for display.
 * @param kgCO2e full-precision kilograms
 * @example formatMass(13964.3) // "14.0 t"; formatMass(552) // "552 kg"; formatMass(0.0031) // "3.1 g"
 */
function formatMass(kgCO2e, opts = {}) {
    const p = pick(kgCO2e, MASS);
    const unit = opts.co2e ? `${p.scale.unit}CO2e` : p.scale.unit;
    return sign(kgCO2e, `${formatNumber(p.inUnit, p.decimals)} ${unit}`, opts.signed);
}
/** A signed mass difference: `+1.8 t`, `-320 kg`, `±0 kg`. */
function formatMassDelta(kgCO2e, opts = {}) {
    return formatMass(kgCO2e, { ...opts, signed: true });
}
/**
 * Facility or IT energy for display.
 * @param kWh full-precision kilowatt-hours
 * @example formatEnergy(36270.08) // "36.3 MWh"
 */
function formatEnergy(kWh, opts = {}) {
    const p = pick(kWh, ENERGY);
    return sign(kWh, `${formatNumber(p.inUnit, p.decimals)} ${p.scale.unit}`, opts.signed);
}
/**
 * A share as a percentage: `0.17` is `17 %` (`+17 %` when signed).
 * @param share a ratio (1 is 100 %)
 */
function formatPercent(share, opts = {}) {
    const pct = share * 100;
    // Whole percents from 10 up (`17 %`): a tenth of a percent there is noise, not information.
    const rounded = Number(pct.toFixed(decimalsFor(pct)));
    const decimals = Math.abs(rounded) >= 10 ? 0 : decimalsFor(pct);
    return sign(share, `${formatNumber(pct, decimals)} %`, opts.signed);
}
/** A signed percentage change: `+17 %`, `-4.2 %`. */
function formatPercentDelta(share) {
    return formatPercent(share, { signed: true });
}
/** Ends of a range in the central value's unit, with at least the central's decimals for small ends. */
function endsInUnit(r, p, signed) {
    const end = (v) => {
        const inUnit = v / p.scale.factor;
        const d = Math.abs(inUnit) < 1 ? Math.max(p.decimals, 1) : decimalsFor(inUnit);
        const text = formatNumber(inUnit, d);
        return signed && inUnit > 0 && !/^[0.,]+$/.test(text) ? `+${text}` : text;
    };
    // An en dash between two signed numbers reads as a minus; spell it out then.
    const separator = signed && (r.low < 0 || r.high < 0) ? ' to ' : '–';
    return `${end(r.low)}${separator}${end(r.high)} ${p.scale.unit}`;
}
/**
 * A central mass with its low-high range, both in the central's unit: `14.0 t (9.2–21.5 t)`.
 * An exact value (low = central = high) is shown alone.
 */
function formatMassRange(r, opts = {}) {
    const head = formatMass(r.central, opts);
    if (r.low === r.central && r.high === r.central)
        return head;
    const p = pick(r.central, MASS);
    return `${head} (${endsInUnit(r, p, opts.signed === true)})`;
}
/** The low-high range alone, in the central's unit: `9.2–21.5 t`. */
function formatRangeEnds(r, opts = {}) {
    return endsInUnit(r, pick(r.central, MASS), opts.signed === true);
}
/**
 * Grid intensity for display, in gCO2e/kWh (the unit grid datasets publish): `385 gCO2e/kWh`.
 * @param kgPerKWh kgCO2e per kWh
 */
function formatIntensity(kgPerKWh) {
    return `${formatNumber(kgPerKWh * 1000)} gCO2e/kWh`;
}
/** Hours for display: `40.3 h`, `1,234 h`, `12 min` under an hour. */
function formatHours(h) {
    if (Math.abs(h) < 1)
        return `${formatNumber(h * 60)} min`;
    return `${formatNumber(h)} h`;
}
/** PUE, to the two decimals datacenters publish: `1.10`. */
function formatPue(pue) {
    return pue.toFixed(2);
}
/** A UTC date (`2026-03-01`) from ms or an ISO string; pure (no clock). */
function formatDate(at) {
    const ms = typeof at === 'number' ? at : Date.parse(at);
    return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : String(at).slice(0, 10);
}

;// CONCATENATED MODULE: ./lib/render/mermaid.js
/**
 * The trend chart: a Mermaid `xychart-beta` line chart (the keyword every Mermaid since 10.6 knows;
 * GitHub's bundled Mermaid lags upstream). The y-axis starts at 0 so small changes do not look
 * dramatic, and its unit follows the magnitude (gCO2e, kgCO2e or tCO2e).
 */

/** The unit that keeps the largest value between 1 and 1,000. */
function chartUnit(maxKgCO2e) {
    if (maxKgCO2e >= 1000)
        return { unit: 'tCO2e', factor: 1000 };
    if (maxKgCO2e >= 1 || maxKgCO2e <= 0)
        return { unit: 'kgCO2e', factor: 1 };
    return { unit: 'gCO2e', factor: 1e-3 };
}
/** A round upper bound a little above `max` (1, 2, 2.5 or 5 times a power of ten). */
function niceCeiling(max) {
    if (!(max > 0) || !Number.isFinite(max))
        return 1;
    const target = max * 1.1;
    const magnitude = 10 ** Math.floor(Math.log10(target));
    for (const step of [1, 2, 2.5, 5, 10])
        if (step * magnitude >= target)
            return Number((step * magnitude).toPrecision(12));
    return 10 * magnitude;
}
/** Four significant figures: enough for a chart, short in the comment's character budget. */
function chartNumber(v) {
    if (!Number.isFinite(v))
        return '0';
    return String(Number(v.toPrecision(4)));
}
/**
 * The Mermaid text of the trend (without the ```` ```mermaid ```` fence).
 * @example renderTrendChart([{ label: 'a1b2c3d', kgCO2e: 14100 }, { label: 'this PR', kgCO2e: 15900 }])
 */
function renderTrendChart(points, opts = {}) {
    const max = Math.max(0, ...points.map((p) => p.kgCO2e));
    const unit = chartUnit(max);
    const values = points.map((p) => Math.max(0, p.kgCO2e) / unit.factor);
    const top = niceCeiling(Math.max(...values, 0));
    // Labels must be distinct categories; a repeated sha or date gets its position appended.
    const seen = new Map();
    const labels = points.map((p) => {
        const base = (0,render_escape/* escapeMermaidLabel */.x2)(p.label, { maxChars: 24 }) || '?';
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        return `"${n > 1 ? `${base} (${n})` : base}"`;
    });
    const lines = ['xychart-beta'];
    if (opts.title !== undefined)
        lines.push(`    title "${(0,render_escape/* escapeMermaidLabel */.x2)(opts.title, { maxChars: 60 })}"`);
    lines.push(`    x-axis [${labels.join(', ')}]`);
    lines.push(`    y-axis "${unit.unit}" 0 --> ${chartNumber(top)}`);
    lines.push(`    line [${values.map(chartNumber).join(', ')}]`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./lib/render/markdown-sections.js



/** Caps on user strings in the comment, in code points (names are long in sweeps). */
const NAME_MAX_CHARS = 80;
const TEXT_MAX_CHARS = 200;
const md = (text, maxChars = NAME_MAX_CHARS) => (0,render_escape/* escapeMarkdown */.FV)(text, { maxChars });
/** A `[title year](url)` link when the URL is https, else the plain title. */
function sourceLink(s) {
    const label = `${md(s.title, 72)} ${s.year}`;
    const url = (0,render_escape/* safeUrl */.Pl)(s.url);
    return url === undefined ? label : `[${label}](${url})`;
}
function energyCell(r) {
    return r.measured && r.energy !== '—' ? `${r.energy} (measured)` : r.energy;
}
/** The experiments table over the first `shown` rows, with a totals row. */
function experimentsTable(rows, shown, opts) {
    const withDelta = opts.deltaHeader !== undefined;
    const header = ['experiment', 'phase', 'energy', 'operational', 'embodied', 'total', ...(withDelta ? [opts.deltaHeader] : [])];
    const body = rows.slice(0, shown).map((r) => [
        r.status === 'removed' ? `~~${md(r.name)}~~` : md(r.name),
        r.phase,
        energyCell(r),
        r.operational,
        r.embodied,
        r.total,
        ...(withDelta ? [r.delta ?? ''] : []),
    ]);
    const totals = opts.totals ? [['**total**', '', ...opts.totals.map((c) => (c === '' ? '' : `**${c}**`))]] : [];
    return { kind: 'table', header, rows: [...body, ...totals], align: ['l', 'l', 'r', 'r', 'r', 'r', 'r'] };
}
/** `… 9,874 least-changed experiments not shown; see the job summary.` */
function foldNote(hidden, what, hint) {
    if (hidden <= 0)
        return [];
    return [{ kind: 'paragraph', text: `… ${formatCount(hidden)} ${what} ${hidden === 1 ? 'experiment' : 'experiments'} not shown; see ${hint}.` }];
}
/** Budgets with limit, actual, margin and verdict, failing first. */
function budgetsSection(rows, shown) {
    if (rows.length === 0)
        return [];
    if (shown <= 0) {
        const failed = rows.filter((b) => b.verdict === 'fail').length;
        return [{ kind: 'paragraph', text: `Budgets: ${formatCount(failed)} of ${formatCount(rows.length)} failed (details in the job summary).` }];
    }
    const body = rows.slice(0, shown).map((b) => [
        md(b.name),
        md(b.limit, 40),
        b.actual,
        b.note === undefined ? b.margin : `${b.margin}: ${md(b.note, TEXT_MAX_CHARS)}`,
        b.verdict === 'pass' ? '✅ pass' : '❌ fail',
    ]);
    return [
        { kind: 'heading', level: 4, text: 'Budgets' },
        { kind: 'table', header: ['budget', 'limit', 'actual', 'margin', 'verdict'], rows: body, align: ['l', 'r', 'r', 'r', 'l'] },
        ...(rows.length > shown ? [{ kind: 'paragraph', text: `… ${formatCount(rows.length - shown)} more budgets, all shown in the job summary.` }] : []),
    ];
}
/** "Why it changed": each changed experiment's delta split by the inputs that changed. */
function whySection(items, shown, termsShown) {
    if (items.length === 0 || shown <= 0)
        return [];
    const list = items.slice(0, shown).map((i) => {
        const terms = i.terms.slice(0, termsShown).map((t) => `${md(t.input, 40)} ${md(t.from, 40)} → ${md(t.to, 40)}: ${t.delta}`);
        const more = i.terms.length > termsShown ? `; ${formatCount(i.terms.length - termsShown)} more` : '';
        return `**${md(i.name)}** ${i.delta}: ${terms.join('; ')}${more}`;
    });
    const rest = items.length - Math.min(shown, items.length);
    return [
        { kind: 'heading', level: 4, text: 'Why it changed' },
        { kind: 'list', items: list },
        ...(rest > 0 ? [{ kind: 'paragraph', text: `… and ${formatCount(rest)} more changed experiments.` }] : []),
    ];
}
/** The trend chart with its numbers in a table beside it (mail and some clients show raw text). */
function trendSection(points, baseLabel) {
    if (points.length < 2)
        return [];
    const commits = points.filter((p) => p.label !== 'this PR').length;
    const rows = points.map((p) => [
        p.label === 'this PR' ? '**this PR**' : `\`${p.label.replace(/[^0-9a-f]/gi, '')}\``,
        p.date === undefined ? '' : formatDate(p.date),
        formatMass(p.kgCO2e),
    ]);
    return [
        { kind: 'heading', level: 4, text: `Trend of ${baseLabel} (last ${formatCount(commits)} commits that changed carbon files)` },
        { kind: 'code', lang: 'mermaid', text: renderTrendChart(points, { title: 'Total footprint' }) },
        { kind: 'details', summary: 'Numbers', blocks: [{ kind: 'table', header: ['commit', 'date', 'total'], rows, align: ['l', 'l', 'r'] }] },
    ];
}
/** Defaults that were applied, so no default changes a result unseen. */
function defaultsSection(list, shown) {
    if (list.length === 0 || shown <= 0)
        return [];
    const items = list.slice(0, shown).map((d) => `${md(d.text, TEXT_MAX_CHARS)} (${formatCount(d.count)} ${d.count === 1 ? 'experiment' : 'experiments'})`);
    const rest = list.length - Math.min(shown, list.length);
    return [
        { kind: 'heading', level: 4, text: 'Defaults used' },
        { kind: 'list', items: rest > 0 ? [...items, `… ${formatCount(rest)} more`] : items },
    ];
}
/** Warnings of the run (`file:line: message`). */
function warningsSection(problems, shown) {
    if (problems.length === 0 || shown <= 0)
        return [];
    const items = problems.slice(0, shown).map((p) => {
        const where = p.pos ? `${md(`${p.pos.file}:${p.pos.line}`, 120)}: ` : '';
        return `${where}${md(p.message, TEXT_MAX_CHARS)}`;
    });
    const rest = problems.length - Math.min(shown, problems.length);
    return [
        { kind: 'heading', level: 4, text: `Warnings (${formatCount(problems.length)})` },
        { kind: 'list', items: rest > 0 ? [...items, `… ${formatCount(rest)} more`] : items },
    ];
}
function sourceList(sources, max) {
    if (sources.length === 0)
        return 'n/a';
    if (max <= 0)
        return `${formatCount(sources.length)} ${sources.length === 1 ? 'source' : 'sources'} (see the JSON report)`;
    const shown = sources.slice(0, max).map(sourceLink).join(', ');
    return sources.length > max ? `${shown} and ${formatCount(sources.length - max)} more` : shown;
}
/**
 * "Measured energy and hourly intensity": the first `shown` of `items` (already escaped), each a
 * bold name and a list of its lines; the rest counted. With nothing shown, one sentence with the count.
 */
function measuredSection(items, total, shown, hint) {
    if (total === 0)
        return [];
    const what = `${formatCount(total)} ${total === 1 ? 'experiment' : 'experiments'} with power logs or an hourly grid series`;
    if (shown <= 0)
        return [{ kind: 'paragraph', text: `Measured energy and hourly intensity: ${what} (details in ${hint}).` }];
    const blocks = [{ kind: 'heading', level: 4, text: 'Measured energy and hourly intensity' }];
    for (const item of items.slice(0, shown)) {
        blocks.push({ kind: 'paragraph', text: `**${item.name}** (${item.file})` });
        blocks.push({ kind: 'list', items: item.lines.map((l) => `${l.flag ? '⚠️ ' : ''}${l.label}: ${l.parts.join(' · ')}`) });
    }
    const rest = total - Math.min(shown, items.length);
    if (rest > 0)
        blocks.push({ kind: 'paragraph', text: `… ${formatCount(rest)} more ${rest === 1 ? 'experiment' : 'experiments'} with power logs or an hourly series; see ${hint}.` });
    return blocks;
}
/** The method line: basis, intensity, datasets with years, PUE, embodied data. */
function methodLine(m, maxSourcesPerKind, runUrl) {
    const parts = [
        `Method: ${m.basis}, ${m.intensity}`,
        `grid: ${sourceList(m.grid, maxSourcesPerKind)}`,
        `PUE ${m.pue}${m.pueSources.length > 0 ? ` (${sourceList(m.pueSources, maxSourcesPerKind)})` : ''}`,
        ...(m.power.length > 0 ? [`power: ${sourceList(m.power, maxSourcesPerKind)}`] : []),
        `embodied: ${sourceList(m.embodied, maxSourcesPerKind)}`,
        ...(m.datacenter.length > 0 ? [`datacenter construction: ${sourceList(m.datacenter, maxSourcesPerKind)}`] : []),
        ...(m.other.length > 0 ? [`also: ${sourceList(m.other, maxSourcesPerKind)}`] : []),
    ];
    const url = (0,render_escape/* safeUrl */.Pl)(runUrl);
    return { kind: 'paragraph', text: `<sub>${parts.join(' · ')}${url === undefined ? '' : ` · [run](${url})`}</sub>` };
}

// EXTERNAL MODULE: ./lib/render/json.js
var json = __webpack_require__(7544);
;// CONCATENATED MODULE: ./lib/render/rows.js


/** Figures cells of one result; `—` for a side that does not exist. */
function figureCells(e) {
    if (!e)
        return { energy: '—', operational: '—', embodied: '—', total: '—', measured: false };
    return {
        energy: formatEnergy(e.energyKWh),
        operational: formatMass(e.operationalKgCO2e.central),
        embodied: formatMass(e.embodiedKgCO2e.central),
        total: formatMass(e.totalKgCO2e.central),
        measured: e.energySource === 'measured',
    };
}
/** The report's experiments, largest total first. */
function reportRows(report) {
    return [...report.experiments]
        .sort((a, b) => b.totalKgCO2e.central - a.totalKgCO2e.central || compareText(a.name, b.name))
        .map((e) => ({ name: e.name, phase: e.phase, file: e.file, ...figureCells(e) }));
}
/** The delta cell: signed mass, and the relative change or the status when there is no base. */
function deltaCell(d) {
    const mass = formatMassDelta(d.deltaKgCO2e.central);
    if (d.status === 'added')
        return `${mass} (new)`;
    if (d.status === 'removed')
        return `${mass} (removed)`;
    if (d.status === 'unchanged')
        return 'unchanged';
    return d.deltaShare === undefined ? mass : `${mass} (${formatPercentDelta(d.deltaShare)})`;
}
const STATUS_ORDER = { added: 0, removed: 0, changed: 1, unchanged: 2 };
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Experiments of a comparison, most changed first (absolute delta), unchanged last: folding the
 * tail of this order hides the least changed.
 */
function checkRows(c) {
    const head = new Map(c.head.experiments.map((e) => [e.name, e]));
    const base = new Map(c.base?.experiments.map((e) => [e.name, e]) ?? []);
    return [...c.experiments]
        .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        Math.abs(b.deltaKgCO2e.central) - Math.abs(a.deltaKgCO2e.central) ||
        (b.headKgCO2e?.central ?? 0) - (a.headKgCO2e?.central ?? 0) ||
        compareText(a.name, b.name))
        .map((d) => ({
        name: d.name,
        phase: d.phase,
        file: d.file,
        status: d.status,
        ...figureCells(d.status === 'removed' ? undefined : head.get(d.name)),
        ...(d.status === 'removed' ? { measured: base.get(d.name)?.energySource === 'measured' } : {}),
        delta: deltaCell(d),
    }));
}
function amount(value, unit) {
    if (unit === 'ratio')
        return formatPercent(value);
    if (unit === 'kgCO2e/unit')
        return `${formatMass(value)}/unit`;
    return formatMass(value);
}
/** Budgets, failing first, each with its margin in words. */
function budgetRows(budgets) {
    return [...budgets]
        .sort((a, b) => (a.verdict === b.verdict ? 0 : a.verdict === 'fail' ? -1 : 1))
        .map((b) => ({
        name: b.name,
        limit: b.limit,
        actual: amount(b.actual, b.unit),
        margin: b.note !== undefined ? 'n/a' : `${amount(Math.abs(b.margin), b.unit)} ${b.margin < 0 ? 'over' : 'left'}`,
        verdict: b.verdict,
        ...(b.note === undefined ? {} : { note: b.note }),
    }));
}
/** Changed experiments with attribution terms, largest delta first. */
function whyItems(c) {
    return c.experiments
        .filter((d) => d.status === 'changed' && d.attribution.length > 0)
        .sort((a, b) => Math.abs(b.deltaKgCO2e.central) - Math.abs(a.deltaKgCO2e.central) || compareText(a.name, b.name))
        .map((d) => ({
        name: d.name,
        delta: formatMassDelta(d.deltaKgCO2e.central),
        terms: [...d.attribution]
            .sort((a, b) => Math.abs(b.deltaKgCO2e) - Math.abs(a.deltaKgCO2e))
            .map((a) => ({ input: a.input, from: a.from, to: a.to, delta: formatMassDelta(a.deltaKgCO2e) })),
    }));
}
/** The base branch's totals, oldest first, and the head as the last point when there is history. */
function trendPoints(c) {
    const history = (0,json.historyOldestFirst)(c.history);
    if (history.length === 0)
        return [];
    const points = history.map((h) => ({
        label: h.sha.slice(0, 7),
        sha: h.sha,
        date: h.date,
        ...(h.subject === undefined ? {} : { subject: h.subject }),
        kgCO2e: h.totalKgCO2e,
    }));
    points.push({ label: 'this PR', ...(c.headRef ? { sha: c.headRef.sha } : {}), kgCO2e: c.head.totals.totalKgCO2e.central });
    return points;
}
/** Defaults applied across the report, with how many experiments used each, most used first. */
function defaultsUsed(report) {
    const counts = new Map();
    for (const e of report.experiments)
        for (const d of new Set(e.defaultsUsed))
            counts.set(d, (counts.get(d) ?? 0) + 1);
    return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || compareText(a.text, b.text));
}
/** `1 added, 2 changed, 3 unchanged`. */
function statusSummary(c) {
    const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
    for (const d of c.experiments)
        counts[d.status]++;
    return ['added', 'removed', 'changed', 'unchanged']
        .filter((s) => counts[s] > 0)
        .map((s) => `${formatCount(counts[s])} ${s}`)
        .join(', ');
}

;// CONCATENATED MODULE: ./lib/render/method.js

/** Gathers the method of a report. */
function describeMethod(report) {
    const byUnit = new Map();
    const used = new Set();
    for (const e of report.experiments) {
        for (const c of e.coefficients) {
            // Ratios are PUEs, active shares and life-cycle shares: only a PUE coefficient names the PUE's source.
            const kind = c.unit === 'ratio' ? (c.id.startsWith('pue:') ? 'pue' : 'share') : c.unit;
            const group = byUnit.get(kind) ?? new Map();
            group.set(c.source.id, c.source);
            byUnit.set(kind, group);
            used.add(c.source.id);
        }
    }
    const of = (unit) => [...(byUnit.get(unit)?.values() ?? [])];
    const pues = report.experiments.map((e) => e.pue);
    const low = Math.min(...pues);
    const high = Math.max(...pues);
    const hourly = report.experiments.some((e) => e.operational.locationMethod === 'hourly');
    return {
        basis: report.basis === 'market' ? 'market-based' : 'location-based',
        intensity: report.intensity === 'marginal' ? 'marginal' : hourly ? 'hourly average where a series is committed, else annual average' : 'annual average',
        grid: of('kgCO2e/kWh'),
        pue: pues.length === 0 ? 'n/a' : formatPue(low) === formatPue(high) ? formatPue(low) : `${formatPue(low)}–${formatPue(high)}`,
        pueSources: of('pue'),
        power: of('W'),
        embodied: of('kgCO2e'),
        datacenter: of('kgCO2e/kW'),
        other: report.sources.filter((s) => !used.has(s.id)),
    };
}

;// CONCATENATED MODULE: ./lib/render/measured.js

/** Gap spans listed per policy before the rest are counted. */
const GAP_SPANS_SHOWN = 3;
const HOUR_MS = 3_600_000;
/** Whether an experiment belongs in the section: it has power logs or names an hourly series. */
function hasMeasuredDetail(e) {
    return e.measured !== undefined || e.operational.locationMethod === 'hourly' || e.input.seriesPath !== undefined;
}
/** Experiments of the section, largest total first (the order of the report's table). */
function measuredExperiments(report) {
    return report.experiments
        .filter(hasMeasuredDetail)
        .sort((a, b) => b.totalKgCO2e.central - a.totalKgCO2e.central || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** `2026-11-26T04:00Z` for an hour start; seconds only when they are not zero. */
function formatInstant(ms) {
    const iso = new Date(ms).toISOString();
    return iso.slice(17, 23) === '00.000' ? `${iso.slice(0, 16)}Z` : `${iso.slice(0, 19)}Z`;
}
/** A short duration: `30 s`, `2.8 min`, `3.0 h`. */
function formatSpan(ms) {
    const s = ms / 1000;
    return s < 60 ? `${formatNumber(s, Number.isInteger(s) ? 0 : decimalsFor(s))} s` : formatHours(s / 3600);
}
/** PUE with the decimals it was given (1.135 stays 1.135; 1.1 is 1.10). */
function pueText(pue) {
    return Math.abs(Math.round(pue * 100) - pue * 100) < 1e-9 ? pue.toFixed(2) : String(Number(pue.toFixed(4)));
}
const plural = (n, one, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;
function energyLine(e, m) {
    const facilityKWh = m.facilityIncluded ? m.energyKWh : m.energyKWh * e.pue;
    const parts = m.facilityIncluded
        ? [`${formatEnergy(facilityKWh)} facility, measured (the tool's own PUE included; no PUE applied again)`]
        : [`${formatEnergy(facilityKWh)} facility = ${formatEnergy(m.energyKWh)} IT measured × PUE ${pueText(e.pue)}`];
    // Lines the logs did not measure (hosts) are modelled and added: say so, or the sums look wrong.
    if (Math.abs(e.energyKWh - facilityKWh) > 1e-9 * Math.max(1, e.energyKWh)) {
        parts.push(`experiment ${formatEnergy(e.energyKWh)} facility, ${formatEnergy(e.itEnergyKWh)} IT with modelled lines`);
    }
    return { label: 'energy', parts };
}
function logsLine(m, esc) {
    const files = m.files.slice(0, 2).map((f) => esc(f, 100));
    const more = m.files.length > 2 ? ` and ${formatCount(m.files.length - 2)} more` : '';
    return {
        label: 'logs',
        parts: [
            plural(m.samples, 'sample'),
            plural(m.devices, 'device'),
            `${plural(m.files.length, 'file')}${files.length > 0 ? ` (${files.join(', ')}${more})` : ''}`,
            `${formatSpan(m.endMs - m.startMs)} starting ${formatInstant(m.startMs)}`,
            plural(m.duplicates, 'duplicate'),
            `${formatCount(m.outOfOrder)} out of order`,
        ],
    };
}
/** How the files were read (CodeCarbon runs folded, counter or power, Unix time unit); none when nothing to say. */
function readLine(m, esc) {
    const notes = m.notes ?? [];
    if (notes.length === 0)
        return undefined;
    const more = notes.length > 4 ? [`${formatCount(notes.length - 4)} more`] : [];
    return { label: 'read', parts: [...notes.slice(0, 4).map((n) => esc(n, 200)), ...more] };
}
function gapsLine(m, esc) {
    if (m.gaps.length === 0)
        return { label: 'gaps', parts: ['none'] };
    const parts = ['bridge', 'zero', 'fail'].flatMap((policy) => {
        const gaps = m.gaps.filter((g) => g.policy === policy);
        if (gaps.length === 0)
            return [];
        const verb = policy === 'bridge' ? 'bridged' : policy === 'zero' ? 'counted as zero' : 'failed';
        const spans = gaps
            .slice(0, GAP_SPANS_SHOWN)
            .map((g) => `${formatInstant(g.startMs)} to ${formatInstant(g.endMs)} (${formatSpan(g.endMs - g.startMs)}${m.files.length > 1 ? `, ${esc(g.file, 60)}` : ''})`);
        const more = gaps.length > GAP_SPANS_SHOWN ? `, ${formatCount(gaps.length - GAP_SPANS_SHOWN)} more` : '';
        return [`${plural(gaps.length, 'gap')} ${verb}: ${spans.join(', ')}${more}`];
    });
    return { label: 'gaps', parts };
}
function reportedLine(e, m, esc) {
    const r = m.reported;
    if (r === undefined || (r.emissionsKgCO2e === undefined && r.intensityKgPerKWh === undefined))
        return undefined;
    const tool = esc(r.tool, 40);
    const figure = [
        ...(r.emissionsKgCO2e === undefined ? [] : [formatMass(r.emissionsKgCO2e)]),
        ...(r.intensityKgPerKWh === undefined ? [] : [`at ${formatIntensity(r.intensityKgPerKWh)}`]),
    ].join(' ');
    return { label: tool, parts: [`${figure}: reported by ${tool}, not used`, `ours ${formatMass(e.operationalKgCO2e.central)}`] };
}
/** `hourly average 9.3 g (412 gCO2e/kWh)`: the mass and the intensity it implies over the facility energy. */
function figure(label, kgCO2e, energyKWh) {
    return energyKWh > 0 ? `${label} ${formatMass(kgCO2e)} (${formatIntensity(kgCO2e / energyKWh)})` : `${label} ${formatMass(kgCO2e)}`;
}
function operationalLines(e, esc) {
    const o = e.operational;
    const hourly = o.locationMethod === 'hourly';
    const parts = [
        ...(hourly ? [figure('hourly average', o.locationKgCO2e.central, e.energyKWh)] : []),
        figure('annual average', o.annualLocationKgCO2e.central, e.energyKWh),
        ...(o.marginalKgCO2e ? [figure(o.marginalMethod === 'hourly' ? 'hourly marginal' : 'annual marginal', o.marginalKgCO2e.central, e.energyKWh)] : []),
    ];
    const lines = [{ label: 'operational, location-based', parts }];
    const series = e.input.seriesPath === undefined ? [] : [`series ${esc(e.input.seriesPath, 100)}`];
    lines.push({ label: 'grid', parts: [...series, esc(e.gridDescription, 160)] });
    if (!hourly && e.input.seriesPath !== undefined) {
        lines.push({ label: 'hours', parts: ['no power logs to bin by hour: the annual average is used'], flag: true });
    }
    else if (hourly && e.measured) {
        const hours = [...e.measured.hourlyKWh.values()].filter((kWh) => kWh > 0).length;
        const uncovered = o.uncoveredHours ?? 0;
        lines.push(uncovered > 0
            ? { label: 'hours', parts: [`${plural(uncovered, 'hour')} of ${formatCount(hours)} with energy not covered by the series: priced at the annual average`], flag: true }
            : { label: 'hours', parts: [hours === 1 ? 'the 1 hour with energy is covered by the series' : `all ${formatCount(hours)} hours with energy are covered by the series`] });
    }
    return lines;
}
function greenestLine(e) {
    const w = e.operational.greenestWindow;
    if (w === undefined)
        return undefined;
    const basis = `hourly ${w.basis}, same energy profile`;
    const first = e.measured ? Math.floor(e.measured.startMs / HOUR_MS) * HOUR_MS : undefined;
    if (w.savingKgCO2e <= 0 || w.startMs === first) {
        return { label: 'greenest start', parts: [`it started in the greenest hour of the series (${formatMass(w.kgCO2e)})`, basis] };
    }
    return {
        label: 'greenest start',
        parts: [`starting at ${formatInstant(w.startMs)} would have emitted ${formatMass(w.kgCO2e)}, ${formatMass(w.savingKgCO2e)} less`, basis],
    };
}
/** The section's lines for one experiment. */
function measuredItem(e, esc, nameMaxChars = 80) {
    const m = e.measured;
    const lines = m
        ? [energyLine(e, m), logsLine(m, esc), ...optional(readLine(m, esc)), gapsLine(m, esc), ...optional(reportedLine(e, m, esc))]
        : [{ label: 'energy', parts: [`${formatEnergy(e.energyKWh)} facility, modelled (no power logs)`] }];
    lines.push(...operationalLines(e, esc), ...optional(greenestLine(e)));
    return { name: esc(e.name, nameMaxChars), file: esc(e.file, 120), lines };
}
function optional(x) {
    return x === undefined ? [] : [x];
}

// EXTERNAL MODULE: ./lib/core/model.js
var model = __webpack_require__(7206);
;// CONCATENATED MODULE: ./lib/render/markdown.js








/** GitHub's limit on a comment body, in characters. */
const GITHUB_COMMENT_MAX_CHARS = 65_536;
/**
 * The default cap: GitHub's limit less room for the hidden marker and notes that the GitHub layer
 * puts around the markdown (`commentBody`), so it never has to cut our text.
 */
const DEFAULT_MAX_CHARS = GITHUB_COMMENT_MAX_CHARS - 512;
const LEVELS = [
    { budgets: 50, why: 10, whyTerms: 6, trend: true, measured: 20, defaults: 20, warnings: 20, sources: 6 },
    { budgets: 20, why: 5, whyTerms: 4, trend: true, measured: 8, defaults: 8, warnings: 8, sources: 4 },
    { budgets: 10, why: 3, whyTerms: 3, trend: true, measured: 3, defaults: 3, warnings: 3, sources: 3 },
    { budgets: 5, why: 0, whyTerms: 0, trend: false, measured: 0, defaults: 0, warnings: 0, sources: 2 },
    { budgets: 0, why: 0, whyTerms: 0, trend: false, measured: 0, defaults: 0, warnings: 0, sources: 0 },
];
/** Most experiments any level details, so only those are formatted. */
const MEASURED_MAX = Math.max(...LEVELS.map((l) => l.measured));
/** The measured section's experiments, escaped for markdown: the count, and the first few as items. */
function measuredInput(report) {
    const list = measuredExperiments(report);
    return { items: list.slice(0, MEASURED_MAX).map((e) => measuredItem(e, md)), total: list.length };
}
/** Rows a level must keep before the next level trades optional sections for rows. */
const MIN_ROWS = 25;
/**
 * A lower bound on the characters of each row's table line: its figure cells and delimiters (the
 * name cell only adds). Lets the search skip row counts that cannot fit without serializing them.
 */
function rowFloors(rows) {
    const floors = [0];
    for (const r of rows) {
        const cells = r.phase.length + r.energy.length + r.operational.length + r.embodied.length + r.total.length + (r.delta?.length ?? 0);
        floors.push(floors[floors.length - 1] + cells + 3 * 7 + 1);
    }
    return floors;
}
/**
 * The largest rendering within `maxChars`: the first level that keeps `MIN_ROWS` rows (or all of
 * them), with as many rows as fit; the last level otherwise. Size grows with rows, so a binary
 * search over the row count finds the most that fit; `floors` (cumulative lower bounds) caps the
 * search so 10,000 rows are never serialized for a 64 kB comment.
 */
function fit(floors, maxChars, render) {
    const total = floors.length - 1;
    let ceiling = total;
    while (ceiling > 0 && floors[ceiling] > maxChars)
        ceiling--;
    let fallback = '';
    for (const [i, level] of LEVELS.entries()) {
        const at = (rows) => render({ ...level, rows });
        if (ceiling === total) {
            const all = at(total);
            if (all.length <= maxChars)
                return all;
        }
        let lo = 0;
        let hi = ceiling;
        let best = at(0);
        if (best.length > maxChars) {
            fallback = best;
            continue;
        }
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            const text = at(mid);
            if (text.length <= maxChars) {
                lo = mid;
                best = text;
            }
            else
                hi = mid - 1;
        }
        if (lo >= Math.min(total, MIN_ROWS) || i === LEVELS.length - 1)
            return best;
        fallback = best;
    }
    return fallback;
}
function hintText(opts) {
    const hint = (0,render_escape/* escapeMarkdown */.FV)(opts.fullReportHint ?? 'the job summary or the JSON report', { maxChars: 200 });
    const url = (0,render_escape/* safeUrl */.Pl)(opts.runUrl);
    return url === undefined ? hint : `${hint} ([workflow run](${url}))`;
}
function keyLabel(opts) {
    return opts.commentKey === undefined || opts.commentKey === '' ? '' : ` · ${md(opts.commentKey, 60)}`;
}
/**
 * The footprint of one tree (`carbon-budget report --format markdown`, the job summary on push).
 * @example renderReportMarkdown(report) // "### Carbon footprint: 16.1 tCO2e (11.3–27.0 t)\n\n..."
 */
function renderReportMarkdown(report, opts = {}) {
    const rows = reportRows(report);
    const t = report.totals;
    const method = describeMethod(report);
    const defaults = defaultsUsed(report);
    const measured = measuredInput(report);
    const phaseRows = model/* PHASES */.Z.filter((p) => report.experiments.some((e) => e.phase === p)).map((p) => {
        const x = report.phases[p];
        const share = t.totalKgCO2e.central > 0 ? formatPercent(x.totalKgCO2e.central / t.totalKgCO2e.central) : '—';
        return [p, formatEnergy(x.energyKWh), formatMass(x.operationalKgCO2e.central), formatMass(x.embodiedKgCO2e.central), formatMass(x.totalKgCO2e.central), share];
    });
    const render = (plan) => {
        const blocks = [
            { kind: 'heading', level: 3, text: `Carbon footprint${keyLabel(opts)}: ${formatMassRange(t.totalKgCO2e, { co2e: true })}` },
            {
                kind: 'paragraph',
                text: `${formatCount(report.experiments.length)} experiments · ${formatEnergy(t.energyKWh)} · operational ${formatMass(t.operationalKgCO2e.central)} (${method.basis}) · embodied ${formatMass(t.embodiedKgCO2e.central)} · scope 2 market-based ${formatMass(t.scopes.scope2MarketKgCO2e.central)}`,
            },
            experimentsTable(rows, plan.rows, {
                totals: [formatEnergy(t.energyKWh), formatMass(t.operationalKgCO2e.central), formatMass(t.embodiedKgCO2e.central), formatMass(t.totalKgCO2e.central)],
            }),
            ...foldNote(rows.length - plan.rows, 'smallest', hintText(opts)),
            ...(phaseRows.length > 1
                ? [{ kind: 'table', header: ['phase', 'energy', 'operational', 'embodied', 'total', 'share'], rows: phaseRows, align: ['l', 'r', 'r', 'r', 'r', 'r'] }]
                : []),
            ...measuredSection(measured.items, measured.total, plan.measured, hintText(opts)),
            ...defaultsSection(defaults, plan.defaults),
            ...warningsSection(report.warnings, plan.warnings),
            methodLine(method, plan.sources, opts.runUrl),
        ];
        return serializeBlocks(blocks);
    };
    return fit(rowFloors(rows), opts.maxChars ?? DEFAULT_MAX_CHARS, render);
}
function headline(c, opts, baseLabel) {
    // Report-only runs still pass when a budget is broken: say so with a warning sign, not a tick.
    const icon = c.verdict === 'fail' ? '❌' : c.budgets.some((b) => b.verdict === 'fail') ? '⚠️' : '✅';
    const total = formatMass(c.head.totals.totalKgCO2e.central, { co2e: true });
    const change = c.base
        ? `(${formatMassDelta(c.delta.totalKgCO2e.central)}${c.delta.share === undefined ? '' : `, ${formatPercentDelta(c.delta.share)}`} vs ${baseLabel})`
        : '(no base to compare against)';
    return `${icon} Carbon budget${keyLabel(opts)}: ${total} ${change} · ${md(c.verdictReason, 160)}`;
}
function subline(c) {
    const t = c.head.totals.totalKgCO2e;
    const from = c.budgetsFrom.file === undefined ? '' : ` (${md(c.budgetsFrom.file, 120)}${c.budgetsFrom.sha === undefined ? '' : ` at ${md(c.budgetsFrom.sha.slice(0, 7), 7)}`})`;
    const range = t.low === t.central && t.high === t.central ? '' : `range ${formatRangeEnds(t)} · `;
    const budgets = c.budgets.length === 0 ? 'no budgets set' : `budgets from ${c.budgetsFrom.side}${from}`;
    return `${range}${formatCount(c.experiments.length)} experiments: ${statusSummary(c) || 'none'} · fail-on: ${c.failOn} · ${budgets}`;
}
function totalsCells(c) {
    const t = c.head.totals;
    const delta = c.base
        ? `${formatMassDelta(c.delta.totalKgCO2e.central)}${c.delta.share === undefined ? '' : ` (${formatPercentDelta(c.delta.share)})`}`
        : '';
    return [formatEnergy(t.energyKWh), formatMass(t.operationalKgCO2e.central), formatMass(t.embodiedKgCO2e.central), formatMass(t.totalKgCO2e.central), delta];
}
/**
 * The PR comment and job summary of `check`: headline, experiments with deltas, budgets, why it
 * changed, the base branch's trend, defaults, warnings and the method, within `maxChars`.
 * @example renderCheckMarkdown(comparison, { runUrl, maxChars: 65_000 })
 */
function renderCheckMarkdown(c, opts = {}) {
    const baseLabel = c.baseRef ? md(c.baseRef.ref, 60) : 'base';
    const rows = checkRows(c);
    const budgets = budgetRows(c.budgets);
    const why = whyItems(c);
    const points = trendPoints(c);
    const defaults = defaultsUsed(c.head);
    const measured = measuredInput(c.head);
    const method = describeMethod(c.head);
    const totals = totalsCells(c);
    const hidden = (shown) => {
        const unchanged = rows.slice(shown).every((r) => r.status === 'unchanged');
        return unchanged ? 'unchanged' : 'unchanged or least-changed';
    };
    const render = (plan) => serializeBlocks([
        { kind: 'heading', level: 3, text: headline(c, opts, baseLabel) },
        { kind: 'paragraph', text: subline(c) },
        experimentsTable(rows, plan.rows, { ...(c.base ? { deltaHeader: `vs ${baseLabel}` } : {}), totals: c.base ? totals : totals.slice(0, 4) }),
        ...foldNote(rows.length - plan.rows, hidden(plan.rows), hintText(opts)),
        ...budgetsSection(budgets, plan.budgets),
        ...whySection(why, plan.why, plan.whyTerms),
        ...(plan.trend ? trendSection(points, baseLabel) : []),
        ...measuredSection(measured.items, measured.total, plan.measured, hintText(opts)),
        ...defaultsSection(defaults, plan.defaults),
        ...warningsSection(c.head.warnings, plan.warnings),
        methodLine(method, plan.sources, opts.runUrl),
    ]);
    return fit(rowFloors(rows), opts.maxChars ?? DEFAULT_MAX_CHARS, render);
}


/***/ })

};
