import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BeamSearch, type LabelScores } from './beam.js'

// Three labels: 0 = O, 1 = B-X, 2 = I-X; label 3 stands for the sentence start.
const N = 3
const ALLOWED = Uint8Array.from([
  // after O: O, B, not I
  1, 1, 0,
  // after B: all
  1, 1, 1,
  // after I: all
  1, 1, 1,
  // at the start: O, B, not I
  1, 1, 0,
])

/** Label scores from a table: table[i][prev][c] (prev 3 = start), missing rows score 0. */
function tableScorer(table: number[][][]): LabelScores {
  const length = table.length
  const shapes = table.map((rows) => Float64Array.from({ length: (N + 1) * N }, (_, k) => rows[Math.floor(k / N)]?.[k % N] ?? 0))
  return { emissions: new Float64Array(length * N), pairs: new Float64Array((N + 1) * (N + 1) * N), shapes }
}

/** The label sequence a greedy left-to-right decoder picks (ties to the lower label). */
function greedy(length: number, scores: LabelScores): number[] {
  const out: number[] = []
  let prev = N
  for (let i = 0; i < length; i++) {
    const row = scores.shapes[i] ?? []
    let best = -1
    for (let c = 0; c < N; c++) {
      if (ALLOWED[prev * N + c] === 1 && (best < 0 || (row[prev * N + c] ?? 0) > (row[prev * N + best] ?? 0))) best = c
    }
    out.push(best)
    prev = best
  }
  return out
}

// Greedy takes O at token 0 (1 > 0.9), but B then I scores far more over the two tokens.
const GARDEN_PATH = [
  [[], [], [], [1, 0.9, 0]],
  [
    [0, 0, 0],
    [0, 0, 5],
  ],
]

test('decodes greedily with a beam of one', () => {
  const cases: Array<[length: number, table: number[][][]]> = [
    [2, GARDEN_PATH],
    [3, [[[], [], [], [0, 2, 1]], [[1, 0, 0], [0, 1, 3]], [[0, 1, 0], [], [4, 0, 0]]]],
    [1, [[[], [], [], [0, 0, 9]]]],
  ]
  for (const [length, table] of cases) {
    const scorer = tableScorer(table)
    assert.deepEqual([...new BeamSearch(N, 1, ALLOWED).run(length, scorer).labels], greedy(length, scorer))
  }
})

test('finds the better sequence a greedy decoder misses with a wider beam', () => {
  assert.deepEqual([...new BeamSearch(N, 1, ALLOWED).run(2, tableScorer(GARDEN_PATH)).labels], [0, 0])
  assert.deepEqual([...new BeamSearch(N, 2, ALLOWED).run(2, tableScorer(GARDEN_PATH)).labels], [1, 2])
})

test('never gives a label where it is not allowed, even when it scores best', () => {
  // I-X scores best at the start and after O; it must not appear there.
  const table = [
    [[], [], [], [0, 0, 9]],
    [[0, 0, 9], [0, 0, 0]],
  ]
  const labels = [...new BeamSearch(N, 4, ALLOWED).run(2, tableScorer(table)).labels]
  assert.notEqual(labels[0], 2)
  if (labels[1] === 2) assert.equal(labels[0], 1)
})

test('stops where the gold sequence leaves the beam and returns the best prefix up to there', () => {
  const scorer = tableScorer(GARDEN_PATH)
  // Gold B I: with a beam of one, greedy O at token 0 already drops it.
  assert.deepEqual(new BeamSearch(N, 1, ALLOWED).run(2, scorer, [1, 2]), { labels: Uint8Array.from([0]), goldLostAt: 0 })
  // With a beam of two it stays and wins.
  assert.deepEqual(new BeamSearch(N, 2, ALLOWED).run(2, scorer, [1, 2]), { labels: Uint8Array.from([1, 2]), goldLostAt: -1 })
  // A gold sequence that stays in the beam but loses at the end is no early stop.
  assert.deepEqual(new BeamSearch(N, 3, ALLOWED).run(2, scorer, [0, 1]), { labels: Uint8Array.from([1, 2]), goldLostAt: -1 })
})

