export const id = 283;
export const ids = [283];
export const modules = {

/***/ 7398:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MB: () => (/* binding */ greenestWindow),
/* harmony export */   gv: () => (/* binding */ hourlyOperational),
/* harmony export */   j7: () => (/* binding */ spreadFlat)
/* harmony export */ });
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7564);

function kindsOf(series) {
    let average = false;
    let marginal = false;
    for (const hour of series.hours.values()) {
        if (hour.averageKgPerKWh !== undefined)
            average = true;
        if (hour.marginalKgPerKWh !== undefined)
            marginal = true;
        if (average && marginal)
            break;
    }
    return { average, marginal };
}
function covers(hour, kinds) {
    if (hour === undefined)
        return false;
    if (kinds.average && hour.averageKgPerKWh === undefined)
        return false;
    if (kinds.marginal && hour.marginalKgPerKWh === undefined)
        return false;
    return true;
}
/**
 * Operational carbon hour by hour: each UTC hour's facility energy times that hour's average and
 * marginal intensity. An hour the series does not cover is counted and returned, never filled in
 * from its neighbours; the caller prices it (at the annual average) and flags it.
 * @example
 * // 2 kWh at 00:00 (0.3 avg, 0.6 marg) and 1 kWh at 01:00 (0.1, 0.5), PUE 1.5
 * // average: 1.5 * (2*0.3 + 1*0.1) = 1.05 kg; marginal: 1.5 * (2*0.6 + 1*0.5) = 2.55 kg
 */
function hourlyOperational(input) {
    const kinds = kindsOf(input.series);
    let averageKgCO2e = 0;
    let marginalKgCO2e = 0;
    let uncoveredHours = 0;
    let uncoveredKWh = 0;
    for (const [hourMs, kWh] of input.hourlyKWh) {
        if (kWh === 0)
            continue;
        const hour = input.series.hours.get(hourMs);
        if (!covers(hour, kinds)) {
            uncoveredHours++;
            uncoveredKWh += kWh;
            continue;
        }
        averageKgCO2e += kWh * (hour.averageKgPerKWh ?? input.annualAverageKgPerKWh);
        if (hour.marginalKgPerKWh !== undefined)
            marginalKgCO2e += kWh * hour.marginalKgPerKWh;
    }
    return {
        averageKgCO2e,
        ...(kinds.marginal ? { marginalKgCO2e } : {}),
        uncoveredHours,
        uncoveredKWh,
        averageFromSeries: kinds.average,
    };
}
/** `kWh` spread flat from `startMs` to `endMs`, split at UTC hour boundaries (all in the first hour when the span is empty). */
function spreadFlat(startMs, endMs, kWh) {
    const hourlyKWh = new Map();
    if (!(endMs > startMs))
        return hourlyKWh.set(Math.floor(startMs / _units_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ) * _units_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ, kWh);
    for (let t = startMs; t < endMs;) {
        const hour = Math.floor(t / _units_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ) * _units_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ;
        const next = Math.min(hour + _units_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ, endMs);
        hourlyKWh.set(hour, (kWh * (next - t)) / (endMs - startMs));
        t = next;
    }
    return hourlyKWh;
}
function intensityOf(hour, basis) {
    return basis === 'average' ? hour?.averageKgPerKWh : hour?.marginalKgPerKWh;
}
/**
 * The start hour in the series that would have minimized emissions for the same hourly energy
 * profile shifted in time, and the saving against when it actually ran. The profile's energy is
 * used as given (pass facility kWh, or scale the result by the PUE).
 * @returns undefined when the series has no value of `basis` for every hour of the actual run,
 *   so there is nothing to compare against.
 */
function greenestWindow(hourlyKWh, series, basis) {
    const profile = [...hourlyKWh].filter(([, kWh]) => kWh > 0).sort((a, b) => a[0] - b[0]);
    const first = profile[0];
    if (first === undefined)
        return undefined;
    const offsetsMs = profile.map(([hour]) => hour - first[0]);
    const energiesKWh = profile.map(([, kWh]) => kWh);
    const emissionsFrom = (startMs) => {
        let kg = 0;
        for (let i = 0; i < offsetsMs.length; i++) {
            const intensity = intensityOf(series.hours.get(startMs + offsetsMs[i]), basis);
            if (intensity === undefined)
                return undefined;
            kg += energiesKWh[i] * intensity;
        }
        return kg;
    };
    const actualKg = emissionsFrom(first[0]);
    if (actualKg === undefined)
        return undefined;
    let best = { startMs: first[0], kgCO2e: actualKg };
    const starts = [...series.hours.keys()].filter((h) => h % _units_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ === 0).sort((a, b) => a - b);
    for (const startMs of starts) {
        const kg = emissionsFrom(startMs);
        // Ties keep the earlier start (or the actual one): moving a job for nothing is no advice.
        if (kg !== undefined && kg < best.kgCO2e - 1e-12 * Math.abs(best.kgCO2e))
            best = { startMs, kgCO2e: kg };
    }
    return { startMs: best.startMs, kgCO2e: best.kgCO2e, savingKgCO2e: actualKg - best.kgCO2e, basis };
}


/***/ }),

/***/ 2596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gd: () => (/* binding */ matchingSummary),
/* harmony export */   qu: () => (/* binding */ hourlyMarket)
/* harmony export */ });
/* unused harmony export matchHourly */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5888);
/* harmony import */ var _hourly_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7398);
/* harmony import */ var _range_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8158);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7564);
/**
 * Hourly (24/7) matching of market instruments, as the GHG Protocol's proposed Scope 2 revision
 * (2025 consultation) and 24/7 carbon-free energy practice count it: in each hour, the contracted
 * carbon-free supply of that hour covers that hour's use and no other; supply beyond the hour's use
 * is lost (never carried to another hour), and the uncovered rest takes the residual mix.
 */




/**
 * @example
 * // use 10 kWh at 00:00 and 10 kWh at 01:00; supply 20 kWh at 00:00, 5 kWh at 01:00; residual 0.5 kg/kWh
 * // covered: min(10, 20) + min(10, 5) = 15 kWh (75 %); the 10 kWh surplus at 00:00 is lost;
 * // kgCO2e = (20 - 15) x 0.5 = 2.5; annual volume would claim min(1, 25 / 20) = 100 %
 */
function matchHourly(input) {
    const { supply } = input;
    let energyKWh = 0;
    let coveredKWh = 0;
    let kgCO2e = 0;
    let hoursWithoutSupply = 0;
    for (const [hour, kWh] of input.facilityKWhByHour) {
        if (!(kWh > 0))
            continue;
        energyKWh += kWh;
        const supplied = supply.hours.get(hour);
        if (supplied === undefined)
            hoursWithoutSupply++;
        const covered = supplied === undefined ? 0 : supply.kind === 'share' ? kWh * Math.min(1, supplied) : Math.min(kWh, supplied);
        coveredKWh += covered;
        // Certificates that state a production factor carry it into the covered energy, pro rata.
        const suppliedKg = supply.kgCO2eByHour?.get(hour);
        if (suppliedKg !== undefined && supplied !== undefined && supplied > 0)
            kgCO2e += (covered * suppliedKg) / supplied;
        kgCO2e += (kWh - covered) * input.uncoveredKgPerKWh(hour);
    }
    let supplyKWh;
    if (supply.kind === 'energy') {
        supplyKWh = 0;
        for (const kWh of supply.hours.values())
            supplyKWh += kWh;
    }
    return { energyKWh, coveredKWh, kgCO2e, hoursWithoutSupply, ...(supplyKWh !== undefined ? { supplyKWh } : {}) };
}
const ENDS = ['low', 'central', 'high'];
/**
 * The market-based figure under hourly matching, at each end of the energy's and intensity's ranges
 * (a range cannot be pushed through min(use, supply) end by end otherwise), and the coverage it achieved.
 */
