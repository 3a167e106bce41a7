export const id = 217;
export const ids = [217];
export const modules = {

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const pico = __webpack_require__(8016);
const utils = __webpack_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const constants = __webpack_require__(5595);
const utils = __webpack_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const scan = __webpack_require__(1781);
const parse = __webpack_require__(8265);
const utils = __webpack_require__(4059);
const constants = __webpack_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const utils = __webpack_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __webpack_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __webpack_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 1928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JK: () => (/* reexport */ average_intensities_min_default),
  Fj: () => (/* reexport */ marginal_intensities_2021_min_default)
});

// UNUSED EXPORTS: default, electricityMaps

;// CONCATENATED MODULE: ./node_modules/@tgwf/co2/dist/esm/data/average-intensities.min.js
const data = { "AFG": 123.71, "AFRICA": 545.09, "ALB": 24.42, "DZA": 633.65, "ASM": 647.06, "AGO": 167.22, "ATG": 611.11, "ARG": 344.83, "ARM": 243.52, "ABW": 550, "ASEAN": 573.65, "ASIA": 572.12, "AUS": 553.76, "AUT": 102.62, "AZE": 632.89, "BHS": 653.66, "BHR": 902.41, "BGD": 694.63, "BRB": 600, "BLR": 323.63, "BEL": 117.58, "BLZ": 155.56, "BEN": 590, "BTN": 24.19, "BOL": 468.02, "BIH": 638.05, "BWA": 849.42, "BRA": 106.06, "BRN": 892.67, "BGR": 264.21, "BFA": 554.91, "BDI": 230.77, "CPV": 480, "KHM": 497.46, "CMR": 285.71, "CAN": 184.99, "CYM": 642.86, "CAF": 0, "TCD": 615.39, "CHL": 265.52, "CHN": 557.5, "COL": 285.8, "COM": 642.86, "COG": 713.73, "COD": 27.04, "COK": 250, "CRI": 63.01, "CIV": 393.53, "HRV": 174.48, "CUB": 638.98, "CYP": 512.24, "CZE": 413.86, "DNK": 143.3, "DJI": 450, "DMA": 600, "DOM": 565.97, "ECU": 209.7, "EGY": 574.5, "SLV": 99.29, "GNQ": 605.1, "ERI": 590.91, "EST": 341.02, "SWZ": 142.86, "ETH": 23.55, "EU": 213.02, "EUROPE": 285, "FLK": 1e3, "FRO": 354.17, "FJI": 278.26, "FIN": 72.25, "FRA": 44.18, "GUF": 204.08, "PYF": 436.62, "G20": 468.38, "G7": 343.3, "GAB": 429.47, "GMB": 666.67, "GEO": 143.06, "DEU": 342.06, "GHA": 452.86, "GRC": 319.76, "GRL": 111.11, "GRD": 666.67, "GLP": 493.9, "GUM": 611.11, "GTM": 272.66, "GIN": 182.72, "GNB": 625, "GUY": 634.33, "HTI": 534.65, "HND": 289.5, "HKG": 681.99, "HUN": 182.82, "ISL": 28.33, "IND": 708.96, "IDN": 682.43, "IRN": 648.68, "IRQ": 689.4, "IRL": 279.79, "ISR": 567.26, "ITA": 287.75, "JAM": 561.25, "JPN": 483.73, "JOR": 539.21, "KAZ": 801.79, "KEN": 84.83, "KIR": 500, "XKX": 958.72, "KWT": 637.24, "KGZ": 152.65, "LAO": 232.12, "LATIN AMERICA AND CARIBBEAN": 254.21, "LVA": 136.22, "LBN": 369.47, "LSO": 20.83, "LBR": 435.9, "LBY": 830.53, "LTU": 139.34, "LUX": 134.62, "MAC": 448.98, "MDG": 477.27, "MWI": 54.65, "MYS": 604.43, "MDV": 611.77, "MLI": 394.5, "MLT": 484.16, "MTQ": 516.78, "MRT": 481.71, "MUS": 633.03, "MEX": 483.14, "MIDDLE EAST": 637.24, "MDA": 629.56, "MNG": 784.01, "MNE": 413.51, "MSR": 1e3, "MAR": 577.65, "MOZ": 127.81, "MMR": 569.69, "NAM": 47.62, "NRU": 750, "NPL": 23.36, "NLD": 252.7, "NCL": 585.76, "NZL": 120.11, "NIC": 288.33, "NER": 687.5, "NGA": 507.85, "NORTH AMERICA": 358.36, "PRK": 344.26, "MKD": 568.97, "NOR": 30.75, "OCEANIA": 495.47, "OECD": 337.99, "OMN": 545.33, "PAK": 398.61, "PSE": 460.78, "PAN": 258.74, "PNG": 513.74, "PRY": 24.86, "PER": 263.27, "POL": 614.98, "PRT": 111.8, "PRI": 664.53, "QAT": 602.83, "REU": 525.22, "ROU": 245.55, "RUS": 446.17, "RWA": 301.89, "KNA": 636.36, "LCA": 650, "SPM": 600, "VCT": 600, "WSM": 400, "STP": 555.56, "SAU": 691.95, "SEN": 535.4, "SRB": 670.8, "SYC": 571.43, "SLE": 47.62, "SGP": 498.74, "SVK": 96.49, "SVN": 227.11, "SLB": 636.36, "SOM": 523.81, "ZAF": 713.9, "KOR": 415.65, "SSD": 610.17, "ESP": 146.15, "LKA": 509.78, "SDN": 214.33, "SUR": 383.18, "SWE": 35.89, "CHE": 36.72, "SYR": 682.27, "TWN": 635.15, "TJK": 98.7, "TZA": 371.59, "THA": 555.43, "PHL": 613.38, "TGO": 478.26, "TON": 571.43, "TTO": 682.11, "TUN": 560.25, "TUR": 469.7, "TKM": 1306.3, "TCA": 653.85, "UGA": 57.39, "UKR": 250.47, "ARE": 467.51, "GBR": 215.79, "USA": 383.55, "URY": 96.7, "UZB": 1121.18, "VUT": 500, "VEN": 180.25, "VNM": 486.13, "VGB": 647.06, "VIR": 641.79, "WORLD": 472.94, "YEM": 586.32, "ZMB": 111, "ZWE": 298.44 };
const type = "average";
var average_intensities_min_default = { data, type };


;// CONCATENATED MODULE: ./node_modules/@tgwf/co2/dist/esm/data/marginal-intensities-2021.min.js
const marginal_intensities_2021_min_data = { "AFG": "414", "ALB": "0", "DZA": "528", "ASM": "753", "AND": "188", "AGO": "1476", "AIA": "753", "ATG": "753", "ARG": "478", "ARM": "390", "ABW": "753", "AUS": "808", "AUT": "242", "AZE": "534", "AZORES (PORTUGAL)": "753", "BHS": "753", "BHR": "726", "BGD": "528", "BRB": "749", "BLR": "400", "BEL": "252", "BLZ": "403", "BEN": "745", "BMU": "753", "BTN": "0", "BOL": "604", "BES": "753", "BIH": "1197", "BWA": "1486", "BRA": "284", "VGB": "753", "BRN": "681", "BGR": "911", "BFA": "753", "BDI": "414", "KHM": "1046", "CMR": "659", "CAN": "372", "CYM": "753", "CPV": "753", "CAF": "188", "TCD": "753", "CHANNEL ISLANDS (U.K)": "753", "CHL": "657", "CHN": "899", "COL": "410", "COM": "753", "COD": "0", "COG": "659", "COK": "753", "CRI": "108", "CIV": "466", "HRV": "294", "CUB": "559", "CUW": "876", "CYP": "751", "CZE": "902", "DNK": "362", "DJI": "753", "DMA": "753", "DOM": "601", "ECU": "560", "EGY": "554", "SLV": "547", "GNQ": "632", "ERI": "915", "EST": "1057", "SWZ": "0", "ETH": "0", "FLK": "753", "FRO": "753", "FJI": "640", "FIN": "267", "FRA": "158", "GUF": "423", "PYF": "753", "GAB": "946", "GMB": "753", "GEO": "289", "DEU": "650", "GHA": "495", "GIB": "779", "GRC": "507", "GRL": "264", "GRD": "753", "GLP": "753", "GUM": "753", "GTM": "798", "GIN": "753", "GNB": "753", "GUY": "847", "HTI": "1048", "HND": "662", "HUN": "296", "ISL": "0", "IND": "951", "IDN": "783", "IRN": "592", "IRQ": "1080", "IRL": "380", "IMN": "436", "ISR": "394", "ITA": "414", "JAM": "711", "JPN": "471", "JOR": "529", "KAZ": "797", "KEN": "574", "KIR": "753", "PRK": "754", "KOR": "555", "XKX": "1145", "KWT": "675", "KGZ": "217", "LAO": "1069", "LVA": "240", "LBN": "794", "LSO": "0", "LBR": "677", "LBY": "668", "LIE": "151", "LTU": "211", "LUX": "220", "MDG": "876", "MADEIRA (PORTUGAL)": "663", "MWI": "489", "MYS": "551", "MDV": "753", "MLI": "1076", "MLT": "520", "MHL": "753", "MTQ": "753", "MRT": "753", "MUS": "700", "MYT": "753", "MEX": "531", "FSM": "753", "MDA": "541", "MCO": "158", "MNG": "1366", "MNE": "899", "MSR": "753", "MAR": "729", "MOZ": "234", "MMR": "719", "NAM": "355", "NRU": "753", "NPL": "0", "NLD": "326", "NCL": "779", "NZL": "246", "NIC": "675", "NER": "772", "NGA": "526", "NIU": "753", "MKD": "851", "MNP": "753", "NOR": "47", "OMN": "479", "PAK": "592", "PLW": "753", "PSE": "719", "PAN": "477", "PNG": "597", "PRY": "0", "PER": "473", "PHL": "672", "POL": "828", "PRT": "389", "PRI": "596", "QAT": "503", "REU": "772", "ROU": "489", "RUS": "476", "RWA": "712", "SHN": "753", "KNA": "753", "LCA": "753", "MAF": "753", "SPM": "753", "VCT": "753", "WSM": "753", "SMR": "414", "STP": "753", "SAU": "592", "SEN": "870", "SRB": "1086", "SYC": "753", "SLE": "489", "SGP": "379", "SXM": "753", "SVK": "332", "SVN": "620", "SLB": "753", "SOM": "753", "ZAF": "1070", "SSD": "890", "ESP": "402", "LKA": "731", "SDN": "736", "SUR": "1029", "SWE": "68", "CHE": "48", "SYR": "713", "TWN": "484", "TJK": "255", "TZA": "531", "THA": "450", "TLS": "753", "TGO": "859", "TON": "753", "TTO": "559", "TUN": "468", "TUR": "376", "TKM": "927", "TCA": "753", "TUV": "753", "UGA": "279", "UKR": "768", "ARE": "556", "GBR": "380", "USA": "416", "URY": "174", "UZB": "612", "VUT": "753", "VEN": "711", "VNM": "560", "VIR": "650", "YEM": "807", "ZMB": "416", "ZWE": "1575", "MEMO:  EU 27": "409" };
const marginal_intensities_2021_min_type = "marginal";
const year = "2021";
var marginal_intensities_2021_min_default = { data: marginal_intensities_2021_min_data, type: marginal_intensities_2021_min_type, year };