test('reports the prefix where the best sequence beats the gold one by most, with max-violation', () => {
  const search = new BeamSearch(N, 3, ALLOWED)
  // Gold O B stays in the beam but loses by 4.9 at token 1: early update has nothing to stop at, max violation does.
  assert.deepEqual(search.run(2, tableScorer(GARDEN_PATH), [0, 1], true), { labels: Uint8Array.from([1, 2]), goldLostAt: 1 })
  // Gold B I wins in the end, but its prefix B trails O by 0.1 at token 0: a violation there all the same.
  assert.deepEqual(search.run(2, tableScorer(GARDEN_PATH), [1, 2], true), { labels: Uint8Array.from([0]), goldLostAt: 0 })
  // Early update keeps it (it never leaves the beam); gold that leads at every token has nothing to learn.
  assert.deepEqual(search.run(2, tableScorer(GARDEN_PATH), [1, 2], false).goldLostAt, -1)
  assert.deepEqual(search.run(1, tableScorer([[[], [], [], [0, 5, 0]]]), [1], true), { labels: Uint8Array.from([1]), goldLostAt: -1 })
  // With a beam of one, gold B I falls out at token 0 (by 0.1) and B I is never seen: the violation is at token 0.
  assert.deepEqual(new BeamSearch(N, 1, ALLOWED).run(2, tableScorer(GARDEN_PATH), [1, 2], true), { labels: Uint8Array.from([0]), goldLostAt: 0 })
})

test('gives the same labels when one search object decodes sentence after sentence', () => {
  const search = new BeamSearch(N, 2, ALLOWED)
  const first = [...search.run(2, tableScorer(GARDEN_PATH)).labels]
  search.run(1, tableScorer([[[], [], [], [0, 0, 9]]]))
  assert.deepEqual([...search.run(2, tableScorer(GARDEN_PATH)).labels], first)
})

test('decodes an empty sentence to no labels', () => {
  assert.equal(new BeamSearch(N, 4, ALLOWED).run(0, tableScorer([])).labels.length, 0)
})

/** A plain beam search to compare with: every candidate listed, one per state, a stable sort, the best `width` kept. */
function referenceBeam(length: number, scores: LabelScores, width: number): number[] {
  let items = [{ labels: [] as number[], prev: N, prev2: N, score: 0 }]
  for (let i = 0; i < length; i++) {
    const cands: typeof items = []
    const byState = new Map<number, number>()
    for (const item of items) {
      for (let c = 0; c < N; c++) {
        if (ALLOWED[item.prev * N + c] === 0) continue
        const s =
          item.score +
          (scores.emissions[i * N + c] ?? 0) +
          (scores.pairs[(item.prev2 * (N + 1) + item.prev) * N + c] ?? 0) +
          (scores.shapes[i]?.[item.prev * N + c] ?? 0)
        const next = { labels: [...item.labels, c], prev: c, prev2: item.prev, score: s }
        const at = byState.get(item.prev * N + c)
        if (at === undefined) {
          byState.set(item.prev * N + c, cands.length)
          cands.push(next)
        } else if (s > (cands[at]?.score ?? 0)) cands[at] = next
      }
    }
    items = cands.sort((a, b) => b.score - a.score).slice(0, width)
  }
  return items[0]?.labels ?? []
}

test('agrees with a plain beam search on random small integer scores, ties and shared last labels included', () => {
  let seed = 7
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % 4
  for (let round = 0; round < 300; round++) {
    const length = 1 + (round % 9)
    const scores: LabelScores = {
      emissions: Int32Array.from({ length: length * N }, next),
      pairs: Int32Array.from({ length: (N + 1) * (N + 1) * N }, next),
      shapes: Array.from({ length }, () => Int32Array.from({ length: (N + 1) * N }, next)),
    }
    for (const width of [1, 2, 3, 5]) {
      assert.deepEqual([...new BeamSearch(N, width, ALLOWED).run(length, scores).labels], referenceBeam(length, scores, width), `round ${round}, width ${width}`)
    }
  }
})
