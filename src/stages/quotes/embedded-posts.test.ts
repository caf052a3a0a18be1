// Tests for posts embedded in a story: the words before a "— Name (@handle) Date" signature are the author's.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { POST_AUTHOR_REASON } from './embedded-posts.js'
import { runQuotes } from './test-quotes.js'

const posts = (text: string) => runQuotes(text).filter((q) => q.speaker?.reason.startsWith(POST_AUTHOR_REASON) === true)

test('gives a post whose signature stands in its own paragraph (an HTML block quotation) to its author', () => {
  const text =
    'Lind answers critics\n\nThe president took to the network on Friday to answer his critics.\n\n' +
    'The talks with Belmora are going very well. Do not believe the papers! pic.twitter.com/abc\n\n' +
    '— Jonas Lind (@JonasLind) May 5, 2016\n\nBelmoran officials did not respond.'
  const found = posts(text)
  assert.deepEqual(
    found.map((q) => [q.kind, q.cue?.text, q.speaker?.text, q.content.text]),
    [['indirect', '—', 'Jonas Lind (@JonasLind)', 'The talks with Belmora are going very well. Do not believe the papers! pic.twitter.com/abc']],
  )
})

test('reads a post and its signature on one line, after an opening tag a crawl left', () => {
  const text =
    'Reporters at the rally posted what they saw.\n\n' +
    '<post id="1" author="@anavarga">Lind just walked out of the hall without a word -- Ana Varga (@anavarga) September 1, 2016</post>.\n\n' +
    'The campaign said nothing.'
  assert.deepEqual(
    posts(text).map((q) => [q.kind, q.speaker?.text, q.content.text]),
    [['indirect', 'Ana Varga (@anavarga)', 'Lind just walked out of the hall without a word']],
  )
  const quoting = posts('Reporters posted what they saw.\n\nHe is wearing a hat that says "Vell First" -- Ana Varga (@anavarga) May 1, 2016\n\nThe campaign said nothing.')
  assert.deepEqual(quoting.map((q) => q.kind), ['mixed'])
})

test('finds no post without a dated signature, or when the words before it are longer than a post', () => {
  assert.deepEqual(posts('Lind (@JonasLind) wrote on Friday that the talks were going well.\n\nVarga disagreed.'), [])
  const long = `${'The talks went on. '.repeat(40)}\n\n— Jonas Lind (@JonasLind) May 5, 2016\n\nVarga disagreed.`
  assert.deepEqual(posts(long), [])
})
