export const id = 801;
export const ids = [801];
export const modules = {

/***/ 2801:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   alignColumns: () => (/* binding */ alignColumns),
/* harmony export */   renderCheckText: () => (/* binding */ renderCheckText),
/* harmony export */   renderReportText: () => (/* binding */ renderReportText),
/* harmony export */   wrapLine: () => (/* binding */ wrapLine)
/* harmony export */ });
/* harmony import */ var _core_model_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7206);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8782);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9889);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5888);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3671);
/* harmony import */ var _method_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9175);
/* harmony import */ var _measured_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2578);
/* harmony import */ var _lifecycle_sections_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9241);








/** Marks a table line: the wrap leaves it whole (a table cut in two columns reads worse than a long line). */
const TABLE = '\u0000';
const table = (lines) => lines.map((l) => TABLE + l);
/**
 * Wraps a prose line at `width` on spaces (never inside a word or a number with its unit, which a
 * no-break space joins); continuation lines are indented two spaces past the line's own indent.
 */
function wrapLine(line, width) {
    const visible = (x) => Array.from(x.replace(/\u001b\[[0-9;]*m/g, '')).length;
    if (width === undefined || width < 20 || visible(line) <= width)
        return [line];
    const indent = ' '.repeat((/^ */.exec(line)?.[0].length ?? 0) + 2);
    const out = [];
    let current = '';
    for (const word of line.trimStart().split(/ +/)) {
        const lead = out.length === 0 && current === '' ? line.slice(0, line.length - line.trimStart().length) : current === '' ? indent : '';
        const candidate = current === '' ? `${lead}${word}` : `${current} ${word}`;
        if (current !== '' && visible(candidate) > width) {
            out.push(current);
            current = `${indent}${word}`;
        }
        else
            current = candidate;
    }
    if (current !== '')
        out.push(current);
    return out;
}
/** The final text: prose lines wrapped at `width`, table lines whole, ending in a newline. */
function finish(lines, width) {
    return `${lines.flatMap((l) => (l.includes(TABLE) ? [l.replace(TABLE, '')] : wrapLine(l, width))).join('\n')}\n`;
}
const NAME_MAX_CHARS = 80;
const t = (s, max = NAME_MAX_CHARS) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeTerminal */ .en)(s, { maxChars: max });
const paintWith = (color) => color ? (s, tone) => `\u001b[${tone === 'good' ? 32 : tone === 'bad' ? 31 : 2}m${s}\u001b[0m` : (s) => s;
/**
 * Aligns cells in columns: text left, figures right (`align[i] === 'r'`). Widths are measured in
 * code points before painting, so colors do not break alignment.
 */
