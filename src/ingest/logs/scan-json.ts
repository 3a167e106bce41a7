import { isDigit, BACKSLASH, CLOSE_BRACE, COLON, COMMA, CR, DASH, DIGIT_0, DOT, LF, LOWER_E, LOWER_F, LOWER_N, LOWER_T, OPEN_BRACE, PLUS, QUOTE, SPACE, TAB, UPPER_E } from './scan.js'

// A flat JSON object on one line (`{"timestamp": "…", "watts": 287.4}`), read from its bytes for
// the fast paths of the JSON-lines readers: where each member's key and value sit, and what kind
// the value is. Only what JSON.parse would accept is accepted, and only the simple cases: strings
// without escapes, numbers, true, false, null. Anything else (a nested object or array, an escape,
// a line that is not one object) gives -1, and the reader leaves the line to JSON.parse.


/** Kinds of value. */
export const STRING = 0
/** Digits with an optional fraction (`287.4`, `0`): what `scanDecimal` reads exactly. */
export const PLAIN_NUMBER = 1
/** Any other JSON number (`-5`, `1e3`): valid, but for Number() to read. */
export const OTHER_NUMBER = 2
export const NULL = 3
export const BOOLEAN = 4

/** More members than this on a line: leave it to JSON.parse. */
const MAX_MEMBERS = 64

/** The members of the last object scanned: key and value spans (a string's without its quotes), value kinds. */
export class FlatObject {
  count = 0
  readonly keyStart = new Int32Array(MAX_MEMBERS)
  readonly keyEnd = new Int32Array(MAX_MEMBERS)
  readonly valueStart = new Int32Array(MAX_MEMBERS)
  readonly valueEnd = new Int32Array(MAX_MEMBERS)
  readonly kind = new Uint8Array(MAX_MEMBERS)

  /**
   * Scans the line at b[pos] as one flat object (JSON whitespace around it allowed).
   * @returns the start of the next line, or -1 when the line is not a flat object this reads.
   */
  scan(b: Uint8Array, pos: number, length: number): number {
    let k = skipSpace(b, pos, length)
    if (b[k] !== OPEN_BRACE) return -1
    k = skipSpace(b, k + 1, length)
    let n = 0
    if (b[k] === CLOSE_BRACE) k++
    else {
      for (;;) {
        if (n === MAX_MEMBERS || b[k] !== QUOTE) return -1
        this.keyStart[n] = k + 1
        k = stringEnd(b, k + 1, length)
        if (k < 0) return -1
        this.keyEnd[n] = k
        k = skipSpace(b, k + 1, length)
        if (b[k] !== COLON) return -1
        k = skipSpace(b, k + 1, length)
        k = this.value(n, b, k, length)
        if (k < 0) return -1
        n++
        k = skipSpace(b, k, length)
        const c = b[k]
        if (c === COMMA) k = skipSpace(b, k + 1, length)
        else if (c === CLOSE_BRACE) {
          k++
          break
        } else return -1
      }
    }
    this.count = n
    k = skipSpace(b, k, length)
    if (k === length) return length
    if (b[k] === LF) return k + 1
    if (b[k] === CR && b[k + 1] === LF) return k + 2
    return -1
  }

  private value(n: number, b: Uint8Array, k: number, length: number): number {
    const c = b[k]
    if (c === QUOTE) {
      const end = stringEnd(b, k + 1, length)
      if (end < 0) return -1
      this.valueStart[n] = k + 1
      this.valueEnd[n] = end
      this.kind[n] = STRING
      return end + 1
    }
    this.valueStart[n] = k
    if (c === LOWER_N || c === LOWER_T || c === LOWER_F) {
      const end = word(b, k, length)
      this.valueEnd[n] = end
      this.kind[n] = c === LOWER_N ? NULL : BOOLEAN
      return end
    }
    const end = numberEnd(b, k, length)
    this.valueEnd[n] = Math.abs(end)
    this.kind[n] = end > 0 ? PLAIN_NUMBER : OTHER_NUMBER
    return end === 0 ? -1 : Math.abs(end)
  }
}

const skipSpace = (b: Uint8Array, k: number, length: number): number => {
  while (k < length && (b[k] === SPACE || b[k] === TAB)) k++
  return k
}

/** The closing quote of a string whose content starts at b[k], or -1 (an escape or a control character: JSON.parse's). */
function stringEnd(b: Uint8Array, k: number, length: number): number {
  for (; k < length; k++) {
    const c = b[k]!
    if (c === QUOTE) return k
    if (c === BACKSLASH || c < SPACE) return -1
  }
  return -1
}

const NULL_BYTES = [0x6e, 0x75, 0x6c, 0x6c]
const TRUE_BYTES = [0x74, 0x72, 0x75, 0x65]
const FALSE_BYTES = [0x66, 0x61, 0x6c, 0x73, 0x65]

/** The end of `null`, `true` or `false` at b[k], or -1. */
function word(b: Uint8Array, k: number, length: number): number {
  const bytes = b[k] === LOWER_N ? NULL_BYTES : b[k] === LOWER_T ? TRUE_BYTES : FALSE_BYTES
  if (k + bytes.length > length) return -1
  for (let i = 0; i < bytes.length; i++) if (b[k + i] !== bytes[i]) return -1
  return k + bytes.length
}

/**
 * The end of a JSON number at b[k]: positive when it is plain (digits, an optional fraction),
 * negative when it is another valid number (a sign, an exponent), 0 when it is not one.
 */
function numberEnd(b: Uint8Array, k: number, length: number): number {
  let plain = true
  if (b[k] === DASH) {
    plain = false
    k++
  }
  // `0`, or a digit 1-9 and more digits: JSON has no leading zeros.
  if (b[k] === DIGIT_0) k++
  else if (isDigit(b[k])) while (k < length && isDigit(b[k])) k++
  else return 0
  if (b[k] === DOT) {
    k++
    if (!isDigit(b[k])) return 0
    while (k < length && isDigit(b[k])) k++
  }
  if (b[k] === LOWER_E || b[k] === UPPER_E) {
    plain = false
    k++
    if (b[k] === PLUS || b[k] === DASH) k++
    if (!isDigit(b[k])) return 0
    while (k < length && isDigit(b[k])) k++
  }
  return plain ? k : -k
}