function hourlyMarket(inputs) {
    const { measured, supply, market } = inputs;
    const startMs = measured?.startMs ?? inputs.startMs;
    // Ingest refuses hourly matching without logs or a start: a run without hours cannot be matched by the hour.
    if (startMs === undefined)
        throw new RangeError('hourly matching needs the run\'s hours: logs, or start and end');
    const endMs = measured ? measured.endMs : startMs + inputs.durationH * _units_js__WEBPACK_IMPORTED_MODULE_3__/* .HOUR_MS */ .iQ;
    const unprofiled = (0,_hourly_js__WEBPACK_IMPORTED_MODULE_1__/* .spreadFlat */ .j7)(startMs, endMs, 1);
    const at = (end) => {
        const profile = new Map();
        const loggedFactor = measured?.facilityIncluded ? 1 : inputs.pue[end];
        for (const [hour, kWh] of measured?.hourlyKWh ?? [])
            profile.set(hour, kWh * loggedFactor);
        const rest = inputs.modelledKWh[end] * inputs.pue[end];
        for (const [hour, part] of unprofiled)
            profile.set(hour, (profile.get(hour) ?? 0) + part * rest);
        const fallback = (hour) => inputs.series?.hours.get(hour)?.averageKgPerKWh ?? inputs.annualAverageKgPerKWh[end];
        const residual = market.residualKgPerKWh;
        return matchHourly({ facilityKWhByHour: profile, supply, uncoveredKgPerKWh: residual !== undefined ? () => residual : fallback });
    };
    const [low, central, high] = ENDS.map(at);
    const coverage = central.energyKWh > 0 ? central.coveredKWh / central.energyKWh : 0;
    const annualVolumeShare = central.supplyKWh !== undefined && central.energyKWh > 0 ? Math.min(1, central.supplyKWh / central.energyKWh) : undefined;
    const rest = market.residualKgPerKWh !== undefined
        ? `the rest at the residual mix ${+(market.residualKgPerKWh * 1000).toPrecision(6)} gCO2e/kWh`
        : `the rest at the location-based average${inputs.series ? ' of each hour' : ''} (fallback: no residual-intensity given, which understates it where certificates are sold)`;
    return {
        marketKgCO2e: (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .range */ .y1)(low.kgCO2e, central.kgCO2e, high.kgCO2e),
        marketMethod: `${matchingSummary({ method: 'hourly', hourlyCoverage: coverage, ...(annualVolumeShare !== undefined ? { annualVolumeShare } : {}) })} (${supply.file}); ${rest}`,
        marketMatching: {
            method: 'hourly',
            hourlyCoverage: coverage,
            ...(annualVolumeShare !== undefined ? { annualVolumeShare } : {}),
            supplyFile: supply.file,
            hoursWithoutSupply: central.hoursWithoutSupply,
        },
    };
}
/** `hourly matched: 71 % of use covered hour by hour; annual volume would claim 100 %`, or `annual matching`. */
function matchingSummary(m) {
    if (m.method === 'annual')
        return 'annual matching';
    const covered = `hourly matched: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(m.hourlyCoverage ?? 0)} of use covered hour by hour`;
    return m.annualVolumeShare !== undefined ? `${covered}; annual volume would claim ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(m.annualVolumeShare)}` : covered;
}


/***/ }),

/***/ 7206:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ PHASES)
/* harmony export */ });
const PHASES = ['experimentation', 'training', 'inference'];


/***/ }),

/***/ 8158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qr: () => (/* binding */ divide),
/* harmony export */   WQ: () => (/* binding */ add),
/* harmony export */   e0: () => (/* binding */ exact),
/* harmony export */   f2: () => (/* binding */ ZERO),
/* harmony export */   hs: () => (/* binding */ scale),
/* harmony export */   lw: () => (/* binding */ multiply),
/* harmony export */   y1: () => (/* binding */ range)
/* harmony export */ });
/* unused harmony export subtract */
const ZERO = { low: 0, central: 0, high: 0 };
/** A value known exactly (no range). */
function exact(value) {
    return { low: value, central: value, high: value };
}
function range(low, central, high) {
    return { low: Math.min(low, central), central, high: Math.max(high, central) };
}
function add(...terms) {
    let low = 0;
    let central = 0;
    let high = 0;
    for (const t of terms) {
        low += t.low;
        central += t.central;
        high += t.high;
    }
    return { low, central, high };
}
/** Subtraction for deltas: the range of a - b is [a.low - b.high, a.high - b.low]. */
function subtract(a, b) {
    return { low: a.low - b.high, central: a.central - b.central, high: a.high - b.low };
}
/** Product of non-negative ranges. */
function multiply(...factors) {
    let low = 1;
    let central = 1;
    let high = 1;
    for (const f of factors) {
        low *= f.low;
        central *= f.central;
        high *= f.high;
    }
    return { low, central, high };
}
/** Scales by an exact factor (negative factors swap the ends). */
function scale(r, k) {
    return k >= 0 ? { low: r.low * k, central: r.central * k, high: r.high * k } : { low: r.high * k, central: r.central * k, high: r.low * k };
}
/** Division by a positive range: the low end divides by the high end of the divisor. */
function divide(a, b) {
    return { low: a.low / b.high, central: a.central / b.central, high: a.high / b.low };
}


/***/ }),

/***/ 2283:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_CHARS: () => (/* binding */ DEFAULT_MAX_CHARS),
  GITHUB_COMMENT_MAX_CHARS: () => (/* binding */ GITHUB_COMMENT_MAX_CHARS),
  renderCheckMarkdown: () => (/* binding */ renderCheckMarkdown),
  renderNoChangeMarkdown: () => (/* binding */ renderNoChangeMarkdown),
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
// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
;// CONCATENATED MODULE: ./lib/render/markdown-sections.js


/** Caps on user strings in the comment, in code points (names are long in sweeps). */
const markdown_sections_NAME_MAX_CHARS = 80;
const TEXT_MAX_CHARS = 200;
const md = (text, maxChars = markdown_sections_NAME_MAX_CHARS) => (0,render_escape/* escapeMarkdown */.FV)(text, { maxChars });
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
    return [{ kind: 'paragraph', text: `… ${(0,format/* formatCount */.B4)(hidden)} ${what} ${hidden === 1 ? 'experiment' : 'experiments'} not shown; see ${hint}.` }];
}
/** Defaults that were applied, so no default changes a result unseen. */
function defaultsSection(list, shown) {
    if (list.length === 0 || shown <= 0)
        return [];
    const items = list.slice(0, shown).map((d) => `${md(d.text, TEXT_MAX_CHARS)} (${(0,format/* formatCount */.B4)(d.count)} ${d.count === 1 ? 'experiment' : 'experiments'})`);
    const rest = list.length - Math.min(shown, list.length);
    return [
        { kind: 'heading', level: 4, text: 'Defaults used' },
        { kind: 'list', items: rest > 0 ? [...items, `… ${(0,format/* formatCount */.B4)(rest)} more`] : items },
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
        { kind: 'heading', level: 4, text: `Warnings (${(0,format/* formatCount */.B4)(problems.length)})` },
        { kind: 'list', items: rest > 0 ? [...items, `… ${(0,format/* formatCount */.B4)(rest)} more`] : items },
    ];
}
function sourceList(sources, max) {
    if (sources.length === 0)
        return 'n/a';
    if (max <= 0)
        return `${(0,format/* formatCount */.B4)(sources.length)} ${sources.length === 1 ? 'source' : 'sources'} (see the JSON report)`;
    const shown = sources.slice(0, max).map(sourceLink).join(', ');
    return sources.length > max ? `${shown} and ${(0,format/* formatCount */.B4)(sources.length - max)} more` : shown;
}
/**
 * "Measured energy and hourly intensity": the first `shown` of `items` (already escaped), each a
 * bold name and a list of its lines; the rest counted. With nothing shown, one sentence with the count.
 */
