export const id = 952;
export const ids = [952];
export const modules = {

/***/ 6952:
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

// EXTERNAL MODULE: ./lib/render/markdown-sections.js
var markdown_sections = __webpack_require__(4004);
// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
// EXTERNAL MODULE: ./lib/render/escape.js
var render_escape = __webpack_require__(9889);
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
    const name = code((0,markdown_sections.md)(SHA.test(ref) ? ref.slice(0, 7) : ref, 60));
    const sha = c.baseRef.sha;
    if (!SHA.test(sha))
        return { name };
    const short = sha.slice(0, 7);
    const url = (0,render_escape/* safeUrl */.Pl)(repoUrl === undefined ? undefined : `${repoUrl.replace(/\/+$/, '')}/commit/${sha}`);
    return { name, commit: url === undefined ? `\`${short}\`` : `[\`${short}\`](${url})` };
}
/** The comment key beside the verdict, only when one was set (`default` is the unset key). */
function keyLabel(commentKey) {
    return commentKey === undefined || commentKey === '' || commentKey === 'default' ? '' : ` (${(0,markdown_sections.md)(commentKey, 60)})`;
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
    const names = (of) => ` (${of.slice(0, 3).map((r) => (0,markdown_sections.md)(r.name, 40)).join(', ')}${of.length > 3 ? ', …' : ''})`;
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
    const counts = budgetCounts((0,render_rows/* budgetRows */.b5)(c.budgets), base, c.failOn);
    const parts = [
        ...(counts === '' ? [] : [counts]),
        ...(c.budgets.length > 0 ? [modeWords(c)] : []),
        ...(base.commit === undefined ? [] : [`base ${base.commit}`]),
    ];
    return parts.join(' · ');
}

;// CONCATENATED MODULE: ./lib/render/markdown-changes.js