function alignColumns(rows, align, paint) {
    const widths = [];
    for (const r of rows)
        r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, Array.from(c).length)));
    return rows.map((r, ri) => r
        .map((c, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - Array.from(c).length);
        const painted = paint ? paint(c, ri, i) : c;
        return align[i] === 'r' ? pad + painted : i === r.length - 1 ? painted : painted + pad;
    })
        .join('  ')
        .trimEnd());
}
function experimentLines(rows, withDelta, totals, paint) {
    const header = ['experiment', 'phase', 'energy', 'operational', 'embodied', 'total', ...(withDelta ? ['delta'] : [])];
    const body = rows.map((r) => [
        `${t(r.name)}${r.status === 'removed' ? ' (removed)' : ''}`,
        r.phase,
        r.measured && r.energy !== '—' ? `${r.energy} m` : r.energy,
        r.operational,
        r.embodied,
        r.total,
        ...(withDelta ? [r.delta ?? ''] : []),
    ]);
    const all = [header, ...body, ['total', '', ...totals]];
    const lines = alignColumns(all, ['l', 'l', 'r', 'r', 'r', 'r', 'r'], (cell, ri, ci) => ci === 6 && ri > 0 ? paint(cell, cell.startsWith('+') ? 'bad' : cell.startsWith(_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .MINUS */ .N5) ? 'good' : 'dim') : cell);
    const rule = '-'.repeat(Math.max(...lines.map((l) => l.replace(/\u001b\[[0-9;]*m/g, '').length)));
    return table([lines[0], rule, ...lines.slice(1, -1), rule, lines[lines.length - 1]]);
}
function methodLines(m) {
    const list = (xs) => (xs.length === 0 ? 'n/a' : xs.map((s) => `${t(s.title, 100)} ${s.year}`).join(', '));
    return [
        `Method: ${m.basis}, ${m.intensity}; PUE ${m.pue}${m.pueSources.length > 0 ? ` (${list(m.pueSources)})` : ''}`,
        `  grid: ${list(m.grid)}`,
        `  market: ${m.market}`,
        ...(m.power.length > 0 ? [`  power: ${list(m.power)}`] : []),
        `  embodied: ${list(m.embodied)}${m.datacenter.length > 0 ? `; datacenter construction: ${list(m.datacenter)}` : ''}`,
        ...(m.other.length > 0 ? [`  also: ${list(m.other)}`] : []),
    ];
}
/** "Measured energy and hourly intensity", every experiment with logs or a series (the terminal has no size budget). */
function measuredLines(report) {
    const list = (0,_measured_js__WEBPACK_IMPORTED_MODULE_4__/* .measuredExperiments */ .Ho)(report);
    if (list.length === 0)
        return [];
    const lines = ['', 'Measured energy and hourly intensity:'];
    for (const e of list) {
        const item = (0,_measured_js__WEBPACK_IMPORTED_MODULE_4__/* .measuredItem */ .EG)(e, (s, max) => t(s, max), NAME_MAX_CHARS);
        lines.push(`  ${item.name} (${item.file})`, ...item.lines.map((l) => `    ${l.flag ? '! ' : ''}${l.label}: ${l.parts.join('; ')}`));
    }
    return lines;
}
function tailLines(report) {
    const lines = [];
    const defaults = (0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultsUsed */ .u5)(report);
    if (defaults.length > 0)
        lines.push('', 'Defaults used:', ...defaults.map((d) => `  ${t(d.text, 200)} (${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(d.count)})`));
    if (report.warnings.length > 0)
        lines.push('', `Warnings (${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(report.warnings.length)}):`, ...report.warnings.map((p) => `  ${t((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p), 300)}`));
    lines.push('', ...methodLines((0,_method_js__WEBPACK_IMPORTED_MODULE_3__/* .describeMethod */ .t)(report)));
    return lines;
}
/**
 * `carbon-budget report` in a terminal.
 * @returns text ending in a newline
 */
function renderReportText(report, opts = {}) {
    const paint = paintWith(opts.color);
    const tt = report.totals;
    const lines = [
        `Carbon footprint: ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMassRange */ .bk)(tt.totalKgCO2e, { co2e: true })}`,
        `${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(report.experiments.length)} experiments, ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatEnergy */ .QE)(tt.energyKWh)}; operational ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMass */ .so)(tt.operationalKgCO2e.central)}, embodied ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMass */ .so)(tt.embodiedKgCO2e.central)}`,
        '',
        ...experimentLines((0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .reportRows */ ._f)(report), false, [(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatEnergy */ .QE)(tt.energyKWh), (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMass */ .so)(tt.operationalKgCO2e.central), (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMass */ .so)(tt.embodiedKgCO2e.central), (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMass */ .so)(tt.totalKgCO2e.central)], paint),
        '',
        ...table(alignColumns([
            ['phase', 'energy', 'total', 'share'],
            ..._core_model_js__WEBPACK_IMPORTED_MODULE_7__/* .PHASES */ .Z.map((p) => {
                const x = report.phases[p];
                return [p, (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatEnergy */ .QE)(x.energyKWh), (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMass */ .so)(x.totalKgCO2e.central), tt.totalKgCO2e.central > 0 ? (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatShareOfTotal */ .JF)(x.totalKgCO2e.central / tt.totalKgCO2e.central) : '—'];
            }),
        ], ['l', 'r', 'r', 'r'])),
        ...((opts.budgets ?? []).length > 0 ? ['', 'Budgets (judged on this tree alone):', ...budgetLines((0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .budgetRows */ .b5)(opts.budgets ?? []), undefined, paint)] : []),
        ...(0,_lifecycle_sections_js__WEBPACK_IMPORTED_MODULE_5__/* .lifecycleLines */ .a9)(report, (rows, dirs) => table(alignColumns(rows, dirs))),
        ...measuredLines(report),
        ...tailLines(report),
    ];
    if (report.experiments.some((e) => e.energySource === 'measured'))
        lines.push('', 'm: energy measured from power logs');
    return finish(lines, opts.width);
}
/** Budgets with limit, the base's and this figure, margin and state; `base` absent: no base column. */
function budgetLines(budgets, base, paint) {
    if (budgets.length === 0)
        return [];
    const header = ['budget', 'limit', ...(base !== undefined ? [base] : []), base !== undefined ? 'this change' : 'actual', 'margin', ''];
    const rows = budgets.map((b) => [
        t(b.name),
        t(b.limit, 40),
        ...(base !== undefined ? [b.base ?? ''] : []),
        b.head,
        b.note === undefined ? b.margin : `${b.margin} (${t(b.note, 200)})`,
        (0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .stateWords */ .Xu)(b.state, base ?? 'the base'),
    ]);
    const last = header.length - 1;
    return table(alignColumns([header, ...rows], ['l', 'r', ...(base !== undefined ? ['r'] : []), 'r', 'r', 'l'], (cell, r, ci) => (ci === last && r > 0 ? paint(cell, cell === 'ok' ? 'good' : 'bad') : cell)).map((l) => `  ${l}`));
}
/**
 * `carbon-budget check` in a terminal: verdict, experiments with deltas, budgets, why, trend.
 * @returns text ending in a newline
 */
function renderCheckText(c, opts = {}) {
    const paint = paintWith(opts.color);
    const head = c.head.totals;
    const base = c.baseRef ? t(c.baseRef.ref, 60) : 'base';
    const verdict = c.verdict === 'pass' ? paint('PASS', 'good') : paint('FAIL', 'bad');
    const change = c.base
        ? `, ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMassDelta */ .e0)(c.delta.totalKgCO2e.central)}${c.delta.share === undefined ? '' : ` (${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercentDelta */ .zy)(c.delta.share)})`} vs ${base}`
        : ' (no base to compare against)';
    const deltaTotal = c.base ? [`${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMassDelta */ .e0)(c.delta.totalKgCO2e.central)}`] : [];
    const lines = [
        `Carbon budget: ${verdict} (${t(c.verdictReason, 160)})`,
        `Total ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMassRange */ .bk)(head.totalKgCO2e, { co2e: true })}${change}`,
        // the head's experiments, not the union with the base (a removed one is counted on its own)
        `${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(c.head.experiments.length)} experiments: ${(0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .statusSummary */ .HN)(c) || 'none'}; fail-on: ${c.failOn}`,
        '',
        ...experimentLines((0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRows */ .Uu)(c), c.base !== undefined, [(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatEnergy */ .QE)(head.energyKWh), (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMass */ .so)(head.operationalKgCO2e.central), (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMass */ .so)(head.embodiedKgCO2e.central), (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMass */ .so)(head.totalKgCO2e.central), ...deltaTotal], paint),
    ];
    const budgets = (0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .budgetRows */ .b5)(c.budgets);
    if (budgets.length > 0) {
        const from = `${c.budgetsFrom.side}${c.budgetsFrom.file === undefined ? '' : `, ${t(c.budgetsFrom.file, 120)}`}${c.budgetsFrom.sha === undefined ? '' : ` at ${t(c.budgetsFrom.sha.slice(0, 7), 7)}`}`;
        lines.push('', `Budgets (from ${from}):`, ...budgetLines(budgets, c.base ? base : undefined, paint));
    }
    const why = (0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .whyItems */ .DA)(c);
    if (why.length > 0) {
        lines.push('', 'Why it changed:');
        for (const w of why) {
            lines.push(`  ${t(w.name)} ${w.delta}`);
            for (const term of w.terms)
                lines.push(`    ${t(term.input, 40)} ${t(term.from, 40)} -> ${t(term.to, 40)}: ${term.delta}`);
        }
    }
    const points = (0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .trendPoints */ .p9)(c);
    if (points.length >= 2) {
        lines.push('', `Trend of ${base} (${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(points.length - 1)} commits, oldest first):`);
        const rows = points.map((p) => [p.label === 'this PR' ? 'this PR' : p.label.replace(/[^0-9a-f]/gi, ''), p.date === undefined ? '' : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(p.date), (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMass */ .so)(p.kgCO2e)]);
        lines.push(...table(alignColumns(rows, ['l', 'l', 'r']).map((l) => `  ${l}`)));
    }
    lines.push(...measuredLines(c.head), ...tailLines(c.head));
    return finish(lines, opts.width);
}


/***/ })

};