function measuredSection(items, total, shown, hint) {
    if (total === 0)
        return [];
    const what = `${(0,format/* formatCount */.B4)(total)} ${total === 1 ? 'experiment' : 'experiments'} with power logs or an hourly grid series`;
    if (shown <= 0)
        return [{ kind: 'paragraph', text: `Measured energy and hourly intensity: ${what} (details in ${hint}).` }];
    const blocks = [{ kind: 'heading', level: 4, text: 'Measured energy and hourly intensity' }];
    for (const item of items.slice(0, shown)) {
        blocks.push({ kind: 'paragraph', text: `**${item.name}** (${item.file})` });
        blocks.push({ kind: 'list', items: item.lines.map((l) => `${l.flag ? '⚠️ ' : ''}${l.label}: ${l.parts.join(' · ')}`) });
    }
    const rest = total - Math.min(shown, items.length);
    if (rest > 0)
        blocks.push({ kind: 'paragraph', text: `… ${(0,format/* formatCount */.B4)(rest)} more ${rest === 1 ? 'experiment' : 'experiments'} with power logs or an hourly series; see ${hint}.` });
    return blocks;
}
/** The method line: basis, intensity, datasets with years, PUE, embodied data; the run link only when given. */
function methodLine(m, maxSourcesPerKind, runUrl) {
    const parts = [
        `Method: ${m.basis}, ${m.intensity}`,
        `grid: ${sourceList(m.grid, maxSourcesPerKind)}`,
        `market: ${m.market}`,
        `PUE ${m.pue}${m.pueSources.length > 0 ? ` (${sourceList(m.pueSources, maxSourcesPerKind)})` : ''}`,
        ...(m.power.length > 0 ? [`power: ${sourceList(m.power, maxSourcesPerKind)}`] : []),
        `embodied: ${sourceList(m.embodied, maxSourcesPerKind)}`,
        ...(m.datacenter.length > 0 ? [`datacenter construction: ${sourceList(m.datacenter, maxSourcesPerKind)}`] : []),
        ...(m.other.length > 0 ? [`also: ${sourceList(m.other, maxSourcesPerKind)}`] : []),
    ];
    const url = (0,render_escape/* safeUrl */.Pl)(runUrl);
    return { kind: 'paragraph', text: `<sub>${parts.join(' · ')}${url === undefined ? '' : ` · [run](${url})`}</sub>` };
}

// EXTERNAL MODULE: ./lib/render/rows.js
var render_rows = __webpack_require__(3671);
;// CONCATENATED MODULE: ./lib/render/markdown-headline.js




const SHA = /^[0-9a-f]{40}$/i;
/**
 * Code style for an escaped string. An HTML `<code>` element, not backticks: inside a code span the
 * escapes (`\_`, `&amp;`) would show literally, inside the element they are decoded as elsewhere.
 */
const code = (escaped) => `<code>${escaped}</code>`;
/**
 * The base label: the branch name (a full SHA given as the ref is cut to 7 characters), and the
 * short SHA linked to the commit when the repository URL is known.
 */
function baseLabel(c, repoUrl) {
    if (!c.baseRef)
        return { name: 'the base' };
    const ref = c.baseRef.ref;
    const name = code(md(SHA.test(ref) ? ref.slice(0, 7) : ref, 60));
    const sha = c.baseRef.sha;
    if (!SHA.test(sha))
        return { name };
    const short = sha.slice(0, 7);
    const url = (0,render_escape/* safeUrl */.Pl)(repoUrl === undefined ? undefined : `${repoUrl.replace(/\/+$/, '')}/commit/${sha}`);
    return { name, commit: url === undefined ? `\`${short}\`` : `[\`${short}\`](${url})` };
}
/** The comment key beside the verdict, only when one was set (`default` is the unset key). */
function keyLabel(commentKey) {
    return commentKey === undefined || commentKey === '' || commentKey === 'default' ? '' : ` (${md(commentKey, 60)})`;
}
/** Icon and verdict words: failed (blocks), over but not blocking, passed, or a plain footprint. */
function verdictWords(c) {
    if (c.verdict === 'fail')
        return '❌ Carbon budget failed';
    if (c.budgets.some((b) => b.verdict === 'fail'))
        return '⚠️ Carbon budget over, not blocking';
    if (c.budgets.length === 0)
        return '📊 Carbon footprint';
    return '✅ Carbon budget passed';
}
/**
 * `❌ Carbon budget failed: +1.1 tCO2e (+21 %) vs `main` → 6.3 tCO2e`.
 * @param base from `baseLabel`
 */
function headline(c, base, commentKey) {
    const total = (0,format/* formatMass */.so)(c.head.totals.totalKgCO2e.central, { co2e: true });
    const words = `${verdictWords(c)}${keyLabel(commentKey)}`;
    if (!c.base)
        return `${words}: ${total} (no base to compare against)`;
    const d = c.delta.totalKgCO2e.central;
    const share = c.delta.share === undefined ? '' : ` (${(0,format/* formatPercentDelta */.zy)(c.delta.share)})`;
    return `${words}: ${(0,format/* formatMass */.so)(d, { co2e: true, signed: true })}${share} vs ${base.name} → ${total}`;
}
/**
 * `**1 budget newly over** (total) · 4 already over on `main` · 1 over, not blocking`: the counts
 * equal the budget rows; empty when every budget is within its limit (the budgets line says so).
 * In a report-only repository, over budgets are `**2 budgets over** (total, increase)`.
 */
function budgetCounts(rows, base, failOn) {
    const names = (of) => ` (${of.slice(0, 3).map((r) => md(r.name, 40)).join(', ')}${of.length > 3 ? ', …' : ''})`;
    const budgets = (n) => `${n} ${n === 1 ? 'budget' : 'budgets'}`;
    const newly = rows.filter((r) => r.state === 'newly-over');
    const already = rows.filter((r) => r.state === 'already-over');
    const loose = rows.filter((r) => r.state === 'not-blocking');
    return [
        ...(newly.length > 0 ? [`**${budgets(newly.length)} newly over**${names(newly)}`] : []),
        ...(already.length > 0 ? [`${already.length} already over on ${base.name}`] : []),
        ...(loose.length > 0 ? [failOn === 'never' ? `**${budgets(loose.length)} over**${names(loose)}` : `${loose.length} over, not blocking`] : []),
    ].join(' · ');
}
/** Whether the check can block merges, in plain words. */
function modeWords(c) {
    return c.failOn === 'never' ? 'report only, not blocking' : 'blocking merges';
}
/** The line under the headline: budget counts, blocking or not, and the base commit. */
function statusLine(c, base) {
    const counts = budgetCounts((0,render_rows.budgetRows)(c.budgets), base, c.failOn);
    const parts = [
        ...(counts === '' ? [] : [counts]),
        ...(c.budgets.length > 0 ? [modeWords(c)] : []),
        ...(base.commit === undefined ? [] : [`base ${base.commit}`]),
    ];
    return parts.join(' · ');
}

;// CONCATENATED MODULE: ./lib/render/markdown-changes.js


function nameCell(r) {
    return r.status === 'removed' ? `~~${md(r.name)}~~` : md(r.name);
}
/** `+1.1 t (+21 %)`: the total's change, bold in the totals row. */
function totalChange(c) {
    const share = c.delta.share === undefined ? '' : ` (${(0,format/* formatPercentDelta */.zy)(c.delta.share)})`;
    return `${(0,format/* formatMassDelta */.e0)(c.delta.totalKgCO2e.central)}${share}`;
}
/**
 * The changed experiments, the first `shown` of `rows` that are significant, with a totals row.
 * @param rows from `checkRows`, significant first
 */
function changesTable(c, rows, shown, base) {
    const changed = rows.filter((r) => r.significant);
    if (changed.length === 0)
        return [];
    const body = changed.slice(0, shown).map((r) => [nameCell(r), r.total, r.change ?? '']);
    const rest = changed.length - Math.min(shown, changed.length);
    const more = rest > 0 ? [[`… ${(0,format/* formatCount */.B4)(rest)} more changed`, '', '']] : [];
    const total = ['**total**', `**${(0,format/* formatMass */.so)(c.head.totals.totalKgCO2e.central)}**`, `**${totalChange(c)}**`];
    return [{ kind: 'table', header: ['experiment', 'total', `change vs ${base.name}`], rows: [...body, ...more, total], align: ['l', 'r', 'r'] }];
}
/** `44 unchanged experiments · energy, operational and embodied of all 52`. */
function breakdownSummary(rows, minChange) {
    const unchanged = rows.filter((r) => !r.significant).length;
    const below = rows.some((r) => !r.significant && r.status === 'changed');
    const what = unchanged === 0 ? '' : `${(0,format/* formatCount */.B4)(unchanged)} unchanged ${unchanged === 1 ? 'experiment' : 'experiments'}${below ? ` (or changed by less than ${(0,format/* formatPercent */.l9)(minChange)})` : ''} · `;
    // the head's experiments; a removed one is a row too, counted apart
    const removed = rows.filter((r) => r.status === 'removed').length;
    const all = rows.length - removed;
    return `${what}energy, operational and embodied of all ${(0,format/* formatCount */.B4)(all)}${removed > 0 ? ` (and ${(0,format/* formatCount */.B4)(removed)} removed)` : ''}`;
}
/**
 * Every experiment with the full breakdown; in the comment folded in a `<details>` whose summary
 * counts the unchanged ones, in the job summary (`open`) under its own heading.
 */
