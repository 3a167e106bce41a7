/** pass | a budget failed under fail-on | bad input or usage (as src/cli.ts's Exit). */
export type Exit = 0 | 1 | 2

/** The CLI's world as a command sees it (src/cli.ts hands it over). */
export interface CommandIo {
  readonly cwd: string
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Prints the message and the usage to stderr; returns exit 2. */
  readonly usage: (message: string) => Exit
}

/** A CLI command beyond report and check (src/cli.ts dispatches to it by name). */
export interface Command {
  readonly name: string
  /** One usage line, `carbon-budget NAME [ARGS]`. */
  readonly usage: string
  /** What it does, in a line. */
  readonly summary: string
  run(args: readonly string[], io: CommandIo): Promise<Exit>
}