function nameCell(r) {
    return r.status === 'removed' ? `~~${(0,markdown_sections.md)(r.name)}~~` : (0,markdown_sections.md)(r.name);
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
    const table = (0,markdown_sections/* experimentsTable */.LN)(rows, shown, { ...(c.base ? { deltaHeader: `vs ${opts.base.name}` } : {}), totals: totalsCells(c) });
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
    return `${MARK[r.state]} ${(0,render_rows/* stateWords */.Xu)(r.state, base.name)}${over}`;
}
function markdown_budgets_nameCell(r, base) {
    return r.kind === 'increase' ? `${(0,markdown_sections.md)(r.name, 40)} vs ${base.name}` : (0,markdown_sections.md)(r.name);
}
/** `within their limits: total, training phase`: the budgets that pass, named on one line. */
function withinLine(ok, allOk) {
    const names = ok.slice(0, 8).map((r) => (0,markdown_sections.md)(r.name, 40)).join(', ');
    const more = ok.length > 8 ? ` and ${(0,format/* formatCount */.B4)(ok.length - 8)} more` : '';
    const n = (0,format/* formatCount */.B4)(ok.length);
    return allOk
        ? `✅ ${ok.length === 1 ? 'The budget is' : `All ${n} budgets are`} within ${ok.length === 1 ? 'its limit' : 'their limits'}: ${names}${more}.`
        : `✅ ${n} more ${ok.length === 1 ? 'budget' : 'budgets'} within ${ok.length === 1 ? 'its limit' : 'their limits'}: ${names}${more}.`;
}
/** The budget that decides, named with where its limit is set (`carbon-budget.yml` line 10). */
function whereSet(c, row) {
    const b = c.budgets.find((x) => x.name === row.rawName);
    const file = (0,markdown_sections.md)(c.budgetsFrom.file ?? b?.pos?.file ?? 'carbon-budget.yml', 80);
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
        return `**To unblock:** bring ${markdown_budgets_nameCell(r, base)} from ${r.head} back under ${(0,markdown_sections.md)(r.limit, 40)}, or raise its limit in ${whereSet(c, r)}${from}.`;
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
    const rows = (0,render_rows/* budgetRows */.b5)(c.budgets);
    if (rows.length === 0)
        return [];
    const over = rows.filter((r) => r.state !== 'ok');
    const ok = rows.filter((r) => r.state === 'ok');
    if (over.length === 0)
        return [{ kind: 'paragraph', text: withinLine(ok, true) }];
    if (shown <= 0)
        return [{ kind: 'paragraph', text: `Budgets: ${(0,format/* formatCount */.B4)(over.length)} of ${(0,format/* formatCount */.B4)(rows.length)} over (details in the job summary).` }];
    const withBase = c.base !== undefined;
    const body = over.slice(0, shown).map((r) => [markdown_budgets_nameCell(r, base), (0,markdown_sections.md)(r.limit, 40), ...(withBase ? [r.base ?? ''] : []), r.head, stateCell(r, base)]);
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
    const rows = (0,render_rows/* budgetRows */.b5)(budgets);
    if (rows.length === 0 || shown <= 0)
        return [];
    const over = rows.filter((r) => r.state !== 'ok').length;
    const body = rows.slice(0, shown).map((r) => [(0,markdown_sections.md)(r.name), (0,markdown_sections.md)(r.limit, 40), r.head, r.state === 'ok' ? '✅ within' : `❌ over (${r.over ?? ''})`]);
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
        const terms = i.terms.slice(0, termsShown).map((t) => `${(0,markdown_sections.md)(t.label, 40)} ${(0,markdown_sections.md)(t.from, 80)} → ${(0,markdown_sections.md)(t.to, 80)}${single ? '' : ` (${t.delta})`}`);
        const more = i.terms.length > termsShown ? `; ${(0,format/* formatCount */.B4)(i.terms.length - termsShown)} more` : '';
        return `**${(0,markdown_sections.md)(i.name)}** ${i.delta}: ${terms.join('; ')}${more}`;
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
    const points = (0,render_rows/* trendPoints */.p9)(c);
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
        p.subject === undefined ? '' : (0,markdown_sections.md)(p.subject, 72),
    ]);
    const anyTotal = c.budgets.find((b) => b.kind === 'total');
    const budget = total !== undefined ? ` Red: the total budget (${(0,markdown_sections.md)(total.limit, 40)}).` : anyTotal !== undefined ? ` The total budget (${(0,markdown_sections.md)(anyTotal.limit, 40)}) is far above.` : '';
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
    const file = c.budgetsFrom.file === undefined ? undefined : `<code>${(0,markdown_sections.md)(c.budgetsFrom.file, 80)}</code>`;
    const side = c.budgetsFrom.side === 'base' ? `at ${base.name}` : 'of this PR';
    const parts = [
        docs === undefined ? 'carbon-budget' : `[carbon-budget](${docs})`,
        c.budgets.length === 0 ? 'no budgets set' : `${(0,format/* formatCount */.B4)(c.budgets.length)} ${c.budgets.length === 1 ? 'budget' : 'budgets'} from ${file ?? 'the config'} ${side}`,
        ...(t.low === t.central && t.high === t.central ? [] : [`uncertainty ${(0,format/* formatRangeEnds */.Zo)(t)}`]),
        ...(run === undefined ? [] : [`[workflow run](${run})`]),
    ];
    return { kind: 'paragraph', text: `<sub>${parts.join(' · ')}</sub>` };
}

