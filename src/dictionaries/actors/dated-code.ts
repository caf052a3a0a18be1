// Resolves a person's actor code on a given day from dated roles (GOV in office, ELI after).
import type { PersonEntry } from './schema.js'

/** A person's code on a day, with the role title that justified it when one applied. */
export interface DatedCode {
  readonly code: string
  readonly title?: string
  /** `role` when a role covered the day, `after` past every role, `before` ahead of the first one. */
  readonly basis: 'role' | 'after' | 'before'
}

/**
 * Returns a person's actor code on `day` (`YYYY-MM-DD`); without a day, open-ended roles count as current.
 * @example datedCode(varga, '2018-06-01') // { code: 'ARV', basis: 'before' }
 */
export function datedCode(person: PersonEntry, day: string | undefined): DatedCode | undefined {
  const roles = person.roles ?? []
  let current: (typeof roles)[number] | undefined
  for (const role of roles) {
    const from = role.from ?? '0000-00-00'
    const to = role.to ?? null
    const covers = day === undefined ? to === null : from <= day && (to === null || day <= to)
    if (covers) current = role
  }
  if (current !== undefined) return { code: current.code, ...(current.title === undefined ? {} : { title: current.title }), basis: 'role' }
  const first = roles[0]
  const last = roles.at(-1)
  if (first === undefined || last === undefined) {
    return person.before === undefined ? undefined : { code: person.before, basis: 'before' }
  }
  const firstFrom = roles.reduce((min, r) => (r.from != null && r.from < min ? r.from : min), '9999-99-99')
  if (day !== undefined && day < firstFrom) {
    return { code: person.before ?? first.code.slice(0, 3), basis: 'before' }
  }
  return { code: person.after ?? `${last.code.slice(0, 3)}ELI`, basis: 'after' }
}