function breakdownSection(c, rows, shown, opts) {
    if (rows.length === 0)
        return [];
    const table = experimentsTable(rows, shown, { ...(c.base ? { deltaHeader: `vs ${opts.base.name}` } : {}), totals: totalsCells(c) });
    const blocks = [table, ...opts.foldNote];
    if (opts.open)
        return [{ kind: 'heading', level: 4, text: 'All experiments' }, ...blocks];
    return [{ kind: 'details', summary: breakdownSummary(rows, c.minChange), blocks }];
}
/** Cells of the bold totals row of the full breakdown. */
function totalsCells(c) {
    const t = c.head.totals;
    return [(0,format/* formatEnergy */.QE)(t.energyKWh), (0,format/* formatMass */.so)(t.operationalKgCO2e.central), (0,format/* formatMass */.so)(t.embodiedKgCO2e.central), (0,format/* formatMass */.so)(t.totalKgCO2e.central), ...(c.base ? [totalChange(c)] : [])];
}

;// CONCATENATED MODULE: ./lib/render/markdown-budgets.js



const MARK = { 'newly-over': '❌', 'already-over': '⚠️', 'not-blocking': 'ℹ️', ok: '✅' };
function stateCell(r, base) {
    const over = r.state === 'newly-over' && r.over !== undefined ? ` (${r.over})` : '';
    return `${MARK[r.state]} ${(0,render_rows.stateWords)(r.state, base.name)}${over}`;
}
function markdown_budgets_nameCell(r, base) {
    return r.kind === 'increase' ? `${md(r.name, 40)} vs ${base.name}` : md(r.name);
}
/** `within their limits: total, training phase`: the budgets that pass, named on one line. */
function withinLine(ok, allOk) {
    const names = ok.slice(0, 8).map((r) => md(r.name, 40)).join(', ');
    const more = ok.length > 8 ? ` and ${(0,format/* formatCount */.B4)(ok.length - 8)} more` : '';
    const n = (0,format/* formatCount */.B4)(ok.length);
    return allOk
        ? `✅ ${ok.length === 1 ? 'The budget is' : `All ${n} budgets are`} within ${ok.length === 1 ? 'its limit' : 'their limits'}: ${names}${more}.`
        : `✅ ${n} more ${ok.length === 1 ? 'budget' : 'budgets'} within ${ok.length === 1 ? 'its limit' : 'their limits'}: ${names}${more}.`;
}
/** The budget that decides, named with where its limit is set (`carbon-budget.yml` line 10). */
function whereSet(c, row) {
    const b = c.budgets.find((x) => x.name === row.rawName);
    const file = md(c.budgetsFrom.file ?? b?.pos?.file ?? 'carbon-budget.yml', 80);
    return b?.pos ? `<code>${file}</code> line ${b.pos.line}` : `<code>${file}</code>`;
}
/** One line on how to unblock a failed check. */
function unblockLine(c, rows, base) {
    if (c.verdict !== 'fail')
        return undefined;
    const newly = rows.filter((r) => r.state === 'newly-over');
    const already = rows.filter((r) => r.state === 'already-over');
    const from = c.budgetsFrom.side === 'base' ? ` (budgets are read from ${base.name}: change it there first)` : '';
    if (newly.length === 1) {
        const r = newly[0];
        return `**To unblock:** bring ${markdown_budgets_nameCell(r, base)} from ${r.head} back under ${md(r.limit, 40)}, or raise its limit in ${whereSet(c, r)}${from}.`;
    }
    if (newly.length > 1)
        return `**To unblock:** bring the ${(0,format/* formatCount */.B4)(newly.length)} newly over budgets back under their limits, or raise the limits in ${whereSet(c, newly[0])}${from}.`;
    if (already.length > 0) {
        return `**To unblock:** ${already.length === 1 ? 'this budget was' : 'these budgets were'} already over on ${base.name}; raise ${already.length === 1 ? 'its limit' : 'the limits'} in ${whereSet(c, already[0])}${from}, or bring ${base.name} back under first.`;
    }
    return undefined;
}
/**
 * The budgets section: the rows not within their limits (at most `shown`), the others in one line,
 * and how to unblock. All within: one line and no heading.
 */
function budgetsSection(c, base, shown) {
    const rows = (0,render_rows.budgetRows)(c.budgets);
    if (rows.length === 0)
        return [];
    const over = rows.filter((r) => r.state !== 'ok');
    const ok = rows.filter((r) => r.state === 'ok');
    if (over.length === 0)
        return [{ kind: 'paragraph', text: withinLine(ok, true) }];
    if (shown <= 0)
        return [{ kind: 'paragraph', text: `Budgets: ${(0,format/* formatCount */.B4)(over.length)} of ${(0,format/* formatCount */.B4)(rows.length)} over (details in the job summary).` }];
    const withBase = c.base !== undefined;
    const body = over.slice(0, shown).map((r) => [markdown_budgets_nameCell(r, base), md(r.limit, 40), ...(withBase ? [r.base ?? ''] : []), r.head, stateCell(r, base)]);
    const unblock = unblockLine(c, rows, base);
    return [
        { kind: 'heading', level: 4, text: 'Budgets' },
        {
            kind: 'table',
            header: ['budget', 'limit', ...(withBase ? [base.name] : []), 'this PR', ''],
            rows: body,
            align: ['l', 'r', ...(withBase ? ['r'] : []), 'r', 'l'],
        },
        ...(over.length > shown ? [{ kind: 'paragraph', text: `… ${(0,format/* formatCount */.B4)(over.length - shown)} more over their limits, all shown in the job summary.` }] : []),
        ...(ok.length > 0 ? [{ kind: 'paragraph', text: withinLine(ok, false) }] : []),
        ...(unblock === undefined ? [] : [{ kind: 'paragraph', text: unblock }]),
    ];
}
/** `report` with budgets in the config: each budget with its limit, this tree's figure and whether it is within. */
function reportBudgetsSection(budgets, shown) {
    const rows = (0,render_rows.budgetRows)(budgets);
    if (rows.length === 0 || shown <= 0)
        return [];
    const over = rows.filter((r) => r.state !== 'ok').length;
    const body = rows.slice(0, shown).map((r) => [md(r.name), md(r.limit, 40), r.head, r.state === 'ok' ? '✅ within' : `❌ over (${r.over ?? ''})`]);
    return [
        { kind: 'heading', level: 4, text: over === 0 ? 'Budgets: all within their limits' : `Budgets: ${(0,format/* formatCount */.B4)(over)} of ${(0,format/* formatCount */.B4)(rows.length)} over` },
        { kind: 'table', header: ['budget', 'limit', 'actual', ''], rows: body, align: ['l', 'r', 'r', 'l'] },
        ...(rows.length > shown ? [{ kind: 'paragraph', text: `… ${(0,format/* formatCount */.B4)(rows.length - shown)} more budgets, all in the JSON report.` }] : []),
    ];
}

;// CONCATENATED MODULE: ./lib/render/markdown-why.js
/**
 * "Why it changed", in people words: each changed experiment's delta split by the inputs that
 * changed (`duration 132 h → 160 h`, `grid gcp/us-central1 (490 gCO2e/kWh) → gcp/europe-north1
 * (80 gCO2e/kWh)`), a term's own delta shown only when there are several.
 */


/** The first `shown` items, each with at most `termsShown` terms. */
function whySection(items, shown, termsShown) {
    if (items.length === 0 || shown <= 0)
        return [];
    const list = items.slice(0, shown).map((i) => {
        const single = i.terms.length === 1;
        const terms = i.terms.slice(0, termsShown).map((t) => `${md(t.label, 40)} ${md(t.from, 80)} → ${md(t.to, 80)}${single ? '' : ` (${t.delta})`}`);
        const more = i.terms.length > termsShown ? `; ${(0,format/* formatCount */.B4)(i.terms.length - termsShown)} more` : '';
        return `**${md(i.name)}** ${i.delta}: ${terms.join('; ')}${more}`;
    });
    const rest = items.length - Math.min(shown, items.length);
    return [
        { kind: 'heading', level: 4, text: 'Why it changed' },
        { kind: 'list', items: list },
        ...(rest > 0 ? [{ kind: 'paragraph', text: `… and ${(0,format/* formatCount */.B4)(rest)} more changed experiments.` }] : []),
    ];
}