// EXTERNAL MODULE: ./lib/render/method.js
var render_method = __webpack_require__(9175);
// EXTERNAL MODULE: ./lib/render/lifecycle-sections.js
var lifecycle_sections = __webpack_require__(9241);
// EXTERNAL MODULE: ./lib/render/measured.js
var measured = __webpack_require__(2578);
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
/** The measured section's experiments (those `keep` selects), escaped for markdown: the count, and the first few as items. */
function measuredInput(report, keep = () => true) {
    const list = (0,measured/* measuredExperiments */.Ho)(report).filter(keep);
    return { items: list.slice(0, MEASURED_MAX).map((e) => (0,measured/* measuredItem */.EG)(e, markdown_sections.md)), total: list.length };
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
    const rows = (0,render_rows/* reportRows */._f)(report);
    const t = report.totals;
    const method = (0,render_method/* describeMethod */.t)(report);
    const defaults = (0,render_rows/* defaultsUsed */.u5)(report);
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
            (0,markdown_sections/* experimentsTable */.LN)(rows, plan.rows, {
                totals: [(0,format/* formatEnergy */.QE)(t.energyKWh), (0,format/* formatMass */.so)(t.operationalKgCO2e.central), (0,format/* formatMass */.so)(t.embodiedKgCO2e.central), (0,format/* formatMass */.so)(t.totalKgCO2e.central)],
            }),
            ...(0,markdown_sections/* foldNote */.mj)(rows.length - plan.rows, 'smallest', hintText(opts)),
            ...(phaseRows.length > 1
                ? [{ kind: 'table', header: ['phase', 'energy', 'operational', 'embodied', 'total', 'share'], rows: phaseRows, align: ['l', 'r', 'r', 'r', 'r', 'r'] }]
                : []),
            ...reportBudgetsSection(opts.budgets ?? [], plan.budgets),
            ...(0,lifecycle_sections/* lcaBlocks */.BE)(report),
            ...(0,lifecycle_sections/* modelBlocks */.Q7)(report),
            ...(0,markdown_sections/* measuredSection */.E7)(measured.items, measured.total, plan.measured, hintText(opts)),
            ...(0,markdown_sections/* defaultsSection */.WX)(defaults, plan.defaults),
            ...(0,markdown_sections/* warningsSection */.xd)(report.warnings, plan.warnings),
            (0,markdown_sections/* methodLine */.Gv)(method, plan.sources, opts.runUrl),
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
    const rows = (0,render_rows/* budgetRows */.b5)(c.budgets);
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
    if (c.base && !opts.summary && (0,render_rows/* changesNothing */.TY)(c))
        return renderNoChangeMarkdown(c, opts);
    const base = baseLabel(c, opts.repoUrl);
    const rows = (0,render_rows/* checkRows */.Uu)(c);
    const why = (0,render_rows/* whyItems */.DA)(c);
    const changed = new Set(rows.filter((r) => r.significant).map((r) => r.name));
    const measured = measuredInput(c.head, (e) => opts.summary === true || !c.base || changed.has(e.name));
    const defaults = (0,render_rows/* defaultsUsed */.u5)(c.head);
    const method = (0,render_method/* describeMethod */.t)(c.head);
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
        ...breakdownSection(c, rows, plan.rows, { open: opts.summary === true || !c.base, base, foldNote: (0,markdown_sections/* foldNote */.mj)(rows.length - plan.rows, hidden(plan.rows), hintText(opts)) }),
        ...budgetsSection(c, base, plan.budgets),
        // the job summary shows the per-model table and the life-cycle stages; the comment folds them with the reference
        ...(opts.summary ? [...(0,lifecycle_sections/* modelBlocks */.Q7)(c.head), ...(0,lifecycle_sections/* lcaBlocks */.BE)(c.head)] : []),
        ...whySection(why, plan.why, plan.whyTerms),
        ...(plan.trend ? trendSection(c, base) : []),
        ...referenceSection([
            { label: 'per model', blocks: opts.summary ? [] : (0,lifecycle_sections/* modelBlocks */.Q7)(c.head) },
            // LCA stages (manufacturing, transport, use, end of life), Scope 1, idle and capacity of the head
            { label: 'life cycle', blocks: opts.summary ? [] : (0,lifecycle_sections/* lcaBlocks */.BE)(c.head) },
            { label: 'measured runs', blocks: (0,markdown_sections/* measuredSection */.E7)(measured.items, measured.total, plan.measured, hintText(opts)) },
            { label: 'defaults', blocks: (0,markdown_sections/* defaultsSection */.WX)(defaults, plan.defaults) },
            { label: `${(0,format/* formatCount */.B4)(warnings)} ${warnings === 1 ? 'warning' : 'warnings'}`, blocks: (0,markdown_sections/* warningsSection */.xd)(c.head.warnings, plan.warnings) },
            { label: 'method', blocks: [(0,markdown_sections/* methodLine */.Gv)(method, plan.sources)] },
        ]),
        footer(c, base, { ...(opts.docsUrl ? { docsUrl: opts.docsUrl } : {}), ...(opts.runUrl ? { runUrl: opts.runUrl } : {}) }),
    ]);
    return fit(rowFloors(rows), opts.maxChars ?? DEFAULT_MAX_CHARS, render);
}


/***/ })

};
