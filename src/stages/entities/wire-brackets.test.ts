import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { EntityType } from '../../core/index.js'
import type { EntityName } from './index.js'
import { entityFinder } from './test-entities.js'

const names: EntityName[] = [
  { text: 'Arvenia', type: 'GPE' },
  { text: 'Belmora', type: 'GPE' },
  { text: 'Arvenian', type: 'NORP' },
]

const entitiesOf = entityFinder(names)

const hits: Array<[string, string, Array<[string, EntityType]>]> = [
  ['types a name before a ticker and the ticker as organisations', 'Korvane <KRV> said it agreed to buy the plant.', [['Korvane', 'ORG'], ['KRV', 'ORG']]],
  ['types a company set in angle brackets as one organisation', 'Korvane said it agreed to buy <Delmar Foods Inc> for cash.', [['Delmar Foods Inc', 'ORG']]],
  ['types a headline company before its ticker and its body mentions', 'KORVANE <KRV> SETS PAYOUT\n\nKorvane said on Monday its board approved a payout.', [['KORVANE', 'ORG'], ['Korvane', 'ORG']]],
  ['takes a headline company ending in a common word whole', 'VELDER OIL <VLO> RAISES PRICES\n\nThe company said prices rose.', [['VELDER OIL', 'ORG'], ['VLO', 'ORG']]],
  ['takes a headline company ending in its form whole', 'DORN VALLEY INDUSTRIES INC <DVI> 4TH QTR NET\n\nShr 12 cts vs 10 cts.', [['DORN VALLEY INDUSTRIES INC', 'ORG']]],
]

for (const [name, text, expected] of hits) {
  test(name, () => {
    const found = entitiesOf(text)
    for (const [t, type] of expected) assert.ok(found.some(([ft, fType]) => ft === t && fType === type), `${t}: ${JSON.stringify(found)}`)
  })
}

test('keeps a person named before a ticker\u2019s company a person', () => {
  const found = entitiesOf('Lida Marosh, chairman of Velder Lynch and Co <VLC>, said the deal would close.')
  assert.ok(found.some(([t, type]) => t === 'Lida Marosh' && type === 'PERSON'), JSON.stringify(found))
  assert.ok(found.some(([t, type]) => t === 'VLC' && type === 'ORG'), JSON.stringify(found))
})

test('does not stretch a headline name over a verb before the ticker', () => {
  const found = entitiesOf('INVESTORS RAISE KORVANE <KRV> STAKE\n\nA group raised its stake in Korvane Corp.')
  assert.ok(found.some(([t, type]) => t === 'KORVANE' && type === 'ORG'), JSON.stringify(found))
  assert.ok(!found.some(([t]) => t.startsWith('INVESTORS')), JSON.stringify(found))
})

test('does not take lowercase words in angle brackets for a company', () => {
  const found = entitiesOf('The filter drops <some text> before Arvenia signs.')
  assert.ok(!found.some(([t]) => t === 'some text'), JSON.stringify(found))
})