;// CONCATENATED MODULE: ./node_modules/@tgwf/co2/dist/esm/data/electricity-maps/yearly_2025.js
const yearly_2025_data = { "AE": { "zone": { "zoneName": "United Arab Emirates" }, "carbonIntensity": { "value": 348, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "AF": { "zone": { "zoneName": "Afghanistan" }, "carbonIntensity": { "value": 120, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "AG": { "zone": { "zoneName": "Antigua and Barbuda" }, "carbonIntensity": { "value": 665, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "AL": { "zone": { "zoneName": "Albania" }, "carbonIntensity": { "value": 69, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 91, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "AM": { "zone": { "zoneName": "Armenia" }, "carbonIntensity": { "value": 194, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "AO": { "zone": { "zoneName": "Angola" }, "carbonIntensity": { "value": 213, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 68, "unit": "%" }, "carbonFreeEnergy": { "value": 68, "unit": "%" } }, "AR": { "zone": { "zoneName": "Argentina" }, "carbonIntensity": { "value": 313, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "AT": { "zone": { "zoneName": "Austria" }, "carbonIntensity": { "value": 163, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 79, "unit": "%" } }, "AU": { "zone": { "zoneName": "Australia" }, "carbonIntensity": { "value": 474, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "AU-NSW": { "zone": { "zoneName": "New South Wales", "countryName": "Australia" }, "carbonIntensity": { "value": 525, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "AU-NT": { "zone": { "zoneName": "Northern Territory", "countryName": "Australia" }, "carbonIntensity": { "value": 503, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "AU-QLD": { "zone": { "zoneName": "Queensland", "countryName": "Australia" }, "carbonIntensity": { "value": 577, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "AU-SA": { "zone": { "zoneName": "South Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 170, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "AU-TAS": { "zone": { "zoneName": "Tasmania", "countryName": "Australia" }, "carbonIntensity": { "value": 69, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "AU-TAS-FI": { "zone": { "zoneName": "Flinders Island", "countryName": "Australia" }, "carbonIntensity": { "value": 224, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 66, "unit": "%" } }, "AU-TAS-KI": { "zone": { "zoneName": "King Island", "countryName": "Australia" }, "carbonIntensity": { "value": 471, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "AU-VIC": { "zone": { "zoneName": "Victoria", "countryName": "Australia" }, "carbonIntensity": { "value": 474, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "AU-WA": { "zone": { "zoneName": "Western Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 395, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "AU-WA-RI": { "zone": { "zoneName": "Rottnest Island", "countryName": "Australia" }, "carbonIntensity": { "value": 494, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "AW": { "zone": { "zoneName": "Aruba" }, "carbonIntensity": { "value": 545, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "AX": { "zone": { "zoneName": "\xC5land Islands" }, "carbonIntensity": { "value": 17, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 83, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "AZ": { "zone": { "zoneName": "Azerbaijan" }, "carbonIntensity": { "value": 420, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "BA": { "zone": { "zoneName": "Bosnia and Herzegovina" }, "carbonIntensity": { "value": 462, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "BB": { "zone": { "zoneName": "Barbados" }, "carbonIntensity": { "value": 636, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "BD": { "zone": { "zoneName": "Bangladesh" }, "carbonIntensity": { "value": 630, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "BE": { "zone": { "zoneName": "Belgium" }, "carbonIntensity": { "value": 180, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "BF": { "zone": { "zoneName": "Burkina Faso" }, "carbonIntensity": { "value": 545, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "BG": { "zone": { "zoneName": "Bulgaria" }, "carbonIntensity": { "value": 365, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "BH": { "zone": { "zoneName": "Bahrain" }, "carbonIntensity": { "value": 488, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BI": { "zone": { "zoneName": "Burundi" }, "carbonIntensity": { "value": 241, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "BJ": { "zone": { "zoneName": "Benin" }, "carbonIntensity": { "value": 502, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "BN": { "zone": { "zoneName": "Brunei" }, "carbonIntensity": { "value": 562, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BO": { "zone": { "zoneName": "Bolivia" }, "carbonIntensity": { "value": 327, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "BR": { "zone": { "zoneName": "Brazil" }, "carbonIntensity": { "value": 98, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "BR-CS": { "zone": { "zoneName": "Central Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 106, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 84, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "BR-N": { "zone": { "zoneName": "North Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 154, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 81, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "BR-NE": { "zone": { "zoneName": "North-East Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 47, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "BR-S": { "zone": { "zoneName": "South Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 89, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "BS": { "zone": { "zoneName": "Bahamas" }, "carbonIntensity": { "value": 692, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "BT": { "zone": { "zoneName": "Bhutan" }, "carbonIntensity": { "value": 60, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "BW": { "zone": { "zoneName": "Botswana" }, "carbonIntensity": { "value": 814, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BY": { "zone": { "zoneName": "Belarus" }, "carbonIntensity": { "value": 285, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "BZ": { "zone": { "zoneName": "Belize" }, "carbonIntensity": { "value": 161, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "CA": { "zone": { "zoneName": "Canada" }, "carbonIntensity": { "value": 136, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "CA-AB": { "zone": { "zoneName": "Alberta", "countryName": "Canada" }, "carbonIntensity": { "value": 385, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "CA-BC": { "zone": { "zoneName": "British Columbia", "countryName": "Canada" }, "carbonIntensity": { "value": 71, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "CA-MB": { "zone": { "zoneName": "Manitoba", "countryName": "Canada" }, "carbonIntensity": { "value": 74, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 91, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "CA-NB": { "zone": { "zoneName": "New Brunswick", "countryName": "Canada" }, "carbonIntensity": { "value": 161, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 77, "unit": "%" } }, "CA-NL": { "zone": { "zoneName": "Newfoundland and Labrador", "countryName": "Canada" }, "carbonIntensity": { "value": 26, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CA-NS": { "zone": { "zoneName": "Nova Scotia", "countryName": "Canada" }, "carbonIntensity": { "value": 374, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "CA-NT": { "zone": { "zoneName": "Northwest Territories", "countryName": "Canada" }, "carbonIntensity": { "value": 91, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "CA-NU": { "zone": { "zoneName": "Nunavut", "countryName": "Canada" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "CA-ON": { "zone": { "zoneName": "Ontario", "countryName": "Canada" }, "carbonIntensity": { "value": 111, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "CA-PE": { "zone": { "zoneName": "Prince Edward Island", "countryName": "Canada" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "CA-QC": { "zone": { "zoneName": "Qu\xE9bec", "countryName": "Canada" }, "carbonIntensity": { "value": 41, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "CA-SK": { "zone": { "zoneName": "Saskatchewan", "countryName": "Canada" }, "carbonIntensity": { "value": 485, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "CA-YT": { "zone": { "zoneName": "Yukon", "countryName": "Canada" }, "carbonIntensity": { "value": 216, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 64, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "CD": { "zone": { "zoneName": "Democratic Republic of the Congo" }, "carbonIntensity": { "value": 82, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 92, "unit": "%" }, "carbonFreeEnergy": { "value": 92, "unit": "%" } }, "CF": { "zone": { "zoneName": "Central African Republic" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CG": { "zone": { "zoneName": "Congo" }, "carbonIntensity": { "value": 379, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "CH": { "zone": { "zoneName": "Switzerland" }, "carbonIntensity": { "value": 50, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 63, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "CI": { "zone": { "zoneName": "Ivory Coast" }, "carbonIntensity": { "value": 401, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "CL-SEN": { "zone": { "zoneName": "Sistema El\xE9ctrico Nacional", "countryName": "Chile" }, "carbonIntensity": { "value": 259, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 63, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "CM": { "zone": { "zoneName": "Cameroon" }, "carbonIntensity": { "value": 181, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "CN": { "zone": { "zoneName": "China" }, "carbonIntensity": { "value": 485, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "CO": { "zone": { "zoneName": "Colombia" }, "carbonIntensity": { "value": 102, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "CR": { "zone": { "zoneName": "Costa Rica" }, "carbonIntensity": { "value": 36, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "CU": { "zone": { "zoneName": "Cuba" }, "carbonIntensity": { "value": 609, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "CV": { "zone": { "zoneName": "Cabo Verde" }, "carbonIntensity": { "value": 486, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "CW": { "zone": { "zoneName": "Cura\xE7ao" }, "carbonIntensity": { "value": 517, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "CY": { "zone": { "zoneName": "Cyprus" }, "carbonIntensity": { "value": 838, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "CZ": { "zone": { "zoneName": "Czechia" }, "carbonIntensity": { "value": 439, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "DE": { "zone": { "zoneName": "Germany" }, "carbonIntensity": { "value": 342, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "DJ": { "zone": { "zoneName": "Djibouti" }, "carbonIntensity": { "value": 434, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "DK": { "zone": { "zoneName": "Denmark" }, "carbonIntensity": { "value": 123, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 81, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "DK-BHM": { "zone": { "zoneName": "Bornholm", "countryName": "Denmark" }, "carbonIntensity": { "value": 101, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "DK-DK1": { "zone": { "zoneName": "West Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 112, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 84, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "DK-DK2": { "zone": { "zoneName": "East Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 144, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "DM": { "zone": { "zoneName": "Dominica" }, "carbonIntensity": { "value": 613, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "DO": { "zone": { "zoneName": "Dominican Republic" }, "carbonIntensity": { "value": 527, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "DZ": { "zone": { "zoneName": "Algeria" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "EC": { "zone": { "zoneName": "Ecuador" }, "carbonIntensity": { "value": 209, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 72, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "EE": { "zone": { "zoneName": "Estonia" }, "carbonIntensity": { "value": 243, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 59, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "EG": { "zone": { "zoneName": "Egypt" }, "carbonIntensity": { "value": 442, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "ER": { "zone": { "zoneName": "Eritrea" }, "carbonIntensity": { "value": 607, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "ES": { "zone": { "zoneName": "Spain" }, "carbonIntensity": { "value": 136, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 57, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "ES-CE": { "zone": { "zoneName": "Ceuta", "countryName": "Spain" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "ES-CN-FV": { "zone": { "zoneName": "Fuerteventura", "countryName": "Spain" }, "carbonIntensity": { "value": 748, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "ES-CN-GC": { "zone": { "zoneName": "Gran Canaria", "countryName": "Spain" }, "carbonIntensity": { "value": 683, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "ES-CN-HI": { "zone": { "zoneName": "El Hierro", "countryName": "Spain" }, "carbonIntensity": { "value": 504, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "ES-CN-IG": { "zone": { "zoneName": "Isla de la Gomera", "countryName": "Spain" }, "carbonIntensity": { "value": 830, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "ES-CN-LP": { "zone": { "zoneName": "La Palma", "countryName": "Spain" }, "carbonIntensity": { "value": 843, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "ES-CN-LZ": { "zone": { "zoneName": "Lanzarote", "countryName": "Spain" }, "carbonIntensity": { "value": 793, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "ES-CN-TE": { "zone": { "zoneName": "Tenerife", "countryName": "Spain" }, "carbonIntensity": { "value": 761, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "ES-IB-FO": { "zone": { "zoneName": "Formentera", "countryName": "Spain" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "ES-IB-IZ": { "zone": { "zoneName": "Ibiza", "countryName": "Spain" }, "carbonIntensity": { "value": 504, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "ES-IB-MA": { "zone": { "zoneName": "Mallorca", "countryName": "Spain" }, "carbonIntensity": { "value": 399, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "ES-IB-ME": { "zone": { "zoneName": "Menorca", "countryName": "Spain" }, "carbonIntensity": { "value": 799, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "ES-ML": { "zone": { "zoneName": "Melilla", "countryName": "Spain" }, "carbonIntensity": { "value": 617, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "ET": { "zone": { "zoneName": "Ethiopia" }, "carbonIntensity": { "value": 84, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 91, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "FI": { "zone": { "zoneName": "Finland" }, "carbonIntensity": { "value": 68, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 59, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "FJ": { "zone": { "zoneName": "Fiji" }, "carbonIntensity": { "value": 291, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 64, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "FK": { "zone": { "zoneName": "Falkland Islands" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "FM": { "zone": { "zoneName": "Micronesia" }, "carbonIntensity": { "value": 590, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "FO": { "zone": { "zoneName": "Faroe Islands" }, "carbonIntensity": { "value": 549, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "FO-MI": { "zone": { "zoneName": "Main Islands", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 546, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "FO-SI": { "zone": { "zoneName": "South Island", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 594, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "FR": { "zone": { "zoneName": "France" }, "carbonIntensity": { "value": 31, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "FR-COR": { "zone": { "zoneName": "Corsica", "countryName": "France" }, "carbonIntensity": { "value": 546, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "GA": { "zone": { "zoneName": "Gabon" }, "carbonIntensity": { "value": 325, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "GB": { "zone": { "zoneName": "Great Britain" }, "carbonIntensity": { "value": 176, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 52, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "GB-NIR": { "zone": { "zoneName": "Northern Ireland" }, "carbonIntensity": { "value": 280, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "GB-ORK": { "zone": { "zoneName": "Orkney Islands", "countryName": "Great Britain" }, "carbonIntensity": { "value": 57, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 92, "unit": "%" } }, "GE": { "zone": { "zoneName": "Georgia" }, "carbonIntensity": { "value": 168, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 67, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "GF": { "zone": { "zoneName": "French Guiana" }, "carbonIntensity": { "value": 442, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "GH": { "zone": { "zoneName": "Ghana" }, "carbonIntensity": { "value": 339, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "GI": { "zone": { "zoneName": "Gibraltar" }, "carbonIntensity": { "value": 506, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GL": { "zone": { "zoneName": "Greenland" }, "carbonIntensity": { "value": 103, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "GM": { "zone": { "zoneName": "Gambia" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GN": { "zone": { "zoneName": "Guinea" }, "carbonIntensity": { "value": 188, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 76, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "GP": { "zone": { "zoneName": "Guadeloupe" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "GQ": { "zone": { "zoneName": "Equatorial Guinea" }, "carbonIntensity": { "value": 365, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "GR": { "zone": { "zoneName": "Greece" }, "carbonIntensity": { "value": 296, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "GS": { "zone": { "zoneName": "South Georgia and the South Sandwich Islands" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "GT": { "zone": { "zoneName": "Guatemala" }, "carbonIntensity": { "value": 359, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 57, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "GU": { "zone": { "zoneName": "Guam" }, "carbonIntensity": { "value": 639, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "GW": { "zone": { "zoneName": "Guinea-Bissau" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GY": { "zone": { "zoneName": "Guyana" }, "carbonIntensity": { "value": 653, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "HK": { "zone": { "zoneName": "Hong Kong" }, "carbonIntensity": { "value": 590, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "HN": { "zone": { "zoneName": "Honduras" }, "carbonIntensity": { "value": 316, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "HR": { "zone": { "zoneName": "Croatia" }, "carbonIntensity": { "value": 221, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "HT": { "zone": { "zoneName": "Haiti" }, "carbonIntensity": { "value": 515, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "HU": { "zone": { "zoneName": "Hungary" }, "carbonIntensity": { "value": 219, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "ID": { "zone": { "zoneName": "Indonesia" }, "carbonIntensity": { "value": 667, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "IE": { "zone": { "zoneName": "Ireland" }, "carbonIntensity": { "value": 301, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "IL": { "zone": { "zoneName": "Israel" }, "carbonIntensity": { "value": 475, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "IN": { "zone": { "zoneName": "Mainland India", "countryName": "India" }, "carbonIntensity": { "value": 593, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "IN-EA": { "zone": { "zoneName": "Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 740, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "IN-NE": { "zone": { "zoneName": "North Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 401, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "IN-NO": { "zone": { "zoneName": "Northern India", "countryName": "India" }, "carbonIntensity": { "value": 508, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "IN-SO": { "zone": { "zoneName": "Southern India", "countryName": "India" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "IN-WE": { "zone": { "zoneName": "Western India", "countryName": "India" }, "carbonIntensity": { "value": 653, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "IQ": { "zone": { "zoneName": "Iraq" }, "carbonIntensity": { "value": 563, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "IR": { "zone": { "zoneName": "Iran" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "IS": { "zone": { "zoneName": "Iceland" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "IT": { "zone": { "zoneName": "Italy" }, "carbonIntensity": { "value": 286, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "IT-CNO": { "zone": { "zoneName": "Central North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 251, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 59, "unit": "%" } }, "IT-CSO": { "zone": { "zoneName": "Central South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 297, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "IT-NO": { "zone": { "zoneName": "North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 275, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "IT-SAR": { "zone": { "zoneName": "Sardinia", "countryName": "Italy" }, "carbonIntensity": { "value": 488, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "IT-SIC": { "zone": { "zoneName": "Sicily", "countryName": "Italy" }, "carbonIntensity": { "value": 280, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 53, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "IT-SO": { "zone": { "zoneName": "South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 293, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "JM": { "zone": { "zoneName": "Jamaica" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "JO": { "zone": { "zoneName": "Jordan" }, "carbonIntensity": { "value": 424, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "JP": { "zone": { "zoneName": "Japan" }, "carbonIntensity": { "value": 463, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "JP-CB": { "zone": { "zoneName": "Ch\u016Bbu", "countryName": "Japan" }, "carbonIntensity": { "value": 481, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "JP-CG": { "zone": { "zoneName": "Ch\u016Bgoku", "countryName": "Japan" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "JP-HKD": { "zone": { "zoneName": "Hokkaid\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 457, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "JP-HR": { "zone": { "zoneName": "Hokuriku", "countryName": "Japan" }, "carbonIntensity": { "value": 459, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "JP-KN": { "zone": { "zoneName": "Kansai", "countryName": "Japan" }, "carbonIntensity": { "value": 370, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "JP-KY": { "zone": { "zoneName": "Ky\u016Bsh\u016B", "countryName": "Japan" }, "carbonIntensity": { "value": 307, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "JP-ON": { "zone": { "zoneName": "Okinawa", "countryName": "Japan" }, "carbonIntensity": { "value": 590, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "JP-SK": { "zone": { "zoneName": "Shikoku", "countryName": "Japan" }, "carbonIntensity": { "value": 493, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "JP-TH": { "zone": { "zoneName": "T\u014Dhoku", "countryName": "Japan" }, "carbonIntensity": { "value": 480, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "JP-TK": { "zone": { "zoneName": "T\u014Dky\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 535, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "KE": { "zone": { "zoneName": "Kenya" }, "carbonIntensity": { "value": 206, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "KG": { "zone": { "zoneName": "Kyrgyzstan" }, "carbonIntensity": { "value": 152, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 83, "unit": "%" }, "carbonFreeEnergy": { "value": 83, "unit": "%" } }, "KH": { "zone": { "zoneName": "Cambodia" }, "carbonIntensity": { "value": 476, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "KM": { "zone": { "zoneName": "Comoros" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KP": { "zone": { "zoneName": "North Korea" }, "carbonIntensity": { "value": 335, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 60, "unit": "%" } }, "KR": { "zone": { "zoneName": "South Korea" }, "carbonIntensity": { "value": 423, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "KW": { "zone": { "zoneName": "Kuwait" }, "carbonIntensity": { "value": 517, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KY": { "zone": { "zoneName": "Cayman Islands" }, "carbonIntensity": { "value": 681, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "KZ": { "zone": { "zoneName": "Kazakhstan" }, "carbonIntensity": { "value": 592, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "LA": { "zone": { "zoneName": "Laos" }, "carbonIntensity": { "value": 248, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "LB": { "zone": { "zoneName": "Lebanon" }, "carbonIntensity": { "value": 362, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "LC": { "zone": { "zoneName": "Saint Lucia" }, "carbonIntensity": { "value": 683, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "LK": { "zone": { "zoneName": "Sri Lanka" }, "carbonIntensity": { "value": 367, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 54, "unit": "%" } }, "LR": { "zone": { "zoneName": "Liberia" }, "carbonIntensity": { "value": 470, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "LS": { "zone": { "zoneName": "Lesotho" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "LT": { "zone": { "zoneName": "Lithuania" }, "carbonIntensity": { "value": 135, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 82, "unit": "%" } }, "LU": { "zone": { "zoneName": "Luxembourg" }, "carbonIntensity": { "value": 212, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 77, "unit": "%" } }, "LV": { "zone": { "zoneName": "Latvia" }, "carbonIntensity": { "value": 155, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 70, "unit": "%" }, "carbonFreeEnergy": { "value": 77, "unit": "%" } }, "LY": { "zone": { "zoneName": "Libya" }, "carbonIntensity": { "value": 530, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "MA": { "zone": { "zoneName": "Morocco" }, "carbonIntensity": { "value": 516, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "MD": { "zone": { "zoneName": "Moldova" }, "carbonIntensity": { "value": 324, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "ME": { "zone": { "zoneName": "Montenegro" }, "carbonIntensity": { "value": 356, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 52, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "MG": { "zone": { "zoneName": "Madagascar" }, "carbonIntensity": { "value": 431, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "MK": { "zone": { "zoneName": "North Macedonia" }, "carbonIntensity": { "value": 452, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "ML": { "zone": { "zoneName": "Mali" }, "carbonIntensity": { "value": 410, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "MM": { "zone": { "zoneName": "Myanmar" }, "carbonIntensity": { "value": 335, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "MN": { "zone": { "zoneName": "Mongolia" }, "carbonIntensity": { "value": 744, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "MO": { "zone": { "zoneName": "Macao" }, "carbonIntensity": { "value": 393, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "MQ": { "zone": { "zoneName": "Martinique" }, "carbonIntensity": { "value": 577, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "MR": { "zone": { "zoneName": "Mauritania" }, "carbonIntensity": { "value": 522, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "MT": { "zone": { "zoneName": "Malta" }, "carbonIntensity": { "value": 404, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "MU": { "zone": { "zoneName": "Mauritius" }, "carbonIntensity": { "value": 621, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "MV": { "zone": { "zoneName": "Maldives" }, "carbonIntensity": { "value": 648, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "MW": { "zone": { "zoneName": "Malawi" }, "carbonIntensity": { "value": 60, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "MX": { "zone": { "zoneName": "Mexico" }, "carbonIntensity": { "value": 385, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "MY": { "zone": { "zoneName": "Malaysia" }, "carbonIntensity": { "value": 611, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "MY-EM": { "zone": { "zoneName": "Borneo", "countryName": "Malaysia" }, "carbonIntensity": { "value": 517, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "MY-WM": { "zone": { "zoneName": "Peninsula", "countryName": "Malaysia" }, "carbonIntensity": { "value": 651, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "MZ": { "zone": { "zoneName": "Mozambique" }, "carbonIntensity": { "value": 149, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 77, "unit": "%" } }, "NA": { "zone": { "zoneName": "Namibia" }, "carbonIntensity": { "value": 93, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 91, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "NC": { "zone": { "zoneName": "New Caledonia" }, "carbonIntensity": { "value": 539, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "NE": { "zone": { "zoneName": "Niger" }, "carbonIntensity": { "value": 650, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "NG": { "zone": { "zoneName": "Nigeria" }, "carbonIntensity": { "value": 362, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "NI": { "zone": { "zoneName": "Nicaragua" }, "carbonIntensity": { "value": 221, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 72, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "NL": { "zone": { "zoneName": "Netherlands" }, "carbonIntensity": { "value": 253, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "NO": { "zone": { "zoneName": "Norway" }, "carbonIntensity": { "value": 30, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO1": { "zone": { "zoneName": "Southeast Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "NO-NO2": { "zone": { "zoneName": "Southwest Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 29, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO3": { "zone": { "zoneName": "Middle Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO4": { "zone": { "zoneName": "North Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 49, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "NO-NO5": { "zone": { "zoneName": "West Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "NP": { "zone": { "zoneName": "Nepal" }, "carbonIntensity": { "value": 86, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 91, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "NZ": { "zone": { "zoneName": "New Zealand" }, "carbonIntensity": { "value": 90, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "OM": { "zone": { "zoneName": "Oman" }, "carbonIntensity": { "value": 481, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "PA": { "zone": { "zoneName": "Panama" }, "carbonIntensity": { "value": 148, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 75, "unit": "%" }, "carbonFreeEnergy": { "value": 75, "unit": "%" } }, "PE": { "zone": { "zoneName": "Peru" }, "carbonIntensity": { "value": 173, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "PF": { "zone": { "zoneName": "French Polynesia" }, "carbonIntensity": { "value": 365, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 46, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "PG": { "zone": { "zoneName": "Papua New Guinea" }, "carbonIntensity": { "value": 512, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "PH": { "zone": { "zoneName": "Philippines" }, "carbonIntensity": { "value": 613, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "PH-LU": { "zone": { "zoneName": "Luzon", "countryName": "Philippines" }, "carbonIntensity": { "value": 632, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "PH-MI": { "zone": { "zoneName": "Mindanao", "countryName": "Philippines" }, "carbonIntensity": { "value": 545, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "PH-VI": { "zone": { "zoneName": "Visayas", "countryName": "Philippines" }, "carbonIntensity": { "value": 591, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "PK": { "zone": { "zoneName": "Pakistan" }, "carbonIntensity": { "value": 268, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 61, "unit": "%" } }, "PL": { "zone": { "zoneName": "Poland" }, "carbonIntensity": { "value": 565, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "PM": { "zone": { "zoneName": "Saint Pierre and Miquelon" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "PR": { "zone": { "zoneName": "Puerto Rico" }, "carbonIntensity": { "value": 499, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "PS": { "zone": { "zoneName": "State of Palestine" }, "carbonIntensity": { "value": 448, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "PT": { "zone": { "zoneName": "Portugal" }, "carbonIntensity": { "value": 117, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "PT-MA": { "zone": { "zoneName": "Madeira", "countryName": "Portugal" }, "carbonIntensity": { "value": 633, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "PW": { "zone": { "zoneName": "Palau" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "PY": { "zone": { "zoneName": "Paraguay" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "QA": { "zone": { "zoneName": "Qatar" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "RE": { "zone": { "zoneName": "R\xE9union" }, "carbonIntensity": { "value": 208, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "RO": { "zone": { "zoneName": "Romania" }, "carbonIntensity": { "value": 300, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 66, "unit": "%" } }, "RS": { "zone": { "zoneName": "Serbia" }, "carbonIntensity": { "value": 528, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "RU-1": { "zone": { "zoneName": "Europe-Ural", "countryName": "Russia" }, "carbonIntensity": { "value": 353, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "RU-2": { "zone": { "zoneName": "Siberia", "countryName": "Russia" }, "carbonIntensity": { "value": 411, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "RU-AS": { "zone": { "zoneName": "East", "countryName": "Russia" }, "carbonIntensity": { "value": 426, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "RW": { "zone": { "zoneName": "Rwanda" }, "carbonIntensity": { "value": 351, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "SA": { "zone": { "zoneName": "Saudi Arabia" }, "carbonIntensity": { "value": 552, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "SB": { "zone": { "zoneName": "Solomon Islands" }, "carbonIntensity": { "value": 626, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "SC": { "zone": { "zoneName": "Seychelles" }, "carbonIntensity": { "value": 593, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "SD": { "zone": { "zoneName": "Sudan" }, "carbonIntensity": { "value": 194, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "SE": { "zone": { "zoneName": "Sweden" }, "carbonIntensity": { "value": 21, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 72, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE1": { "zone": { "zoneName": "North Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 15, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE2": { "zone": { "zoneName": "North Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 15, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE3": { "zone": { "zoneName": "South Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 20, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 64, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE4": { "zone": { "zoneName": "South Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 37, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 72, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "SG": { "zone": { "zoneName": "Singapore" }, "carbonIntensity": { "value": 483, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "SI": { "zone": { "zoneName": "Slovenia" }, "carbonIntensity": { "value": 194, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "SK": { "zone": { "zoneName": "Slovakia" }, "carbonIntensity": { "value": 232, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "SL": { "zone": { "zoneName": "Sierra Leone" }, "carbonIntensity": { "value": 53, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "SN": { "zone": { "zoneName": "Senegal" }, "carbonIntensity": { "value": 573, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "SO": { "zone": { "zoneName": "Somalia" }, "carbonIntensity": { "value": 557, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "SR": { "zone": { "zoneName": "Suriname" }, "carbonIntensity": { "value": 269, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 61, "unit": "%" } }, "SS": { "zone": { "zoneName": "South Sudan" }, "carbonIntensity": { "value": 611, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "ST": { "zone": { "zoneName": "S\xE3o Tom\xE9 and Pr\xEDncipe" }, "carbonIntensity": { "value": 623, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SV": { "zone": { "zoneName": "El Salvador" }, "carbonIntensity": { "value": 239, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 64, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "SY": { "zone": { "zoneName": "Syria" }, "carbonIntensity": { "value": 554, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SZ": { "zone": { "zoneName": "Eswatini" }, "carbonIntensity": { "value": 146, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 93, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "TD": { "zone": { "zoneName": "Chad" }, "carbonIntensity": { "value": 638, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TG": { "zone": { "zoneName": "Togo" }, "carbonIntensity": { "value": 384, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "TH": { "zone": { "zoneName": "Thailand" }, "carbonIntensity": { "value": 485, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "TJ": { "zone": { "zoneName": "Tajikistan" }, "carbonIntensity": { "value": 72, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "TL": { "zone": { "zoneName": "Timor-Leste" }, "carbonIntensity": { "value": 665, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TM": { "zone": { "zoneName": "Turkmenistan" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TN": { "zone": { "zoneName": "Tunisia" }, "carbonIntensity": { "value": 483, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TO": { "zone": { "zoneName": "Tonga" }, "carbonIntensity": { "value": 600, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "TR": { "zone": { "zoneName": "Turkey" }, "carbonIntensity": { "value": 440, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "TT": { "zone": { "zoneName": "Trinidad and Tobago" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TW": { "zone": { "zoneName": "Taiwan" }, "carbonIntensity": { "value": 519, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "TZ": { "zone": { "zoneName": "Tanzania" }, "carbonIntensity": { "value": 388, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "UG": { "zone": { "zoneName": "Uganda" }, "carbonIntensity": { "value": 108, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "US": { "zone": { "zoneName": "United States" }, "carbonIntensity": { "value": 414, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "US-AK": { "zone": { "zoneName": "Alaska", "countryName": "USA" }, "carbonIntensity": { "value": 469, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "US-AK-SEAPA": { "zone": { "zoneName": "Southeast Alaska Power Agency", "countryName": "USA" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "US-CAL-BANC": { "zone": { "zoneName": "Balancing Authority of Northern California", "displayName": "BANC", "countryName": "USA" }, "carbonIntensity": { "value": 275, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "US-CAL-CISO": { "zone": { "zoneName": "CAISO", "displayName": "California ISO", "countryName": "USA" }, "carbonIntensity": { "value": 208, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 55, "unit": "%" }, "carbonFreeEnergy": { "value": 66, "unit": "%" } }, "US-CAL-IID": { "zone": { "zoneName": "Imperial Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 168, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 79, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "US-CAL-LDWP": { "zone": { "zoneName": "Los Angeles Department of Water and Power", "countryName": "USA" }, "carbonIntensity": { "value": 355, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "US-CAL-TIDC": { "zone": { "zoneName": "Turlock Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 439, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "US-CAR-CPLE": { "zone": { "zoneName": "Duke Energy Progress East", "countryName": "USA" }, "carbonIntensity": { "value": 341, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 54, "unit": "%" } }, "US-CAR-CPLW": { "zone": { "zoneName": "Duke Energy Progress West", "countryName": "USA" }, "carbonIntensity": { "value": 508, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "US-CAR-DUK": { "zone": { "zoneName": "Duke Energy Carolinas", "countryName": "USA" }, "carbonIntensity": { "value": 320, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "US-CAR-SC": { "zone": { "zoneName": "South Carolina Public Service Authority", "countryName": "USA" }, "carbonIntensity": { "value": 654, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "US-CAR-SCEG": { "zone": { "zoneName": "South Carolina Electric & Gas Company", "countryName": "USA" }, "carbonIntensity": { "value": 466, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "US-CAR-YAD": { "zone": { "zoneName": "Alcoa Power Generating, Inc. Yadkin Division", "displayName": "Alcoa Power Generating", "countryName": "USA" }, "carbonIntensity": { "value": 57, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "US-CENT-SPA": { "zone": { "zoneName": "Southwestern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 48, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "US-CENT-SWPP": { "zone": { "zoneName": "Southwest Power Pool", "displayName": "SPP", "countryName": "USA" }, "carbonIntensity": { "value": 477, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "US-FLA-FMPP": { "zone": { "zoneName": "Florida Municipal Power Pool", "countryName": "USA" }, "carbonIntensity": { "value": 507, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "US-FLA-FPC": { "zone": { "zoneName": "Duke Energy Florida", "countryName": "USA" }, "carbonIntensity": { "value": 541, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "US-FLA-FPL": { "zone": { "zoneName": "Florida Power and Light Company", "countryName": "USA" }, "carbonIntensity": { "value": 356, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "US-FLA-GVL": { "zone": { "zoneName": "Gainesville Regional Utilities", "countryName": "USA" }, "carbonIntensity": { "value": 699, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "US-FLA-HST": { "zone": { "zoneName": "City of Homestead", "countryName": "USA" }, "carbonIntensity": { "value": 357, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "US-FLA-JEA": { "zone": { "zoneName": "Jacksonville Electric Authority", "countryName": "USA" }, "carbonIntensity": { "value": 655, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "US-FLA-SEC": { "zone": { "zoneName": "Seminole Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 549, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "US-FLA-TAL": { "zone": { "zoneName": "City of Tallahassee", "countryName": "USA" }, "carbonIntensity": { "value": 497, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "US-FLA-TEC": { "zone": { "zoneName": "Tampa Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 504, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "US-HI": { "zone": { "zoneName": "Hawaii", "countryName": "USA" }, "carbonIntensity": { "value": 784, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "US-MIDA-PJM": { "zone": { "zoneName": "PJM Interconnection", "displayName": "PJM", "countryName": "USA" }, "carbonIntensity": { "value": 418, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "US-MIDW-AECI": { "zone": { "zoneName": "Associated Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 678, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "US-MIDW-LGEE": { "zone": { "zoneName": "Louisville Gas and Electric Company and Kentucky Utilities", "displayName": "Louisville Gas And Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 848, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "US-MIDW-MISO": { "zone": { "zoneName": "Midcontinent ISO", "displayName": "MISO", "countryName": "USA" }, "carbonIntensity": { "value": 501, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "US-NE-ISNE": { "zone": { "zoneName": "ISO New England", "countryName": "USA" }, "carbonIntensity": { "value": 309, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "US-NW-AVA": { "zone": { "zoneName": "Avista Corporation", "countryName": "USA" }, "carbonIntensity": { "value": 241, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 63, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "US-NW-BPAT": { "zone": { "zoneName": "Bonneville Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 129, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 84, "unit": "%" } }, "US-NW-CHPD": { "zone": { "zoneName": "Chelan County", "countryName": "USA" }, "carbonIntensity": { "value": 26, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "US-NW-DOPD": { "zone": { "zoneName": "Douglas County", "countryName": "USA" }, "carbonIntensity": { "value": 33, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "US-NW-GCPD": { "zone": { "zoneName": "Grant County", "countryName": "USA" }, "carbonIntensity": { "value": 51, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "US-NW-GRID": { "zone": { "zoneName": "Gridforce Energy Management", "countryName": "USA" }, "carbonIntensity": { "value": 541, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "US-NW-IPCO": { "zone": { "zoneName": "Idaho Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 316, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "US-NW-NEVP": { "zone": { "zoneName": "Nevada Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 435, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "US-NW-NWMT": { "zone": { "zoneName": "Northwestern Energy", "countryName": "USA" }, "carbonIntensity": { "value": 580, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "US-NW-PACE": { "zone": { "zoneName": "Pacificorp East", "countryName": "USA" }, "carbonIntensity": { "value": 618, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "US-NW-PACW": { "zone": { "zoneName": "Pacificorp West", "countryName": "USA" }, "carbonIntensity": { "value": 204, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 67, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "US-NW-PGE": { "zone": { "zoneName": "Portland General Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 274, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "US-NW-PSCO": { "zone": { "zoneName": "Public Service Company of Colorado", "displayName": "PSCo", "countryName": "USA" }, "carbonIntensity": { "value": 438, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 46, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "US-NW-PSEI": { "zone": { "zoneName": "Puget Sound Energy", "countryName": "USA" }, "carbonIntensity": { "value": 166, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 70, "unit": "%" }, "carbonFreeEnergy": { "value": 75, "unit": "%" } }, "US-NW-SCL": { "zone": { "zoneName": "Seattle City Light", "countryName": "USA" }, "carbonIntensity": { "value": 84, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "US-NW-TPWR": { "zone": { "zoneName": "City of Tacoma", "countryName": "USA" }, "carbonIntensity": { "value": 89, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "US-NW-WACM": { "zone": { "zoneName": "Western Area Power Administration - Rocky Mountain Region", "displayName": "WAPA Rocky Mountains", "countryName": "USA" }, "carbonIntensity": { "value": 687, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "US-NW-WAUW": { "zone": { "zoneName": "Western Area Power Administration - Upper Great Plains West", "displayName": "WAPA Upper Great Plains", "countryName": "USA" }, "carbonIntensity": { "value": 335, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "US-NY-NYIS": { "zone": { "zoneName": "New York ISO", "countryName": "USA" }, "carbonIntensity": { "value": 314, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "US-SE-SEPA": { "zone": { "zoneName": "Southeastern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "US-SE-SOCO": { "zone": { "zoneName": "Southern Company Services", "countryName": "USA" }, "carbonIntensity": { "value": 470, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "US-SW-AZPS": { "zone": { "zoneName": "Arizona Public Service Company", "countryName": "USA" }, "carbonIntensity": { "value": 393, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "US-SW-EPE": { "zone": { "zoneName": "El Paso Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 524, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "US-SW-PNM": { "zone": { "zoneName": "Public Service Company of New Mexico", "countryName": "USA" }, "carbonIntensity": { "value": 293, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "US-SW-SRP": { "zone": { "zoneName": "Salt River Project", "countryName": "USA" }, "carbonIntensity": { "value": 304, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "US-SW-TEPC": { "zone": { "zoneName": "Tucson Electric Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 485, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "US-SW-WALC": { "zone": { "zoneName": "Western Area Power Administration - Desert Southwest Region", "displayName": "WAPA Desert Southwest", "countryName": "USA" }, "carbonIntensity": { "value": 325, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 46, "unit": "%" }, "carbonFreeEnergy": { "value": 54, "unit": "%" } }, "US-TEN-TVA": { "zone": { "zoneName": "Tennessee Valley Authority", "displayName": "TVA", "countryName": "USA" }, "carbonIntensity": { "value": 404, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "US-TEX-ERCO": { "zone": { "zoneName": "Electric Reliability Council of Texas", "displayName": "ERCOT", "countryName": "USA" }, "carbonIntensity": { "value": 363, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "UY": { "zone": { "zoneName": "Uruguay" }, "carbonIntensity": { "value": 71, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "UZ": { "zone": { "zoneName": "Uzbekistan" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "VC": { "zone": { "zoneName": "Saint Vincent and the Grenadines" }, "carbonIntensity": { "value": 609, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "VE": { "zone": { "zoneName": "Venezuela" }, "carbonIntensity": { "value": 144, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 79, "unit": "%" }, "carbonFreeEnergy": { "value": 79, "unit": "%" } }, "VI": { "zone": { "zoneName": "Virgin Islands", "countryName": "USA" }, "carbonIntensity": { "value": 680, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "VN": { "zone": { "zoneName": "Vietnam" }, "carbonIntensity": { "value": 426, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "VU": { "zone": { "zoneName": "Vanuatu" }, "carbonIntensity": { "value": 521, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "WS": { "zone": { "zoneName": "Samoa" }, "carbonIntensity": { "value": 455, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "XK": { "zone": { "zoneName": "Kosovo" }, "carbonIntensity": { "value": 605, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "YE": { "zone": { "zoneName": "Yemen" }, "carbonIntensity": { "value": 567, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "YT": { "zone": { "zoneName": "Mayotte" }, "carbonIntensity": { "value": 567, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "ZA": { "zone": { "zoneName": "South Africa" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "ZM": { "zone": { "zoneName": "Zambia" }, "carbonIntensity": { "value": 166, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 81, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "ZW": { "zone": { "zoneName": "Zimbabwe" }, "carbonIntensity": { "value": 419, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } } };
const methodology = "https://www.electricitymaps.com/data/methodology";
var yearly_2025_default = { data: yearly_2025_data, methodology };


;// CONCATENATED MODULE: ./node_modules/@tgwf/co2/dist/esm/data/electricity-maps/yearly_2024.js
const yearly_2024_data = { "AE": { "zone": { "zoneName": "United Arab Emirates" }, "carbonIntensity": { "value": 383, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "AF": { "zone": { "zoneName": "Afghanistan" }, "carbonIntensity": { "value": 121, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "AG": { "zone": { "zoneName": "Antigua and Barbuda" }, "carbonIntensity": { "value": 663, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "AL": { "zone": { "zoneName": "Albania" }, "carbonIntensity": { "value": 80, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "AM": { "zone": { "zoneName": "Armenia" }, "carbonIntensity": { "value": 208, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 60, "unit": "%" } }, "AO": { "zone": { "zoneName": "Angola" }, "carbonIntensity": { "value": 177, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "AR": { "zone": { "zoneName": "Argentina" }, "carbonIntensity": { "value": 380, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "AT": { "zone": { "zoneName": "Austria" }, "carbonIntensity": { "value": 119, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 81, "unit": "%" }, "carbonFreeEnergy": { "value": 85, "unit": "%" } }, "AU": { "zone": { "zoneName": "Australia" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "AU-NSW": { "zone": { "zoneName": "New South Wales", "countryName": "Australia" }, "carbonIntensity": { "value": 541, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "AU-NT": { "zone": { "zoneName": "Northern Territory", "countryName": "Australia" }, "carbonIntensity": { "value": 495, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "AU-QLD": { "zone": { "zoneName": "Queensland", "countryName": "Australia" }, "carbonIntensity": { "value": 581, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "AU-SA": { "zone": { "zoneName": "South Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 187, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 70, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "AU-TAS": { "zone": { "zoneName": "Tasmania", "countryName": "Australia" }, "carbonIntensity": { "value": 133, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 84, "unit": "%" }, "carbonFreeEnergy": { "value": 84, "unit": "%" } }, "AU-TAS-FI": { "zone": { "zoneName": "Flinders Island", "countryName": "Australia" }, "carbonIntensity": { "value": 260, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 61, "unit": "%" } }, "AU-TAS-KI": { "zone": { "zoneName": "King Island", "countryName": "Australia" }, "carbonIntensity": { "value": 454, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "AU-VIC": { "zone": { "zoneName": "Victoria", "countryName": "Australia" }, "carbonIntensity": { "value": 496, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "AU-WA": { "zone": { "zoneName": "Western Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 395, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "AU-WA-RI": { "zone": { "zoneName": "Rottnest Island", "countryName": "Australia" }, "carbonIntensity": { "value": 519, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "AW": { "zone": { "zoneName": "Aruba" }, "carbonIntensity": { "value": 573, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "AX": { "zone": { "zoneName": "\xC5land Islands" }, "carbonIntensity": { "value": 19, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 81, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "AZ": { "zone": { "zoneName": "Azerbaijan" }, "carbonIntensity": { "value": 431, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "BA": { "zone": { "zoneName": "Bosnia and Herzegovina" }, "carbonIntensity": { "value": 484, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "BB": { "zone": { "zoneName": "Barbados" }, "carbonIntensity": { "value": 638, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "BD": { "zone": { "zoneName": "Bangladesh" }, "carbonIntensity": { "value": 618, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "BE": { "zone": { "zoneName": "Belgium" }, "carbonIntensity": { "value": 153, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "BF": { "zone": { "zoneName": "Burkina Faso" }, "carbonIntensity": { "value": 577, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "BG": { "zone": { "zoneName": "Bulgaria" }, "carbonIntensity": { "value": 349, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "BH": { "zone": { "zoneName": "Bahrain" }, "carbonIntensity": { "value": 488, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BI": { "zone": { "zoneName": "Burundi" }, "carbonIntensity": { "value": 239, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "BJ": { "zone": { "zoneName": "Benin" }, "carbonIntensity": { "value": 508, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "BN": { "zone": { "zoneName": "Brunei" }, "carbonIntensity": { "value": 566, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BO": { "zone": { "zoneName": "Bolivia" }, "carbonIntensity": { "value": 333, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "BR": { "zone": { "zoneName": "Brazil" }, "carbonIntensity": { "value": 91, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "BR-CS": { "zone": { "zoneName": "Central Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 102, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 85, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "BR-N": { "zone": { "zoneName": "North Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 133, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 84, "unit": "%" }, "carbonFreeEnergy": { "value": 84, "unit": "%" } }, "BR-NE": { "zone": { "zoneName": "North-East Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 45, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "BR-S": { "zone": { "zoneName": "South Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 78, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 92, "unit": "%" }, "carbonFreeEnergy": { "value": 92, "unit": "%" } }, "BS": { "zone": { "zoneName": "Bahamas" }, "carbonIntensity": { "value": 691, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "BT": { "zone": { "zoneName": "Bhutan" }, "carbonIntensity": { "value": 121, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "BW": { "zone": { "zoneName": "Botswana" }, "carbonIntensity": { "value": 811, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BY": { "zone": { "zoneName": "Belarus" }, "carbonIntensity": { "value": 317, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "BZ": { "zone": { "zoneName": "Belize" }, "carbonIntensity": { "value": 166, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "CA": { "zone": { "zoneName": "Canada" }, "carbonIntensity": { "value": 132, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 79, "unit": "%" } }, "CA-AB": { "zone": { "zoneName": "Alberta", "countryName": "Canada" }, "carbonIntensity": { "value": 402, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "CA-BC": { "zone": { "zoneName": "British Columbia", "countryName": "Canada" }, "carbonIntensity": { "value": 71, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 93, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "CA-MB": { "zone": { "zoneName": "Manitoba", "countryName": "Canada" }, "carbonIntensity": { "value": 55, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "CA-NB": { "zone": { "zoneName": "New Brunswick", "countryName": "Canada" }, "carbonIntensity": { "value": 154, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "CA-NL": { "zone": { "zoneName": "Newfoundland and Labrador", "countryName": "Canada" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "CA-NS": { "zone": { "zoneName": "Nova Scotia", "countryName": "Canada" }, "carbonIntensity": { "value": 396, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "CA-NT": { "zone": { "zoneName": "Northwest Territories", "countryName": "Canada" }, "carbonIntensity": { "value": 104, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "CA-NU": { "zone": { "zoneName": "Nunavut", "countryName": "Canada" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "CA-ON": { "zone": { "zoneName": "Ontario", "countryName": "Canada" }, "carbonIntensity": { "value": 91, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 84, "unit": "%" } }, "CA-PE": { "zone": { "zoneName": "Prince Edward Island", "countryName": "Canada" }, "carbonIntensity": { "value": 71, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 81, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "CA-QC": { "zone": { "zoneName": "Qu\xE9bec", "countryName": "Canada" }, "carbonIntensity": { "value": 35, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "CA-SK": { "zone": { "zoneName": "Saskatchewan", "countryName": "Canada" }, "carbonIntensity": { "value": 488, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "CA-YT": { "zone": { "zoneName": "Yukon", "countryName": "Canada" }, "carbonIntensity": { "value": 215, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 64, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "CD": { "zone": { "zoneName": "Democratic Republic of the Congo" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CF": { "zone": { "zoneName": "Central African Republic" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CG": { "zone": { "zoneName": "Congo" }, "carbonIntensity": { "value": 398, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "CH": { "zone": { "zoneName": "Switzerland" }, "carbonIntensity": { "value": 42, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "CI": { "zone": { "zoneName": "Ivory Coast" }, "carbonIntensity": { "value": 389, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "CL-SEN": { "zone": { "zoneName": "Sistema El\xE9ctrico Nacional", "countryName": "Chile" }, "carbonIntensity": { "value": 236, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 67, "unit": "%" }, "carbonFreeEnergy": { "value": 67, "unit": "%" } }, "CM": { "zone": { "zoneName": "Cameroon" }, "carbonIntensity": { "value": 160, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "CN": { "zone": { "zoneName": "China" }, "carbonIntensity": { "value": 513, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "CO": { "zone": { "zoneName": "Colombia" }, "carbonIntensity": { "value": 101, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "CR": { "zone": { "zoneName": "Costa Rica" }, "carbonIntensity": { "value": 94, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "CU": { "zone": { "zoneName": "Cuba" }, "carbonIntensity": { "value": 607, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "CV": { "zone": { "zoneName": "Cabo Verde" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "CW": { "zone": { "zoneName": "Cura\xE7ao" }, "carbonIntensity": { "value": 494, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "CY": { "zone": { "zoneName": "Cyprus" }, "carbonIntensity": { "value": 853, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "CZ": { "zone": { "zoneName": "Czechia" }, "carbonIntensity": { "value": 447, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "DE": { "zone": { "zoneName": "Germany" }, "carbonIntensity": { "value": 341, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "DJ": { "zone": { "zoneName": "Djibouti" }, "carbonIntensity": { "value": 450, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "DK": { "zone": { "zoneName": "Denmark" }, "carbonIntensity": { "value": 136, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 80, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "DK-BHM": { "zone": { "zoneName": "Bornholm", "countryName": "Denmark" }, "carbonIntensity": { "value": 58, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "DK-DK1": { "zone": { "zoneName": "West Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 131, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 82, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "DK-DK2": { "zone": { "zoneName": "East Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 146, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "DM": { "zone": { "zoneName": "Dominica" }, "carbonIntensity": { "value": 611, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "DO": { "zone": { "zoneName": "Dominican Republic" }, "carbonIntensity": { "value": 565, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "DZ": { "zone": { "zoneName": "Algeria" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "EC": { "zone": { "zoneName": "Ecuador" }, "carbonIntensity": { "value": 232, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "EE": { "zone": { "zoneName": "Estonia" }, "carbonIntensity": { "value": 285, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 55, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "EG": { "zone": { "zoneName": "Egypt" }, "carbonIntensity": { "value": 450, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "ER": { "zone": { "zoneName": "Eritrea" }, "carbonIntensity": { "value": 633, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "ES": { "zone": { "zoneName": "Spain" }, "carbonIntensity": { "value": 129, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "ES-CE": { "zone": { "zoneName": "Ceuta", "countryName": "Spain" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "ES-CN-FV": { "zone": { "zoneName": "Fuerteventura", "countryName": "Spain" }, "carbonIntensity": { "value": 755, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "ES-CN-GC": { "zone": { "zoneName": "Gran Canaria", "countryName": "Spain" }, "carbonIntensity": { "value": 698, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "ES-CN-HI": { "zone": { "zoneName": "El Hierro", "countryName": "Spain" }, "carbonIntensity": { "value": 505, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "ES-CN-IG": { "zone": { "zoneName": "Isla de la Gomera", "countryName": "Spain" }, "carbonIntensity": { "value": 836, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "ES-CN-LP": { "zone": { "zoneName": "La Palma", "countryName": "Spain" }, "carbonIntensity": { "value": 836, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "ES-CN-LZ": { "zone": { "zoneName": "Lanzarote", "countryName": "Spain" }, "carbonIntensity": { "value": 815, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "ES-CN-TE": { "zone": { "zoneName": "Tenerife", "countryName": "Spain" }, "carbonIntensity": { "value": 761, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "ES-IB-FO": { "zone": { "zoneName": "Formentera", "countryName": "Spain" }, "carbonIntensity": { "value": 606, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "ES-IB-IZ": { "zone": { "zoneName": "Ibiza", "countryName": "Spain" }, "carbonIntensity": { "value": 480, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "ES-IB-MA": { "zone": { "zoneName": "Mallorca", "countryName": "Spain" }, "carbonIntensity": { "value": 382, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "ES-IB-ME": { "zone": { "zoneName": "Menorca", "countryName": "Spain" }, "carbonIntensity": { "value": 797, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "ES-ML": { "zone": { "zoneName": "Melilla", "countryName": "Spain" }, "carbonIntensity": { "value": 619, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "ET": { "zone": { "zoneName": "Ethiopia" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "FI": { "zone": { "zoneName": "Finland" }, "carbonIntensity": { "value": 80, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "FJ": { "zone": { "zoneName": "Fiji" }, "carbonIntensity": { "value": 290, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 64, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "FK": { "zone": { "zoneName": "Falkland Islands" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "FM": { "zone": { "zoneName": "Micronesia" }, "carbonIntensity": { "value": 615, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "FO": { "zone": { "zoneName": "Faroe Islands" }, "carbonIntensity": { "value": 493, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "FO-MI": { "zone": { "zoneName": "Main Islands", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 491, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "FO-SI": { "zone": { "zoneName": "South Island", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 523, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 53, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "FR": { "zone": { "zoneName": "France" }, "carbonIntensity": { "value": 33, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "FR-COR": { "zone": { "zoneName": "Corsica", "countryName": "France" }, "carbonIntensity": { "value": 556, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "GA": { "zone": { "zoneName": "Gabon" }, "carbonIntensity": { "value": 293, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "GB": { "zone": { "zoneName": "Great Britain" }, "carbonIntensity": { "value": 175, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "GB-NIR": { "zone": { "zoneName": "Northern Ireland" }, "carbonIntensity": { "value": 300, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "GB-ORK": { "zone": { "zoneName": "Orkney Islands", "countryName": "Great Britain" }, "carbonIntensity": { "value": 64, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "GE": { "zone": { "zoneName": "Georgia" }, "carbonIntensity": { "value": 161, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "GF": { "zone": { "zoneName": "French Guiana" }, "carbonIntensity": { "value": 410, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "GH": { "zone": { "zoneName": "Ghana" }, "carbonIntensity": { "value": 327, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "GI": { "zone": { "zoneName": "Gibraltar" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GL": { "zone": { "zoneName": "Greenland" }, "carbonIntensity": { "value": 103, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "GM": { "zone": { "zoneName": "Gambia" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GN": { "zone": { "zoneName": "Guinea" }, "carbonIntensity": { "value": 190, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 75, "unit": "%" }, "carbonFreeEnergy": { "value": 75, "unit": "%" } }, "GP": { "zone": { "zoneName": "Guadeloupe" }, "carbonIntensity": { "value": 533, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "GQ": { "zone": { "zoneName": "Equatorial Guinea" }, "carbonIntensity": { "value": 349, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "GR": { "zone": { "zoneName": "Greece" }, "carbonIntensity": { "value": 298, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "GS": { "zone": { "zoneName": "South Georgia and the South Sandwich Islands" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "GT": { "zone": { "zoneName": "Guatemala" }, "carbonIntensity": { "value": 369, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 55, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "GU": { "zone": { "zoneName": "Guam" }, "carbonIntensity": { "value": 639, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "GW": { "zone": { "zoneName": "Guinea-Bissau" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GY": { "zone": { "zoneName": "Guyana" }, "carbonIntensity": { "value": 657, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "HK": { "zone": { "zoneName": "Hong Kong" }, "carbonIntensity": { "value": 594, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "HN": { "zone": { "zoneName": "Honduras" }, "carbonIntensity": { "value": 305, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "HR": { "zone": { "zoneName": "Croatia" }, "carbonIntensity": { "value": 225, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "HT": { "zone": { "zoneName": "Haiti" }, "carbonIntensity": { "value": 523, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "HU": { "zone": { "zoneName": "Hungary" }, "carbonIntensity": { "value": 228, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "ID": { "zone": { "zoneName": "Indonesia" }, "carbonIntensity": { "value": 663, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "IE": { "zone": { "zoneName": "Ireland" }, "carbonIntensity": { "value": 352, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "IL": { "zone": { "zoneName": "Israel" }, "carbonIntensity": { "value": 492, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "IN": { "zone": { "zoneName": "Mainland India", "countryName": "India" }, "carbonIntensity": { "value": 614, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "IN-EA": { "zone": { "zoneName": "Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 714, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "IN-NE": { "zone": { "zoneName": "North Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 462, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "IN-NO": { "zone": { "zoneName": "Northern India", "countryName": "India" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "IN-SO": { "zone": { "zoneName": "Southern India", "countryName": "India" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "IN-WE": { "zone": { "zoneName": "Western India", "countryName": "India" }, "carbonIntensity": { "value": 657, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "IQ": { "zone": { "zoneName": "Iraq" }, "carbonIntensity": { "value": 563, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "IR": { "zone": { "zoneName": "Iran" }, "carbonIntensity": { "value": 495, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "IS": { "zone": { "zoneName": "Iceland" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "IT": { "zone": { "zoneName": "Italy" }, "carbonIntensity": { "value": 267, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "IT-CNO": { "zone": { "zoneName": "Central North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 258, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 59, "unit": "%" } }, "IT-CSO": { "zone": { "zoneName": "Central South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 295, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "IT-NO": { "zone": { "zoneName": "North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 238, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 60, "unit": "%" } }, "IT-SAR": { "zone": { "zoneName": "Sardinia", "countryName": "Italy" }, "carbonIntensity": { "value": 523, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "IT-SIC": { "zone": { "zoneName": "Sicily", "countryName": "Italy" }, "carbonIntensity": { "value": 306, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "IT-SO": { "zone": { "zoneName": "South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 290, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "JM": { "zone": { "zoneName": "Jamaica" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "JO": { "zone": { "zoneName": "Jordan" }, "carbonIntensity": { "value": 383, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "JP": { "zone": { "zoneName": "Japan" }, "carbonIntensity": { "value": 464, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "JP-CB": { "zone": { "zoneName": "Ch\u016Bbu", "countryName": "Japan" }, "carbonIntensity": { "value": 480, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "JP-CG": { "zone": { "zoneName": "Ch\u016Bgoku", "countryName": "Japan" }, "carbonIntensity": { "value": 470, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "JP-HKD": { "zone": { "zoneName": "Hokkaid\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 460, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "JP-HR": { "zone": { "zoneName": "Hokuriku", "countryName": "Japan" }, "carbonIntensity": { "value": 455, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "JP-KN": { "zone": { "zoneName": "Kansai", "countryName": "Japan" }, "carbonIntensity": { "value": 365, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "JP-KY": { "zone": { "zoneName": "Ky\u016Bsh\u016B", "countryName": "Japan" }, "carbonIntensity": { "value": 309, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "JP-ON": { "zone": { "zoneName": "Okinawa", "countryName": "Japan" }, "carbonIntensity": { "value": 593, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "JP-SK": { "zone": { "zoneName": "Shikoku", "countryName": "Japan" }, "carbonIntensity": { "value": 515, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "JP-TH": { "zone": { "zoneName": "T\u014Dhoku", "countryName": "Japan" }, "carbonIntensity": { "value": 482, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "JP-TK": { "zone": { "zoneName": "T\u014Dky\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 539, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "KE": { "zone": { "zoneName": "Kenya" }, "carbonIntensity": { "value": 95, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "KG": { "zone": { "zoneName": "Kyrgyzstan" }, "carbonIntensity": { "value": 127, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "KH": { "zone": { "zoneName": "Cambodia" }, "carbonIntensity": { "value": 273, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 68, "unit": "%" }, "carbonFreeEnergy": { "value": 68, "unit": "%" } }, "KM": { "zone": { "zoneName": "Comoros" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KP": { "zone": { "zoneName": "North Korea" }, "carbonIntensity": { "value": 300, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "KR": { "zone": { "zoneName": "South Korea" }, "carbonIntensity": { "value": 423, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "KW": { "zone": { "zoneName": "Kuwait" }, "carbonIntensity": { "value": 515, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KY": { "zone": { "zoneName": "Cayman Islands" }, "carbonIntensity": { "value": 681, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "KZ": { "zone": { "zoneName": "Kazakhstan" }, "carbonIntensity": { "value": 592, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "LA": { "zone": { "zoneName": "Laos" }, "carbonIntensity": { "value": 202, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 78, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "LB": { "zone": { "zoneName": "Lebanon" }, "carbonIntensity": { "value": 307, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "LC": { "zone": { "zoneName": "Saint Lucia" }, "carbonIntensity": { "value": 683, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "LK": { "zone": { "zoneName": "Sri Lanka" }, "carbonIntensity": { "value": 405, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "LR": { "zone": { "zoneName": "Liberia" }, "carbonIntensity": { "value": 472, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "LS": { "zone": { "zoneName": "Lesotho" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "LT": { "zone": { "zoneName": "Lithuania" }, "carbonIntensity": { "value": 153, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "LU": { "zone": { "zoneName": "Luxembourg" }, "carbonIntensity": { "value": 222, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 77, "unit": "%" } }, "LV": { "zone": { "zoneName": "Latvia" }, "carbonIntensity": { "value": 176, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 67, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "LY": { "zone": { "zoneName": "Libya" }, "carbonIntensity": { "value": 527, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "MA": { "zone": { "zoneName": "Morocco" }, "carbonIntensity": { "value": 527, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "MD": { "zone": { "zoneName": "Moldova" }, "carbonIntensity": { "value": 408, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "ME": { "zone": { "zoneName": "Montenegro" }, "carbonIntensity": { "value": 400, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "MG": { "zone": { "zoneName": "Madagascar" }, "carbonIntensity": { "value": 475, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "MK": { "zone": { "zoneName": "North Macedonia" }, "carbonIntensity": { "value": 476, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "ML": { "zone": { "zoneName": "Mali" }, "carbonIntensity": { "value": 414, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "MM": { "zone": { "zoneName": "Myanmar" }, "carbonIntensity": { "value": 335, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "MN": { "zone": { "zoneName": "Mongolia" }, "carbonIntensity": { "value": 746, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "MO": { "zone": { "zoneName": "Macao" }, "carbonIntensity": { "value": 395, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "MQ": { "zone": { "zoneName": "Martinique" }, "carbonIntensity": { "value": 579, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "MR": { "zone": { "zoneName": "Mauritania" }, "carbonIntensity": { "value": 519, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "MT": { "zone": { "zoneName": "Malta" }, "carbonIntensity": { "value": 411, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "MU": { "zone": { "zoneName": "Mauritius" }, "carbonIntensity": { "value": 621, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "MV": { "zone": { "zoneName": "Maldives" }, "carbonIntensity": { "value": 652, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "MW": { "zone": { "zoneName": "Malawi" }, "carbonIntensity": { "value": 60, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "MX": { "zone": { "zoneName": "Mexico" }, "carbonIntensity": { "value": 392, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "MY": { "zone": { "zoneName": "Malaysia" }, "carbonIntensity": { "value": 568, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "MY-EM": { "zone": { "zoneName": "Borneo", "countryName": "Malaysia" }, "carbonIntensity": { "value": 385, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "MY-WM": { "zone": { "zoneName": "Peninsula", "countryName": "Malaysia" }, "carbonIntensity": { "value": 645, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "MZ": { "zone": { "zoneName": "Mozambique" }, "carbonIntensity": { "value": 101, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 84, "unit": "%" }, "carbonFreeEnergy": { "value": 84, "unit": "%" } }, "NA": { "zone": { "zoneName": "Namibia" }, "carbonIntensity": { "value": 43, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NC": { "zone": { "zoneName": "New Caledonia" }, "carbonIntensity": { "value": 543, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "NE": { "zone": { "zoneName": "Niger" }, "carbonIntensity": { "value": 658, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "NG": { "zone": { "zoneName": "Nigeria" }, "carbonIntensity": { "value": 374, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "NI": { "zone": { "zoneName": "Nicaragua" }, "carbonIntensity": { "value": 311, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 59, "unit": "%" }, "carbonFreeEnergy": { "value": 59, "unit": "%" } }, "NL": { "zone": { "zoneName": "Netherlands" }, "carbonIntensity": { "value": 251, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "NO": { "zone": { "zoneName": "Norway" }, "carbonIntensity": { "value": 33, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "NO-NO1": { "zone": { "zoneName": "Southeast Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO2": { "zone": { "zoneName": "Southwest Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 35, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "NO-NO3": { "zone": { "zoneName": "Middle Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 29, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO4": { "zone": { "zoneName": "North Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 55, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 93, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "NO-NO5": { "zone": { "zoneName": "West Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 26, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "NP": { "zone": { "zoneName": "Nepal" }, "carbonIntensity": { "value": 112, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "NZ": { "zone": { "zoneName": "New Zealand" }, "carbonIntensity": { "value": 112, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 85, "unit": "%" }, "carbonFreeEnergy": { "value": 85, "unit": "%" } }, "OM": { "zone": { "zoneName": "Oman" }, "carbonIntensity": { "value": 479, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "PA": { "zone": { "zoneName": "Panama" }, "carbonIntensity": { "value": 167, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "PE": { "zone": { "zoneName": "Peru" }, "carbonIntensity": { "value": 186, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "PF": { "zone": { "zoneName": "French Polynesia" }, "carbonIntensity": { "value": 368, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "PG": { "zone": { "zoneName": "Papua New Guinea" }, "carbonIntensity": { "value": 513, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "PH": { "zone": { "zoneName": "Philippines" }, "carbonIntensity": { "value": 623, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "PH-LU": { "zone": { "zoneName": "Luzon", "countryName": "Philippines" }, "carbonIntensity": { "value": 641, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "PH-MI": { "zone": { "zoneName": "Mindanao", "countryName": "Philippines" }, "carbonIntensity": { "value": 563, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "PH-VI": { "zone": { "zoneName": "Visayas", "countryName": "Philippines" }, "carbonIntensity": { "value": 594, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "PK": { "zone": { "zoneName": "Pakistan" }, "carbonIntensity": { "value": 261, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 60, "unit": "%" } }, "PL": { "zone": { "zoneName": "Poland" }, "carbonIntensity": { "value": 581, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "PM": { "zone": { "zoneName": "Saint Pierre and Miquelon" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "PR": { "zone": { "zoneName": "Puerto Rico" }, "carbonIntensity": { "value": 479, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "PS": { "zone": { "zoneName": "State of Palestine" }, "carbonIntensity": { "value": 452, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "PT": { "zone": { "zoneName": "Portugal" }, "carbonIntensity": { "value": 100, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 80, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "PT-MA": { "zone": { "zoneName": "Madeira", "countryName": "Portugal" }, "carbonIntensity": { "value": 675, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "PW": { "zone": { "zoneName": "Palau" }, "carbonIntensity": { "value": 608, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "PY": { "zone": { "zoneName": "Paraguay" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "QA": { "zone": { "zoneName": "Qatar" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "RE": { "zone": { "zoneName": "R\xE9union" }, "carbonIntensity": { "value": 471, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "RO": { "zone": { "zoneName": "Romania" }, "carbonIntensity": { "value": 301, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 66, "unit": "%" } }, "RS": { "zone": { "zoneName": "Serbia" }, "carbonIntensity": { "value": 505, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "RU-1": { "zone": { "zoneName": "Europe-Ural", "countryName": "Russia" }, "carbonIntensity": { "value": 355, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "RU-2": { "zone": { "zoneName": "Siberia", "countryName": "Russia" }, "carbonIntensity": { "value": 391, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "RU-AS": { "zone": { "zoneName": "East", "countryName": "Russia" }, "carbonIntensity": { "value": 449, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "RW": { "zone": { "zoneName": "Rwanda" }, "carbonIntensity": { "value": 335, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "SA": { "zone": { "zoneName": "Saudi Arabia" }, "carbonIntensity": { "value": 552, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "SB": { "zone": { "zoneName": "Solomon Islands" }, "carbonIntensity": { "value": 632, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "SC": { "zone": { "zoneName": "Seychelles" }, "carbonIntensity": { "value": 603, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "SD": { "zone": { "zoneName": "Sudan" }, "carbonIntensity": { "value": 185, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "SE": { "zone": { "zoneName": "Sweden" }, "carbonIntensity": { "value": 23, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE1": { "zone": { "zoneName": "North Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 15, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE2": { "zone": { "zoneName": "North Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 16, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE3": { "zone": { "zoneName": "South Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 21, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE4": { "zone": { "zoneName": "South Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 39, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 70, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "SG": { "zone": { "zoneName": "Singapore" }, "carbonIntensity": { "value": 485, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SI": { "zone": { "zoneName": "Slovenia" }, "carbonIntensity": { "value": 224, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "SK": { "zone": { "zoneName": "Slovakia" }, "carbonIntensity": { "value": 216, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "SL": { "zone": { "zoneName": "Sierra Leone" }, "carbonIntensity": { "value": 55, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "SN": { "zone": { "zoneName": "Senegal" }, "carbonIntensity": { "value": 572, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "SO": { "zone": { "zoneName": "Somalia" }, "carbonIntensity": { "value": 565, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "SR": { "zone": { "zoneName": "Suriname" }, "carbonIntensity": { "value": 242, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "SS": { "zone": { "zoneName": "South Sudan" }, "carbonIntensity": { "value": 596, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "ST": { "zone": { "zoneName": "S\xE3o Tom\xE9 and Pr\xEDncipe" }, "carbonIntensity": { "value": 623, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SV": { "zone": { "zoneName": "El Salvador" }, "carbonIntensity": { "value": 248, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 63, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "SY": { "zone": { "zoneName": "Syria" }, "carbonIntensity": { "value": 564, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "SZ": { "zone": { "zoneName": "Eswatini" }, "carbonIntensity": { "value": 106, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "TD": { "zone": { "zoneName": "Chad" }, "carbonIntensity": { "value": 637, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TG": { "zone": { "zoneName": "Togo" }, "carbonIntensity": { "value": 396, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "TH": { "zone": { "zoneName": "Thailand" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "TJ": { "zone": { "zoneName": "Tajikistan" }, "carbonIntensity": { "value": 75, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 93, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "TL": { "zone": { "zoneName": "Timor-Leste" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TM": { "zone": { "zoneName": "Turkmenistan" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TN": { "zone": { "zoneName": "Tunisia" }, "carbonIntensity": { "value": 482, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TO": { "zone": { "zoneName": "Tonga" }, "carbonIntensity": { "value": 605, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "TR": { "zone": { "zoneName": "Turkey" }, "carbonIntensity": { "value": 423, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "TT": { "zone": { "zoneName": "Trinidad and Tobago" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TW": { "zone": { "zoneName": "Taiwan" }, "carbonIntensity": { "value": 525, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "TZ": { "zone": { "zoneName": "Tanzania" }, "carbonIntensity": { "value": 361, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "UG": { "zone": { "zoneName": "Uganda" }, "carbonIntensity": { "value": 60, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "US": { "zone": { "zoneName": "United States" }, "carbonIntensity": { "value": 409, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "US-AK": { "zone": { "zoneName": "Alaska", "countryName": "USA" }, "carbonIntensity": { "value": 467, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "US-AK-SEAPA": { "zone": { "zoneName": "Southeast Alaska Power Agency", "countryName": "USA" }, "carbonIntensity": { "value": 29, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "US-CAL-BANC": { "zone": { "zoneName": "Balancing Authority of Northern California", "displayName": "BANC", "countryName": "USA" }, "carbonIntensity": { "value": 273, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "US-CAL-CISO": { "zone": { "zoneName": "CAISO", "displayName": "California ISO", "countryName": "USA" }, "carbonIntensity": { "value": 229, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "US-CAL-IID": { "zone": { "zoneName": "Imperial Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 502, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "US-CAL-LDWP": { "zone": { "zoneName": "Los Angeles Department of Water and Power", "countryName": "USA" }, "carbonIntensity": { "value": 385, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "US-CAL-TIDC": { "zone": { "zoneName": "Turlock Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 383, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "US-CAR-CPLE": { "zone": { "zoneName": "Duke Energy Progress East", "countryName": "USA" }, "carbonIntensity": { "value": 335, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "US-CAR-CPLW": { "zone": { "zoneName": "Duke Energy Progress West", "countryName": "USA" }, "carbonIntensity": { "value": 499, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "US-CAR-DUK": { "zone": { "zoneName": "Duke Energy Carolinas", "countryName": "USA" }, "carbonIntensity": { "value": 315, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "US-CAR-SC": { "zone": { "zoneName": "South Carolina Public Service Authority", "countryName": "USA" }, "carbonIntensity": { "value": 647, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "US-CAR-SCEG": { "zone": { "zoneName": "South Carolina Electric & Gas Company", "countryName": "USA" }, "carbonIntensity": { "value": 466, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "US-CAR-YAD": { "zone": { "zoneName": "Alcoa Power Generating, Inc. Yadkin Division", "displayName": "Alcoa Power Generating", "countryName": "USA" }, "carbonIntensity": { "value": 52, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 91, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "US-CENT-SPA": { "zone": { "zoneName": "Southwestern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 128, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "US-CENT-SWPP": { "zone": { "zoneName": "Southwest Power Pool", "displayName": "SPP", "countryName": "USA" }, "carbonIntensity": { "value": 451, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "US-FLA-FMPP": { "zone": { "zoneName": "Florida Municipal Power Pool", "countryName": "USA" }, "carbonIntensity": { "value": 508, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "US-FLA-FPC": { "zone": { "zoneName": "Duke Energy Florida", "countryName": "USA" }, "carbonIntensity": { "value": 545, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "US-FLA-FPL": { "zone": { "zoneName": "Florida Power and Light Company", "countryName": "USA" }, "carbonIntensity": { "value": 375, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "US-FLA-GVL": { "zone": { "zoneName": "Gainesville Regional Utilities", "countryName": "USA" }, "carbonIntensity": { "value": 702, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "US-FLA-HST": { "zone": { "zoneName": "City of Homestead", "countryName": "USA" }, "carbonIntensity": { "value": 376, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "US-FLA-JEA": { "zone": { "zoneName": "Jacksonville Electric Authority", "countryName": "USA" }, "carbonIntensity": { "value": 686, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "US-FLA-SEC": { "zone": { "zoneName": "Seminole Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 541, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "US-FLA-TAL": { "zone": { "zoneName": "City of Tallahassee", "countryName": "USA" }, "carbonIntensity": { "value": 495, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "US-FLA-TEC": { "zone": { "zoneName": "Tampa Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 517, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "US-HI": { "zone": { "zoneName": "Hawaii", "countryName": "USA" }, "carbonIntensity": { "value": 787, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "US-MIDA-PJM": { "zone": { "zoneName": "PJM Interconnection", "displayName": "PJM", "countryName": "USA" }, "carbonIntensity": { "value": 403, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "US-MIDW-AECI": { "zone": { "zoneName": "Associated Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 638, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "US-MIDW-LGEE": { "zone": { "zoneName": "Louisville Gas and Electric Company and Kentucky Utilities", "displayName": "Louisville Gas And Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 848, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "US-MIDW-MISO": { "zone": { "zoneName": "Midcontinent ISO", "displayName": "MISO", "countryName": "USA" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "US-NE-ISNE": { "zone": { "zoneName": "ISO New England", "countryName": "USA" }, "carbonIntensity": { "value": 299, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "US-NW-AVA": { "zone": { "zoneName": "Avista Corporation", "countryName": "USA" }, "carbonIntensity": { "value": 225, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 68, "unit": "%" } }, "US-NW-BPAT": { "zone": { "zoneName": "Bonneville Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 109, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "US-NW-CHPD": { "zone": { "zoneName": "Chelan County", "countryName": "USA" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "US-NW-DOPD": { "zone": { "zoneName": "Douglas County", "countryName": "USA" }, "carbonIntensity": { "value": 34, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "US-NW-GCPD": { "zone": { "zoneName": "Grant County", "countryName": "USA" }, "carbonIntensity": { "value": 53, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "US-NW-GRID": { "zone": { "zoneName": "Gridforce Energy Management", "countryName": "USA" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "US-NW-IPCO": { "zone": { "zoneName": "Idaho Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 318, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 60, "unit": "%" } }, "US-NW-NEVP": { "zone": { "zoneName": "Nevada Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 441, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "US-NW-NWMT": { "zone": { "zoneName": "Northwestern Energy", "countryName": "USA" }, "carbonIntensity": { "value": 561, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "US-NW-PACE": { "zone": { "zoneName": "Pacificorp East", "countryName": "USA" }, "carbonIntensity": { "value": 637, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "US-NW-PACW": { "zone": { "zoneName": "Pacificorp West", "countryName": "USA" }, "carbonIntensity": { "value": 197, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "US-NW-PGE": { "zone": { "zoneName": "Portland General Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 226, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 66, "unit": "%" } }, "US-NW-PSCO": { "zone": { "zoneName": "Public Service Company of Colorado", "displayName": "PSCo", "countryName": "USA" }, "carbonIntensity": { "value": 464, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "US-NW-PSEI": { "zone": { "zoneName": "Puget Sound Energy", "countryName": "USA" }, "carbonIntensity": { "value": 181, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "US-NW-SCL": { "zone": { "zoneName": "Seattle City Light", "countryName": "USA" }, "carbonIntensity": { "value": 83, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 85, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "US-NW-TPWR": { "zone": { "zoneName": "City of Tacoma", "countryName": "USA" }, "carbonIntensity": { "value": 77, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 92, "unit": "%" } }, "US-NW-WACM": { "zone": { "zoneName": "Western Area Power Administration - Rocky Mountain Region", "displayName": "WAPA Rocky Mountains", "countryName": "USA" }, "carbonIntensity": { "value": 678, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "US-NW-WAUW": { "zone": { "zoneName": "Western Area Power Administration - Upper Great Plains West", "displayName": "WAPA Upper Great Plains", "countryName": "USA" }, "carbonIntensity": { "value": 290, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "US-NY-NYIS": { "zone": { "zoneName": "New York ISO", "countryName": "USA" }, "carbonIntensity": { "value": 302, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "US-SE-SEPA": { "zone": { "zoneName": "Southeastern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 542, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "US-SE-SOCO": { "zone": { "zoneName": "Southern Company Services", "countryName": "USA" }, "carbonIntensity": { "value": 460, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "US-SW-AZPS": { "zone": { "zoneName": "Arizona Public Service Company", "countryName": "USA" }, "carbonIntensity": { "value": 425, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "US-SW-EPE": { "zone": { "zoneName": "El Paso Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 507, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "US-SW-PNM": { "zone": { "zoneName": "Public Service Company of New Mexico", "countryName": "USA" }, "carbonIntensity": { "value": 335, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 55, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "US-SW-SRP": { "zone": { "zoneName": "Salt River Project", "countryName": "USA" }, "carbonIntensity": { "value": 317, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "US-SW-TEPC": { "zone": { "zoneName": "Tucson Electric Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 504, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "US-SW-WALC": { "zone": { "zoneName": "Western Area Power Administration - Desert Southwest Region", "displayName": "WAPA Desert Southwest", "countryName": "USA" }, "carbonIntensity": { "value": 326, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "US-TEN-TVA": { "zone": { "zoneName": "Tennessee Valley Authority", "displayName": "TVA", "countryName": "USA" }, "carbonIntensity": { "value": 380, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "US-TEX-ERCO": { "zone": { "zoneName": "Electric Reliability Council of Texas", "displayName": "ERCOT", "countryName": "USA" }, "carbonIntensity": { "value": 377, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "UY": { "zone": { "zoneName": "Uruguay" }, "carbonIntensity": { "value": 53, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "UZ": { "zone": { "zoneName": "Uzbekistan" }, "carbonIntensity": { "value": 472, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "VC": { "zone": { "zoneName": "Saint Vincent and the Grenadines" }, "carbonIntensity": { "value": 610, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "VE": { "zone": { "zoneName": "Venezuela" }, "carbonIntensity": { "value": 126, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 80, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "VI": { "zone": { "zoneName": "Virgin Islands", "countryName": "USA" }, "carbonIntensity": { "value": 680, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "VN": { "zone": { "zoneName": "Vietnam" }, "carbonIntensity": { "value": 442, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "VU": { "zone": { "zoneName": "Vanuatu" }, "carbonIntensity": { "value": 533, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "WS": { "zone": { "zoneName": "Samoa" }, "carbonIntensity": { "value": 452, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "XK": { "zone": { "zoneName": "Kosovo" }, "carbonIntensity": { "value": 650, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "YE": { "zone": { "zoneName": "Yemen" }, "carbonIntensity": { "value": 522, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "YT": { "zone": { "zoneName": "Mayotte" }, "carbonIntensity": { "value": 571, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "ZA": { "zone": { "zoneName": "South Africa" }, "carbonIntensity": { "value": 712, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "ZM": { "zone": { "zoneName": "Zambia" }, "carbonIntensity": { "value": 119, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "ZW": { "zone": { "zoneName": "Zimbabwe" }, "carbonIntensity": { "value": 258, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } } };
const yearly_2024_methodology = "https://www.electricitymaps.com/data/methodology";
var yearly_2024_default = { data: yearly_2024_data, methodology: yearly_2024_methodology };


;// CONCATENATED MODULE: ./node_modules/@tgwf/co2/dist/esm/data/electricity-maps/yearly_2023.js
const yearly_2023_data = { "AE": { "zone": { "zoneName": "United Arab Emirates" }, "carbonIntensity": { "value": 391, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "AF": { "zone": { "zoneName": "Afghanistan" }, "carbonIntensity": { "value": 120, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "AG": { "zone": { "zoneName": "Antigua and Barbuda" }, "carbonIntensity": { "value": 664, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "AL": { "zone": { "zoneName": "Albania" }, "carbonIntensity": { "value": 85, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "AM": { "zone": { "zoneName": "Armenia" }, "carbonIntensity": { "value": 224, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "AO": { "zone": { "zoneName": "Angola" }, "carbonIntensity": { "value": 177, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "AR": { "zone": { "zoneName": "Argentina" }, "carbonIntensity": { "value": 368, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "AT": { "zone": { "zoneName": "Austria" }, "carbonIntensity": { "value": 152, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 75, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "AU": { "zone": { "zoneName": "Australia" }, "carbonIntensity": { "value": 493, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "AU-NSW": { "zone": { "zoneName": "New South Wales", "countryName": "Australia" }, "carbonIntensity": { "value": 545, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "AU-NT": { "zone": { "zoneName": "Northern Territory", "countryName": "Australia" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "AU-QLD": { "zone": { "zoneName": "Queensland", "countryName": "Australia" }, "carbonIntensity": { "value": 592, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "AU-SA": { "zone": { "zoneName": "South Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 184, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 70, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "AU-TAS": { "zone": { "zoneName": "Tasmania", "countryName": "Australia" }, "carbonIntensity": { "value": 90, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 91, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "AU-TAS-FI": { "zone": { "zoneName": "Flinders Island", "countryName": "Australia" }, "carbonIntensity": { "value": 263, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 60, "unit": "%" } }, "AU-TAS-KI": { "zone": { "zoneName": "King Island", "countryName": "Australia" }, "carbonIntensity": { "value": 486, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "AU-VIC": { "zone": { "zoneName": "Victoria", "countryName": "Australia" }, "carbonIntensity": { "value": 498, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "AU-WA": { "zone": { "zoneName": "Western Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 428, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "AU-WA-RI": { "zone": { "zoneName": "Rottnest Island", "countryName": "Australia" }, "carbonIntensity": { "value": 493, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "AW": { "zone": { "zoneName": "Aruba" }, "carbonIntensity": { "value": 548, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "AX": { "zone": { "zoneName": "\xC5land Islands" }, "carbonIntensity": { "value": 22, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 79, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "AZ": { "zone": { "zoneName": "Azerbaijan" }, "carbonIntensity": { "value": 457, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "BA": { "zone": { "zoneName": "Bosnia and Herzegovina" }, "carbonIntensity": { "value": 483, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "BB": { "zone": { "zoneName": "Barbados" }, "carbonIntensity": { "value": 641, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "BD": { "zone": { "zoneName": "Bangladesh" }, "carbonIntensity": { "value": 602, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "BE": { "zone": { "zoneName": "Belgium" }, "carbonIntensity": { "value": 175, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "BF": { "zone": { "zoneName": "Burkina Faso" }, "carbonIntensity": { "value": 576, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "BG": { "zone": { "zoneName": "Bulgaria" }, "carbonIntensity": { "value": 405, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 61, "unit": "%" } }, "BH": { "zone": { "zoneName": "Bahrain" }, "carbonIntensity": { "value": 488, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BI": { "zone": { "zoneName": "Burundi" }, "carbonIntensity": { "value": 237, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "BJ": { "zone": { "zoneName": "Benin" }, "carbonIntensity": { "value": 510, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "BN": { "zone": { "zoneName": "Brunei" }, "carbonIntensity": { "value": 565, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BO": { "zone": { "zoneName": "Bolivia" }, "carbonIntensity": { "value": 349, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "BR": { "zone": { "zoneName": "Brazil" }, "carbonIntensity": { "value": 82, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "BR-CS": { "zone": { "zoneName": "Central Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 90, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "BR-N": { "zone": { "zoneName": "North Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 108, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "BR-NE": { "zone": { "zoneName": "North-East Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 43, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "BR-S": { "zone": { "zoneName": "South Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 83, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "BS": { "zone": { "zoneName": "Bahamas" }, "carbonIntensity": { "value": 692, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "BT": { "zone": { "zoneName": "Bhutan" }, "carbonIntensity": { "value": 67, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "BW": { "zone": { "zoneName": "Botswana" }, "carbonIntensity": { "value": 812, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BY": { "zone": { "zoneName": "Belarus" }, "carbonIntensity": { "value": 362, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "BZ": { "zone": { "zoneName": "Belize" }, "carbonIntensity": { "value": 168, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "CA": { "zone": { "zoneName": "Canada" }, "carbonIntensity": { "value": 132, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 67, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "CA-AB": { "zone": { "zoneName": "Alberta", "countryName": "Canada" }, "carbonIntensity": { "value": 438, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "CA-BC": { "zone": { "zoneName": "British Columbia", "countryName": "Canada" }, "carbonIntensity": { "value": 76, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 93, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "CA-MB": { "zone": { "zoneName": "Manitoba", "countryName": "Canada" }, "carbonIntensity": { "value": 47, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "CA-NB": { "zone": { "zoneName": "New Brunswick", "countryName": "Canada" }, "carbonIntensity": { "value": 149, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 52, "unit": "%" }, "carbonFreeEnergy": { "value": 79, "unit": "%" } }, "CA-NL": { "zone": { "zoneName": "Newfoundland and Labrador", "countryName": "Canada" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "CA-NS": { "zone": { "zoneName": "Nova Scotia", "countryName": "Canada" }, "carbonIntensity": { "value": 403, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "CA-NT": { "zone": { "zoneName": "Northwest Territories", "countryName": "Canada" }, "carbonIntensity": { "value": 112, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 84, "unit": "%" }, "carbonFreeEnergy": { "value": 84, "unit": "%" } }, "CA-NU": { "zone": { "zoneName": "Nunavut", "countryName": "Canada" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "CA-ON": { "zone": { "zoneName": "Ontario", "countryName": "Canada" }, "carbonIntensity": { "value": 76, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "CA-PE": { "zone": { "zoneName": "Prince Edward Island", "countryName": "Canada" }, "carbonIntensity": { "value": 91, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "CA-QC": { "zone": { "zoneName": "Qu\xE9bec", "countryName": "Canada" }, "carbonIntensity": { "value": 31, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CA-SK": { "zone": { "zoneName": "Saskatchewan", "countryName": "Canada" }, "carbonIntensity": { "value": 494, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "CA-YT": { "zone": { "zoneName": "Yukon", "countryName": "Canada" }, "carbonIntensity": { "value": 210, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "CD": { "zone": { "zoneName": "Democratic Republic of the Congo" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CF": { "zone": { "zoneName": "Central African Republic" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CG": { "zone": { "zoneName": "Congo" }, "carbonIntensity": { "value": 397, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "CH": { "zone": { "zoneName": "Switzerland" }, "carbonIntensity": { "value": 64, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 63, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "CI": { "zone": { "zoneName": "Ivory Coast" }, "carbonIntensity": { "value": 388, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "CL-SEN": { "zone": { "zoneName": "Sistema El\xE9ctrico Nacional", "countryName": "Chile" }, "carbonIntensity": { "value": 272, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 61, "unit": "%" } }, "CM": { "zone": { "zoneName": "Cameroon" }, "carbonIntensity": { "value": 164, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "CN": { "zone": { "zoneName": "China" }, "carbonIntensity": { "value": 535, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "CO": { "zone": { "zoneName": "Colombia" }, "carbonIntensity": { "value": 148, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 80, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "CR": { "zone": { "zoneName": "Costa Rica" }, "carbonIntensity": { "value": 67, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 93, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "CU": { "zone": { "zoneName": "Cuba" }, "carbonIntensity": { "value": 607, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "CV": { "zone": { "zoneName": "Cabo Verde" }, "carbonIntensity": { "value": 497, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "CW": { "zone": { "zoneName": "Cura\xE7ao" }, "carbonIntensity": { "value": 493, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "CY": { "zone": { "zoneName": "Cyprus" }, "carbonIntensity": { "value": 831, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "CZ": { "zone": { "zoneName": "Czechia" }, "carbonIntensity": { "value": 493, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "DE": { "zone": { "zoneName": "Germany" }, "carbonIntensity": { "value": 379, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 57, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "DJ": { "zone": { "zoneName": "Djibouti" }, "carbonIntensity": { "value": 459, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "DK": { "zone": { "zoneName": "Denmark" }, "carbonIntensity": { "value": 140, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 79, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "DK-BHM": { "zone": { "zoneName": "Bornholm", "countryName": "Denmark" }, "carbonIntensity": { "value": 56, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "DK-DK1": { "zone": { "zoneName": "West Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 138, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 81, "unit": "%" }, "carbonFreeEnergy": { "value": 85, "unit": "%" } }, "DK-DK2": { "zone": { "zoneName": "East Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 144, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "DM": { "zone": { "zoneName": "Dominica" }, "carbonIntensity": { "value": 610, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "DO": { "zone": { "zoneName": "Dominican Republic" }, "carbonIntensity": { "value": 577, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "DZ": { "zone": { "zoneName": "Algeria" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "EC": { "zone": { "zoneName": "Ecuador" }, "carbonIntensity": { "value": 197, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "EE": { "zone": { "zoneName": "Estonia" }, "carbonIntensity": { "value": 287, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "EG": { "zone": { "zoneName": "Egypt" }, "carbonIntensity": { "value": 454, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "ER": { "zone": { "zoneName": "Eritrea" }, "carbonIntensity": { "value": 633, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "ES": { "zone": { "zoneName": "Spain" }, "carbonIntensity": { "value": 153, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 52, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "ES-CE": { "zone": { "zoneName": "Ceuta", "countryName": "Spain" }, "carbonIntensity": { "value": 650, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "ES-CN-FV": { "zone": { "zoneName": "Fuerteventura", "countryName": "Spain" }, "carbonIntensity": { "value": 796, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "ES-CN-GC": { "zone": { "zoneName": "Gran Canaria", "countryName": "Spain" }, "carbonIntensity": { "value": 720, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "ES-CN-HI": { "zone": { "zoneName": "El Hierro", "countryName": "Spain" }, "carbonIntensity": { "value": 596, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "ES-CN-IG": { "zone": { "zoneName": "Isla de la Gomera", "countryName": "Spain" }, "carbonIntensity": { "value": 890, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "ES-CN-LP": { "zone": { "zoneName": "La Palma", "countryName": "Spain" }, "carbonIntensity": { "value": 857, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "ES-CN-LZ": { "zone": { "zoneName": "Lanzarote", "countryName": "Spain" }, "carbonIntensity": { "value": 827, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "ES-CN-TE": { "zone": { "zoneName": "Tenerife", "countryName": "Spain" }, "carbonIntensity": { "value": 762, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "ES-IB-FO": { "zone": { "zoneName": "Formentera", "countryName": "Spain" }, "carbonIntensity": { "value": 502, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "ES-IB-IZ": { "zone": { "zoneName": "Ibiza", "countryName": "Spain" }, "carbonIntensity": { "value": 497, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "ES-IB-MA": { "zone": { "zoneName": "Mallorca", "countryName": "Spain" }, "carbonIntensity": { "value": 409, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "ES-IB-ME": { "zone": { "zoneName": "Menorca", "countryName": "Spain" }, "carbonIntensity": { "value": 932, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "ES-ML": { "zone": { "zoneName": "Melilla", "countryName": "Spain" }, "carbonIntensity": { "value": 620, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "ET": { "zone": { "zoneName": "Ethiopia" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "FI": { "zone": { "zoneName": "Finland" }, "carbonIntensity": { "value": 84, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 92, "unit": "%" } }, "FJ": { "zone": { "zoneName": "Fiji" }, "carbonIntensity": { "value": 293, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 63, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "FK": { "zone": { "zoneName": "Falkland Islands" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "FM": { "zone": { "zoneName": "Micronesia" }, "carbonIntensity": { "value": 615, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "FO": { "zone": { "zoneName": "Faroe Islands" }, "carbonIntensity": { "value": 523, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "FO-MI": { "zone": { "zoneName": "Main Islands", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 528, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "FO-SI": { "zone": { "zoneName": "South Island", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 463, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "FR": { "zone": { "zoneName": "France" }, "carbonIntensity": { "value": 49, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "FR-COR": { "zone": { "zoneName": "Corsica", "countryName": "France" }, "carbonIntensity": { "value": 480, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 46, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "GA": { "zone": { "zoneName": "Gabon" }, "carbonIntensity": { "value": 294, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "GB": { "zone": { "zoneName": "Great Britain" }, "carbonIntensity": { "value": 200, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 46, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "GB-NIR": { "zone": { "zoneName": "Northern Ireland" }, "carbonIntensity": { "value": 294, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "GB-ORK": { "zone": { "zoneName": "Orkney Islands", "countryName": "Great Britain" }, "carbonIntensity": { "value": 84, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 80, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "GE": { "zone": { "zoneName": "Georgia" }, "carbonIntensity": { "value": 198, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "GF": { "zone": { "zoneName": "French Guiana" }, "carbonIntensity": { "value": 246, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "GH": { "zone": { "zoneName": "Ghana" }, "carbonIntensity": { "value": 326, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "GI": { "zone": { "zoneName": "Gibraltar" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GL": { "zone": { "zoneName": "Greenland" }, "carbonIntensity": { "value": 106, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "GM": { "zone": { "zoneName": "Gambia" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GN": { "zone": { "zoneName": "Guinea" }, "carbonIntensity": { "value": 194, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 75, "unit": "%" }, "carbonFreeEnergy": { "value": 75, "unit": "%" } }, "GP": { "zone": { "zoneName": "Guadeloupe" }, "carbonIntensity": { "value": 263, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 60, "unit": "%" } }, "GQ": { "zone": { "zoneName": "Equatorial Guinea" }, "carbonIntensity": { "value": 348, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "GR": { "zone": { "zoneName": "Greece" }, "carbonIntensity": { "value": 326, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "GS": { "zone": { "zoneName": "South Georgia and the South Sandwich Islands" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "GT": { "zone": { "zoneName": "Guatemala" }, "carbonIntensity": { "value": 288, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "GU": { "zone": { "zoneName": "Guam" }, "carbonIntensity": { "value": 642, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "GW": { "zone": { "zoneName": "Guinea-Bissau" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GY": { "zone": { "zoneName": "Guyana" }, "carbonIntensity": { "value": 664, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "HK": { "zone": { "zoneName": "Hong Kong" }, "carbonIntensity": { "value": 598, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "HN": { "zone": { "zoneName": "Honduras" }, "carbonIntensity": { "value": 359, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "HR": { "zone": { "zoneName": "Croatia" }, "carbonIntensity": { "value": 272, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 57, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "HT": { "zone": { "zoneName": "Haiti" }, "carbonIntensity": { "value": 527, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "HU": { "zone": { "zoneName": "Hungary" }, "carbonIntensity": { "value": 250, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "ID": { "zone": { "zoneName": "Indonesia" }, "carbonIntensity": { "value": 660, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "IE": { "zone": { "zoneName": "Ireland" }, "carbonIntensity": { "value": 403, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "IL": { "zone": { "zoneName": "Israel" }, "carbonIntensity": { "value": 502, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "IN": { "zone": { "zoneName": "Mainland India", "countryName": "India" }, "carbonIntensity": { "value": 613, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "IN-EA": { "zone": { "zoneName": "Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 707, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "IN-NE": { "zone": { "zoneName": "North Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 474, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "IN-NO": { "zone": { "zoneName": "Northern India", "countryName": "India" }, "carbonIntensity": { "value": 527, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "IN-SO": { "zone": { "zoneName": "Southern India", "countryName": "India" }, "carbonIntensity": { "value": 535, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "IN-WE": { "zone": { "zoneName": "Western India", "countryName": "India" }, "carbonIntensity": { "value": 662, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "IQ": { "zone": { "zoneName": "Iraq" }, "carbonIntensity": { "value": 561, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "IR": { "zone": { "zoneName": "Iran" }, "carbonIntensity": { "value": 484, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "IS": { "zone": { "zoneName": "Iceland" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "IT": { "zone": { "zoneName": "Italy" }, "carbonIntensity": { "value": 316, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "IT-CNO": { "zone": { "zoneName": "Central North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 272, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "IT-CSO": { "zone": { "zoneName": "Central South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 340, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "IT-NO": { "zone": { "zoneName": "North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 291, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "IT-SAR": { "zone": { "zoneName": "Sardinia", "countryName": "Italy" }, "carbonIntensity": { "value": 546, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "IT-SIC": { "zone": { "zoneName": "Sicily", "countryName": "Italy" }, "carbonIntensity": { "value": 380, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "IT-SO": { "zone": { "zoneName": "South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 341, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 46, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "JM": { "zone": { "zoneName": "Jamaica" }, "carbonIntensity": { "value": 488, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "JO": { "zone": { "zoneName": "Jordan" }, "carbonIntensity": { "value": 385, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "JP": { "zone": { "zoneName": "Japan" }, "carbonIntensity": { "value": 467, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "JP-CB": { "zone": { "zoneName": "Ch\u016Bbu", "countryName": "Japan" }, "carbonIntensity": { "value": 479, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "JP-CG": { "zone": { "zoneName": "Ch\u016Bgoku", "countryName": "Japan" }, "carbonIntensity": { "value": 465, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "JP-HKD": { "zone": { "zoneName": "Hokkaid\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 461, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "JP-HR": { "zone": { "zoneName": "Hokuriku", "countryName": "Japan" }, "carbonIntensity": { "value": 459, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "JP-KN": { "zone": { "zoneName": "Kansai", "countryName": "Japan" }, "carbonIntensity": { "value": 380, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "JP-KY": { "zone": { "zoneName": "Ky\u016Bsh\u016B", "countryName": "Japan" }, "carbonIntensity": { "value": 307, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "JP-ON": { "zone": { "zoneName": "Okinawa", "countryName": "Japan" }, "carbonIntensity": { "value": 590, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "JP-SK": { "zone": { "zoneName": "Shikoku", "countryName": "Japan" }, "carbonIntensity": { "value": 600, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "JP-TH": { "zone": { "zoneName": "T\u014Dhoku", "countryName": "Japan" }, "carbonIntensity": { "value": 482, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "JP-TK": { "zone": { "zoneName": "T\u014Dky\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 536, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "KE": { "zone": { "zoneName": "Kenya" }, "carbonIntensity": { "value": 97, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "KG": { "zone": { "zoneName": "Kyrgyzstan" }, "carbonIntensity": { "value": 130, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "KH": { "zone": { "zoneName": "Cambodia" }, "carbonIntensity": { "value": 282, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 67, "unit": "%" }, "carbonFreeEnergy": { "value": 67, "unit": "%" } }, "KM": { "zone": { "zoneName": "Comoros" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KP": { "zone": { "zoneName": "North Korea" }, "carbonIntensity": { "value": 305, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 64, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "KR": { "zone": { "zoneName": "South Korea" }, "carbonIntensity": { "value": 443, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "KW": { "zone": { "zoneName": "Kuwait" }, "carbonIntensity": { "value": 515, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KY": { "zone": { "zoneName": "Cayman Islands" }, "carbonIntensity": { "value": 681, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "KZ": { "zone": { "zoneName": "Kazakhstan" }, "carbonIntensity": { "value": 610, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "LA": { "zone": { "zoneName": "Laos" }, "carbonIntensity": { "value": 206, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 77, "unit": "%" } }, "LB": { "zone": { "zoneName": "Lebanon" }, "carbonIntensity": { "value": 336, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "LC": { "zone": { "zoneName": "Saint Lucia" }, "carbonIntensity": { "value": 683, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "LK": { "zone": { "zoneName": "Sri Lanka" }, "carbonIntensity": { "value": 395, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "LR": { "zone": { "zoneName": "Liberia" }, "carbonIntensity": { "value": 475, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "LS": { "zone": { "zoneName": "Lesotho" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "LT": { "zone": { "zoneName": "Lithuania" }, "carbonIntensity": { "value": 169, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 79, "unit": "%" } }, "LU": { "zone": { "zoneName": "Luxembourg" }, "carbonIntensity": { "value": 272, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 59, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "LV": { "zone": { "zoneName": "Latvia" }, "carbonIntensity": { "value": 192, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "LY": { "zone": { "zoneName": "Libya" }, "carbonIntensity": { "value": 527, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "MA": { "zone": { "zoneName": "Morocco" }, "carbonIntensity": { "value": 573, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "MD": { "zone": { "zoneName": "Moldova" }, "carbonIntensity": { "value": 416, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "ME": { "zone": { "zoneName": "Montenegro" }, "carbonIntensity": { "value": 385, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 53, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "MG": { "zone": { "zoneName": "Madagascar" }, "carbonIntensity": { "value": 474, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "MK": { "zone": { "zoneName": "North Macedonia" }, "carbonIntensity": { "value": 506, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "ML": { "zone": { "zoneName": "Mali" }, "carbonIntensity": { "value": 416, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "MM": { "zone": { "zoneName": "Myanmar" }, "carbonIntensity": { "value": 320, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "MN": { "zone": { "zoneName": "Mongolia" }, "carbonIntensity": { "value": 731, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "MO": { "zone": { "zoneName": "Macao" }, "carbonIntensity": { "value": 398, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "MQ": { "zone": { "zoneName": "Martinique" }, "carbonIntensity": { "value": 520, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "MR": { "zone": { "zoneName": "Mauritania" }, "carbonIntensity": { "value": 518, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "MT": { "zone": { "zoneName": "Malta" }, "carbonIntensity": { "value": 439, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "MU": { "zone": { "zoneName": "Mauritius" }, "carbonIntensity": { "value": 619, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "MV": { "zone": { "zoneName": "Maldives" }, "carbonIntensity": { "value": 654, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "MW": { "zone": { "zoneName": "Malawi" }, "carbonIntensity": { "value": 60, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "MX": { "zone": { "zoneName": "Mexico" }, "carbonIntensity": { "value": 394, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "MY": { "zone": { "zoneName": "Malaysia" }, "carbonIntensity": { "value": 567, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "MY-EM": { "zone": { "zoneName": "Borneo", "countryName": "Malaysia" }, "carbonIntensity": { "value": 380, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "MY-WM": { "zone": { "zoneName": "Peninsula", "countryName": "Malaysia" }, "carbonIntensity": { "value": 650, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "MZ": { "zone": { "zoneName": "Mozambique" }, "carbonIntensity": { "value": 101, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 84, "unit": "%" }, "carbonFreeEnergy": { "value": 84, "unit": "%" } }, "NA": { "zone": { "zoneName": "Namibia" }, "carbonIntensity": { "value": 43, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NC": { "zone": { "zoneName": "New Caledonia" }, "carbonIntensity": { "value": 551, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "NE": { "zone": { "zoneName": "Niger" }, "carbonIntensity": { "value": 659, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "NG": { "zone": { "zoneName": "Nigeria" }, "carbonIntensity": { "value": 375, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "NI": { "zone": { "zoneName": "Nicaragua" }, "carbonIntensity": { "value": 331, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "NL": { "zone": { "zoneName": "Netherlands" }, "carbonIntensity": { "value": 280, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "NO": { "zone": { "zoneName": "Norway" }, "carbonIntensity": { "value": 34, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "NO-NO1": { "zone": { "zoneName": "Southeast Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 29, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO2": { "zone": { "zoneName": "Southwest Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 38, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "NO-NO3": { "zone": { "zoneName": "Middle Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 29, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO4": { "zone": { "zoneName": "North Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 52, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "NO-NO5": { "zone": { "zoneName": "West Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "NP": { "zone": { "zoneName": "Nepal" }, "carbonIntensity": { "value": 106, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "NZ": { "zone": { "zoneName": "New Zealand" }, "carbonIntensity": { "value": 97, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "OM": { "zone": { "zoneName": "Oman" }, "carbonIntensity": { "value": 481, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "PA": { "zone": { "zoneName": "Panama" }, "carbonIntensity": { "value": 301, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 55, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "PE": { "zone": { "zoneName": "Peru" }, "carbonIntensity": { "value": 219, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 59, "unit": "%" }, "carbonFreeEnergy": { "value": 59, "unit": "%" } }, "PF": { "zone": { "zoneName": "French Polynesia" }, "carbonIntensity": { "value": 422, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "PG": { "zone": { "zoneName": "Papua New Guinea" }, "carbonIntensity": { "value": 514, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "PH": { "zone": { "zoneName": "Philippines" }, "carbonIntensity": { "value": 620, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "PH-LU": { "zone": { "zoneName": "Luzon", "countryName": "Philippines" }, "carbonIntensity": { "value": 641, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "PH-MI": { "zone": { "zoneName": "Mindanao", "countryName": "Philippines" }, "carbonIntensity": { "value": 517, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "PH-VI": { "zone": { "zoneName": "Visayas", "countryName": "Philippines" }, "carbonIntensity": { "value": 616, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "PK": { "zone": { "zoneName": "Pakistan" }, "carbonIntensity": { "value": 291, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "PL": { "zone": { "zoneName": "Poland" }, "carbonIntensity": { "value": 726, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "PM": { "zone": { "zoneName": "Saint Pierre and Miquelon" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "PR": { "zone": { "zoneName": "Puerto Rico" }, "carbonIntensity": { "value": 471, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "PS": { "zone": { "zoneName": "State of Palestine" }, "carbonIntensity": { "value": 461, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "PT": { "zone": { "zoneName": "Portugal" }, "carbonIntensity": { "value": 149, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 75, "unit": "%" } }, "PT-MA": { "zone": { "zoneName": "Madeira", "countryName": "Portugal" }, "carbonIntensity": { "value": 758, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "PW": { "zone": { "zoneName": "Palau" }, "carbonIntensity": { "value": 609, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "PY": { "zone": { "zoneName": "Paraguay" }, "carbonIntensity": { "value": 26, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "QA": { "zone": { "zoneName": "Qatar" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "RE": { "zone": { "zoneName": "R\xE9union" }, "carbonIntensity": { "value": 497, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "RO": { "zone": { "zoneName": "Romania" }, "carbonIntensity": { "value": 283, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 68, "unit": "%" } }, "RS": { "zone": { "zoneName": "Serbia" }, "carbonIntensity": { "value": 493, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "RU-1": { "zone": { "zoneName": "Europe-Ural", "countryName": "Russia" }, "carbonIntensity": { "value": 352, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "RU-2": { "zone": { "zoneName": "Siberia", "countryName": "Russia" }, "carbonIntensity": { "value": 398, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "RU-AS": { "zone": { "zoneName": "East", "countryName": "Russia" }, "carbonIntensity": { "value": 434, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "RW": { "zone": { "zoneName": "Rwanda" }, "carbonIntensity": { "value": 328, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "SA": { "zone": { "zoneName": "Saudi Arabia" }, "carbonIntensity": { "value": 552, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "SB": { "zone": { "zoneName": "Solomon Islands" }, "carbonIntensity": { "value": 640, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "SC": { "zone": { "zoneName": "Seychelles" }, "carbonIntensity": { "value": 606, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "SD": { "zone": { "zoneName": "Sudan" }, "carbonIntensity": { "value": 191, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "SE": { "zone": { "zoneName": "Sweden" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 70, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "SE-SE1": { "zone": { "zoneName": "North Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 16, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE2": { "zone": { "zoneName": "North Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 17, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE3": { "zone": { "zoneName": "South Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 23, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE4": { "zone": { "zoneName": "South Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 40, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "SG": { "zone": { "zoneName": "Singapore" }, "carbonIntensity": { "value": 488, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SI": { "zone": { "zoneName": "Slovenia" }, "carbonIntensity": { "value": 246, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "SK": { "zone": { "zoneName": "Slovakia" }, "carbonIntensity": { "value": 238, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "SL": { "zone": { "zoneName": "Sierra Leone" }, "carbonIntensity": { "value": 58, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "SN": { "zone": { "zoneName": "Senegal" }, "carbonIntensity": { "value": 571, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "SO": { "zone": { "zoneName": "Somalia" }, "carbonIntensity": { "value": 574, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "SR": { "zone": { "zoneName": "Suriname" }, "carbonIntensity": { "value": 264, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "SS": { "zone": { "zoneName": "South Sudan" }, "carbonIntensity": { "value": 601, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "ST": { "zone": { "zoneName": "S\xE3o Tom\xE9 and Pr\xEDncipe" }, "carbonIntensity": { "value": 623, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SV": { "zone": { "zoneName": "El Salvador" }, "carbonIntensity": { "value": 285, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 57, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "SY": { "zone": { "zoneName": "Syria" }, "carbonIntensity": { "value": 563, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SZ": { "zone": { "zoneName": "Eswatini" }, "carbonIntensity": { "value": 108, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "TD": { "zone": { "zoneName": "Chad" }, "carbonIntensity": { "value": 638, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TG": { "zone": { "zoneName": "Togo" }, "carbonIntensity": { "value": 396, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "TH": { "zone": { "zoneName": "Thailand" }, "carbonIntensity": { "value": 485, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "TJ": { "zone": { "zoneName": "Tajikistan" }, "carbonIntensity": { "value": 66, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "TL": { "zone": { "zoneName": "Timor-Leste" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TM": { "zone": { "zoneName": "Turkmenistan" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TN": { "zone": { "zoneName": "Tunisia" }, "carbonIntensity": { "value": 482, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TO": { "zone": { "zoneName": "Tonga" }, "carbonIntensity": { "value": 606, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "TR": { "zone": { "zoneName": "Turkey" }, "carbonIntensity": { "value": 437, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "TT": { "zone": { "zoneName": "Trinidad and Tobago" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TW": { "zone": { "zoneName": "Taiwan" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "TZ": { "zone": { "zoneName": "Tanzania" }, "carbonIntensity": { "value": 358, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "UG": { "zone": { "zoneName": "Uganda" }, "carbonIntensity": { "value": 60, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "US": { "zone": { "zoneName": "United States" }, "carbonIntensity": { "value": 420, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "US-AK": { "zone": { "zoneName": "Alaska", "countryName": "USA" }, "carbonIntensity": { "value": 467, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "US-AK-SEAPA": { "zone": { "zoneName": "Southeast Alaska Power Agency", "countryName": "USA" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "US-CAL-BANC": { "zone": { "zoneName": "Balancing Authority of Northern California", "displayName": "BANC", "countryName": "USA" }, "carbonIntensity": { "value": 269, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "US-CAL-CISO": { "zone": { "zoneName": "CAISO", "displayName": "California ISO", "countryName": "USA" }, "carbonIntensity": { "value": 263, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "US-CAL-IID": { "zone": { "zoneName": "Imperial Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 523, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "US-CAL-LDWP": { "zone": { "zoneName": "Los Angeles Department of Water and Power", "countryName": "USA" }, "carbonIntensity": { "value": 394, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "US-CAL-TIDC": { "zone": { "zoneName": "Turlock Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 372, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "US-CAR-CPLE": { "zone": { "zoneName": "Duke Energy Progress East", "countryName": "USA" }, "carbonIntensity": { "value": 297, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 59, "unit": "%" } }, "US-CAR-CPLW": { "zone": { "zoneName": "Duke Energy Progress West", "countryName": "USA" }, "carbonIntensity": { "value": 495, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "US-CAR-DUK": { "zone": { "zoneName": "Duke Energy Carolinas", "countryName": "USA" }, "carbonIntensity": { "value": 307, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "US-CAR-SC": { "zone": { "zoneName": "South Carolina Public Service Authority", "countryName": "USA" }, "carbonIntensity": { "value": 633, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "US-CAR-SCEG": { "zone": { "zoneName": "South Carolina Electric & Gas Company", "countryName": "USA" }, "carbonIntensity": { "value": 460, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "US-CAR-YAD": { "zone": { "zoneName": "Alcoa Power Generating, Inc. Yadkin Division", "displayName": "Alcoa Power Generating", "countryName": "USA" }, "carbonIntensity": { "value": 51, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "US-CENT-SPA": { "zone": { "zoneName": "Southwestern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 201, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 75, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "US-CENT-SWPP": { "zone": { "zoneName": "Southwest Power Pool", "displayName": "SPP", "countryName": "USA" }, "carbonIntensity": { "value": 468, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "US-FLA-FMPP": { "zone": { "zoneName": "Florida Municipal Power Pool", "countryName": "USA" }, "carbonIntensity": { "value": 520, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "US-FLA-FPC": { "zone": { "zoneName": "Duke Energy Florida", "countryName": "USA" }, "carbonIntensity": { "value": 562, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "US-FLA-FPL": { "zone": { "zoneName": "Florida Power and Light Company", "countryName": "USA" }, "carbonIntensity": { "value": 407, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "US-FLA-GVL": { "zone": { "zoneName": "Gainesville Regional Utilities", "countryName": "USA" }, "carbonIntensity": { "value": 703, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "US-FLA-HST": { "zone": { "zoneName": "City of Homestead", "countryName": "USA" }, "carbonIntensity": { "value": 408, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "US-FLA-JEA": { "zone": { "zoneName": "Jacksonville Electric Authority", "countryName": "USA" }, "carbonIntensity": { "value": 705, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "US-FLA-SEC": { "zone": { "zoneName": "Seminole Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 562, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "US-FLA-TAL": { "zone": { "zoneName": "City of Tallahassee", "countryName": "USA" }, "carbonIntensity": { "value": 498, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "US-FLA-TEC": { "zone": { "zoneName": "Tampa Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 560, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "US-HI": { "zone": { "zoneName": "Hawaii", "countryName": "USA" }, "carbonIntensity": { "value": 802, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "US-MIDA-PJM": { "zone": { "zoneName": "PJM Interconnection", "displayName": "PJM", "countryName": "USA" }, "carbonIntensity": { "value": 401, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "US-MIDW-AECI": { "zone": { "zoneName": "Associated Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 640, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "US-MIDW-LGEE": { "zone": { "zoneName": "Louisville Gas and Electric Company and Kentucky Utilities", "displayName": "Louisville Gas And Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 854, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "US-MIDW-MISO": { "zone": { "zoneName": "Midcontinent ISO", "displayName": "MISO", "countryName": "USA" }, "carbonIntensity": { "value": 503, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "US-NE-ISNE": { "zone": { "zoneName": "ISO New England", "countryName": "USA" }, "carbonIntensity": { "value": 286, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "US-NW-AVA": { "zone": { "zoneName": "Avista Corporation", "countryName": "USA" }, "carbonIntensity": { "value": 251, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "US-NW-BPAT": { "zone": { "zoneName": "Bonneville Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 123, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 85, "unit": "%" } }, "US-NW-CHPD": { "zone": { "zoneName": "Chelan County", "countryName": "USA" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "US-NW-DOPD": { "zone": { "zoneName": "Douglas County", "countryName": "USA" }, "carbonIntensity": { "value": 34, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "US-NW-GCPD": { "zone": { "zoneName": "Grant County", "countryName": "USA" }, "carbonIntensity": { "value": 60, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 93, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "US-NW-GRID": { "zone": { "zoneName": "Gridforce Energy Management", "countryName": "USA" }, "carbonIntensity": { "value": 585, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "US-NW-IPCO": { "zone": { "zoneName": "Idaho Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 358, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 57, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "US-NW-NEVP": { "zone": { "zoneName": "Nevada Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 464, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "US-NW-NWMT": { "zone": { "zoneName": "Northwestern Energy", "countryName": "USA" }, "carbonIntensity": { "value": 669, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "US-NW-PACE": { "zone": { "zoneName": "Pacificorp East", "countryName": "USA" }, "carbonIntensity": { "value": 677, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "US-NW-PACW": { "zone": { "zoneName": "Pacificorp West", "countryName": "USA" }, "carbonIntensity": { "value": 217, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "US-NW-PGE": { "zone": { "zoneName": "Portland General Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 254, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 57, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "US-NW-PSCO": { "zone": { "zoneName": "Public Service Company of Colorado", "displayName": "PSCo", "countryName": "USA" }, "carbonIntensity": { "value": 521, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "US-NW-PSEI": { "zone": { "zoneName": "Puget Sound Energy", "countryName": "USA" }, "carbonIntensity": { "value": 211, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 67, "unit": "%" } }, "US-NW-SCL": { "zone": { "zoneName": "Seattle City Light", "countryName": "USA" }, "carbonIntensity": { "value": 104, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 83, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "US-NW-TPWR": { "zone": { "zoneName": "City of Tacoma", "countryName": "USA" }, "carbonIntensity": { "value": 104, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 83, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "US-NW-WACM": { "zone": { "zoneName": "Western Area Power Administration - Rocky Mountain Region", "displayName": "WAPA Rocky Mountains", "countryName": "USA" }, "carbonIntensity": { "value": 755, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "US-NW-WAUW": { "zone": { "zoneName": "Western Area Power Administration - Upper Great Plains West", "displayName": "WAPA Upper Great Plains", "countryName": "USA" }, "carbonIntensity": { "value": 284, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 67, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "US-NY-NYIS": { "zone": { "zoneName": "New York ISO", "countryName": "USA" }, "carbonIntensity": { "value": 286, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "US-SE-SEPA": { "zone": { "zoneName": "Southeastern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 503, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "US-SE-SOCO": { "zone": { "zoneName": "Southern Company Services", "countryName": "USA" }, "carbonIntensity": { "value": 475, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "US-SW-AZPS": { "zone": { "zoneName": "Arizona Public Service Company", "countryName": "USA" }, "carbonIntensity": { "value": 435, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "US-SW-EPE": { "zone": { "zoneName": "El Paso Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 520, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "US-SW-PNM": { "zone": { "zoneName": "Public Service Company of New Mexico", "countryName": "USA" }, "carbonIntensity": { "value": 415, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "US-SW-SRP": { "zone": { "zoneName": "Salt River Project", "countryName": "USA" }, "carbonIntensity": { "value": 326, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "US-SW-TEPC": { "zone": { "zoneName": "Tucson Electric Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 535, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "US-SW-WALC": { "zone": { "zoneName": "Western Area Power Administration - Desert Southwest Region", "displayName": "WAPA Desert Southwest", "countryName": "USA" }, "carbonIntensity": { "value": 387, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "US-TEN-TVA": { "zone": { "zoneName": "Tennessee Valley Authority", "displayName": "TVA", "countryName": "USA" }, "carbonIntensity": { "value": 359, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "US-TEX-ERCO": { "zone": { "zoneName": "Electric Reliability Council of Texas", "displayName": "ERCOT", "countryName": "USA" }, "carbonIntensity": { "value": 394, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "UY": { "zone": { "zoneName": "Uruguay" }, "carbonIntensity": { "value": 97, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 91, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "UZ": { "zone": { "zoneName": "Uzbekistan" }, "carbonIntensity": { "value": 472, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "VC": { "zone": { "zoneName": "Saint Vincent and the Grenadines" }, "carbonIntensity": { "value": 610, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "VE": { "zone": { "zoneName": "Venezuela" }, "carbonIntensity": { "value": 129, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 80, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "VI": { "zone": { "zoneName": "Virgin Islands", "countryName": "USA" }, "carbonIntensity": { "value": 680, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "VN": { "zone": { "zoneName": "Vietnam" }, "carbonIntensity": { "value": 441, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "VU": { "zone": { "zoneName": "Vanuatu" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "WS": { "zone": { "zoneName": "Samoa" }, "carbonIntensity": { "value": 446, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "XK": { "zone": { "zoneName": "Kosovo" }, "carbonIntensity": { "value": 634, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "YE": { "zone": { "zoneName": "Yemen" }, "carbonIntensity": { "value": 524, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "YT": { "zone": { "zoneName": "Mayotte" }, "carbonIntensity": { "value": 573, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "ZA": { "zone": { "zoneName": "South Africa" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "ZM": { "zone": { "zoneName": "Zambia" }, "carbonIntensity": { "value": 117, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "ZW": { "zone": { "zoneName": "Zimbabwe" }, "carbonIntensity": { "value": 263, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 70, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } } };
const yearly_2023_methodology = "https://www.electricitymaps.com/data/methodology";
var yearly_2023_default = { data: yearly_2023_data, methodology: yearly_2023_methodology };


;// CONCATENATED MODULE: ./node_modules/@tgwf/co2/dist/esm/data/electricity-maps/yearly_2022.js
const yearly_2022_data = { "AE": { "zone": { "zoneName": "United Arab Emirates" }, "carbonIntensity": { "value": 406, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "AF": { "zone": { "zoneName": "Afghanistan" }, "carbonIntensity": { "value": 121, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "AG": { "zone": { "zoneName": "Antigua and Barbuda" }, "carbonIntensity": { "value": 664, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "AL": { "zone": { "zoneName": "Albania" }, "carbonIntensity": { "value": 167, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 80, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "AM": { "zone": { "zoneName": "Armenia" }, "carbonIntensity": { "value": 222, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "AO": { "zone": { "zoneName": "Angola" }, "carbonIntensity": { "value": 177, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "AR": { "zone": { "zoneName": "Argentina" }, "carbonIntensity": { "value": 413, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "AT": { "zone": { "zoneName": "Austria" }, "carbonIntensity": { "value": 248, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 63, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "AU": { "zone": { "zoneName": "Australia" }, "carbonIntensity": { "value": 525, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "AU-NSW": { "zone": { "zoneName": "New South Wales", "countryName": "Australia" }, "carbonIntensity": { "value": 586, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "AU-NT": { "zone": { "zoneName": "Northern Territory", "countryName": "Australia" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "AU-QLD": { "zone": { "zoneName": "Queensland", "countryName": "Australia" }, "carbonIntensity": { "value": 648, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "AU-SA": { "zone": { "zoneName": "South Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 168, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "AU-TAS": { "zone": { "zoneName": "Tasmania", "countryName": "Australia" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "AU-TAS-FI": { "zone": { "zoneName": "Flinders Island", "countryName": "Australia" }, "carbonIntensity": { "value": 276, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 59, "unit": "%" }, "carbonFreeEnergy": { "value": 59, "unit": "%" } }, "AU-TAS-KI": { "zone": { "zoneName": "King Island", "countryName": "Australia" }, "carbonIntensity": { "value": 361, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "AU-VIC": { "zone": { "zoneName": "Victoria", "countryName": "Australia" }, "carbonIntensity": { "value": 535, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "AU-WA": { "zone": { "zoneName": "Western Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 431, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "AU-WA-RI": { "zone": { "zoneName": "Rottnest Island", "countryName": "Australia" }, "carbonIntensity": { "value": 503, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "AW": { "zone": { "zoneName": "Aruba" }, "carbonIntensity": { "value": 520, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "AX": { "zone": { "zoneName": "\xC5land Islands" }, "carbonIntensity": { "value": 26, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 75, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "AZ": { "zone": { "zoneName": "Azerbaijan" }, "carbonIntensity": { "value": 461, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "BA": { "zone": { "zoneName": "Bosnia and Herzegovina" }, "carbonIntensity": { "value": 555, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "BB": { "zone": { "zoneName": "Barbados" }, "carbonIntensity": { "value": 646, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "BD": { "zone": { "zoneName": "Bangladesh" }, "carbonIntensity": { "value": 578, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "BE": { "zone": { "zoneName": "Belgium" }, "carbonIntensity": { "value": 197, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "BF": { "zone": { "zoneName": "Burkina Faso" }, "carbonIntensity": { "value": 574, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "BG": { "zone": { "zoneName": "Bulgaria" }, "carbonIntensity": { "value": 538, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "BH": { "zone": { "zoneName": "Bahrain" }, "carbonIntensity": { "value": 488, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BI": { "zone": { "zoneName": "Burundi" }, "carbonIntensity": { "value": 237, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "BJ": { "zone": { "zoneName": "Benin" }, "carbonIntensity": { "value": 513, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "BN": { "zone": { "zoneName": "Brunei" }, "carbonIntensity": { "value": 562, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BO": { "zone": { "zoneName": "Bolivia" }, "carbonIntensity": { "value": 320, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "BR": { "zone": { "zoneName": "Brazil" }, "carbonIntensity": { "value": 92, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "BR-CS": { "zone": { "zoneName": "Central Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 100, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 85, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "BR-N": { "zone": { "zoneName": "North Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 105, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "BR-NE": { "zone": { "zoneName": "North-East Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 52, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "BR-S": { "zone": { "zoneName": "South Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 95, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "BS": { "zone": { "zoneName": "Bahamas" }, "carbonIntensity": { "value": 694, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "BT": { "zone": { "zoneName": "Bhutan" }, "carbonIntensity": { "value": 40, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "BW": { "zone": { "zoneName": "Botswana" }, "carbonIntensity": { "value": 812, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BY": { "zone": { "zoneName": "Belarus" }, "carbonIntensity": { "value": 447, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "BZ": { "zone": { "zoneName": "Belize" }, "carbonIntensity": { "value": 181, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "CA": { "zone": { "zoneName": "Canada" }, "carbonIntensity": { "value": 130, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 68, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "CA-AB": { "zone": { "zoneName": "Alberta", "countryName": "Canada" }, "carbonIntensity": { "value": 455, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "CA-BC": { "zone": { "zoneName": "British Columbia", "countryName": "Canada" }, "carbonIntensity": { "value": 57, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "CA-MB": { "zone": { "zoneName": "Manitoba", "countryName": "Canada" }, "carbonIntensity": { "value": 53, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "CA-NB": { "zone": { "zoneName": "New Brunswick", "countryName": "Canada" }, "carbonIntensity": { "value": 140, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 55, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "CA-NL": { "zone": { "zoneName": "Newfoundland and Labrador", "countryName": "Canada" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "CA-NS": { "zone": { "zoneName": "Nova Scotia", "countryName": "Canada" }, "carbonIntensity": { "value": 427, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "CA-NT": { "zone": { "zoneName": "Northwest Territories", "countryName": "Canada" }, "carbonIntensity": { "value": 121, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 83, "unit": "%" }, "carbonFreeEnergy": { "value": 83, "unit": "%" } }, "CA-NU": { "zone": { "zoneName": "Nunavut", "countryName": "Canada" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "CA-ON": { "zone": { "zoneName": "Ontario", "countryName": "Canada" }, "carbonIntensity": { "value": 63, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "CA-PE": { "zone": { "zoneName": "Prince Edward Island", "countryName": "Canada" }, "carbonIntensity": { "value": 84, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "CA-QC": { "zone": { "zoneName": "Qu\xE9bec", "countryName": "Canada" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CA-SK": { "zone": { "zoneName": "Saskatchewan", "countryName": "Canada" }, "carbonIntensity": { "value": 505, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "CA-YT": { "zone": { "zoneName": "Yukon", "countryName": "Canada" }, "carbonIntensity": { "value": 197, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 68, "unit": "%" }, "carbonFreeEnergy": { "value": 68, "unit": "%" } }, "CD": { "zone": { "zoneName": "Democratic Republic of the Congo" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CF": { "zone": { "zoneName": "Central African Republic" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CG": { "zone": { "zoneName": "Congo" }, "carbonIntensity": { "value": 394, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "CH": { "zone": { "zoneName": "Switzerland" }, "carbonIntensity": { "value": 122, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "CI": { "zone": { "zoneName": "Ivory Coast" }, "carbonIntensity": { "value": 384, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "CL-SEN": { "zone": { "zoneName": "Sistema El\xE9ctrico Nacional", "countryName": "Chile" }, "carbonIntensity": { "value": 322, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 53, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "CM": { "zone": { "zoneName": "Cameroon" }, "carbonIntensity": { "value": 172, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "CN": { "zone": { "zoneName": "China" }, "carbonIntensity": { "value": 539, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "CO": { "zone": { "zoneName": "Colombia" }, "carbonIntensity": { "value": 112, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 85, "unit": "%" }, "carbonFreeEnergy": { "value": 85, "unit": "%" } }, "CR": { "zone": { "zoneName": "Costa Rica" }, "carbonIntensity": { "value": 39, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "CU": { "zone": { "zoneName": "Cuba" }, "carbonIntensity": { "value": 608, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "CV": { "zone": { "zoneName": "Cabo Verde" }, "carbonIntensity": { "value": 512, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "CW": { "zone": { "zoneName": "Cura\xE7ao" }, "carbonIntensity": { "value": 492, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "CY": { "zone": { "zoneName": "Cyprus" }, "carbonIntensity": { "value": 823, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "CZ": { "zone": { "zoneName": "Czechia" }, "carbonIntensity": { "value": 578, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "DE": { "zone": { "zoneName": "Germany" }, "carbonIntensity": { "value": 475, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "DJ": { "zone": { "zoneName": "Djibouti" }, "carbonIntensity": { "value": 459, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "DK": { "zone": { "zoneName": "Denmark" }, "carbonIntensity": { "value": 186, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 75, "unit": "%" }, "carbonFreeEnergy": { "value": 82, "unit": "%" } }, "DK-BHM": { "zone": { "zoneName": "Bornholm", "countryName": "Denmark" }, "carbonIntensity": { "value": 70, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "DK-DK1": { "zone": { "zoneName": "West Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 199, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 75, "unit": "%" }, "carbonFreeEnergy": { "value": 79, "unit": "%" } }, "DK-DK2": { "zone": { "zoneName": "East Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 166, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 76, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "DM": { "zone": { "zoneName": "Dominica" }, "carbonIntensity": { "value": 610, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "DO": { "zone": { "zoneName": "Dominican Republic" }, "carbonIntensity": { "value": 545, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "DZ": { "zone": { "zoneName": "Algeria" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "EC": { "zone": { "zoneName": "Ecuador" }, "carbonIntensity": { "value": 180, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 76, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "EE": { "zone": { "zoneName": "Estonia" }, "carbonIntensity": { "value": 426, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 59, "unit": "%" } }, "EG": { "zone": { "zoneName": "Egypt" }, "carbonIntensity": { "value": 462, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "ER": { "zone": { "zoneName": "Eritrea" }, "carbonIntensity": { "value": 633, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "ES": { "zone": { "zoneName": "Spain" }, "carbonIntensity": { "value": 220, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 67, "unit": "%" } }, "ES-CE": { "zone": { "zoneName": "Ceuta", "countryName": "Spain" }, "carbonIntensity": { "value": 650, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "ES-CN-FV": { "zone": { "zoneName": "Fuerteventura", "countryName": "Spain" }, "carbonIntensity": { "value": 825, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "ES-CN-GC": { "zone": { "zoneName": "Gran Canaria", "countryName": "Spain" }, "carbonIntensity": { "value": 709, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "ES-CN-HI": { "zone": { "zoneName": "El Hierro", "countryName": "Spain" }, "carbonIntensity": { "value": 473, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "ES-CN-IG": { "zone": { "zoneName": "Isla de la Gomera", "countryName": "Spain" }, "carbonIntensity": { "value": 938, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "ES-CN-LP": { "zone": { "zoneName": "La Palma", "countryName": "Spain" }, "carbonIntensity": { "value": 855, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "ES-CN-LZ": { "zone": { "zoneName": "Lanzarote", "countryName": "Spain" }, "carbonIntensity": { "value": 824, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "ES-CN-TE": { "zone": { "zoneName": "Tenerife", "countryName": "Spain" }, "carbonIntensity": { "value": 757, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "ES-IB-FO": { "zone": { "zoneName": "Formentera", "countryName": "Spain" }, "carbonIntensity": { "value": 682, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "ES-IB-IZ": { "zone": { "zoneName": "Ibiza", "countryName": "Spain" }, "carbonIntensity": { "value": 566, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "ES-IB-MA": { "zone": { "zoneName": "Mallorca", "countryName": "Spain" }, "carbonIntensity": { "value": 493, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "ES-IB-ME": { "zone": { "zoneName": "Menorca", "countryName": "Spain" }, "carbonIntensity": { "value": 976, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "ES-ML": { "zone": { "zoneName": "Melilla", "countryName": "Spain" }, "carbonIntensity": { "value": 618, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "ET": { "zone": { "zoneName": "Ethiopia" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "FI": { "zone": { "zoneName": "Finland" }, "carbonIntensity": { "value": 133, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 52, "unit": "%" }, "carbonFreeEnergy": { "value": 85, "unit": "%" } }, "FJ": { "zone": { "zoneName": "Fiji" }, "carbonIntensity": { "value": 297, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 61, "unit": "%" } }, "FK": { "zone": { "zoneName": "Falkland Islands" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "FM": { "zone": { "zoneName": "Micronesia" }, "carbonIntensity": { "value": 614, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "FO": { "zone": { "zoneName": "Faroe Islands" }, "carbonIntensity": { "value": 566, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 52, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "FO-MI": { "zone": { "zoneName": "Main Islands", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 561, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 53, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "FO-SI": { "zone": { "zoneName": "South Island", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 626, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "FR": { "zone": { "zoneName": "France" }, "carbonIntensity": { "value": 91, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "FR-COR": { "zone": { "zoneName": "Corsica", "countryName": "France" }, "carbonIntensity": { "value": 483, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "GA": { "zone": { "zoneName": "Gabon" }, "carbonIntensity": { "value": 294, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "GB": { "zone": { "zoneName": "Great Britain" }, "carbonIntensity": { "value": 235, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "GB-NIR": { "zone": { "zoneName": "Northern Ireland" }, "carbonIntensity": { "value": 359, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "GB-ORK": { "zone": { "zoneName": "Orkney Islands", "countryName": "Great Britain" }, "carbonIntensity": { "value": 68, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "GE": { "zone": { "zoneName": "Georgia" }, "carbonIntensity": { "value": 201, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 59, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "GF": { "zone": { "zoneName": "French Guiana" }, "carbonIntensity": { "value": 160, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "GH": { "zone": { "zoneName": "Ghana" }, "carbonIntensity": { "value": 324, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "GI": { "zone": { "zoneName": "Gibraltar" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GL": { "zone": { "zoneName": "Greenland" }, "carbonIntensity": { "value": 112, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "GM": { "zone": { "zoneName": "Gambia" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GN": { "zone": { "zoneName": "Guinea" }, "carbonIntensity": { "value": 197, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "GP": { "zone": { "zoneName": "Guadeloupe" }, "carbonIntensity": { "value": 343, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "GQ": { "zone": { "zoneName": "Equatorial Guinea" }, "carbonIntensity": { "value": 346, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "GR": { "zone": { "zoneName": "Greece" }, "carbonIntensity": { "value": 435, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "GS": { "zone": { "zoneName": "South Georgia and the South Sandwich Islands" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "GT": { "zone": { "zoneName": "Guatemala" }, "carbonIntensity": { "value": 163, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 77, "unit": "%" }, "carbonFreeEnergy": { "value": 77, "unit": "%" } }, "GU": { "zone": { "zoneName": "Guam" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "GW": { "zone": { "zoneName": "Guinea-Bissau" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GY": { "zone": { "zoneName": "Guyana" }, "carbonIntensity": { "value": 689, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "HK": { "zone": { "zoneName": "Hong Kong" }, "carbonIntensity": { "value": 604, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "HN": { "zone": { "zoneName": "Honduras" }, "carbonIntensity": { "value": 288, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 60, "unit": "%" } }, "HR": { "zone": { "zoneName": "Croatia" }, "carbonIntensity": { "value": 348, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 46, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "HT": { "zone": { "zoneName": "Haiti" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "HU": { "zone": { "zoneName": "Hungary" }, "carbonIntensity": { "value": 308, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "ID": { "zone": { "zoneName": "Indonesia" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "IE": { "zone": { "zoneName": "Ireland" }, "carbonIntensity": { "value": 405, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "IL": { "zone": { "zoneName": "Israel" }, "carbonIntensity": { "value": 530, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "IN": { "zone": { "zoneName": "Mainland India", "countryName": "India" }, "carbonIntensity": { "value": 592, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "IN-EA": { "zone": { "zoneName": "Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 690, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "IN-NE": { "zone": { "zoneName": "North Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 402, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "IN-NO": { "zone": { "zoneName": "Northern India", "countryName": "India" }, "carbonIntensity": { "value": 518, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "IN-SO": { "zone": { "zoneName": "Southern India", "countryName": "India" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "IN-WE": { "zone": { "zoneName": "Western India", "countryName": "India" }, "carbonIntensity": { "value": 655, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "IQ": { "zone": { "zoneName": "Iraq" }, "carbonIntensity": { "value": 557, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "IR": { "zone": { "zoneName": "Iran" }, "carbonIntensity": { "value": 495, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "IS": { "zone": { "zoneName": "Iceland" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "IT": { "zone": { "zoneName": "Italy" }, "carbonIntensity": { "value": 399, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "IT-CNO": { "zone": { "zoneName": "Central North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 345, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "IT-CSO": { "zone": { "zoneName": "Central South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 454, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "IT-NO": { "zone": { "zoneName": "North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 365, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "IT-SAR": { "zone": { "zoneName": "Sardinia", "countryName": "Italy" }, "carbonIntensity": { "value": 607, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "IT-SIC": { "zone": { "zoneName": "Sicily", "countryName": "Italy" }, "carbonIntensity": { "value": 462, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "IT-SO": { "zone": { "zoneName": "South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 442, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "JM": { "zone": { "zoneName": "Jamaica" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "JO": { "zone": { "zoneName": "Jordan" }, "carbonIntensity": { "value": 391, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "JP": { "zone": { "zoneName": "Japan" }, "carbonIntensity": { "value": 496, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "JP-CB": { "zone": { "zoneName": "Ch\u016Bbu", "countryName": "Japan" }, "carbonIntensity": { "value": 509, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "JP-CG": { "zone": { "zoneName": "Ch\u016Bgoku", "countryName": "Japan" }, "carbonIntensity": { "value": 498, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "JP-HKD": { "zone": { "zoneName": "Hokkaid\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 455, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "JP-HR": { "zone": { "zoneName": "Hokuriku", "countryName": "Japan" }, "carbonIntensity": { "value": 468, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "JP-KN": { "zone": { "zoneName": "Kansai", "countryName": "Japan" }, "carbonIntensity": { "value": 433, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "JP-KY": { "zone": { "zoneName": "Ky\u016Bsh\u016B", "countryName": "Japan" }, "carbonIntensity": { "value": 394, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "JP-ON": { "zone": { "zoneName": "Okinawa", "countryName": "Japan" }, "carbonIntensity": { "value": 597, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "JP-SK": { "zone": { "zoneName": "Shikoku", "countryName": "Japan" }, "carbonIntensity": { "value": 612, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "JP-TH": { "zone": { "zoneName": "T\u014Dhoku", "countryName": "Japan" }, "carbonIntensity": { "value": 486, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "JP-TK": { "zone": { "zoneName": "T\u014Dky\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 547, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "KE": { "zone": { "zoneName": "Kenya" }, "carbonIntensity": { "value": 109, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "KG": { "zone": { "zoneName": "Kyrgyzstan" }, "carbonIntensity": { "value": 122, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 87, "unit": "%" }, "carbonFreeEnergy": { "value": 87, "unit": "%" } }, "KH": { "zone": { "zoneName": "Cambodia" }, "carbonIntensity": { "value": 301, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 65, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "KM": { "zone": { "zoneName": "Comoros" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KP": { "zone": { "zoneName": "North Korea" }, "carbonIntensity": { "value": 315, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 63, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "KR": { "zone": { "zoneName": "South Korea" }, "carbonIntensity": { "value": 455, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "KW": { "zone": { "zoneName": "Kuwait" }, "carbonIntensity": { "value": 515, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KY": { "zone": { "zoneName": "Cayman Islands" }, "carbonIntensity": { "value": 681, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "KZ": { "zone": { "zoneName": "Kazakhstan" }, "carbonIntensity": { "value": 633, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "LA": { "zone": { "zoneName": "Laos" }, "carbonIntensity": { "value": 214, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 76, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "LB": { "zone": { "zoneName": "Lebanon" }, "carbonIntensity": { "value": 373, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "LC": { "zone": { "zoneName": "Saint Lucia" }, "carbonIntensity": { "value": 684, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "LK": { "zone": { "zoneName": "Sri Lanka" }, "carbonIntensity": { "value": 388, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "LR": { "zone": { "zoneName": "Liberia" }, "carbonIntensity": { "value": 475, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "LS": { "zone": { "zoneName": "Lesotho" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "LT": { "zone": { "zoneName": "Lithuania" }, "carbonIntensity": { "value": 226, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "LU": { "zone": { "zoneName": "Luxembourg" }, "carbonIntensity": { "value": 360, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 53, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "LV": { "zone": { "zoneName": "Latvia" }, "carbonIntensity": { "value": 285, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "LY": { "zone": { "zoneName": "Libya" }, "carbonIntensity": { "value": 528, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "MA": { "zone": { "zoneName": "Morocco" }, "carbonIntensity": { "value": 620, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "MD": { "zone": { "zoneName": "Moldova" }, "carbonIntensity": { "value": 435, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "ME": { "zone": { "zoneName": "Montenegro" }, "carbonIntensity": { "value": 424, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 48, "unit": "%" } }, "MG": { "zone": { "zoneName": "Madagascar" }, "carbonIntensity": { "value": 470, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "MK": { "zone": { "zoneName": "North Macedonia" }, "carbonIntensity": { "value": 549, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "ML": { "zone": { "zoneName": "Mali" }, "carbonIntensity": { "value": 414, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "MM": { "zone": { "zoneName": "Myanmar" }, "carbonIntensity": { "value": 305, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "MN": { "zone": { "zoneName": "Mongolia" }, "carbonIntensity": { "value": 729, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "MO": { "zone": { "zoneName": "Macao" }, "carbonIntensity": { "value": 401, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "MQ": { "zone": { "zoneName": "Martinique" }, "carbonIntensity": { "value": 563, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "MR": { "zone": { "zoneName": "Mauritania" }, "carbonIntensity": { "value": 516, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "MT": { "zone": { "zoneName": "Malta" }, "carbonIntensity": { "value": 510, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "MU": { "zone": { "zoneName": "Mauritius" }, "carbonIntensity": { "value": 605, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "MV": { "zone": { "zoneName": "Maldives" }, "carbonIntensity": { "value": 654, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "MW": { "zone": { "zoneName": "Malawi" }, "carbonIntensity": { "value": 59, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "MX": { "zone": { "zoneName": "Mexico" }, "carbonIntensity": { "value": 377, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "MY": { "zone": { "zoneName": "Malaysia" }, "carbonIntensity": { "value": 561, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "MY-EM": { "zone": { "zoneName": "Borneo", "countryName": "Malaysia" }, "carbonIntensity": { "value": 369, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 46, "unit": "%" }, "carbonFreeEnergy": { "value": 46, "unit": "%" } }, "MY-WM": { "zone": { "zoneName": "Peninsula", "countryName": "Malaysia" }, "carbonIntensity": { "value": 645, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "MZ": { "zone": { "zoneName": "Mozambique" }, "carbonIntensity": { "value": 102, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 84, "unit": "%" }, "carbonFreeEnergy": { "value": 84, "unit": "%" } }, "NA": { "zone": { "zoneName": "Namibia" }, "carbonIntensity": { "value": 44, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "NC": { "zone": { "zoneName": "New Caledonia" }, "carbonIntensity": { "value": 568, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "NE": { "zone": { "zoneName": "Niger" }, "carbonIntensity": { "value": 661, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "NG": { "zone": { "zoneName": "Nigeria" }, "carbonIntensity": { "value": 366, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "NI": { "zone": { "zoneName": "Nicaragua" }, "carbonIntensity": { "value": 245, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "NL": { "zone": { "zoneName": "Netherlands" }, "carbonIntensity": { "value": 347, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "NO": { "zone": { "zoneName": "Norway" }, "carbonIntensity": { "value": 38, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "NO-NO1": { "zone": { "zoneName": "Southeast Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 30, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 93, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO2": { "zone": { "zoneName": "Southwest Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 52, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "NO-NO3": { "zone": { "zoneName": "Middle Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO4": { "zone": { "zoneName": "North Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 44, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "NO-NO5": { "zone": { "zoneName": "West Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 31, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NP": { "zone": { "zoneName": "Nepal" }, "carbonIntensity": { "value": 97, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 91, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "NZ": { "zone": { "zoneName": "New Zealand" }, "carbonIntensity": { "value": 96, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "OM": { "zone": { "zoneName": "Oman" }, "carbonIntensity": { "value": 483, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "PA": { "zone": { "zoneName": "Panama" }, "carbonIntensity": { "value": 238, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 68, "unit": "%" }, "carbonFreeEnergy": { "value": 68, "unit": "%" } }, "PE": { "zone": { "zoneName": "Peru" }, "carbonIntensity": { "value": 205, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "PF": { "zone": { "zoneName": "French Polynesia" }, "carbonIntensity": { "value": 357, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "PG": { "zone": { "zoneName": "Papua New Guinea" }, "carbonIntensity": { "value": 531, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "PH": { "zone": { "zoneName": "Philippines" }, "carbonIntensity": { "value": 618, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "PH-LU": { "zone": { "zoneName": "Luzon", "countryName": "Philippines" }, "carbonIntensity": { "value": 637, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "PH-MI": { "zone": { "zoneName": "Mindanao", "countryName": "Philippines" }, "carbonIntensity": { "value": 546, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "PH-VI": { "zone": { "zoneName": "Visayas", "countryName": "Philippines" }, "carbonIntensity": { "value": 602, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "PK": { "zone": { "zoneName": "Pakistan" }, "carbonIntensity": { "value": 332, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "PL": { "zone": { "zoneName": "Poland" }, "carbonIntensity": { "value": 876, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "PM": { "zone": { "zoneName": "Saint Pierre and Miquelon" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "PR": { "zone": { "zoneName": "Puerto Rico" }, "carbonIntensity": { "value": 416, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "PS": { "zone": { "zoneName": "State of Palestine" }, "carbonIntensity": { "value": 482, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "PT": { "zone": { "zoneName": "Portugal" }, "carbonIntensity": { "value": 223, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 61, "unit": "%" } }, "PT-MA": { "zone": { "zoneName": "Madeira", "countryName": "Portugal" }, "carbonIntensity": { "value": 697, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "PW": { "zone": { "zoneName": "Palau" }, "carbonIntensity": { "value": 611, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "PY": { "zone": { "zoneName": "Paraguay" }, "carbonIntensity": { "value": 29, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "QA": { "zone": { "zoneName": "Qatar" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "RE": { "zone": { "zoneName": "R\xE9union" }, "carbonIntensity": { "value": 498, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "RO": { "zone": { "zoneName": "Romania" }, "carbonIntensity": { "value": 371, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 61, "unit": "%" } }, "RS": { "zone": { "zoneName": "Serbia" }, "carbonIntensity": { "value": 548, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "RU-1": { "zone": { "zoneName": "Europe-Ural", "countryName": "Russia" }, "carbonIntensity": { "value": 347, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "RU-2": { "zone": { "zoneName": "Siberia", "countryName": "Russia" }, "carbonIntensity": { "value": 409, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "RU-AS": { "zone": { "zoneName": "East", "countryName": "Russia" }, "carbonIntensity": { "value": 418, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "RW": { "zone": { "zoneName": "Rwanda" }, "carbonIntensity": { "value": 315, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 52, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "SA": { "zone": { "zoneName": "Saudi Arabia" }, "carbonIntensity": { "value": 553, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "SB": { "zone": { "zoneName": "Solomon Islands" }, "carbonIntensity": { "value": 640, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "SC": { "zone": { "zoneName": "Seychelles" }, "carbonIntensity": { "value": 604, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "SD": { "zone": { "zoneName": "Sudan" }, "carbonIntensity": { "value": 203, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "SE": { "zone": { "zoneName": "Sweden" }, "carbonIntensity": { "value": 26, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE1": { "zone": { "zoneName": "North Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 16, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE2": { "zone": { "zoneName": "North Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 17, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE3": { "zone": { "zoneName": "South Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 60, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE4": { "zone": { "zoneName": "South Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 40, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "SG": { "zone": { "zoneName": "Singapore" }, "carbonIntensity": { "value": 491, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SI": { "zone": { "zoneName": "Slovenia" }, "carbonIntensity": { "value": 278, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "SK": { "zone": { "zoneName": "Slovakia" }, "carbonIntensity": { "value": 366, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "SL": { "zone": { "zoneName": "Sierra Leone" }, "carbonIntensity": { "value": 59, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "SN": { "zone": { "zoneName": "Senegal" }, "carbonIntensity": { "value": 577, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "SO": { "zone": { "zoneName": "Somalia" }, "carbonIntensity": { "value": 574, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "SR": { "zone": { "zoneName": "Suriname" }, "carbonIntensity": { "value": 371, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "SS": { "zone": { "zoneName": "South Sudan" }, "carbonIntensity": { "value": 611, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "ST": { "zone": { "zoneName": "S\xE3o Tom\xE9 and Pr\xEDncipe" }, "carbonIntensity": { "value": 623, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SV": { "zone": { "zoneName": "El Salvador" }, "carbonIntensity": { "value": 191, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "SY": { "zone": { "zoneName": "Syria" }, "carbonIntensity": { "value": 562, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SZ": { "zone": { "zoneName": "Eswatini" }, "carbonIntensity": { "value": 114, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "TD": { "zone": { "zoneName": "Chad" }, "carbonIntensity": { "value": 638, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TG": { "zone": { "zoneName": "Togo" }, "carbonIntensity": { "value": 397, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "TH": { "zone": { "zoneName": "Thailand" }, "carbonIntensity": { "value": 497, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "TJ": { "zone": { "zoneName": "Tajikistan" }, "carbonIntensity": { "value": 75, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 93, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "TL": { "zone": { "zoneName": "Timor-Leste" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TM": { "zone": { "zoneName": "Turkmenistan" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TN": { "zone": { "zoneName": "Tunisia" }, "carbonIntensity": { "value": 482, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TO": { "zone": { "zoneName": "Tonga" }, "carbonIntensity": { "value": 618, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "TR": { "zone": { "zoneName": "Turkey" }, "carbonIntensity": { "value": 431, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "TT": { "zone": { "zoneName": "Trinidad and Tobago" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TW": { "zone": { "zoneName": "Taiwan" }, "carbonIntensity": { "value": 535, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "TZ": { "zone": { "zoneName": "Tanzania" }, "carbonIntensity": { "value": 350, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "UG": { "zone": { "zoneName": "Uganda" }, "carbonIntensity": { "value": 59, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "US": { "zone": { "zoneName": "United States" }, "carbonIntensity": { "value": 434, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "US-AK": { "zone": { "zoneName": "Alaska", "countryName": "USA" }, "carbonIntensity": { "value": 507, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "US-AK-SEAPA": { "zone": { "zoneName": "Southeast Alaska Power Agency", "countryName": "USA" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "US-CAL-BANC": { "zone": { "zoneName": "Balancing Authority of Northern California", "displayName": "BANC", "countryName": "USA" }, "carbonIntensity": { "value": 263, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 52, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "US-CAL-CISO": { "zone": { "zoneName": "CAISO", "displayName": "California ISO", "countryName": "USA" }, "carbonIntensity": { "value": 262, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "US-CAL-IID": { "zone": { "zoneName": "Imperial Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 517, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "US-CAL-LDWP": { "zone": { "zoneName": "Los Angeles Department of Water and Power", "countryName": "USA" }, "carbonIntensity": { "value": 368, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "US-CAL-TIDC": { "zone": { "zoneName": "Turlock Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 385, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "US-CAR-CPLE": { "zone": { "zoneName": "Duke Energy Progress East", "countryName": "USA" }, "carbonIntensity": { "value": 335, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 54, "unit": "%" } }, "US-CAR-CPLW": { "zone": { "zoneName": "Duke Energy Progress West", "countryName": "USA" }, "carbonIntensity": { "value": 505, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "US-CAR-DUK": { "zone": { "zoneName": "Duke Energy Carolinas", "countryName": "USA" }, "carbonIntensity": { "value": 363, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "US-CAR-SC": { "zone": { "zoneName": "South Carolina Public Service Authority", "countryName": "USA" }, "carbonIntensity": { "value": 603, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "US-CAR-SCEG": { "zone": { "zoneName": "South Carolina Electric & Gas Company", "countryName": "USA" }, "carbonIntensity": { "value": 450, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "US-CAR-YAD": { "zone": { "zoneName": "Alcoa Power Generating, Inc. Yadkin Division", "displayName": "Alcoa Power Generating", "countryName": "USA" }, "carbonIntensity": { "value": 58, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "US-CENT-SPA": { "zone": { "zoneName": "Southwestern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 234, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 70, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "US-CENT-SWPP": { "zone": { "zoneName": "Southwest Power Pool", "displayName": "SPP", "countryName": "USA" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "US-FLA-FMPP": { "zone": { "zoneName": "Florida Municipal Power Pool", "countryName": "USA" }, "carbonIntensity": { "value": 536, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "US-FLA-FPC": { "zone": { "zoneName": "Duke Energy Florida", "countryName": "USA" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "US-FLA-FPL": { "zone": { "zoneName": "Florida Power and Light Company", "countryName": "USA" }, "carbonIntensity": { "value": 397, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "US-FLA-GVL": { "zone": { "zoneName": "Gainesville Regional Utilities", "countryName": "USA" }, "carbonIntensity": { "value": 741, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "US-FLA-HST": { "zone": { "zoneName": "City of Homestead", "countryName": "USA" }, "carbonIntensity": { "value": 398, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "US-FLA-JEA": { "zone": { "zoneName": "Jacksonville Electric Authority", "countryName": "USA" }, "carbonIntensity": { "value": 681, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "US-FLA-SEC": { "zone": { "zoneName": "Seminole Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 751, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "US-FLA-TAL": { "zone": { "zoneName": "City of Tallahassee", "countryName": "USA" }, "carbonIntensity": { "value": 497, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "US-FLA-TEC": { "zone": { "zoneName": "Tampa Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 529, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "US-HI": { "zone": { "zoneName": "Hawaii", "countryName": "USA" }, "carbonIntensity": { "value": 822, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "US-MIDA-PJM": { "zone": { "zoneName": "PJM Interconnection", "displayName": "PJM", "countryName": "USA" }, "carbonIntensity": { "value": 434, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "US-MIDW-AECI": { "zone": { "zoneName": "Associated Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 680, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "US-MIDW-LGEE": { "zone": { "zoneName": "Louisville Gas and Electric Company and Kentucky Utilities", "displayName": "Louisville Gas And Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 824, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "US-MIDW-MISO": { "zone": { "zoneName": "Midcontinent ISO", "displayName": "MISO", "countryName": "USA" }, "carbonIntensity": { "value": 525, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "US-NE-ISNE": { "zone": { "zoneName": "ISO New England", "countryName": "USA" }, "carbonIntensity": { "value": 282, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "US-NW-AVA": { "zone": { "zoneName": "Avista Corporation", "countryName": "USA" }, "carbonIntensity": { "value": 187, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "US-NW-BPAT": { "zone": { "zoneName": "Bonneville Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 88, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 83, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "US-NW-CHPD": { "zone": { "zoneName": "Chelan County", "countryName": "USA" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "US-NW-DOPD": { "zone": { "zoneName": "Douglas County", "countryName": "USA" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "US-NW-GCPD": { "zone": { "zoneName": "Grant County", "countryName": "USA" }, "carbonIntensity": { "value": 37, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "US-NW-GRID": { "zone": { "zoneName": "Gridforce Energy Management", "countryName": "USA" }, "carbonIntensity": { "value": 561, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "US-NW-IPCO": { "zone": { "zoneName": "Idaho Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 363, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 57, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "US-NW-NEVP": { "zone": { "zoneName": "Nevada Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 471, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "US-NW-NWMT": { "zone": { "zoneName": "Northwestern Energy", "countryName": "USA" }, "carbonIntensity": { "value": 687, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "US-NW-PACE": { "zone": { "zoneName": "Pacificorp East", "countryName": "USA" }, "carbonIntensity": { "value": 670, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "US-NW-PACW": { "zone": { "zoneName": "Pacificorp West", "countryName": "USA" }, "carbonIntensity": { "value": 277, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 64, "unit": "%" }, "carbonFreeEnergy": { "value": 67, "unit": "%" } }, "US-NW-PGE": { "zone": { "zoneName": "Portland General Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 182, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 68, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "US-NW-PSCO": { "zone": { "zoneName": "Public Service Company of Colorado", "displayName": "PSCo", "countryName": "USA" }, "carbonIntensity": { "value": 568, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "US-NW-PSEI": { "zone": { "zoneName": "Puget Sound Energy", "countryName": "USA" }, "carbonIntensity": { "value": 136, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "US-NW-SCL": { "zone": { "zoneName": "Seattle City Light", "countryName": "USA" }, "carbonIntensity": { "value": 66, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "US-NW-TPWR": { "zone": { "zoneName": "City of Tacoma", "countryName": "USA" }, "carbonIntensity": { "value": 66, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 94, "unit": "%" } }, "US-NW-WACM": { "zone": { "zoneName": "Western Area Power Administration - Rocky Mountain Region", "displayName": "WAPA Rocky Mountains", "countryName": "USA" }, "carbonIntensity": { "value": 792, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "US-NW-WAUW": { "zone": { "zoneName": "Western Area Power Administration - Upper Great Plains West", "displayName": "WAPA Upper Great Plains", "countryName": "USA" }, "carbonIntensity": { "value": 343, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "US-NY-NYIS": { "zone": { "zoneName": "New York ISO", "countryName": "USA" }, "carbonIntensity": { "value": 289, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "US-SE-SEPA": { "zone": { "zoneName": "Southeastern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 503, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "US-SE-SOCO": { "zone": { "zoneName": "Southern Company Services", "countryName": "USA" }, "carbonIntensity": { "value": 463, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "US-SW-AZPS": { "zone": { "zoneName": "Arizona Public Service Company", "countryName": "USA" }, "carbonIntensity": { "value": 474, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "US-SW-EPE": { "zone": { "zoneName": "El Paso Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 612, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "US-SW-PNM": { "zone": { "zoneName": "Public Service Company of New Mexico", "countryName": "USA" }, "carbonIntensity": { "value": 596, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "US-SW-SRP": { "zone": { "zoneName": "Salt River Project", "countryName": "USA" }, "carbonIntensity": { "value": 286, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 54, "unit": "%" } }, "US-SW-TEPC": { "zone": { "zoneName": "Tucson Electric Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 615, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "US-SW-WALC": { "zone": { "zoneName": "Western Area Power Administration - Desert Southwest Region", "displayName": "WAPA Desert Southwest", "countryName": "USA" }, "carbonIntensity": { "value": 384, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "US-TEN-TVA": { "zone": { "zoneName": "Tennessee Valley Authority", "displayName": "TVA", "countryName": "USA" }, "carbonIntensity": { "value": 376, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "US-TEX-ERCO": { "zone": { "zoneName": "Electric Reliability Council of Texas", "displayName": "ERCOT", "countryName": "USA" }, "carbonIntensity": { "value": 410, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "UY": { "zone": { "zoneName": "Uruguay" }, "carbonIntensity": { "value": 99, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "UZ": { "zone": { "zoneName": "Uzbekistan" }, "carbonIntensity": { "value": 473, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "VC": { "zone": { "zoneName": "Saint Vincent and the Grenadines" }, "carbonIntensity": { "value": 610, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "VE": { "zone": { "zoneName": "Venezuela" }, "carbonIntensity": { "value": 136, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 78, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "VI": { "zone": { "zoneName": "Virgin Islands", "countryName": "USA" }, "carbonIntensity": { "value": 681, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "VN": { "zone": { "zoneName": "Vietnam" }, "carbonIntensity": { "value": 381, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "VU": { "zone": { "zoneName": "Vanuatu" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "WS": { "zone": { "zoneName": "Samoa" }, "carbonIntensity": { "value": 420, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "XK": { "zone": { "zoneName": "Kosovo" }, "carbonIntensity": { "value": 675, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "YE": { "zone": { "zoneName": "Yemen" }, "carbonIntensity": { "value": 527, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "YT": { "zone": { "zoneName": "Mayotte" }, "carbonIntensity": { "value": 577, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "ZA": { "zone": { "zoneName": "South Africa" }, "carbonIntensity": { "value": 704, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "ZM": { "zone": { "zoneName": "Zambia" }, "carbonIntensity": { "value": 113, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "ZW": { "zone": { "zoneName": "Zimbabwe" }, "carbonIntensity": { "value": 273, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } } };
const yearly_2022_methodology = "https://www.electricitymaps.com/data/methodology";
var yearly_2022_default = { data: yearly_2022_data, methodology: yearly_2022_methodology };


;// CONCATENATED MODULE: ./node_modules/@tgwf/co2/dist/esm/data/electricity-maps/yearly_2021.js
const yearly_2021_data = { "AE": { "zone": { "zoneName": "United Arab Emirates" }, "carbonIntensity": { "value": 447, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "AF": { "zone": { "zoneName": "Afghanistan" }, "carbonIntensity": { "value": 112, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 88, "unit": "%" }, "carbonFreeEnergy": { "value": 88, "unit": "%" } }, "AG": { "zone": { "zoneName": "Antigua and Barbuda" }, "carbonIntensity": { "value": 663, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "AL": { "zone": { "zoneName": "Albania" }, "carbonIntensity": { "value": 121, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 85, "unit": "%" }, "carbonFreeEnergy": { "value": 85, "unit": "%" } }, "AM": { "zone": { "zoneName": "Armenia" }, "carbonIntensity": { "value": 222, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "AO": { "zone": { "zoneName": "Angola" }, "carbonIntensity": { "value": 177, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "AR": { "zone": { "zoneName": "Argentina" }, "carbonIntensity": { "value": 345, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "AT": { "zone": { "zoneName": "Austria" }, "carbonIntensity": { "value": 224, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "AU": { "zone": { "zoneName": "Australia" }, "carbonIntensity": { "value": 568, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "AU-NSW": { "zone": { "zoneName": "New South Wales", "countryName": "Australia" }, "carbonIntensity": { "value": 652, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "AU-NT": { "zone": { "zoneName": "Northern Territory", "countryName": "Australia" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "AU-QLD": { "zone": { "zoneName": "Queensland", "countryName": "Australia" }, "carbonIntensity": { "value": 679, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "AU-SA": { "zone": { "zoneName": "South Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 199, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "AU-TAS": { "zone": { "zoneName": "Tasmania", "countryName": "Australia" }, "carbonIntensity": { "value": 23, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "AU-TAS-FI": { "zone": { "zoneName": "Flinders Island", "countryName": "Australia" }, "carbonIntensity": { "value": 255, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "AU-TAS-KI": { "zone": { "zoneName": "King Island", "countryName": "Australia" }, "carbonIntensity": { "value": 291, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "AU-VIC": { "zone": { "zoneName": "Victoria", "countryName": "Australia" }, "carbonIntensity": { "value": 586, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "AU-WA": { "zone": { "zoneName": "Western Australia", "countryName": "Australia" }, "carbonIntensity": { "value": 464, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "AU-WA-RI": { "zone": { "zoneName": "Rottnest Island", "countryName": "Australia" }, "carbonIntensity": { "value": 503, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "AW": { "zone": { "zoneName": "Aruba" }, "carbonIntensity": { "value": 544, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "AX": { "zone": { "zoneName": "\xC5land Islands" }, "carbonIntensity": { "value": 33, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "AZ": { "zone": { "zoneName": "Azerbaijan" }, "carbonIntensity": { "value": 470, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "BA": { "zone": { "zoneName": "Bosnia and Herzegovina" }, "carbonIntensity": { "value": 522, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "BB": { "zone": { "zoneName": "Barbados" }, "carbonIntensity": { "value": 647, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "BD": { "zone": { "zoneName": "Bangladesh" }, "carbonIntensity": { "value": 558, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "BE": { "zone": { "zoneName": "Belgium" }, "carbonIntensity": { "value": 179, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "BF": { "zone": { "zoneName": "Burkina Faso" }, "carbonIntensity": { "value": 559, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "BG": { "zone": { "zoneName": "Bulgaria" }, "carbonIntensity": { "value": 469, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "BH": { "zone": { "zoneName": "Bahrain" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BI": { "zone": { "zoneName": "Burundi" }, "carbonIntensity": { "value": 237, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "BJ": { "zone": { "zoneName": "Benin" }, "carbonIntensity": { "value": 515, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "BN": { "zone": { "zoneName": "Brunei" }, "carbonIntensity": { "value": 563, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BO": { "zone": { "zoneName": "Bolivia" }, "carbonIntensity": { "value": 344, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "BR": { "zone": { "zoneName": "Brazil" }, "carbonIntensity": { "value": 169, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 76, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "BR-CS": { "zone": { "zoneName": "Central Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 170, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "BR-N": { "zone": { "zoneName": "North Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 184, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 76, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "BR-NE": { "zone": { "zoneName": "North-East Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 156, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 80, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "BR-S": { "zone": { "zoneName": "South Brazil", "countryName": "Brazil" }, "carbonIntensity": { "value": 170, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 76, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "BS": { "zone": { "zoneName": "Bahamas" }, "carbonIntensity": { "value": 697, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BT": { "zone": { "zoneName": "Bhutan" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "BW": { "zone": { "zoneName": "Botswana" }, "carbonIntensity": { "value": 811, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "BY": { "zone": { "zoneName": "Belarus" }, "carbonIntensity": { "value": 436, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 17, "unit": "%" } }, "BZ": { "zone": { "zoneName": "Belize" }, "carbonIntensity": { "value": 199, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "CA": { "zone": { "zoneName": "Canada" }, "carbonIntensity": { "value": 141, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 80, "unit": "%" } }, "CA-AB": { "zone": { "zoneName": "Alberta", "countryName": "Canada" }, "carbonIntensity": { "value": 502, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "CA-BC": { "zone": { "zoneName": "British Columbia", "countryName": "Canada" }, "carbonIntensity": { "value": 48, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "CA-MB": { "zone": { "zoneName": "Manitoba", "countryName": "Canada" }, "carbonIntensity": { "value": 57, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 94, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "CA-NB": { "zone": { "zoneName": "New Brunswick", "countryName": "Canada" }, "carbonIntensity": { "value": 134, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 83, "unit": "%" } }, "CA-NL": { "zone": { "zoneName": "Newfoundland and Labrador", "countryName": "Canada" }, "carbonIntensity": { "value": 37, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "CA-NS": { "zone": { "zoneName": "Nova Scotia", "countryName": "Canada" }, "carbonIntensity": { "value": 511, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "CA-NT": { "zone": { "zoneName": "Northwest Territories", "countryName": "Canada" }, "carbonIntensity": { "value": 184, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "CA-NU": { "zone": { "zoneName": "Nunavut", "countryName": "Canada" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "CA-ON": { "zone": { "zoneName": "Ontario", "countryName": "Canada" }, "carbonIntensity": { "value": 54, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "CA-PE": { "zone": { "zoneName": "Prince Edward Island", "countryName": "Canada" }, "carbonIntensity": { "value": 90, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "CA-QC": { "zone": { "zoneName": "Qu\xE9bec", "countryName": "Canada" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CA-SK": { "zone": { "zoneName": "Saskatchewan", "countryName": "Canada" }, "carbonIntensity": { "value": 561, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "CA-YT": { "zone": { "zoneName": "Yukon", "countryName": "Canada" }, "carbonIntensity": { "value": 170, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "CD": { "zone": { "zoneName": "Democratic Republic of the Congo" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CF": { "zone": { "zoneName": "Central African Republic" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "CG": { "zone": { "zoneName": "Congo" }, "carbonIntensity": { "value": 387, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "CH": { "zone": { "zoneName": "Switzerland" }, "carbonIntensity": { "value": 107, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "CI": { "zone": { "zoneName": "Ivory Coast" }, "carbonIntensity": { "value": 385, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "CL-SEN": { "zone": { "zoneName": "Sistema El\xE9ctrico Nacional", "countryName": "Chile" }, "carbonIntensity": { "value": 405, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "CM": { "zone": { "zoneName": "Cameroon" }, "carbonIntensity": { "value": 191, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 67, "unit": "%" }, "carbonFreeEnergy": { "value": 67, "unit": "%" } }, "CN": { "zone": { "zoneName": "China" }, "carbonIntensity": { "value": 552, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "CO": { "zone": { "zoneName": "Colombia" }, "carbonIntensity": { "value": 126, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 83, "unit": "%" }, "carbonFreeEnergy": { "value": 83, "unit": "%" } }, "CR": { "zone": { "zoneName": "Costa Rica" }, "carbonIntensity": { "value": 33, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "CU": { "zone": { "zoneName": "Cuba" }, "carbonIntensity": { "value": 612, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "CV": { "zone": { "zoneName": "Cabo Verde" }, "carbonIntensity": { "value": 573, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "CW": { "zone": { "zoneName": "Cura\xE7ao" }, "carbonIntensity": { "value": 482, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "CY": { "zone": { "zoneName": "Cyprus" }, "carbonIntensity": { "value": 820, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "CZ": { "zone": { "zoneName": "Czechia" }, "carbonIntensity": { "value": 555, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "DE": { "zone": { "zoneName": "Germany" }, "carbonIntensity": { "value": 439, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "DJ": { "zone": { "zoneName": "Djibouti" }, "carbonIntensity": { "value": 459, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "DK": { "zone": { "zoneName": "Denmark" }, "carbonIntensity": { "value": 211, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 79, "unit": "%" } }, "DK-BHM": { "zone": { "zoneName": "Bornholm", "countryName": "Denmark" }, "carbonIntensity": { "value": 63, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 85, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "DK-DK1": { "zone": { "zoneName": "West Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 212, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "DK-DK2": { "zone": { "zoneName": "East Denmark", "countryName": "Denmark" }, "carbonIntensity": { "value": 211, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 72, "unit": "%" }, "carbonFreeEnergy": { "value": 82, "unit": "%" } }, "DM": { "zone": { "zoneName": "Dominica" }, "carbonIntensity": { "value": 603, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "DO": { "zone": { "zoneName": "Dominican Republic" }, "carbonIntensity": { "value": 543, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "DZ": { "zone": { "zoneName": "Algeria" }, "carbonIntensity": { "value": 487, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "EC": { "zone": { "zoneName": "Ecuador" }, "carbonIntensity": { "value": 147, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 81, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "EE": { "zone": { "zoneName": "Estonia" }, "carbonIntensity": { "value": 386, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "EG": { "zone": { "zoneName": "Egypt" }, "carbonIntensity": { "value": 444, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "ER": { "zone": { "zoneName": "Eritrea" }, "carbonIntensity": { "value": 632, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "ES": { "zone": { "zoneName": "Spain" }, "carbonIntensity": { "value": 172, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "ES-CE": { "zone": { "zoneName": "Ceuta", "countryName": "Spain" }, "carbonIntensity": { "value": 650, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "ES-CN-FV": { "zone": { "zoneName": "Fuerteventura", "countryName": "Spain" }, "carbonIntensity": { "value": 779, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "ES-CN-GC": { "zone": { "zoneName": "Gran Canaria", "countryName": "Spain" }, "carbonIntensity": { "value": 738, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "ES-CN-HI": { "zone": { "zoneName": "El Hierro", "countryName": "Spain" }, "carbonIntensity": { "value": 424, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 56, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "ES-CN-IG": { "zone": { "zoneName": "Isla de la Gomera", "countryName": "Spain" }, "carbonIntensity": { "value": 951, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "ES-CN-LP": { "zone": { "zoneName": "La Palma", "countryName": "Spain" }, "carbonIntensity": { "value": 832, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "ES-CN-LZ": { "zone": { "zoneName": "Lanzarote", "countryName": "Spain" }, "carbonIntensity": { "value": 831, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "ES-CN-TE": { "zone": { "zoneName": "Tenerife", "countryName": "Spain" }, "carbonIntensity": { "value": 746, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "ES-IB-FO": { "zone": { "zoneName": "Formentera", "countryName": "Spain" }, "carbonIntensity": { "value": 613, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "ES-IB-IZ": { "zone": { "zoneName": "Ibiza", "countryName": "Spain" }, "carbonIntensity": { "value": 508, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "ES-IB-MA": { "zone": { "zoneName": "Mallorca", "countryName": "Spain" }, "carbonIntensity": { "value": 440, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "ES-IB-ME": { "zone": { "zoneName": "Menorca", "countryName": "Spain" }, "carbonIntensity": { "value": 909, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "ES-ML": { "zone": { "zoneName": "Melilla", "countryName": "Spain" }, "carbonIntensity": { "value": 619, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "ET": { "zone": { "zoneName": "Ethiopia" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "FI": { "zone": { "zoneName": "Finland" }, "carbonIntensity": { "value": 168, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 79, "unit": "%" } }, "FJ": { "zone": { "zoneName": "Fiji" }, "carbonIntensity": { "value": 299, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "FK": { "zone": { "zoneName": "Falkland Islands" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "FM": { "zone": { "zoneName": "Micronesia" }, "carbonIntensity": { "value": 614, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "FO": { "zone": { "zoneName": "Faroe Islands" }, "carbonIntensity": { "value": 543, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 53, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "FO-MI": { "zone": { "zoneName": "Main Islands", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 542, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 53, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "FO-SI": { "zone": { "zoneName": "South Island", "countryName": "Faroe Islands" }, "carbonIntensity": { "value": 564, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "FR": { "zone": { "zoneName": "France" }, "carbonIntensity": { "value": 60, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 91, "unit": "%" } }, "FR-COR": { "zone": { "zoneName": "Corsica", "countryName": "France" }, "carbonIntensity": { "value": 351, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "GA": { "zone": { "zoneName": "Gabon" }, "carbonIntensity": { "value": 299, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "GB": { "zone": { "zoneName": "Great Britain" }, "carbonIntensity": { "value": 239, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "GB-NIR": { "zone": { "zoneName": "Northern Ireland" }, "carbonIntensity": { "value": 376, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "GB-ORK": { "zone": { "zoneName": "Orkney Islands", "countryName": "Great Britain" }, "carbonIntensity": { "value": 89, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 79, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "GE": { "zone": { "zoneName": "Georgia" }, "carbonIntensity": { "value": 159, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 70, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "GF": { "zone": { "zoneName": "French Guiana" }, "carbonIntensity": { "value": 169, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "GH": { "zone": { "zoneName": "Ghana" }, "carbonIntensity": { "value": 333, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "GI": { "zone": { "zoneName": "Gibraltar" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GL": { "zone": { "zoneName": "Greenland" }, "carbonIntensity": { "value": 130, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 84, "unit": "%" }, "carbonFreeEnergy": { "value": 84, "unit": "%" } }, "GM": { "zone": { "zoneName": "Gambia" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GN": { "zone": { "zoneName": "Guinea" }, "carbonIntensity": { "value": 206, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "GP": { "zone": { "zoneName": "Guadeloupe" }, "carbonIntensity": { "value": 348, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "GQ": { "zone": { "zoneName": "Equatorial Guinea" }, "carbonIntensity": { "value": 340, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "GR": { "zone": { "zoneName": "Greece" }, "carbonIntensity": { "value": 426, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "GS": { "zone": { "zoneName": "South Georgia and the South Sandwich Islands" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "GT": { "zone": { "zoneName": "Guatemala" }, "carbonIntensity": { "value": 362, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 55, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "GU": { "zone": { "zoneName": "Guam" }, "carbonIntensity": { "value": 670, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "GW": { "zone": { "zoneName": "Guinea-Bissau" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "GY": { "zone": { "zoneName": "Guyana" }, "carbonIntensity": { "value": 690, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "HK": { "zone": { "zoneName": "Hong Kong" }, "carbonIntensity": { "value": 609, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "HN": { "zone": { "zoneName": "Honduras" }, "carbonIntensity": { "value": 280, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "HR": { "zone": { "zoneName": "Croatia" }, "carbonIntensity": { "value": 307, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "HT": { "zone": { "zoneName": "Haiti" }, "carbonIntensity": { "value": 567, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "HU": { "zone": { "zoneName": "Hungary" }, "carbonIntensity": { "value": 305, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "ID": { "zone": { "zoneName": "Indonesia" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "IE": { "zone": { "zoneName": "Ireland" }, "carbonIntensity": { "value": 373, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "IL": { "zone": { "zoneName": "Israel" }, "carbonIntensity": { "value": 537, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "IN": { "zone": { "zoneName": "Mainland India", "countryName": "India" }, "carbonIntensity": { "value": 583, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 26, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "IN-EA": { "zone": { "zoneName": "Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 676, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 17, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "IN-NE": { "zone": { "zoneName": "North Eastern India", "countryName": "India" }, "carbonIntensity": { "value": 397, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "IN-NO": { "zone": { "zoneName": "Northern India", "countryName": "India" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "IN-SO": { "zone": { "zoneName": "Southern India", "countryName": "India" }, "carbonIntensity": { "value": 482, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 36, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "IN-WE": { "zone": { "zoneName": "Western India", "countryName": "India" }, "carbonIntensity": { "value": 650, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "IQ": { "zone": { "zoneName": "Iraq" }, "carbonIntensity": { "value": 542, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "IR": { "zone": { "zoneName": "Iran" }, "carbonIntensity": { "value": 495, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "IS": { "zone": { "zoneName": "Iceland" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "IT": { "zone": { "zoneName": "Italy" }, "carbonIntensity": { "value": 354, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "IT-CNO": { "zone": { "zoneName": "Central North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 294, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 52, "unit": "%" }, "carbonFreeEnergy": { "value": 54, "unit": "%" } }, "IT-CSO": { "zone": { "zoneName": "Central South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 404, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "IT-NO": { "zone": { "zoneName": "North Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 323, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "IT-SAR": { "zone": { "zoneName": "Sardinia", "countryName": "Italy" }, "carbonIntensity": { "value": 583, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "IT-SIC": { "zone": { "zoneName": "Sicily", "countryName": "Italy" }, "carbonIntensity": { "value": 416, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "IT-SO": { "zone": { "zoneName": "South Italy", "countryName": "Italy" }, "carbonIntensity": { "value": 388, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "JM": { "zone": { "zoneName": "Jamaica" }, "carbonIntensity": { "value": 477, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "JO": { "zone": { "zoneName": "Jordan" }, "carbonIntensity": { "value": 392, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "JP": { "zone": { "zoneName": "Japan" }, "carbonIntensity": { "value": 483, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "JP-CB": { "zone": { "zoneName": "Ch\u016Bbu", "countryName": "Japan" }, "carbonIntensity": { "value": 513, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "JP-CG": { "zone": { "zoneName": "Ch\u016Bgoku", "countryName": "Japan" }, "carbonIntensity": { "value": 470, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "JP-HKD": { "zone": { "zoneName": "Hokkaid\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 470, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "JP-HR": { "zone": { "zoneName": "Hokuriku", "countryName": "Japan" }, "carbonIntensity": { "value": 463, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 30, "unit": "%" } }, "JP-KN": { "zone": { "zoneName": "Kansai", "countryName": "Japan" }, "carbonIntensity": { "value": 408, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "JP-KY": { "zone": { "zoneName": "Ky\u016Bsh\u016B", "countryName": "Japan" }, "carbonIntensity": { "value": 309, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 55, "unit": "%" } }, "JP-ON": { "zone": { "zoneName": "Okinawa", "countryName": "Japan" }, "carbonIntensity": { "value": 600, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "JP-SK": { "zone": { "zoneName": "Shikoku", "countryName": "Japan" }, "carbonIntensity": { "value": 617, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "JP-TH": { "zone": { "zoneName": "T\u014Dhoku", "countryName": "Japan" }, "carbonIntensity": { "value": 484, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 27, "unit": "%" } }, "JP-TK": { "zone": { "zoneName": "T\u014Dky\u014D", "countryName": "Japan" }, "carbonIntensity": { "value": 549, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "KE": { "zone": { "zoneName": "Kenya" }, "carbonIntensity": { "value": 96, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 90, "unit": "%" }, "carbonFreeEnergy": { "value": 90, "unit": "%" } }, "KG": { "zone": { "zoneName": "Kyrgyzstan" }, "carbonIntensity": { "value": 131, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 86, "unit": "%" }, "carbonFreeEnergy": { "value": 86, "unit": "%" } }, "KH": { "zone": { "zoneName": "Cambodia" }, "carbonIntensity": { "value": 351, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "KM": { "zone": { "zoneName": "Comoros" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KP": { "zone": { "zoneName": "North Korea" }, "carbonIntensity": { "value": 313, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 63, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "KR": { "zone": { "zoneName": "South Korea" }, "carbonIntensity": { "value": 489, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "KW": { "zone": { "zoneName": "Kuwait" }, "carbonIntensity": { "value": 515, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "KY": { "zone": { "zoneName": "Cayman Islands" }, "carbonIntensity": { "value": 681, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "KZ": { "zone": { "zoneName": "Kazakhstan" }, "carbonIntensity": { "value": 646, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "LA": { "zone": { "zoneName": "Laos" }, "carbonIntensity": { "value": 235, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 74, "unit": "%" }, "carbonFreeEnergy": { "value": 74, "unit": "%" } }, "LB": { "zone": { "zoneName": "Lebanon" }, "carbonIntensity": { "value": 595, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "LC": { "zone": { "zoneName": "Saint Lucia" }, "carbonIntensity": { "value": 684, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "LK": { "zone": { "zoneName": "Sri Lanka" }, "carbonIntensity": { "value": 388, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 51, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "LR": { "zone": { "zoneName": "Liberia" }, "carbonIntensity": { "value": 469, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "LS": { "zone": { "zoneName": "Lesotho" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "LT": { "zone": { "zoneName": "Lithuania" }, "carbonIntensity": { "value": 293, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "LU": { "zone": { "zoneName": "Luxembourg" }, "carbonIntensity": { "value": 290, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 44, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "LV": { "zone": { "zoneName": "Latvia" }, "carbonIntensity": { "value": 299, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 48, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "LY": { "zone": { "zoneName": "Libya" }, "carbonIntensity": { "value": 527, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "MA": { "zone": { "zoneName": "Morocco" }, "carbonIntensity": { "value": 609, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "MD": { "zone": { "zoneName": "Moldova" }, "carbonIntensity": { "value": 445, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "ME": { "zone": { "zoneName": "Montenegro" }, "carbonIntensity": { "value": 407, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 50, "unit": "%" }, "carbonFreeEnergy": { "value": 51, "unit": "%" } }, "MG": { "zone": { "zoneName": "Madagascar" }, "carbonIntensity": { "value": 478, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "MK": { "zone": { "zoneName": "North Macedonia" }, "carbonIntensity": { "value": 501, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "ML": { "zone": { "zoneName": "Mali" }, "carbonIntensity": { "value": 440, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "MM": { "zone": { "zoneName": "Myanmar" }, "carbonIntensity": { "value": 333, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "MN": { "zone": { "zoneName": "Mongolia" }, "carbonIntensity": { "value": 724, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "MO": { "zone": { "zoneName": "Macao" }, "carbonIntensity": { "value": 398, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 42, "unit": "%" } }, "MQ": { "zone": { "zoneName": "Martinique" }, "carbonIntensity": { "value": 567, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "MR": { "zone": { "zoneName": "Mauritania" }, "carbonIntensity": { "value": 509, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "MT": { "zone": { "zoneName": "Malta" }, "carbonIntensity": { "value": 526, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "MU": { "zone": { "zoneName": "Mauritius" }, "carbonIntensity": { "value": 614, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "MV": { "zone": { "zoneName": "Maldives" }, "carbonIntensity": { "value": 661, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "MW": { "zone": { "zoneName": "Malawi" }, "carbonIntensity": { "value": 59, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "MX": { "zone": { "zoneName": "Mexico" }, "carbonIntensity": { "value": 365, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "MY": { "zone": { "zoneName": "Malaysia" }, "carbonIntensity": { "value": 562, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "MY-EM": { "zone": { "zoneName": "Borneo", "countryName": "Malaysia" }, "carbonIntensity": { "value": 343, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "MY-WM": { "zone": { "zoneName": "Peninsula", "countryName": "Malaysia" }, "carbonIntensity": { "value": 656, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "MZ": { "zone": { "zoneName": "Mozambique" }, "carbonIntensity": { "value": 106, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 83, "unit": "%" }, "carbonFreeEnergy": { "value": 83, "unit": "%" } }, "NA": { "zone": { "zoneName": "Namibia" }, "carbonIntensity": { "value": 52, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "NC": { "zone": { "zoneName": "New Caledonia" }, "carbonIntensity": { "value": 597, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "NE": { "zone": { "zoneName": "Niger" }, "carbonIntensity": { "value": 664, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "NG": { "zone": { "zoneName": "Nigeria" }, "carbonIntensity": { "value": 374, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "NI": { "zone": { "zoneName": "Nicaragua" }, "carbonIntensity": { "value": 199, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 76, "unit": "%" }, "carbonFreeEnergy": { "value": 76, "unit": "%" } }, "NL": { "zone": { "zoneName": "Netherlands" }, "carbonIntensity": { "value": 377, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "NO": { "zone": { "zoneName": "Norway" }, "carbonIntensity": { "value": 32, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO1": { "zone": { "zoneName": "Southeast Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 30, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO2": { "zone": { "zoneName": "Southwest Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 36, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO3": { "zone": { "zoneName": "Middle Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO4": { "zone": { "zoneName": "North Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 29, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NO-NO5": { "zone": { "zoneName": "West Norway", "countryName": "Norway" }, "carbonIntensity": { "value": 36, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "NP": { "zone": { "zoneName": "Nepal" }, "carbonIntensity": { "value": 32, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "NZ": { "zone": { "zoneName": "New Zealand" }, "carbonIntensity": { "value": 140, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 81, "unit": "%" }, "carbonFreeEnergy": { "value": 81, "unit": "%" } }, "OM": { "zone": { "zoneName": "Oman" }, "carbonIntensity": { "value": 493, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 1, "unit": "%" } }, "PA": { "zone": { "zoneName": "Panama" }, "carbonIntensity": { "value": 228, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 69, "unit": "%" }, "carbonFreeEnergy": { "value": 69, "unit": "%" } }, "PE": { "zone": { "zoneName": "Peru" }, "carbonIntensity": { "value": 184, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 66, "unit": "%" }, "carbonFreeEnergy": { "value": 66, "unit": "%" } }, "PF": { "zone": { "zoneName": "French Polynesia" }, "carbonIntensity": { "value": 442, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "PG": { "zone": { "zoneName": "Papua New Guinea" }, "carbonIntensity": { "value": 508, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 23, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "PH": { "zone": { "zoneName": "Philippines" }, "carbonIntensity": { "value": 618, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "PH-LU": { "zone": { "zoneName": "Luzon", "countryName": "Philippines" }, "carbonIntensity": { "value": 637, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "PH-MI": { "zone": { "zoneName": "Mindanao", "countryName": "Philippines" }, "carbonIntensity": { "value": 546, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "PH-VI": { "zone": { "zoneName": "Visayas", "countryName": "Philippines" }, "carbonIntensity": { "value": 602, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "PK": { "zone": { "zoneName": "Pakistan" }, "carbonIntensity": { "value": 359, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 45, "unit": "%" } }, "PL": { "zone": { "zoneName": "Poland" }, "carbonIntensity": { "value": 851, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "PM": { "zone": { "zoneName": "Saint Pierre and Miquelon" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "PR": { "zone": { "zoneName": "Puerto Rico" }, "carbonIntensity": { "value": 477, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 40, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "PS": { "zone": { "zoneName": "State of Palestine" }, "carbonIntensity": { "value": 542, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 24, "unit": "%" }, "carbonFreeEnergy": { "value": 24, "unit": "%" } }, "PT": { "zone": { "zoneName": "Portugal" }, "carbonIntensity": { "value": 204, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 65, "unit": "%" } }, "PT-MA": { "zone": { "zoneName": "Madeira", "countryName": "Portugal" }, "carbonIntensity": { "value": 618, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "PW": { "zone": { "zoneName": "Palau" }, "carbonIntensity": { "value": 611, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "PY": { "zone": { "zoneName": "Paraguay" }, "carbonIntensity": { "value": 42, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 96, "unit": "%" } }, "QA": { "zone": { "zoneName": "Qatar" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "RE": { "zone": { "zoneName": "R\xE9union" }, "carbonIntensity": { "value": 523, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "RO": { "zone": { "zoneName": "Romania" }, "carbonIntensity": { "value": 391, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "RS": { "zone": { "zoneName": "Serbia" }, "carbonIntensity": { "value": 519, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 34, "unit": "%" }, "carbonFreeEnergy": { "value": 38, "unit": "%" } }, "RU-1": { "zone": { "zoneName": "Europe-Ural", "countryName": "Russia" }, "carbonIntensity": { "value": 350, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 34, "unit": "%" } }, "RU-2": { "zone": { "zoneName": "Siberia", "countryName": "Russia" }, "carbonIntensity": { "value": 337, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 59, "unit": "%" }, "carbonFreeEnergy": { "value": 59, "unit": "%" } }, "RU-AS": { "zone": { "zoneName": "East", "countryName": "Russia" }, "carbonIntensity": { "value": 415, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 41, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "RW": { "zone": { "zoneName": "Rwanda" }, "carbonIntensity": { "value": 260, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 58, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "SA": { "zone": { "zoneName": "Saudi Arabia" }, "carbonIntensity": { "value": 555, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "SB": { "zone": { "zoneName": "Solomon Islands" }, "carbonIntensity": { "value": 700, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "SC": { "zone": { "zoneName": "Seychelles" }, "carbonIntensity": { "value": 612, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 13, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "SD": { "zone": { "zoneName": "Sudan" }, "carbonIntensity": { "value": 260, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 62, "unit": "%" }, "carbonFreeEnergy": { "value": 62, "unit": "%" } }, "SE": { "zone": { "zoneName": "Sweden" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 68, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "SE-SE1": { "zone": { "zoneName": "North Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 15, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE2": { "zone": { "zoneName": "North Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 17, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE3": { "zone": { "zoneName": "South Central Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 24, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 59, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "SE-SE4": { "zone": { "zoneName": "South Sweden", "countryName": "Sweden" }, "carbonIntensity": { "value": 51, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 67, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "SG": { "zone": { "zoneName": "Singapore" }, "carbonIntensity": { "value": 491, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "SI": { "zone": { "zoneName": "Slovenia" }, "carbonIntensity": { "value": 271, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 45, "unit": "%" }, "carbonFreeEnergy": { "value": 72, "unit": "%" } }, "SK": { "zone": { "zoneName": "Slovakia" }, "carbonIntensity": { "value": 331, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 63, "unit": "%" } }, "SL": { "zone": { "zoneName": "Sierra Leone" }, "carbonIntensity": { "value": 59, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 95, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "SN": { "zone": { "zoneName": "Senegal" }, "carbonIntensity": { "value": 561, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "SO": { "zone": { "zoneName": "Somalia" }, "carbonIntensity": { "value": 630, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 11, "unit": "%" } }, "SR": { "zone": { "zoneName": "Suriname" }, "carbonIntensity": { "value": 346, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 49, "unit": "%" }, "carbonFreeEnergy": { "value": 49, "unit": "%" } }, "SS": { "zone": { "zoneName": "South Sudan" }, "carbonIntensity": { "value": 633, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "ST": { "zone": { "zoneName": "S\xE3o Tom\xE9 and Pr\xEDncipe" }, "carbonIntensity": { "value": 622, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "SV": { "zone": { "zoneName": "El Salvador" }, "carbonIntensity": { "value": 182, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 78, "unit": "%" }, "carbonFreeEnergy": { "value": 78, "unit": "%" } }, "SY": { "zone": { "zoneName": "Syria" }, "carbonIntensity": { "value": 557, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 4, "unit": "%" } }, "SZ": { "zone": { "zoneName": "Eswatini" }, "carbonIntensity": { "value": 122, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 97, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "TD": { "zone": { "zoneName": "Chad" }, "carbonIntensity": { "value": 639, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TG": { "zone": { "zoneName": "Togo" }, "carbonIntensity": { "value": 390, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 22, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "TH": { "zone": { "zoneName": "Thailand" }, "carbonIntensity": { "value": 503, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 15, "unit": "%" }, "carbonFreeEnergy": { "value": 15, "unit": "%" } }, "TJ": { "zone": { "zoneName": "Tajikistan" }, "carbonIntensity": { "value": 81, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 92, "unit": "%" }, "carbonFreeEnergy": { "value": 92, "unit": "%" } }, "TL": { "zone": { "zoneName": "Timor-Leste" }, "carbonIntensity": { "value": 649, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TM": { "zone": { "zoneName": "Turkmenistan" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TN": { "zone": { "zoneName": "Tunisia" }, "carbonIntensity": { "value": 480, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "TO": { "zone": { "zoneName": "Tonga" }, "carbonIntensity": { "value": 606, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "TR": { "zone": { "zoneName": "Turkey" }, "carbonIntensity": { "value": 448, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "TT": { "zone": { "zoneName": "Trinidad and Tobago" }, "carbonIntensity": { "value": 490, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "TW": { "zone": { "zoneName": "Taiwan" }, "carbonIntensity": { "value": 541, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "TZ": { "zone": { "zoneName": "Tanzania" }, "carbonIntensity": { "value": 322, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 37, "unit": "%" }, "carbonFreeEnergy": { "value": 37, "unit": "%" } }, "UG": { "zone": { "zoneName": "Uganda" }, "carbonIntensity": { "value": 54, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 98, "unit": "%" }, "carbonFreeEnergy": { "value": 98, "unit": "%" } }, "US": { "zone": { "zoneName": "United States" }, "carbonIntensity": { "value": 444, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 20, "unit": "%" }, "carbonFreeEnergy": { "value": 40, "unit": "%" } }, "US-AK": { "zone": { "zoneName": "Alaska", "countryName": "USA" }, "carbonIntensity": { "value": 513, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "US-AK-SEAPA": { "zone": { "zoneName": "Southeast Alaska Power Agency", "countryName": "USA" }, "carbonIntensity": { "value": 28, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "US-CAL-BANC": { "zone": { "zoneName": "Balancing Authority of Northern California", "displayName": "BANC", "countryName": "USA" }, "carbonIntensity": { "value": 281, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 50, "unit": "%" } }, "US-CAL-CISO": { "zone": { "zoneName": "CAISO", "displayName": "California ISO", "countryName": "USA" }, "carbonIntensity": { "value": 278, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 42, "unit": "%" }, "carbonFreeEnergy": { "value": 53, "unit": "%" } }, "US-CAL-IID": { "zone": { "zoneName": "Imperial Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 608, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 10, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "US-CAL-LDWP": { "zone": { "zoneName": "Los Angeles Department of Water and Power", "countryName": "USA" }, "carbonIntensity": { "value": 417, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 39, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "US-CAL-TIDC": { "zone": { "zoneName": "Turlock Irrigation District", "countryName": "USA" }, "carbonIntensity": { "value": 389, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "US-CAR-CPLE": { "zone": { "zoneName": "Duke Energy Progress East", "countryName": "USA" }, "carbonIntensity": { "value": 319, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "US-CAR-CPLW": { "zone": { "zoneName": "Duke Energy Progress West", "countryName": "USA" }, "carbonIntensity": { "value": 485, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 20, "unit": "%" } }, "US-CAR-DUK": { "zone": { "zoneName": "Duke Energy Carolinas", "countryName": "USA" }, "carbonIntensity": { "value": 291, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 58, "unit": "%" } }, "US-CAR-SC": { "zone": { "zoneName": "South Carolina Public Service Authority", "countryName": "USA" }, "carbonIntensity": { "value": 631, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "US-CAR-SCEG": { "zone": { "zoneName": "South Carolina Electric & Gas Company", "countryName": "USA" }, "carbonIntensity": { "value": 474, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 11, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "US-CAR-YAD": { "zone": { "zoneName": "Alcoa Power Generating, Inc. Yadkin Division", "displayName": "Alcoa Power Generating", "countryName": "USA" }, "carbonIntensity": { "value": 54, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 95, "unit": "%" } }, "US-CENT-SPA": { "zone": { "zoneName": "Southwestern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 210, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 73, "unit": "%" }, "carbonFreeEnergy": { "value": 73, "unit": "%" } }, "US-CENT-SWPP": { "zone": { "zoneName": "Southwest Power Pool", "displayName": "SPP", "countryName": "USA" }, "carbonIntensity": { "value": 502, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 38, "unit": "%" }, "carbonFreeEnergy": { "value": 44, "unit": "%" } }, "US-FLA-FMPP": { "zone": { "zoneName": "Florida Municipal Power Pool", "countryName": "USA" }, "carbonIntensity": { "value": 586, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 10, "unit": "%" } }, "US-FLA-FPC": { "zone": { "zoneName": "Duke Energy Florida", "countryName": "USA" }, "carbonIntensity": { "value": 546, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "US-FLA-FPL": { "zone": { "zoneName": "Florida Power and Light Company", "countryName": "USA" }, "carbonIntensity": { "value": 401, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "US-FLA-GVL": { "zone": { "zoneName": "Gainesville Regional Utilities", "countryName": "USA" }, "carbonIntensity": { "value": 697, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 1, "unit": "%" }, "carbonFreeEnergy": { "value": 2, "unit": "%" } }, "US-FLA-HST": { "zone": { "zoneName": "City of Homestead", "countryName": "USA" }, "carbonIntensity": { "value": 402, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 26, "unit": "%" } }, "US-FLA-JEA": { "zone": { "zoneName": "Jacksonville Electric Authority", "countryName": "USA" }, "carbonIntensity": { "value": 681, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 8, "unit": "%" } }, "US-FLA-SEC": { "zone": { "zoneName": "Seminole Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 777, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 0, "unit": "%" }, "carbonFreeEnergy": { "value": 0, "unit": "%" } }, "US-FLA-TAL": { "zone": { "zoneName": "City of Tallahassee", "countryName": "USA" }, "carbonIntensity": { "value": 467, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 9, "unit": "%" } }, "US-FLA-TEC": { "zone": { "zoneName": "Tampa Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 559, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 5, "unit": "%" }, "carbonFreeEnergy": { "value": 5, "unit": "%" } }, "US-HI": { "zone": { "zoneName": "Hawaii", "countryName": "USA" }, "carbonIntensity": { "value": 834, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 19, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "US-MIDA-PJM": { "zone": { "zoneName": "PJM Interconnection", "displayName": "PJM", "countryName": "USA" }, "carbonIntensity": { "value": 439, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 6, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "US-MIDW-AECI": { "zone": { "zoneName": "Associated Electric Cooperative", "countryName": "USA" }, "carbonIntensity": { "value": 673, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "US-MIDW-LGEE": { "zone": { "zoneName": "Louisville Gas and Electric Company and Kentucky Utilities", "displayName": "Louisville Gas And Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 860, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 2, "unit": "%" }, "carbonFreeEnergy": { "value": 6, "unit": "%" } }, "US-MIDW-MISO": { "zone": { "zoneName": "Midcontinent ISO", "displayName": "MISO", "countryName": "USA" }, "carbonIntensity": { "value": 561, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 16, "unit": "%" }, "carbonFreeEnergy": { "value": 32, "unit": "%" } }, "US-NE-ISNE": { "zone": { "zoneName": "ISO New England", "countryName": "USA" }, "carbonIntensity": { "value": 272, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 52, "unit": "%" } }, "US-NW-AVA": { "zone": { "zoneName": "Avista Corporation", "countryName": "USA" }, "carbonIntensity": { "value": 200, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 68, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } }, "US-NW-BPAT": { "zone": { "zoneName": "Bonneville Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 92, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 82, "unit": "%" }, "carbonFreeEnergy": { "value": 89, "unit": "%" } }, "US-NW-CHPD": { "zone": { "zoneName": "Chelan County", "countryName": "USA" }, "carbonIntensity": { "value": 25, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 100, "unit": "%" }, "carbonFreeEnergy": { "value": 100, "unit": "%" } }, "US-NW-DOPD": { "zone": { "zoneName": "Douglas County", "countryName": "USA" }, "carbonIntensity": { "value": 27, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 99, "unit": "%" }, "carbonFreeEnergy": { "value": 99, "unit": "%" } }, "US-NW-GCPD": { "zone": { "zoneName": "Grant County", "countryName": "USA" }, "carbonIntensity": { "value": 42, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 96, "unit": "%" }, "carbonFreeEnergy": { "value": 97, "unit": "%" } }, "US-NW-GRID": { "zone": { "zoneName": "Gridforce Energy Management", "countryName": "USA" }, "carbonIntensity": { "value": 539, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 18, "unit": "%" } }, "US-NW-IPCO": { "zone": { "zoneName": "Idaho Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 369, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 55, "unit": "%" }, "carbonFreeEnergy": { "value": 56, "unit": "%" } }, "US-NW-NEVP": { "zone": { "zoneName": "Nevada Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 504, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 22, "unit": "%" } }, "US-NW-NWMT": { "zone": { "zoneName": "Northwestern Energy", "countryName": "USA" }, "carbonIntensity": { "value": 701, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 35, "unit": "%" }, "carbonFreeEnergy": { "value": 35, "unit": "%" } }, "US-NW-PACE": { "zone": { "zoneName": "Pacificorp East", "countryName": "USA" }, "carbonIntensity": { "value": 646, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 31, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "US-NW-PACW": { "zone": { "zoneName": "Pacificorp West", "countryName": "USA" }, "carbonIntensity": { "value": 397, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 54, "unit": "%" }, "carbonFreeEnergy": { "value": 57, "unit": "%" } }, "US-NW-PGE": { "zone": { "zoneName": "Portland General Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 201, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 64, "unit": "%" }, "carbonFreeEnergy": { "value": 70, "unit": "%" } }, "US-NW-PSCO": { "zone": { "zoneName": "Public Service Company of Colorado", "displayName": "PSCo", "countryName": "USA" }, "carbonIntensity": { "value": 610, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 33, "unit": "%" }, "carbonFreeEnergy": { "value": 33, "unit": "%" } }, "US-NW-PSEI": { "zone": { "zoneName": "Puget Sound Energy", "countryName": "USA" }, "carbonIntensity": { "value": 152, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 77, "unit": "%" } }, "US-NW-SCL": { "zone": { "zoneName": "Seattle City Light", "countryName": "USA" }, "carbonIntensity": { "value": 67, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "US-NW-TPWR": { "zone": { "zoneName": "City of Tacoma", "countryName": "USA" }, "carbonIntensity": { "value": 66, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 89, "unit": "%" }, "carbonFreeEnergy": { "value": 93, "unit": "%" } }, "US-NW-WACM": { "zone": { "zoneName": "Western Area Power Administration - Rocky Mountain Region", "displayName": "WAPA Rocky Mountains", "countryName": "USA" }, "carbonIntensity": { "value": 777, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 30, "unit": "%" }, "carbonFreeEnergy": { "value": 31, "unit": "%" } }, "US-NW-WAUW": { "zone": { "zoneName": "Western Area Power Administration - Upper Great Plains West", "displayName": "WAPA Upper Great Plains", "countryName": "USA" }, "carbonIntensity": { "value": 353, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 61, "unit": "%" }, "carbonFreeEnergy": { "value": 64, "unit": "%" } }, "US-NY-NYIS": { "zone": { "zoneName": "New York ISO", "countryName": "USA" }, "carbonIntensity": { "value": 266, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 29, "unit": "%" }, "carbonFreeEnergy": { "value": 54, "unit": "%" } }, "US-SE-SEPA": { "zone": { "zoneName": "Southeastern Power Administration", "countryName": "USA" }, "carbonIntensity": { "value": 449, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "US-SE-SOCO": { "zone": { "zoneName": "Southern Company Services", "countryName": "USA" }, "carbonIntensity": { "value": 462, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 28, "unit": "%" } }, "US-SW-AZPS": { "zone": { "zoneName": "Arizona Public Service Company", "countryName": "USA" }, "carbonIntensity": { "value": 461, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 9, "unit": "%" }, "carbonFreeEnergy": { "value": 36, "unit": "%" } }, "US-SW-EPE": { "zone": { "zoneName": "El Paso Electric Company", "countryName": "USA" }, "carbonIntensity": { "value": 655, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 16, "unit": "%" } }, "US-SW-PNM": { "zone": { "zoneName": "Public Service Company of New Mexico", "countryName": "USA" }, "carbonIntensity": { "value": 685, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 27, "unit": "%" }, "carbonFreeEnergy": { "value": 29, "unit": "%" } }, "US-SW-SRP": { "zone": { "zoneName": "Salt River Project", "countryName": "USA" }, "carbonIntensity": { "value": 291, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 4, "unit": "%" }, "carbonFreeEnergy": { "value": 54, "unit": "%" } }, "US-SW-TEPC": { "zone": { "zoneName": "Tucson Electric Power Company", "countryName": "USA" }, "carbonIntensity": { "value": 651, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 23, "unit": "%" } }, "US-SW-WALC": { "zone": { "zoneName": "Western Area Power Administration - Desert Southwest Region", "displayName": "WAPA Desert Southwest", "countryName": "USA" }, "carbonIntensity": { "value": 399, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 32, "unit": "%" }, "carbonFreeEnergy": { "value": 41, "unit": "%" } }, "US-TEN-TVA": { "zone": { "zoneName": "Tennessee Valley Authority", "displayName": "TVA", "countryName": "USA" }, "carbonIntensity": { "value": 366, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 54, "unit": "%" } }, "US-TEX-ERCO": { "zone": { "zoneName": "Electric Reliability Council of Texas", "displayName": "ERCOT", "countryName": "USA" }, "carbonIntensity": { "value": 431, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 28, "unit": "%" }, "carbonFreeEnergy": { "value": 39, "unit": "%" } }, "UY": { "zone": { "zoneName": "Uruguay" }, "carbonIntensity": { "value": 145, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 82, "unit": "%" }, "carbonFreeEnergy": { "value": 82, "unit": "%" } }, "UZ": { "zone": { "zoneName": "Uzbekistan" }, "carbonIntensity": { "value": 483, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 7, "unit": "%" }, "carbonFreeEnergy": { "value": 7, "unit": "%" } }, "VC": { "zone": { "zoneName": "Saint Vincent and the Grenadines" }, "carbonIntensity": { "value": 603, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 14, "unit": "%" }, "carbonFreeEnergy": { "value": 14, "unit": "%" } }, "VE": { "zone": { "zoneName": "Venezuela" }, "carbonIntensity": { "value": 131, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 79, "unit": "%" }, "carbonFreeEnergy": { "value": 79, "unit": "%" } }, "VI": { "zone": { "zoneName": "Virgin Islands", "countryName": "USA" }, "carbonIntensity": { "value": 680, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 3, "unit": "%" }, "carbonFreeEnergy": { "value": 3, "unit": "%" } }, "VN": { "zone": { "zoneName": "Vietnam" }, "carbonIntensity": { "value": 446, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 43, "unit": "%" }, "carbonFreeEnergy": { "value": 43, "unit": "%" } }, "VU": { "zone": { "zoneName": "Vanuatu" }, "carbonIntensity": { "value": 534, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 25, "unit": "%" }, "carbonFreeEnergy": { "value": 25, "unit": "%" } }, "WS": { "zone": { "zoneName": "Samoa" }, "carbonIntensity": { "value": 396, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 47, "unit": "%" }, "carbonFreeEnergy": { "value": 47, "unit": "%" } }, "XK": { "zone": { "zoneName": "Kosovo" }, "carbonIntensity": { "value": 663, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 18, "unit": "%" }, "carbonFreeEnergy": { "value": 19, "unit": "%" } }, "YE": { "zone": { "zoneName": "Yemen" }, "carbonIntensity": { "value": 520, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 21, "unit": "%" }, "carbonFreeEnergy": { "value": 21, "unit": "%" } }, "YT": { "zone": { "zoneName": "Mayotte" }, "carbonIntensity": { "value": 577, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 12, "unit": "%" }, "carbonFreeEnergy": { "value": 12, "unit": "%" } }, "ZA": { "zone": { "zoneName": "South Africa" }, "carbonIntensity": { "value": 710, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 8, "unit": "%" }, "carbonFreeEnergy": { "value": 13, "unit": "%" } }, "ZM": { "zone": { "zoneName": "Zambia" }, "carbonIntensity": { "value": 87, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 92, "unit": "%" }, "carbonFreeEnergy": { "value": 92, "unit": "%" } }, "ZW": { "zone": { "zoneName": "Zimbabwe" }, "carbonIntensity": { "value": 260, "unit": "gCO2eq/kWh" }, "renewableEnergy": { "value": 71, "unit": "%" }, "carbonFreeEnergy": { "value": 71, "unit": "%" } } };
const yearly_2021_methodology = "https://www.electricitymaps.com/data/methodology";
var yearly_2021_default = { data: yearly_2021_data, methodology: yearly_2021_methodology };


;// CONCATENATED MODULE: ./node_modules/@tgwf/co2/dist/esm/data/electricity-maps/index.js





var electricity_maps_default = {
  yearly2025: yearly_2025_default,
  yearly2024: yearly_2024_default,
  yearly2023: yearly_2023_default,
  yearly2022: yearly_2022_default,
  yearly2021: yearly_2021_default
};


;// CONCATENATED MODULE: ./node_modules/@tgwf/co2/dist/esm/data.js



var data_default = { averageIntensity: average_intensities_min_default, marginalIntensity: marginal_intensities_2021_min_default, electricityMaps: electricity_maps_default };



/***/ })

};