;// CONCATENATED MODULE: ./lib/render/mermaid.js
/**
 * The trend chart: a Mermaid `xychart-beta` line chart (the keyword every Mermaid since 10.6 knows;
 * GitHub's bundled Mermaid lags upstream). An init directive sets the size (280 px high) and the
 * colours of both series explicitly, so the line keeps a contrast of at least 3:1 on GitHub's light
 * (#ffffff) and dark (#0d1117) backgrounds instead of Mermaid's first palette colour (a pale
 * lavender on white). The y-axis spans the data, not 0, so a 3.9 → 5.5 t rise is visible; its unit
 * follows the magnitude (gCO2e, kgCO2e or tCO2e).
 */

/**
 * Series colours, each at least 3:1 against every background the chart gets on GitHub: white (light
 * theme), #0d1117 (dark page) and #333333 (Mermaid's dark-theme chart background). The footprint in
 * GitHub's dark-mode accent blue (#2f81f7: 3.8, 5.1 and 3.4), the budget in a red (#e5534b: 3.7,
 * 5.1 and 3.4). Mermaid's default first colour (#ECECFF) is 1.2:1 on white.
 */
const TREND_COLOR = '#2f81f7';
const BUDGET_COLOR = '#e5534b';
/** Chart size: about 280 px high, as wide as GitHub's conversation column allows. */
const CHART_HEIGHT_PX = 280;
const CHART_WIDTH_PX = 760;
/** The unit that keeps the largest value between 1 and 1,000. */
function chartUnit(maxKgCO2e) {
    if (maxKgCO2e >= 1000)
        return { unit: 'tCO2e', factor: 1000 };
    if (maxKgCO2e >= 1 || maxKgCO2e <= 0)
        return { unit: 'kgCO2e', factor: 1 };
    return { unit: 'gCO2e', factor: 1e-3 };
}
/** A round step (1, 2, 2.5 or 5 times a power of ten) at least `raw`. */
function niceStep(raw) {
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    for (const step of [1, 2, 2.5, 5, 10])
        if (step * magnitude >= raw)
            return Number((step * magnitude).toPrecision(12));
    return 10 * magnitude;
}
/** A round upper bound a little above `max` (1, 2, 2.5 or 5 times a power of ten). */
function niceCeiling(max) {
    if (!(max > 0) || !Number.isFinite(max))
        return 1;
    return niceStep(max * 1.1);
}
/**
 * Round axis bounds around the data, with a margin of a tenth of the span on each side, never
 * below zero: 3.914 … 6.304 gives 3.5 → 7, so the change fills the chart.
 */
function niceBounds(min, max) {
    if (!Number.isFinite(min) || !Number.isFinite(max) || max <= 0)
        return { low: 0, high: niceCeiling(max) };
    const span = max - min > 0 ? max - min : Math.abs(max) * 0.2;
    const step = niceStep(span / 5);
    const low = Math.max(0, Math.floor((min - span * 0.1) / step) * step);
    const high = Math.ceil((max + span * 0.1) / step) * step;
    return { low: Number(low.toPrecision(12)), high: Number((high > low ? high : low + step).toPrecision(12)) };
}
/** Four significant figures: enough for a chart, short in the comment's character budget. */
function chartNumber(v) {
    if (!Number.isFinite(v))
        return '0';
    return String(Number(v.toPrecision(4)));
}
/**
 * The Mermaid text of the trend (without the ```` ```mermaid ```` fence).
 * @example renderTrendChart([{ label: 'Oct 6', kgCO2e: 14100 }, { label: 'this PR', kgCO2e: 15900 }], { budgetKgCO2e: 16000 })
 */
