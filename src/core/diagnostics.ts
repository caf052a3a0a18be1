// Diagnostics: content trouble found while analysing a document, attached to it, never thrown.

/** How serious a diagnostic is: `error` means a layer is missing or incomplete. */
export type Severity = 'error' | 'warning' | 'info'

/** A problem in the content (odd date, unknown actor, unclosed quote, a stage that crashed). */
export interface Diagnostic {
  /** Stage (or reader) that raised it. */
  readonly stage: string
  /** Stable, kebab-case code such as `date-unresolved` or `stage-crashed`. */
  readonly code: string
  readonly severity: Severity
  readonly message: string
  /** Where in the text, when the problem has a place. */
  readonly start?: number
  readonly end?: number
  /** What was expected instead, when that helps a reader fix the input. */
  readonly expected?: string
}

/**
 * Builds a diagnostic.
 * @example makeDiagnostic('dates', 'date-unresolved', 'warning', 'No year for "Jan. 12"', { start: 10, end: 17 })
 */
export function makeDiagnostic(
  stage: string,
  code: string,
  severity: Severity,
  message: string,
  where?: { start: number; end: number; expected?: string },
): Diagnostic {
  return { stage, code, severity, message, ...(where ?? {}) }
}
