import assert from 'node:assert/strict'
import { test } from 'node:test'
import { detachString } from './strings.js'

test('copies long words cut from an article character for character', () => {
  const article = `Prelude. ${'Arvenia-Belmora'} 𝐀𝐫𝐯𝐞𝐧𝐢𝐚-Institut and short words.`
  const cases = [article.slice(9, 24), article.slice(25, 45), article.slice(0, 8), '', 'Vell']
  for (const word of cases) assert.equal(detachString(word), word)
})