function renderTrendChart(points, opts = {}) {
    const budget = opts.budgetKgCO2e;
    const max = Math.max(0, ...points.map((p) => p.kgCO2e), budget ?? 0);
    const unit = chartUnit(max);
    const values = points.map((p) => Math.max(0, p.kgCO2e) / unit.factor);
    const limit = budget === undefined ? undefined : budget / unit.factor;
    const all = limit === undefined ? values : [...values, limit];
    const bounds = niceBounds(Math.min(...all), Math.max(...all));
    // Labels must be distinct categories; a repeated date gets its position appended.
    const seen = new Map();
    const labels = points.map((p) => {
        const base = (0,render_escape/* escapeMermaidLabel */.x2)(p.label, { maxChars: 24 }) || '?';
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        return `"${n > 1 ? `${base} (${n})` : base}"`;
    });
    const init = {
        xyChart: { height: CHART_HEIGHT_PX, width: CHART_WIDTH_PX },
        themeVariables: { xyChart: { plotColorPalette: limit === undefined ? TREND_COLOR : `${TREND_COLOR}, ${BUDGET_COLOR}` } },
    };
    const lines = [`%%{init: ${JSON.stringify(init)}}%%`, 'xychart-beta'];
    if (opts.title !== undefined)
        lines.push(`    title "${(0,render_escape/* escapeMermaidLabel */.x2)(opts.title, { maxChars: 60 })}"`);
    lines.push(`    x-axis [${labels.join(', ')}]`);
    lines.push(`    y-axis "${unit.unit}" ${chartNumber(bounds.low)} --> ${chartNumber(bounds.high)}`);
    lines.push(`    line [${values.map(chartNumber).join(', ')}]`);
    if (limit !== undefined)
        lines.push(`    line [${values.map(() => chartNumber(limit)).join(', ')}]`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./lib/render/markdown-trend.js




/** A total budget this many times the highest point or more is named in the caption, not drawn. */
const BUDGET_IN_CHART_MAX = 1.5;
/** The chart and its numbers; nothing with fewer than two points. */
function trendSection(c, base) {
    const points = (0,render_rows.trendPoints)(c);
    if (points.length < 2)
        return [];
    const commits = points.length - 1;
    // The total budget as a second line, when it is near enough to the data not to flatten the change.
    const highest = Math.max(...points.map((p) => p.kgCO2e));
    const total = c.budgets.find((b) => b.kind === 'total' && b.unit === 'kgCO2e' && b.limitValue <= highest * BUDGET_IN_CHART_MAX);
    const chart = renderTrendChart(points.map((p) => ({ label: p.label === 'this PR' ? 'this PR' : p.date === undefined ? p.label : (0,format/* formatDay */.im)(p.date), kgCO2e: p.kgCO2e })), total === undefined ? {} : { budgetKgCO2e: total.limitValue });
    const rows = points.map((p) => [
        p.label === 'this PR' ? '**this PR**' : `<code>${p.label.replace(/[^0-9a-f]/gi, '')}</code>`,
        p.date === undefined ? '' : (0,format/* formatDate */.Yq)(p.date),
        (0,format/* formatMass */.so)(p.kgCO2e),
        p.subject === undefined ? '' : md(p.subject, 72),
    ]);
    const anyTotal = c.budgets.find((b) => b.kind === 'total');
    const budget = total !== undefined ? ` Red: the total budget (${md(total.limit, 40)}).` : anyTotal !== undefined ? ` The total budget (${md(anyTotal.limit, 40)}) is far above.` : '';
    return [
        { kind: 'heading', level: 4, text: `📈 ${base.name} over its last ${(0,format/* formatCount */.B4)(commits)} carbon-changing ${commits === 1 ? 'commit' : 'commits'}, and this PR` },
        { kind: 'code', lang: 'mermaid', text: chart },
        { kind: 'paragraph', text: `<sub>Blue: total footprint at each commit; last point: this PR.${budget}</sub>` },
        { kind: 'details', summary: 'Trend numbers', blocks: [{ kind: 'table', header: ['commit', 'date', 'total', 'subject'], rows, align: ['l', 'l', 'r', 'l'] }] },
    ];
}

;// CONCATENATED MODULE: ./lib/render/markdown-reference.js



/** The one `<details>` of reference material; nothing when every part is empty. */
function referenceSection(parts) {
    const shown = parts.filter((p) => p.blocks.length > 0);
    if (shown.length === 0)
        return [];
    return [{ kind: 'details', summary: `Reference: ${shown.map((p) => p.label).join(' · ')}`, blocks: shown.flatMap((p) => p.blocks) }];
}
/** `carbon-budget · budgets from carbon-budget.yml (this PR) · uncertainty 5.4–12.3 t · workflow run`. */
function footer(c, base, opts) {
    const docs = (0,render_escape/* safeUrl */.Pl)(opts.docsUrl);
    const run = (0,render_escape/* safeUrl */.Pl)(opts.runUrl);
    const t = c.head.totals.totalKgCO2e;
    const file = c.budgetsFrom.file === undefined ? undefined : `<code>${md(c.budgetsFrom.file, 80)}</code>`;
    const side = c.budgetsFrom.side === 'base' ? `at ${base.name}` : 'of this PR';
    const parts = [
        docs === undefined ? 'carbon-budget' : `[carbon-budget](${docs})`,
        c.budgets.length === 0 ? 'no budgets set' : `${(0,format/* formatCount */.B4)(c.budgets.length)} ${c.budgets.length === 1 ? 'budget' : 'budgets'} from ${file ?? 'the config'} ${side}`,
        ...(t.low === t.central && t.high === t.central ? [] : [`uncertainty ${(0,format/* formatRangeEnds */.Zo)(t)}`]),
        ...(run === undefined ? [] : [`[workflow run](${run})`]),
    ];
    return { kind: 'paragraph', text: `<sub>${parts.join(' · ')}</sub>` };
}

// EXTERNAL MODULE: ./lib/core/matching.js
var matching = __webpack_require__(2596);
;// CONCATENATED MODULE: ./lib/render/method.js


/** The market instruments' matching over the report: hourly coverage weighted by energy, and how many experiments match annually. */
function marketMatching(report) {
    const hourly = report.experiments.filter((e) => e.operational.marketMatching?.method === 'hourly');
    const annual = report.experiments.filter((e) => e.operational.marketMatching?.method === 'annual').length;
    const count = (n) => `${(0,format/* formatCount */.B4)(n)} experiment${n === 1 ? '' : 's'}`;
    const parts = [];
    if (hourly.length > 0) {
        const energy = hourly.reduce((s, e) => s + e.energyKWh, 0);
        const weighted = (pick) => {
            if (hourly.some((e) => pick(e.operational.marketMatching) === undefined))
                return undefined;
            return energy > 0 ? hourly.reduce((s, e) => s + pick(e.operational.marketMatching) * e.energyKWh, 0) / energy : 0;
        };
        const volume = weighted((m) => m.annualVolumeShare);
        parts.push(`${(0,matching/* matchingSummary */.Gd)({ method: 'hourly', hourlyCoverage: weighted((m) => m.hourlyCoverage) ?? 0, ...(volume !== undefined ? { annualVolumeShare: volume } : {}) })} (${count(hourly.length)})`);
    }
    if (annual > 0)
        parts.push(`annual matching (${count(annual)})`);
    return parts.length > 0 ? parts.join('; ') : 'no market instruments: market-based = location-based';
}
/** The margins the marginal figures use, distinct, or a note that none exists (the average stands in). */
function marginSources(report) {
    const sources = [...new Set(report.experiments.flatMap((e) => (e.operational.marginalSource ? [e.operational.marginalSource] : [])))];
    return sources.length > 0 ? sources.join('; ') : 'none published for these grids: the average is used';
}
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
        intensity: report.intensity === 'marginal' ? `marginal (${marginSources(report)})` : hourly ? 'hourly average where a series is committed, else annual average' : 'annual average',
        grid: of('kgCO2e/kWh'),
        pue: pues.length === 0 ? 'n/a' : (0,format/* formatPue */.Ws)(low) === (0,format/* formatPue */.Ws)(high) ? (0,format/* formatPue */.Ws)(low) : `${(0,format/* formatPue */.Ws)(low)}–${(0,format/* formatPue */.Ws)(high)}`,
        pueSources: of('pue'),
        power: of('W'),
        embodied: of('kgCO2e'),
        datacenter: of('kgCO2e/kW'),
        other: report.sources.filter((s) => !used.has(s.id)),
        market: marketMatching(report),
    };
}

// EXTERNAL MODULE: ./lib/core/model.js
var model = __webpack_require__(7206);
// EXTERNAL MODULE: ./lib/core/units.js
var units = __webpack_require__(7564);
;// CONCATENATED MODULE: ./lib/render/lifecycle-sections.js
/**
 * The life-cycle views of a report, for the markdown and text renderers: the LCA stages (Wu et al.
 * 2024, Fig. 5b), the GHG scopes beyond Scope 2 and 3, idle energy and power capacity, and one
 * model's lifecycle (Fig. 3a). Built as rows here; the renderers only lay them out.
 */





const share = (part, whole) => (whole > 0 ? (0,format/* formatShareOfTotal */.JF)(part / whole) : '—');
/** `manufacturing 4.1 t (25 %) · transport 12 kg (0.1 %) · use 12.0 t (74 %) · end of life 30 kg (0.2 %)` */
function lcaLine(t) {
    const whole = t.totalKgCO2e.central;
    const stages = [
        ['manufacturing', t.lca.manufacturingKgCO2e.central],
        ['transport', t.lca.transportKgCO2e.central],
        ['use', t.lca.useKgCO2e.central],
        ['end of life', t.lca.endOfLifeKgCO2e.central],
    ];
    return stages.map(([name, kg]) => `${name} ${(0,format/* formatMass */.so)(kg)} (${share(kg, whole)})`).join(' · ');
}
/** Scope 1, idle energy and capacity, when they say something (a site figure, idle time, hardware). */
function extrasLine(report) {
    const t = report.totals;
    const parts = [
        t.scopes.scope1KgCO2e.central > 0 ? `scope 1 ${(0,format/* formatMass */.so)(t.scopes.scope1KgCO2e.central)}` : 'scope 1: no site figure given (0)',
        ...(t.scopes.scope3UpstreamEnergyKgCO2e ? [`scope 3 upstream of electricity ${(0,format/* formatMass */.so)(t.scopes.scope3UpstreamEnergyKgCO2e.central)}`] : []),
        ...(t.idle.energyKWh > 0 ? [`idle ${(0,format/* formatEnergy */.QE)(t.idle.energyKWh)}, ${(0,format/* formatMass */.so)(t.idle.kgCO2e.central)} (${share(t.idle.kgCO2e.central, t.totalKgCO2e.central)})`] : []),
        `capacity ${model/* PHASES */.Z.filter((p) => report.phases[p].capacityKW > 0).map((p) => `${p} ${(0,format/* formatPower */.d5)(report.phases[p].capacityKW * units/* W_PER_KW */.pg)}`).join(', ') || (0,format/* formatPower */.d5)(0)}`,
    ];
    return parts.join(' · ');
}
/** Fig. 3a: per model, each phase's operational and embodied carbon, and the training:inference ratio. */
function modelRows(models, name) {
    return models.map((m) => {
        const cells = model/* PHASES */.Z.flatMap((p) => {
            const x = m.phases[p];
            return x.totalKgCO2e.central > 0 ? [(0,format/* formatMass */.so)(x.operationalKgCO2e.central), (0,format/* formatMass */.so)(x.embodiedKgCO2e.central)] : ['—', '—'];
        });
        return [name(m.name), ...cells, (0,format/* formatMass */.so)(m.totals.totalKgCO2e.central), ratio(m.trainingToInference)];
    });
}
function ratio(trainingToInference) {
    return trainingToInference === undefined ? '—' : (0,format/* formatRatio */.B0)(trainingToInference);
}
const MODEL_HEADER = (/* unused pure expression or super */ null && (['model', 'exp. operational', 'exp. embodied', 'training operational', 'training embodied', 'inference operational', 'inference embodied', 'total', 'training:inference']));
/** Markdown: the LCA line with scopes, idle energy and capacity (empty without experiments). */
function lcaBlocks(report) {
    if (report.experiments.length === 0)
        return [];
    return [{ kind: 'paragraph', text: `Life cycle: ${lcaLine(report.totals)}  \n${extrasLine(report)}` }];
}
/**
 * The same table for an 872 px PR comment: one column per phase, `operational + embodied` in each
 * cell (nine columns of their own overflow the conversation column; the browser test measures it).
 */
