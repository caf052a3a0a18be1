// Layer types for date expressions (TIMEX3-style values) and figures.
import type { Annotation, TextSpan } from '../annotation.js'

/** How precise a resolved date is. */
export type Granularity =
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'quarter'
  | 'season'
  | 'month'
  | 'week'
  | 'day'
  | 'time'
  | 'duration'
  | 'set'
  | 'unknown'

/** A date expression resolved against the publication date. */
export interface Timex extends Annotation {
  readonly text: string
  /** TIMEX3-style value: `2016-01-12`, `2016-05`, `1956`, `2016-W18`, `2016-SU`, `2016-Q2`, `P2Y`, `PRESENT_REF`. */
  readonly value: string
  readonly granularity: Granularity
  /** TIMEX3 type. */
  readonly type: 'DATE' | 'TIME' | 'DURATION' | 'SET'
  /** What the value was resolved against: nothing (absolute), the publication date, or an earlier date. */
  readonly anchor: 'absolute' | 'published' | 'context' | 'none'
  /** Which parser or rule recognised it. */
  readonly rule: string
}

/** A number, percentage or amount of money, with what it measures when the sentence says so. */
export interface Figure extends Annotation {
  readonly text: string
  readonly kind: 'number' | 'percent' | 'money' | 'range'
  /** Low (or only) value; for a range also `high`. */
  readonly value: number
  readonly high?: number
  readonly unit?: string
  /** What it measures ("trade turnover"), when the sentence names it. */
  readonly measure?: TextSpan
  /** Direction of change when the sentence states one. */
  readonly change?: 'increase' | 'decrease'
}
