// Branded string types for codes that must not be swapped by accident.

declare const brand: unique symbol

/** A string with a compile-time tag. */
export type Brand<T, B extends string> = T & { readonly [brand]: B }

/** A CAMEO actor code: a country or IGO code followed by role codes, e.g. `RUSGOV`, `USA`, `JPNELI`. */
export type ActorCode = Brand<string, 'ActorCode'>

/** A CAMEO event code of two to four digits, e.g. `042`, `1213`. */
export type CameoCode = Brand<string, 'CameoCode'>

/** Marks a string as an actor code (after validating its shape). */
export function asActorCode(code: string): ActorCode {
  return code as ActorCode
}

/** Marks a string as a CAMEO event code. */
export function asCameoCode(code: string): CameoCode {
  return code as CameoCode
}
