// Process exit codes of the dyad CLI (documented in docs/cli.md).

/** Exit codes of `dyad`: 0 ok, 1 partial, 2 usage or configuration, 3 nothing read. */
export const ExitCode = {
  /** Everything read and analyzed. */
  Ok: 0,
  /** Some articles could not be read; the rest were processed. */
  Partial: 1,
  /** Bad usage or configuration (unknown option, bad dictionary file). */
  Usage: 2,
  /** No article could be read. */
  NothingRead: 3,
} as const