const MODEL_HEADER_NARROW = ['model', 'experimentation', 'training', 'inference', 'total', 'training:inference'];
function narrowRows(rows) {
    return rows.map((r) => {
        const phase = (i) => (r[i] === '—' && r[i + 1] === '—' ? '—' : `${r[i]} + ${r[i + 1]}`);
        return [r[0], phase(1), phase(3), phase(5), r[7], r[8]];
    });
}
/** Markdown: the per-model table (Fig. 3a), when manifests name models. */
function modelBlocks(report) {
    if (report.models.length === 0)
        return [];
    const rows = narrowRows(modelRows(report.models, (s) => (0,render_escape/* escapeMarkdown */.FV)(s, { maxChars: markdown_sections_NAME_MAX_CHARS })));
    return [
        { kind: 'heading', level: 4, text: 'Per model: operational + embodied in each phase' },
        { kind: 'table', header: MODEL_HEADER_NARROW, rows, align: ['l', ...MODEL_HEADER_NARROW.slice(1).map(() => 'r')] },
    ];
}
/** Terminal lines of the same views (the caller aligns nothing: the model table is pre-aligned here). */
function lifecycleLines(report, align) {
    if (report.experiments.length === 0)
        return [];
    const lines = ['', `Life cycle: ${lcaLine(report.totals)}`, extrasLine(report)];
    if (report.models.length > 0) {
        const rows = modelRows(report.models, (s) => escapeTerminal(s, { maxChars: NAME_MAX_CHARS }));
        lines.push('', 'Per model:', ...align([MODEL_HEADER, ...rows], ['l', ...MODEL_HEADER.slice(1).map(() => 'r')]).map((l) => `  ${l}`));
    }
    return lines;
}

;// CONCATENATED MODULE: ./lib/render/measured.js


