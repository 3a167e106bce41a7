// The byte-level scanning the fast readers share: named bytes, one decimal scanner, one
// fraction-of-a-second rule, text of a byte range. Lines arrive as UTF-8 bytes (ingest/lines.ts);
// every byte named here is ASCII, so it never occurs inside a multi-byte character.

export const TAB = 0x09
export const LF = 0x0a
export const CR = 0x0d
export const SPACE = 0x20
export const QUOTE = 0x22
export const HASH = 0x23
export const PLUS = 0x2b
export const COMMA = 0x2c
export const DASH = 0x2d
export const DOT = 0x2e
export const SLASH = 0x2f
export const DIGIT_0 = 0x30
export const DIGIT_9 = 0x39
export const COLON = 0x3a
export const UPPER_E = 0x45
export const UPPER_T = 0x54
export const UPPER_W = 0x57
export const UPPER_Z = 0x5a
export const OPEN_BRACKET = 0x5b
export const BACKSLASH = 0x5c
export const LOWER_E = 0x65
export const LOWER_F = 0x66
export const LOWER_N = 0x6e
export const LOWER_T = 0x74
export const OPEN_BRACE = 0x7b
export const CLOSE_BRACE = 0x7d
/** Bytes from here up start or continue a multi-byte UTF-8 character. */
export const NON_ASCII = 0x80

/** Exact powers of ten (up to 1e22 a double holds them exactly, so `m / 10^k` is correctly rounded). */
export const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k)

/**
 * Doubles hold every integer below this: a mantissa under it, divided by an exact power of ten, is
 * the correctly rounded value Number() gives the same digits (a larger true value cannot round under it).
 */
export const EXACT_MANTISSA = 2 ** 53

/** The number whose decimal digits are those of `mantissa`, the last `fraction` of them after the point. */
export function decimal(mantissa: number, fraction: number): number {
  return fraction === 0 ? mantissa : fraction < POW10.length ? mantissa / POW10[fraction]! : mantissa / 10 ** fraction
}

/** What `scanDecimal` read: the digits as one integer, how many follow the point, how many in all. */
export interface DecimalScan {
  mantissa: number
  fraction: number
  digits: number
}

/** A fresh scratch for `scanDecimal` (one per module: the scans never nest). */
export const newDecimalScan = (): DecimalScan => ({ mantissa: 0, fraction: 0, digits: 0 })

/**
 * Reads a plain decimal (`350`, `350.12`, `.5`, `12.`) at b[k] into `out` without allocating: the
 * one digit loop of every fast path (a time's fraction `.107` is read with it too, from the dot).
 * `decimal(out.mantissa, out.fraction)` is its value.
 * @returns the end of the digits.
 */
export function scanDecimal(b: Uint8Array, k: number, length: number, out: DecimalScan): number {
  const start = k
  let mantissa = 0
  let dot = -1
  for (; k < length; k++) {
    const c = b[k]!
    if (c === DOT && dot < 0) {
      dot = k
      continue
    }
    const d = c - DIGIT_0
    if (d < 0 || d > 9) break
    mantissa = mantissa * 10 + d
  }
  out.mantissa = mantissa
  out.fraction = dot < 0 ? 0 : k - dot - 1
  out.digits = k - start - (dot < 0 ? 0 : 1)
  return k
}

/**
 * The value of the last `scanDecimal` as Number() reads the same text, or NaN when it has no digit
 * before the point (`.5`, `.`) or too many digits to be read exactly (Number() would round them).
 */
export function exactDecimal(out: DecimalScan): number {
  return out.digits === out.fraction || out.mantissa >= EXACT_MANTISSA ? NaN : decimal(out.mantissa, out.fraction)
}

/** Milliseconds of the `digits` fraction digits `value` after the seconds (`107` → 107, `1` → 100). */
export function fractionMs(value: number, digits: number): number {
  return digits <= 3 ? value * POW10[3 - digits]! : decimal(value, digits - 3)
}

/** Two ASCII digits at b[k] as a number (garbage in, garbage out: callers check the bytes first). */
export const twoDigits = (b: Uint8Array, k: number): number => (b[k]! - DIGIT_0) * 10 + (b[k + 1]! - DIGIT_0)

/** Whether b[k] is an ASCII digit. */
export const isDigit = (c: number | undefined): boolean => c !== undefined && c >= DIGIT_0 && c <= DIGIT_9

/** Text of b[start, end) (UTF-8). */
export const decode = (b: Uint8Array, start: number, end: number): string =>
  Buffer.from(b.buffer, b.byteOffset + start, Math.max(0, end - start)).toString('utf8')
