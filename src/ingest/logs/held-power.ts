import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Readings kept in memory; beyond this they go to a temporary file, a block at a time. */
const BLOCK = 1 << 16
/** Doubles per reading: the device slot, ms and W (one array of doubles, written to the file as it is). */
const READING = 3

/**
 * Power readings (device slot, ms, W) held until the end of a read, in flat memory: a block in
 * memory, and whole blocks in a temporary file (deleted by `close`). A query_range may list a GPU's
 * power before its energy counter, so its power can be used only once the whole file is read.
 */
export class HeldPower {
  private block = new Float64Array(BLOCK * READING)
  private count = 0
  private dir: string | undefined
  private fd = -1
  private blocks = 0

  push(slot: number, atMs: number, watts: number): void {
    if (this.count === BLOCK) this.spill()
    const i = this.count++ * READING
    this.block[i] = slot
    this.block[i + 1] = atMs
    this.block[i + 2] = watts
  }

  /** Hands every reading back in the order pushed, a block at a time (valid until the next call). */
  *replay(): Generator<{ readonly readings: Float64Array; readonly count: number }> {
    const bytes = BLOCK * READING * 8
    const view = new Float64Array(BLOCK * READING)
    for (let b = 0; b < this.blocks; b++) {
      readSync(this.fd, new Uint8Array(view.buffer), 0, bytes, b * bytes)
      yield { readings: view, count: BLOCK }
    }
    yield { readings: this.block, count: this.count }
  }

  /** Deletes the temporary file, if any. */
  close(): void {
    if (this.fd >= 0) closeSync(this.fd)
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true })
    this.fd = -1
    this.dir = undefined
  }

  private spill(): void {
    if (this.fd < 0) {
      this.dir = mkdtempSync(join(tmpdir(), 'carbon-budget-'))
      this.fd = openSync(join(this.dir, 'held-power'), 'w+')
    }
    writeSync(this.fd, new Uint8Array(this.block.buffer), 0, this.block.byteLength, this.blocks * this.block.byteLength)
    this.blocks++
    this.count = 0
  }
}