/** Gap spans listed per policy before the rest are counted. */
const GAP_SPANS_SHOWN = 3;
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
/** A span of milliseconds as a duration (`30 s`, `2.8 min`, `3.0 h`). */
const formatSpan = (ms) => (0,format/* formatDuration */.a3)(ms / units/* HOUR_MS */.iQ);
const plural = (n, one, many = `${one}s`) => `${(0,format/* formatCount */.B4)(n)} ${n === 1 ? one : many}`;
function energyLine(e, m) {
    const facilityKWh = m.facilityIncluded ? m.energyKWh : m.energyKWh * e.pue;
    const parts = m.facilityIncluded
        ? [`${(0,format/* formatEnergy */.QE)(facilityKWh)} facility, measured (the tool's own PUE included; no PUE applied again)`]
        : [`${(0,format/* formatEnergy */.QE)(facilityKWh)} facility = ${(0,format/* formatEnergy */.QE)(m.energyKWh)} IT measured × PUE ${(0,format/* formatPueGiven */.xc)(e.pue)}`];
    // Lines the logs did not measure (hosts) are modelled and added: say so, or the sums look wrong.
    if (Math.abs(e.energyKWh - facilityKWh) > 1e-9 * Math.max(1, e.energyKWh)) {
        parts.push(`experiment ${(0,format/* formatEnergy */.QE)(e.energyKWh)} facility, ${(0,format/* formatEnergy */.QE)(e.itEnergyKWh)} IT with modelled lines`);
    }
    return { label: 'energy', parts };
}
function logsLine(m, esc) {
    const files = m.files.slice(0, 2).map((f) => esc(f, 100));
    const more = m.files.length > 2 ? ` and ${(0,format/* formatCount */.B4)(m.files.length - 2)} more` : '';
    return {
        label: 'logs',
        parts: [
            plural(m.samples, 'sample'),
            plural(m.devices, 'device'),
            `${plural(m.files.length, 'file')}${files.length > 0 ? ` (${files.join(', ')}${more})` : ''}`,
            `${formatSpan(m.endMs - m.startMs)} starting ${(0,format/* formatInstant */.r4)(m.startMs)}`,
            plural(m.duplicates, 'duplicate'),
            `${(0,format/* formatCount */.B4)(m.outOfOrder)} out of order`,
        ],
    };
}
/** How the files were read (CodeCarbon runs folded, counter or power, Unix time unit); none when nothing to say. */
function readLine(m, esc) {
    const notes = m.notes ?? [];
    if (notes.length === 0)
        return undefined;
    const more = notes.length > 4 ? [`${(0,format/* formatCount */.B4)(notes.length - 4)} more`] : [];
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
            .map((g) => `${(0,format/* formatInstant */.r4)(g.startMs)} to ${(0,format/* formatInstant */.r4)(g.endMs)} (${formatSpan(g.endMs - g.startMs)}${m.files.length > 1 ? `, ${esc(g.file, 60)}` : ''})`);
        const more = gaps.length > GAP_SPANS_SHOWN ? `, ${(0,format/* formatCount */.B4)(gaps.length - GAP_SPANS_SHOWN)} more` : '';
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
        ...(r.emissionsKgCO2e === undefined ? [] : [(0,format/* formatMass */.so)(r.emissionsKgCO2e)]),
        ...(r.intensityKgPerKWh === undefined ? [] : [`at ${(0,format/* formatIntensity */.TA)(r.intensityKgPerKWh)}`]),
    ].join(' ');
    return { label: tool, parts: [`${figure}: reported by ${tool}, not used`, `ours ${(0,format/* formatMass */.so)(e.operationalKgCO2e.central)}`] };
}
/** `hourly average 9.3 g (412 gCO2e/kWh)`: the mass and the intensity it implies over the facility energy. */
function figure(label, kgCO2e, energyKWh) {
    return energyKWh > 0 ? `${label} ${(0,format/* formatMass */.so)(kgCO2e)} (${(0,format/* formatIntensity */.TA)(kgCO2e / energyKWh)})` : `${label} ${(0,format/* formatMass */.so)(kgCO2e)}`;
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
            ? { label: 'hours', parts: [`${plural(uncovered, 'hour')} of ${(0,format/* formatCount */.B4)(hours)} with energy not covered by the series: priced at the annual average`], flag: true }
            : { label: 'hours', parts: [hours === 1 ? 'the 1 hour with energy is covered by the series' : `all ${(0,format/* formatCount */.B4)(hours)} hours with energy are covered by the series`] });
    }
    return lines;
}
function greenestLine(e) {
    const w = e.operational.greenestWindow;
    if (w === undefined)
        return undefined;
    const basis = `hourly ${w.basis}, same energy profile`;
    const first = e.measured ? Math.floor(e.measured.startMs / units/* HOUR_MS */.iQ) * units/* HOUR_MS */.iQ : undefined;
    if (w.savingKgCO2e <= 0 || w.startMs === first) {
        return { label: 'greenest start', parts: [`it started in the greenest hour of the series (${(0,format/* formatMass */.so)(w.kgCO2e)})`, basis] };
    }
    return {
        label: 'greenest start',
        parts: [`starting at ${(0,format/* formatInstant */.r4)(w.startMs)} would have emitted ${(0,format/* formatMass */.so)(w.kgCO2e)}, ${(0,format/* formatMass */.so)(w.savingKgCO2e)} less`, basis],
    };
}
/** The section's lines for one experiment. */
function measuredItem(e, esc, nameMaxChars = 80) {
    const m = e.measured;
    const lines = m
        ? [energyLine(e, m), logsLine(m, esc), ...optional(readLine(m, esc)), gapsLine(m, esc), ...optional(reportedLine(e, m, esc))]
        : [{ label: 'energy', parts: [`${(0,format/* formatEnergy */.QE)(e.energyKWh)} facility, modelled (no power logs)`] }];
    lines.push(...operationalLines(e, esc), ...optional(greenestLine(e)));
    return { name: esc(e.name, nameMaxChars), file: esc(e.file, 120), lines };
}
function optional(x) {
    return x === undefined ? [] : [x];
}

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
/** The measured section's experiments (those `keep` selects), escaped for markdown: the count, and the first few as items. */
function measuredInput(report, keep = () => true) {
    const list = measuredExperiments(report).filter(keep);
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
const markdown_keyLabel = (opts) => keyLabel(opts.commentKey);
/**
 * The footprint of one tree (`carbon-budget report --format markdown`, the job summary on push).
 * @example renderReportMarkdown(report) // "### Carbon footprint: 16.1 tCO2e (11.3–27.0 t)\n\n..."
 */
function renderReportMarkdown(report, opts = {}) {
    const rows = (0,render_rows.reportRows)(report);
    const t = report.totals;
    const method = describeMethod(report);
    const defaults = (0,render_rows.defaultsUsed)(report);
    const measured = measuredInput(report);
    const phaseRows = model/* PHASES */.Z.filter((p) => report.experiments.some((e) => e.phase === p)).map((p) => {
        const x = report.phases[p];
        const share = t.totalKgCO2e.central > 0 ? (0,format/* formatShareOfTotal */.JF)(x.totalKgCO2e.central / t.totalKgCO2e.central) : '—';
        return [p, (0,format/* formatEnergy */.QE)(x.energyKWh), (0,format/* formatMass */.so)(x.operationalKgCO2e.central), (0,format/* formatMass */.so)(x.embodiedKgCO2e.central), (0,format/* formatMass */.so)(x.totalKgCO2e.central), share];
    });
    const render = (plan) => {
        const blocks = [
            { kind: 'heading', level: 3, text: `Carbon footprint${markdown_keyLabel(opts)}: ${(0,format/* formatMassRange */.bk)(t.totalKgCO2e, { co2e: true })}` },
            {
                kind: 'paragraph',
                text: `${(0,format/* formatCount */.B4)(report.experiments.length)} experiments · ${(0,format/* formatEnergy */.QE)(t.energyKWh)} · operational ${(0,format/* formatMass */.so)(t.operationalKgCO2e.central)} (${method.basis}) · embodied ${(0,format/* formatMass */.so)(t.embodiedKgCO2e.central)} · scope 2 market-based ${(0,format/* formatMass */.so)(t.scopes.scope2MarketKgCO2e.central)}`,
            },
            experimentsTable(rows, plan.rows, {
                totals: [(0,format/* formatEnergy */.QE)(t.energyKWh), (0,format/* formatMass */.so)(t.operationalKgCO2e.central), (0,format/* formatMass */.so)(t.embodiedKgCO2e.central), (0,format/* formatMass */.so)(t.totalKgCO2e.central)],
            }),
            ...foldNote(rows.length - plan.rows, 'smallest', hintText(opts)),
            ...(phaseRows.length > 1
                ? [{ kind: 'table', header: ['phase', 'energy', 'operational', 'embodied', 'total', 'share'], rows: phaseRows, align: ['l', 'r', 'r', 'r', 'r', 'r'] }]
                : []),
            ...reportBudgetsSection(opts.budgets ?? [], plan.budgets),
            ...lcaBlocks(report),
            ...modelBlocks(report),
            ...measuredSection(measured.items, measured.total, plan.measured, hintText(opts)),
            ...defaultsSection(defaults, plan.defaults),
            ...warningsSection(report.warnings, plan.warnings),
            methodLine(method, plan.sources, opts.runUrl),
        ];
        return serializeBlocks(blocks);
    };
    return fit(rowFloors(rows), opts.maxChars ?? DEFAULT_MAX_CHARS, render);
}
/**
 * The one-line comment of a PR that changes no footprint (nothing added, removed, or changed by
 * `min-change` or more): the verdict, the total and how the budgets stand.
 */
function renderNoChangeMarkdown(c, opts = {}) {
    const base = baseLabel(c, opts.repoUrl);
    const rows = (0,render_rows.budgetRows)(c.budgets);
    const over = rows.filter((r) => r.state !== 'ok').length;
    const icon = c.verdict === 'fail' ? '❌' : over > 0 ? '⚠️' : '✅';
    const small = c.experiments.some((d) => d.status === 'changed');
    const what = small ? `no experiment changed by ${(0,format/* formatPercent */.l9)(c.minChange)} or more` : 'no footprint change';
    const budgets = rows.length === 0 ? [] : [over === 0 ? `${rows.length === 1 ? 'the budget' : `all ${(0,format/* formatCount */.B4)(rows.length)} budgets`} within limits` : `${(0,format/* formatCount */.B4)(over)} of ${(0,format/* formatCount */.B4)(rows.length)} budgets over`];
    const run = (0,render_escape/* safeUrl */.Pl)(opts.runUrl);
    const parts = [
        `${icon} **Carbon budget${markdown_keyLabel(opts)}:** ${what} vs ${base.name}${base.commit === undefined ? '' : ` (${base.commit})`}`,
        `total ${(0,format/* formatMass */.so)(c.head.totals.totalKgCO2e.central, { co2e: true })}`,
        ...budgets,
        ...(run === undefined ? [] : [`[details](${run})`]),
    ];
    return parts.join(' · ');
}
/**
 * The PR comment and job summary of `check`: the verdict with delta and total, the experiments this
 * PR changed (the full breakdown folded), budgets that say what to do, why it changed, the base
 * branch's trend, reference material folded, and a footer, within `maxChars`. A PR that changes no
 * footprint gets one line (`renderNoChangeMarkdown`), except in the job summary.
 * @example renderCheckMarkdown(comparison, { runUrl, repoUrl, maxChars: 65_000 })
 */
function renderCheckMarkdown(c, opts = {}) {
    if (c.base && !opts.summary && (0,render_rows.changesNothing)(c))
        return renderNoChangeMarkdown(c, opts);
    const base = baseLabel(c, opts.repoUrl);
    const rows = (0,render_rows.checkRows)(c);
    const why = (0,render_rows.whyItems)(c);
    const changed = new Set(rows.filter((r) => r.significant).map((r) => r.name));
    const measured = measuredInput(c.head, (e) => opts.summary === true || !c.base || changed.has(e.name));
    const defaults = (0,render_rows.defaultsUsed)(c.head);
    const method = describeMethod(c.head);
    const status = statusLine(c, base);
    const hidden = (shown) => {
        const unchanged = rows.slice(shown).every((r) => r.status === 'unchanged');
        return unchanged ? 'unchanged' : 'unchanged or least-changed';
    };
    const warnings = c.head.warnings.length;
    const render = (plan) => serializeBlocks([
        { kind: 'heading', level: 3, text: headline(c, base, opts.commentKey) },
        ...(status === '' ? [] : [{ kind: 'paragraph', text: status }]),
        ...(c.base ? changesTable(c, rows, plan.rows, base) : []),
        ...breakdownSection(c, rows, plan.rows, { open: opts.summary === true || !c.base, base, foldNote: foldNote(rows.length - plan.rows, hidden(plan.rows), hintText(opts)) }),
        ...budgetsSection(c, base, plan.budgets),
        // the job summary shows the per-model table and the life-cycle stages; the comment folds them with the reference
        ...(opts.summary ? [...modelBlocks(c.head), ...lcaBlocks(c.head)] : []),
        ...whySection(why, plan.why, plan.whyTerms),
        ...(plan.trend ? trendSection(c, base) : []),
        ...referenceSection([
            { label: 'per model', blocks: opts.summary ? [] : modelBlocks(c.head) },
            // LCA stages (manufacturing, transport, use, end of life), Scope 1, idle and capacity of the head
            { label: 'life cycle', blocks: opts.summary ? [] : lcaBlocks(c.head) },
            { label: 'measured runs', blocks: measuredSection(measured.items, measured.total, plan.measured, hintText(opts)) },
            { label: 'defaults', blocks: defaultsSection(defaults, plan.defaults) },
            { label: `${(0,format/* formatCount */.B4)(warnings)} ${warnings === 1 ? 'warning' : 'warnings'}`, blocks: warningsSection(c.head.warnings, plan.warnings) },
            { label: 'method', blocks: [methodLine(method, plan.sources)] },
        ]),
        footer(c, base, { ...(opts.docsUrl ? { docsUrl: opts.docsUrl } : {}), ...(opts.runUrl ? { runUrl: opts.runUrl } : {}) }),
    ]);
    return fit(rowFloors(rows), opts.maxChars ?? DEFAULT_MAX_CHARS, render);
}


/***/ })

};
