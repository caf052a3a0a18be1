// Process exit codes of the dyad CLI (documented in the README).

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
