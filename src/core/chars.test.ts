// Tests for the character-code helpers: white space as \s reads it, ASCII letter runs through a trie, name-folding checks.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { asciiLetterIndex, changesUnderNameFolding, isSpaceCode, walkLetterRun, type LetterRun } from './chars.js'

test('tells white space as \\s does for every code unit of the BMP', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), c.toString(16))
})

test('numbers ASCII letters of either case and nothing else', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c)
    const expected = /^[a-z]$/i.test(ch) ? ch.toLowerCase().charCodeAt(0) - 0x61 : -1
    assert.equal(asciiLetterIndex(c), expected, c.toString(16))
  }
})

/** A 26-way trie over some lower-case words, as the date and figure stages build theirs. */
function trieOf(words: readonly string[]): { children: Int32Array; wordAt: Map<number, string> } {
  const children = new Int32Array(26 * 64)
  const wordAt = new Map<number, string>()
  let nodes = 1
  for (const word of words) {
    let node = 0
    for (const ch of word) {
      const at = node * 26 + (ch.charCodeAt(0) - 0x61)
      if (children[at] === 0) children[at] = nodes++
      node = children[at] ?? 0
    }
    wordAt.set(node, word)
  }
  return { children, wordAt }
}

test('walks a letter run to its end and to the node of the word it spells, or 0', () => {
  const { children, wordAt } = trieOf(['may', 'march', 'mar'])
  const run: LetterRun = { end: 0, node: 0 }
  const cases: Array<[text: string, start: number, end: number, word: string | undefined]> = [
    ['In March 2024', 3, 8, 'march'],
    ['In MAR, then', 3, 6, 'mar'],
    ['Marching on', 0, 8, undefined],
    ['mayor', 0, 5, undefined],
    ['ma-y', 0, 2, undefined],
    ['x may', 2, 5, 'may'],
  ]
  for (const [text, start, end, word] of cases) {
    walkLetterRun(text, start, asciiLetterIndex(text.charCodeAt(start)), children, run)
    assert.equal(run.end, end, text)
    assert.equal(run.node === 0 ? undefined : wordAt.get(run.node), word, text)
  }
})

test('tells whether folding would change a name: quotes, spacing, and dashes only when asked', () => {
  const cases: Array<[text: string, withDashes: boolean, withoutDashes: boolean]> = [
    ['Ilse Brandt', false, false],
    ['Ilse  Brandt', true, true],
    [' Ilse', true, true],
    ['Ilse ', true, true],
    ['O\u2019Neil', true, true],
    ['Ilse\u00a0Brandt', true, true],
    ['Kessa\u2013Vell', true, false],
    ['Kessa-Vell', false, false],
    ['', false, false],
  ]
  for (const [text, withDashes, withoutDashes] of cases) {
    assert.equal(changesUnderNameFolding(text, true), withDashes, JSON.stringify(text))
    assert.equal(changesUnderNameFolding(text, false), withoutDashes, JSON.stringify(text))
  }
})
