// The `dyad-actors@1` file format as a zod schema, and the types parsed files have.
import { z } from 'zod'

/** The format tag every actor dictionary file must carry. */
export const ACTOR_FORMAT = 'dyad-actors@1'

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
const code = z.string().regex(/^(?:[A-Z0-9]{3}){1,5}$/, 'expected an actor code of 3-letter parts, e.g. "RUSGOV"')
const place = z.string().regex(/^[A-Z0-9]{3}$/, 'expected a 3-letter country or IGO code, e.g. "RUS"')
const role = z.string().regex(/^[A-Z0-9]{3}$/, 'expected a 3-letter CAMEO agent code, e.g. "GOV"')
const name = z.string().trim().min(1, 'expected a non-empty name')
const names = z.array(name)

const countrySchema = z.strictObject({
  code: place,
  names: names.min(1, 'a country needs at least one name'),
  adjectives: names.optional(),
  demonyms: names.optional(),
  capital: name.optional(),
  cities: names.optional(),
  /** States, provinces and regions: GPEs that code as the country ("Kansas" → USA). */
  regions: names.optional(),
  historical: z.boolean().optional(),
  /** Replace an earlier entry with this code whole, instead of adding names to it. */
  replace: z.boolean().optional(),
})

const igoSchema = z.strictObject({
  code: place,
  names: names.min(1, 'an IGO needs at least one name'),
  adjectives: names.optional(),
  /** Cities that host the organization's seat or main offices ("Brussels", "Geneva"). */
  seats: names.optional(),
  replace: z.boolean().optional(),
})

const roleSchema = z.strictObject({
  code,
  from: day.nullable().optional(),
  to: day.nullable().optional(),
  title: z.string().optional(),
})

const personSchema = z.strictObject({
  id: name.optional(),
  name,
  aliases: names.optional(),
  gender: z.enum(['m', 'f']).optional(),
  roles: z.array(roleSchema).optional(),
  after: code.optional(),
  before: code.optional(),
})

const organizationSchema = z.strictObject({ name, aliases: names.optional(), code })
const metonymSchema = z.strictObject({ name, code })
const placeSchema = z.strictObject({ name, aliases: names.optional(), note: z.string().optional() })

const agentSchema = z.strictObject({
  words: z.array(z.string().trim().min(1).toLowerCase()).min(1, 'an agent needs at least one word'),
  /** Absent for neutral titles ("director") whose role comes from the organization they head. */
  role: role.optional(),
  modifier: z.boolean().optional(),
  kind: z.enum(['title', 'modifier', 'organization']).optional(),
  classes: z.array(z.string().min(1)).optional(),
  /** When the title is attached to an organization, the organization's role wins ("president of Acme" → BUS). */
  deferToOrganization: z.boolean().optional(),
})

const descriptionSchema = z.strictObject({
  words: z.array(z.string().trim().min(1).toLowerCase()).min(1, 'a description needs at least one word'),
  /** `country`: the nearest country named before; a code (`NAT`): the nearest entity with that code. */
  refersTo: z.string().regex(/^(?:country|(?:[A-Z0-9]{3}){1,5})$/, 'expected "country" or an actor code'),
})

/** Schema of one actor dictionary file. */
export const actorFileSchema = z.strictObject({
  format: z.literal(ACTOR_FORMAT, { error: `expected "format": "${ACTOR_FORMAT}"` }),
  name: name,
  version: z.string().min(1),
  description: z.string().optional(),
  license: z.string().optional(),
  countries: z.array(countrySchema).optional(),
  igos: z.array(igoSchema).optional(),
  people: z.array(personSchema).optional(),
  organizations: z.array(organizationSchema).optional(),
  metonyms: z.array(metonymSchema).optional(),
  places: z.array(placeSchema).optional(),
  agents: z.array(agentSchema).optional(),
  /** Definite descriptions of countries and organizations ("the country", "the alliance"). */
  descriptions: z.array(descriptionSchema).optional(),
  givenNames: z.strictObject({ m: names.optional(), f: names.optional() }).optional(),
  /** Honorifics that fix the gender of the name after them ("Mr", "Mrs"). */
  honorifics: z.strictObject({ m: names.optional(), f: names.optional() }).optional(),
})

/** A parsed actor dictionary file. */
export type ActorFile = z.infer<typeof actorFileSchema>
/** A country entry. */
export type CountryEntry = z.infer<typeof countrySchema>
/** An intergovernmental organization entry. */
export type IgoEntry = z.infer<typeof igoSchema>
/** A person with dated roles. */
export type PersonEntry = z.infer<typeof personSchema>
/** One dated role of a person. */
export type RoleEntry = z.infer<typeof roleSchema>
/** An organization entry. */
export type OrganizationEntry = z.infer<typeof organizationSchema>
/** A metonym: a name that stands for an actor ("Kremlin"). */
export type MetonymEntry = z.infer<typeof metonymSchema>
/** A place that is not an actor (disputed region, sea). */
export type PlaceEntry = z.infer<typeof placeSchema>
/** Role words. */
export type AgentEntry = z.infer<typeof agentSchema>
/** Words that refer back to a country or organization. */
export type DescriptionEntry = z.infer<typeof descriptionSchema>
