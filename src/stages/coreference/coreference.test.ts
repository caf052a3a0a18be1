// Tests of the coreference stage on invented countries, with a hand-made entities layer.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { checkDoc } from '../../core/index.js'
import { loadActorDictionary } from '../../dictionaries/actors/index.js'
import { analyzeWithEntities, describeLinks } from '../actors/test-docs.js'

const dict = loadActorDictionary([fileURLToPath(new URL('../actors/fixtures/invented-world.json', import.meta.url))])

describe('coreference', () => {
  it('links a surname to the full name said before', () => {
    const doc = analyzeWithEntities(dict, 'Arvenian envoy Piet Dorsa met Belmoran officials. Dorsa said talks went well.', [
      ['Piet Dorsa', 'PERSON'],
      ['Dorsa', 'PERSON'],
    ])
    assert.deepEqual(checkDoc(doc), [])
    assert.ok(describeLinks(doc).includes('alias:Dorsa → Piet Dorsa'))
  })

  it('links a surname written in capitals (a transcript label, a headline) to the full name said before', () => {
    const text = 'The Vell Times spoke to Piet Dorsa.\n\nDORSA: We will wait.'
    const doc = analyzeWithEntities(dict, text, [
      ['Piet Dorsa', 'PERSON'],
      ['DORSA', 'PERSON'],
    ])
    assert.deepEqual(checkDoc(doc), [])
    assert.ok(describeLinks(doc).includes('alias:DORSA → Piet Dorsa'), describeLinks(doc).join('\n'))
  })

  it('links a headline surname in capitals to the full name written later, and reads a dictionary person in capitals', () => {
    const later = analyzeWithEntities(dict, 'DORSA WARNS OF DELAYS\n\nArvenian envoy Piet Dorsa said talks would wait.', [
      ['DORSA', 'PERSON'],
      ['Piet Dorsa', 'PERSON'],
    ])
    assert.deepEqual(checkDoc(later), [])
    const links = describeLinks(later)
    assert.ok(links.includes('name:DORSA → Piet Dorsa'), links.join('\n'))
    assert.ok(links.includes('alias:Piet Dorsa → Piet Dorsa'), links.join('\n'))
    const known = analyzeWithEntities(dict, 'VARGA TO VISIT BELMORA\n\nTomas Varga will travel on Monday.', [['VARGA', 'PERSON'], ['Tomas Varga', 'PERSON']], '2021-05-01')
    assert.deepEqual(checkDoc(known), [])
    assert.equal((known.layers.actors ?? []).find((a) => a.text === 'VARGA')?.code, 'ARVGOV')
    // Two people whose names merely share letters stay apart.
    const apart = analyzeWithEntities(dict, 'DORSA WARNS OF DELAYS\n\nArvenian envoy Piet Dorsak said talks would wait.', [
      ['DORSA', 'PERSON'],
      ['Piet Dorsak', 'PERSON'],
    ])
    assert.ok(!describeLinks(apart).includes('alias:Piet Dorsak → DORSA'), describeLinks(apart).join('\n'))
    assert.equal(new Set((apart.layers.mentions ?? []).map((m) => m.clusterId)).size, 2)
  })

  it('links a surname written without the Arabic article the full name joins to it ("Hadi" for "Karim el-Hadi")', () => {
    const doc = analyzeWithEntities(dict, 'Arvenian envoy Karim el-Hadi met Belmoran officials. Hadi said talks went well. Later al-Hadi left.', [
      ['Karim el-Hadi', 'PERSON'],
      ['Hadi', 'PERSON'],
      ['al-Hadi', 'PERSON'],
    ])
    assert.deepEqual(checkDoc(doc), [])
    const links = describeLinks(doc)
    assert.ok(links.includes('alias:Hadi → Karim el-Hadi'), links.join('\n'))
    assert.ok(links.includes('alias:al-Hadi → Karim el-Hadi'), links.join('\n'))
  })

  it('links "its" to the subject of its own clause, past a dateline and a possessor', () => {
    const table: Array<[string, Array<[string, 'GPE' | 'ORG']>, string]> = [
      ['VELL, Arvenia — Belmora fired a missile off its coast.', [['VELL', 'GPE'], ['Arvenia', 'GPE'], ['Belmora', 'GPE']], 'pronoun:its → Belmora'],
      ['Arvenia said Belmora was keeping its word.', [['Arvenia', 'GPE'], ['Belmora', 'GPE']], 'pronoun:its → Belmora'],
      ['Arvenia urged Belmora to keep its word.', [['Arvenia', 'GPE'], ['Belmora', 'GPE']], 'pronoun:its → Belmora'],
      ["Belmora rejected Arvenia's demand to halt its programme.", [['Belmora', 'GPE'], ['Arvenia', 'GPE']], 'pronoun:its → Belmora'],
    ]
    for (const [text, entities, link] of table) {
      const doc = analyzeWithEntities(dict, text, entities)
      assert.deepEqual(checkDoc(doc), [])
      assert.ok(describeLinks(doc).includes(link), `${text}\n${describeLinks(doc).join('\n')}`)
    }
  })

  it('links "its" past a participle with no subject of its own, and keeps "the army" off a rebel army', () => {
    const its = analyzeWithEntities(dict, 'Arvenia said Belmora was keeping to the limits set by its treaty.', [['Arvenia', 'GPE'], ['Belmora', 'GPE']])
    assert.ok(describeLinks(its).includes('pronoun:its → Belmora'), describeLinks(its).join('\n'))
    const army = analyzeWithEntities(dict, 'The Kessa Liberation Army attacked. Arvenia said the army would respond.', [['Kessa Liberation Army', 'ORG'], ['Arvenia', 'GPE']])
    assert.ok(!describeLinks(army).some((l) => l.startsWith('description:the army') && l.endsWith('Kessa Liberation Army')), describeLinks(army).join('\n'))
  })

  it('links a family name written first ("Wang" for "Wang Lei") when no one else has it as a surname', () => {
    const doc = analyzeWithEntities(dict, 'Quazelian envoy Wang Lei met Piet Dorsa. Wang said little.', [
      ['Wang Lei', 'PERSON'],
      ['Piet Dorsa', 'PERSON'],
      ['Wang', 'PERSON'],
    ])
    assert.ok(describeLinks(doc).includes('alias:Wang → Wang Lei'), describeLinks(doc).join('\n'))
  })

  it('links a description that holds a nationality entity ("The Arvenian diplomat")', () => {
    const doc = analyzeWithEntities(dict, 'Arvenian ambassador Piet Dorsa arrived. The Arvenian diplomat smiled.', [
      ['Piet Dorsa', 'PERSON'],
      ['Arvenian', 'NORP'],
    ])
    assert.ok(describeLinks(doc).includes('description:The Arvenian diplomat → Piet Dorsa'), describeLinks(doc).join('\n'))
  })

  it('links a surname to a person of the document before a dictionary person of that surname', () => {
    const doc = analyzeWithEntities(dict, 'Anna Varga, a Belmoran journalist, arrived. Varga asked questions.', [
      ['Anna Varga', 'PERSON'],
      ['Varga', 'PERSON'],
    ], '2021-05-01')
    assert.ok(describeLinks(doc).includes('alias:Varga → Anna Varga'), describeLinks(doc).join('\n'))
    const codes = new Set((doc.layers.actors ?? []).filter((a) => a.text.includes('Varga')).map((a) => a.code))
    assert.deepEqual([...codes], ['BLMMED'])
  })

  it('gives a surname after an honorific to the one of two namesakes whose gender agrees', () => {
    const text = 'Piet Lund and Karin Lund arrived in Vell. Mrs. Lund met Tomas Varga. Later Mr. Lund spoke. Mrs Lund left.'
    const doc = analyzeWithEntities(dict, text, [
      ['Piet Lund', 'PERSON'],
      ['Karin Lund', 'PERSON'],
      ['Lund', 'PERSON'],
      ['Tomas Varga', 'PERSON'],
    ])
    assert.deepEqual(checkDoc(doc), [])
    const clusterOf = (at: number): string | undefined => {
      const mention = (doc.layers.mentions ?? []).find((m) => m.start === at)
      return (doc.layers.clusters ?? []).find((c) => c.id === mention?.clusterId)?.text
    }
    // Hits: "Mrs." → Karin, "Mr." → Piet, whichever of them was named last.
    assert.equal(clusterOf(text.indexOf('Lund met')), 'Karin Lund')
    assert.equal(clusterOf(text.indexOf('Lund spoke')), 'Piet Lund')
    assert.equal(clusterOf(text.indexOf('Lund left')), 'Karin Lund')
  })

  it('keeps a full name of the other gender out of a cluster that already holds a full name', () => {
    const text = 'Lund arrives in Vell. Piet Lund met Tomas Varga. Karin Lund joined them. Mrs. Lund spoke first.'
    const doc = analyzeWithEntities(dict, text, [['Piet Lund', 'PERSON'], ['Karin Lund', 'PERSON'], ['Lund', 'PERSON'], ['Tomas Varga', 'PERSON']])
    assert.deepEqual(checkDoc(doc), [])
    const clusterOf = (at: number): string | undefined => {
      const mention = (doc.layers.mentions ?? []).find((m) => m.start === at)
      return (doc.layers.clusters ?? []).find((c) => c.id === mention?.clusterId)?.text
    }
    assert.equal(clusterOf(text.indexOf('Piet Lund')), 'Piet Lund')
    assert.equal(clusterOf(text.indexOf('Karin Lund')), 'Karin Lund')
    assert.equal(clusterOf(text.indexOf('Lund spoke')), 'Karin Lund')
    // A bare surname and the one full name after it still make one cluster.
    const same = 'Lund arrives in Vell. Piet Lund met Tomas Varga.'
    const one = analyzeWithEntities(dict, same, [['Piet Lund', 'PERSON'], ['Lund', 'PERSON'], ['Tomas Varga', 'PERSON']])
    assert.equal(new Set((one.layers.mentions ?? []).filter((m) => m.text.includes('Lund')).map((m) => m.clusterId)).size, 1)
  })

  it('keeps the usual surname link when only one person bears the surname or no honorific tells', () => {
    const cases: Array<[string, string]> = [
      // One bearer: the honorific does not split the cluster.
      ['Piet Lund arrived in Vell. Mrs. Lund met Tomas Varga.', 'Piet Lund'],
      // Two bearers and no honorific: the most recent full name, as before.
      ['Piet Lund and Karin Lund arrived in Vell. Lund met Tomas Varga.', 'Karin Lund'],
    ]
    for (const [text, expected] of cases) {
      const doc = analyzeWithEntities(dict, text, [['Piet Lund', 'PERSON'], ['Karin Lund', 'PERSON'], ['Lund', 'PERSON'], ['Tomas Varga', 'PERSON']])
      const mention = (doc.layers.mentions ?? []).find((m) => m.start === text.indexOf('Lund met'))
      assert.equal((doc.layers.clusters ?? []).find((c) => c.id === mention?.clusterId)?.text, expected, text)
    }
  })

  it('keeps two people apart when their names share no surname', () => {
    const doc = analyzeWithEntities(dict, 'Piet Dorsa met Karin Lund. Lund smiled.', [
      ['Piet Dorsa', 'PERSON'],
      ['Karin Lund', 'PERSON'],
      ['Lund', 'PERSON'],
    ])
    const links = describeLinks(doc)
    assert.ok(links.includes('alias:Lund → Karin Lund'))
    assert.equal((doc.layers.clusters ?? []).length, 2)
  })

  it('reads a capitalised portfolio after a country word, and qualifying nouns joined by "and", into a title', () => {
    const table: Array<[string, Array<[string, 'PERSON' | 'NORP' | 'GPE']>, string, string]> = [
      ['Arvenian Oil Minister Piet Dorsa arrived.', [['Arvenian', 'NORP'], ['Piet Dorsa', 'PERSON']], 'title:Arvenian Oil Minister → Piet Dorsa', 'ARVGOV'],
      // No country before it; "oil" is a field modifier of the dictionary (curated v26), read into the title.
      ['Oil Minister Piet Dorsa arrived.', [['Piet Dorsa', 'PERSON']], 'title:Oil Minister → Piet Dorsa', 'UNKGOV'],
      ['Belmora energy and mines minister Jan Kos spoke.', [['Belmora', 'GPE'], ['Jan Kos', 'PERSON']], 'title:Belmora energy and mines minister → Jan Kos', 'BLMGOV'],
      // Two roles joined by "and": the last one is the title.
      ['Arvenian film director and minister Jan Kos spoke.', [['Arvenian', 'NORP'], ['Jan Kos', 'PERSON']], 'title:minister → Jan Kos', 'ARVGOV'],
    ]
    for (const [text, names, link, code] of table) {
      const doc = analyzeWithEntities(dict, text, names, '2024-01-10')
      assert.deepEqual(checkDoc(doc), [])
      const links = describeLinks(doc)
      assert.ok(links.includes(link), `${text}\n${links.join('\n')}`)
      const person = names.find(([, type]) => type === 'PERSON')?.[0] ?? ''
      assert.equal((doc.layers.actors ?? []).find((a) => a.text === person)?.code, code, text)
    }
  })

  it('makes titles and appositions title mentions of the person', () => {
    const text = 'Arvenian Foreign Minister Piet Dorsa met Karin Lund, the former Belmoran ambassador to Arvenia, in Vell.'
    const doc = analyzeWithEntities(dict, text, [
      ['Piet Dorsa', 'PERSON'],
      ['Karin Lund', 'PERSON'],
      ['Vell', 'GPE'],
      ['Arvenia', 'GPE'],
    ])
    assert.deepEqual(checkDoc(doc), [])
    const links = describeLinks(doc)
    assert.ok(links.includes('title:Arvenian Foreign Minister → Piet Dorsa'), links.join('\n'))
    assert.ok(links.includes('title:former Belmoran ambassador to Arvenia → Karin Lund'), links.join('\n'))
  })

  it('links he and she by gender to the nearest agreeing person', () => {
    const text = 'Piet Dorsa spoke after Karin Lund. She said Arvenia was ready. He disagreed.'
    const doc = analyzeWithEntities(dict, text, [
      ['Piet Dorsa', 'PERSON'],
      ['Karin Lund', 'PERSON'],
      ['Arvenia', 'GPE'],
    ])
    const links = describeLinks(doc)
    assert.ok(links.includes('pronoun:She → Karin Lund'), links.join('\n'))
    assert.ok(links.includes('pronoun:He → Piet Dorsa'), links.join('\n'))
  })

  it('gives a person cluster the gender its given name or an honorific tells, and none when unknown', () => {
    // Piet and Karin are the dictionary's given names; Jon is only in the Moby list of men's names; Robin is in both lists.
    const text = 'Karin Lund met Piet Dorsa and Mrs. Tarn. Jon Brek left with Robin Ober.'
    const doc = analyzeWithEntities(dict, text, [
      ['Karin Lund', 'PERSON'],
      ['Piet Dorsa', 'PERSON'],
      ['Tarn', 'PERSON'],
      ['Jon Brek', 'PERSON'],
      ['Robin Ober', 'PERSON'],
    ])
    assert.deepEqual(checkDoc(doc), [])
    const genders = (doc.layers.clusters ?? []).map((c) => [c.text, c.gender])
    assert.deepEqual(genders, [
      ['Karin Lund', 'f'],
      ['Piet Dorsa', 'm'],
      ['Tarn', 'f'],
      ['Jon Brek', 'm'],
      ['Robin Ober', undefined],
    ])
  })

  it('prefers the subject of the sentence (its own, else the antecedent\'s) to a nearer person for he and she', () => {
    // Each row: text, the persons named, the pronoun link expected.
    const rows: Array<[string, [string, string], string]> = [
      ['Jon Brek met Ivo Tarn in Vell and said he was pleased.', ['Jon Brek', 'Ivo Tarn'], 'pronoun:he → Jon Brek'],
      ['Jon Brek, who criticised Ivo Tarn, said his plan would fail.', ['Jon Brek', 'Ivo Tarn'], 'pronoun:his → Jon Brek'],
      ['While Jon Brek praised Ivo Tarn, he kept his distance.', ['Jon Brek', 'Ivo Tarn'], 'pronoun:he → Jon Brek'],
      ['Another worry for Jon Brek is plain: while Ivo Tarn spoke, he said nothing.', ['Jon Brek', 'Ivo Tarn'], 'pronoun:he → Ivo Tarn'],
      ["On Jon Brek's advice, Ivo Tarn said he would wait.", ['Jon Brek', 'Ivo Tarn'], 'pronoun:he → Ivo Tarn'],
      ['Jon Brek met Ivo Tarn. He said nothing.', ['Jon Brek', 'Ivo Tarn'], 'pronoun:He → Jon Brek'],
      ["Jon Brek's aide met Ivo Tarn. He said nothing.", ['Jon Brek', 'Ivo Tarn'], 'pronoun:He → Ivo Tarn'],
      ['Karin Lund met Piet Dorsa. He said nothing.', ['Karin Lund', 'Piet Dorsa'], 'pronoun:He → Piet Dorsa'],
      // Across sentences a subject of unknown gender does not outrank a person known to be a man ("Piet").
      ['Robin Brek met Piet Dorsa. He said nothing.', ['Robin Brek', 'Piet Dorsa'], 'pronoun:He → Piet Dorsa'],
      ['Jon Brek spoke. Ivo Tarn met Karin Lund later. He said nothing.', ['Jon Brek', 'Ivo Tarn'], 'pronoun:He → Ivo Tarn'],
      ['Piet Dorsa thanked Karin Lund when she arrived.', ['Piet Dorsa', 'Karin Lund'], 'pronoun:she → Karin Lund'],
      // A given name from the Moby lists tells the gender too ("Mara" a woman's, "Tom" a man's).
      ['Mara Quill and Tom Dorn met. She said nothing.', ['Mara Quill', 'Tom Dorn'], 'pronoun:She → Mara Quill'],
      ['Mara Quill and Tom Dorn met. He said nothing.', ['Mara Quill', 'Tom Dorn'], 'pronoun:He → Tom Dorn'],
    ]
    for (const [text, people, expected] of rows) {
      const names: Array<[string, 'PERSON' | 'GPE']> = [[people[0], 'PERSON'], [people[1], 'PERSON']]
      if (text.includes('Vell')) names.push(['Vell', 'GPE'])
      const doc = analyzeWithEntities(dict, text, names)
      assert.deepEqual(checkDoc(doc), [])
      assert.ok(describeLinks(doc).includes(expected), `${text}\n${describeLinks(doc).join('\n')}`)
    }
  })

  it('lets a possessive pronoun subject outrank only for a pronoun of its own gender', () => {
    const text = 'Karin Lund spoke first. Her remarks backed the view of Piet Dorsa that his plan works.'
    const doc = analyzeWithEntities(dict, text, [
      ['Karin Lund', 'PERSON'],
      ['Piet Dorsa', 'PERSON'],
    ])
    assert.deepEqual(checkDoc(doc), [])
    assert.ok(describeLinks(doc).includes('pronoun:his → Piet Dorsa'), describeLinks(doc).join('\n'))
  })

  it('takes a gender from an honorific when the first name is unknown', () => {
    const text = 'Mrs Oksa met Mr Tarn in Vell. She thanked him.'
    const doc = analyzeWithEntities(dict, text, [
      ['Oksa', 'PERSON'],
      ['Tarn', 'PERSON'],
      ['Vell', 'GPE'],
    ])
    const links = describeLinks(doc)
    assert.ok(links.includes('pronoun:She → Oksa'), links.join('\n'))
    assert.ok(links.includes('pronoun:him → Tarn'), links.join('\n'))
  })

  it('lets honorifics in the text overrule the gender the dictionary gives a bare surname, and drops it when they disagree', () => {
    // "Varga" alone is a man in the dictionary (Tomas Varga); this document's Varga is "Mrs Varga".
    const hers = analyzeWithEntities(dict, 'Mrs Varga met Piet Dorsa in Vell. Later she spoke.', [
      ['Varga', 'PERSON'],
      ['Piet Dorsa', 'PERSON'],
      ['Vell', 'GPE'],
    ])
    assert.deepEqual(checkDoc(hers), [])
    assert.ok(describeLinks(hers).includes('pronoun:she → Varga'), describeLinks(hers).join('\n'))
    // No honorific: the dictionary's gender stands, so "she" finds no one.
    const plain = analyzeWithEntities(dict, 'Varga met officials in Vell. Later she spoke.', [
      ['Varga', 'PERSON'],
      ['Vell', 'GPE'],
    ])
    assert.ok(!describeLinks(plain).some((l) => l.startsWith('pronoun:she')), describeLinks(plain).join('\n'))
    // "Mr Varga" and "Mrs Varga" in one cluster: either pronoun may refer to it.
    const both = analyzeWithEntities(dict, 'Mr Varga and Mrs Varga arrived in Vell. She spoke first.', [
      ['Varga', 'PERSON'],
      ['Varga', 'PERSON'],
      ['Vell', 'GPE'],
    ])
    assert.ok(describeLinks(both).includes('pronoun:She → Varga'), describeLinks(both).join('\n'))
  })

  it('leaves a pronoun unlinked when no person is in reach', () => {
    const doc = analyzeWithEntities(dict, 'Arvenia and Belmora signed a deal. He left early.', [
      ['Arvenia', 'GPE'],
      ['Belmora', 'GPE'],
    ])
    assert.ok(!describeLinks(doc).some((l) => l.startsWith('pronoun:He')))
  })

  it('links "the former diplomat" to the person described as a former ambassador, not to a minister', () => {
    const text =
      'Piet Dorsa, former Arvenian ambassador to Belmora, spoke at a forum with Arvenian Foreign Minister Jan Kos. The former diplomat expects little.'
    const doc = analyzeWithEntities(dict, text, [
      ['Piet Dorsa', 'PERSON'],
      ['Jan Kos', 'PERSON'],
      ['Belmora', 'GPE'],
    ])
    assert.deepEqual(checkDoc(doc), [])
    assert.ok(describeLinks(doc).includes('description:The former diplomat → Piet Dorsa'), describeLinks(doc).join('\n'))
  })

  it('links "the Arvenian leader" to the Arvenian president from the dictionary, and not "the Belmoran leader"', () => {
    const text = 'Tomas Varga met Belmoran officials. The Arvenian leader promised aid. The Belmoran leader said nothing.'
    const doc = analyzeWithEntities(dict, text, [['Tomas Varga', 'PERSON']], '2020-05-01')
    const links = describeLinks(doc)
    assert.ok(links.includes('description:The Arvenian leader → Tomas Varga'), links.join('\n'))
    assert.ok(!links.some((l) => l.startsWith('description:The Belmoran leader')))
  })

  it('links "the president" past a nearer foreign minister to the person holding that office on the day', () => {
    const text = 'Tomas Varga met Ilse Moravec in Vell. The president praised the talks.'
    const names = [['Tomas Varga', 'PERSON'], ['Ilse Moravec', 'PERSON'], ['Vell', 'GPE']] as const
    assert.ok(describeLinks(analyzeWithEntities(dict, text, names, '2021-05-01')).includes('description:The president → Tomas Varga'))
    // Out of office by 2024: "the president" no longer describes him.
    assert.ok(!describeLinks(analyzeWithEntities(dict, text, names, '2024-05-01')).some((l) => l.startsWith('description:') && l.endsWith('Tomas Varga')))
  })

  it('links a parenthetical alias, its later repetition, and an acronym to the full name', () => {
    const text = 'She teaches at the Vell Academy of Arts (Arts Academy Vell). The Arts Academy Vell is old. The VAA agreed.'
    const doc = analyzeWithEntities(dict, text, [
      ['Vell Academy of Arts', 'ORG'],
      ['Arts Academy Vell', 'ORG'],
      ['VAA', 'ORG'],
    ])
    const links = describeLinks(doc)
    assert.equal(links.filter((l) => l.endsWith('→ Vell Academy of Arts')).length, 4, links.join('\n'))
    assert.deepEqual(checkDoc(doc), [])
  })

  it('makes an affiliation after a name a title mention', () => {
    const doc = analyzeWithEntities(dict, 'Ivan Petrov of the Vell Institute of Peace disagreed.', [
      ['Ivan Petrov', 'PERSON'],
      ['Vell Institute of Peace', 'ORG'],
    ], '2024-01-10')
    assert.ok(describeLinks(doc).includes('title:of the Vell Institute of Peace → Ivan Petrov'), describeLinks(doc).join('\n'))
    assert.equal((doc.layers.actors ?? []).find((a) => a.text === 'Ivan Petrov')?.code, 'ARVNGO')
  })

  it('links a company\'s short name to the one company of the document whose name opens with it', () => {
    const table: Array<[string, Array<[string, 'ORG' | 'GPE']>, string, boolean]> = [
      ['Tarnel Corp said it bought a mill. Tarnel said the price was fair.', [['Tarnel Corp', 'ORG'], ['Tarnel', 'ORG']], 'Tarnel', true],
      ['Hanover Vell Trading Co Ltd cut prices. Hanover Vell said demand fell.', [['Hanover Vell Trading Co Ltd', 'ORG'], ['Hanover Vell', 'ORG']], 'Hanover Vell', true],
      ['Upmark Minerals Corp bought a mine. Upmark said output would rise.', [['Upmark Minerals Corp', 'ORG'], ['Upmark', 'GPE']], 'Upmark', true],
      // No business word after the short name: an institute is no company.
      ['The Tarnel Institute of Peace met. Tarnel said the talks went well.', [['Tarnel Institute of Peace', 'ORG'], ['Tarnel', 'ORG']], 'Tarnel', false],
      // Two companies open with it: neither is meant for sure.
      ['Tarnel Steel Corp and Tarnel Oil Co merged. Tarnel said the deal was done.', [['Tarnel Steel Corp', 'ORG'], ['Tarnel Oil Co', 'ORG'], ['Tarnel', 'ORG']], 'Tarnel', false],
      // A name the dictionary knows is that name, not a company's short name.
      ['Arvenia Steel Corp raised prices. Arvenia said it would reply.', [['Arvenia Steel Corp', 'ORG'], ['Arvenia', 'GPE']], 'Arvenia', false],
    ]
    for (const [text, names, short, linked] of table) {
      const doc = analyzeWithEntities(dict, text, names)
      assert.deepEqual(checkDoc(doc), [])
      const links = describeLinks(doc)
      assert.equal(links.some((l) => l.startsWith(`alias:${short} → `)), linked, `${text}\n${links.join('\n')}`)
    }
  })

  it('links an acronym in parentheses to a place only when it spells the place\'s initials', () => {
    const credited = analyzeWithEntities(dict, 'VELL (DNA) - Arvenia closed its border.', [
      ['VELL', 'GPE'],
      ['DNA', 'ORG'],
      ['Arvenia', 'GPE'],
    ])
    assert.ok(!describeLinks(credited).some((l) => l.startsWith('alias:DNA')), describeLinks(credited).join('\n'))
    const spelled = analyzeWithEntities(dict, 'The Upper Kessa Republic (UKR) voted. The UKR left.', [
      ['Upper Kessa Republic', 'GPE'],
      ['UKR', 'GPE'],
      ['UKR', 'GPE'],
    ])
    const links = describeLinks(spelled)
    assert.equal(links.filter((l) => l.endsWith('→ Upper Kessa Republic')).length, 3, links.join('\n'))
  })

  it('links the acronym heading a parenthetical alias when it is used alone', () => {
    const doc = analyzeWithEntities(dict, 'He studied at the Vell State Institute (VELGU University). VELGU is old.', [
      ['Vell State Institute', 'ORG'],
      ['VELGU University', 'ORG'],
      ['VELGU', 'ORG'],
    ])
    assert.ok(describeLinks(doc).includes('alias:VELGU → Vell State Institute'), describeLinks(doc).join('\n'))
  })

  it('links "the" and the last word of an organisation named lately to it ("The council said")', () => {
    const hits: Array<[string, string]> = [
      ['The Vell Trade Council met on Monday. The council said trade would fall.', 'description:The council → Vell Trade Council'],
      ['Arvenia closed the Kessa Mining Company. Workers said the company owed them wages.', 'description:the company → Kessa Mining Company'],
    ]
    for (const [text, link] of hits) {
      const names = text.includes('Council') ? ([['Vell Trade Council', 'ORG']] as const) : ([['Arvenia', 'GPE'], ['Kessa Mining Company', 'ORG']] as const)
      const doc = analyzeWithEntities(dict, text, names)
      assert.deepEqual(checkDoc(doc), [])
      assert.ok(describeLinks(doc).includes(link), describeLinks(doc).join('\n'))
    }
    const misses = [
      // Another head, a modifier of a noun, a new name with "of", and an organisation named too long before.
      'The Vell Trade Council met on Monday. The board said trade would fall.',
      'The Vell Trade Council met on Monday. The council chamber was empty.',
      'The Vell Trade Council met on Monday. The council of elders said little.',
      'The Vell Trade Council met on Monday. Rain fell. Roads closed. Shops shut. The council said little.',
    ]
    for (const text of misses) {
      const doc = analyzeWithEntities(dict, text, [['Vell Trade Council', 'ORG']])
      assert.ok(!describeLinks(doc).some((l) => l.startsWith('description:')), `${text}\n${describeLinks(doc).join('\n')}`)
    }
  })

  it('links "the country" to the nearest country and leaves it alone when none was named', () => {
    const linked = analyzeWithEntities(dict, 'Belmora and Arvenia met in Vell. The country later left the talks.', [
      ['Belmora', 'GPE'],
      ['Arvenia', 'GPE'],
      ['Vell', 'GPE'],
    ])
    assert.ok(describeLinks(linked).includes('description:The country → Arvenia'), describeLinks(linked).join('\n'))
    const alone = analyzeWithEntities(dict, 'Talks were held in Vell. The country later left them.', [['Vell', 'GPE']])
    assert.ok(!describeLinks(alone).some((l) => l.startsWith('description:')))
  })

  it('makes nationality + role groups description mentions of a group cluster, each nationality its own', () => {
    const doc = analyzeWithEntities(dict, 'Senior Arvenian and Belmoran officials met. Arvenian troops stayed. Arvenian experts spoke.', [
      ['Arvenian', 'NORP'],
      ['Belmoran', 'NORP'],
    ], '2024-01-10')
    assert.deepEqual(checkDoc(doc), [])
    const links = describeLinks(doc)
    assert.ok(links.includes('description:Arvenian and Belmoran officials → Arvenian and Belmoran officials'), links.join('\n'))
    assert.ok(links.includes('description:Belmoran officials → Belmoran officials'), links.join('\n'))
    assert.ok(links.includes('description:Arvenian troops → Arvenian troops'), links.join('\n'))
    // "experts" names no role, so no group: the nationality word stays a plain name mention.
    assert.ok(!links.some((l) => l.startsWith('description:Arvenian experts')))
    const code = (text: string) => (doc.layers.actors ?? []).find((a) => a.text === text)?.code
    assert.equal(code('Arvenian and Belmoran officials'), 'ARVGOV')
    assert.equal(code('Belmoran officials'), 'BLMGOV')
    assert.equal(code('Arvenian troops'), 'ARVMIL')
  })

  it('takes no capitalised business role after a nationality for a description of a person ("the Belmoran Executive")', () => {
    const doc = analyzeWithEntities(dict, 'Piet Dorsa, a Belmoran business executive, spoke. The Belmoran Executive said it would act.', [['Piet Dorsa', 'PERSON'], ['Belmoran', 'NORP'], ['Belmoran', 'NORP']], '2024-01-10')
    assert.deepEqual(checkDoc(doc), [])
    const dorsa = (doc.layers.clusters ?? []).find((c) => c.text === 'Piet Dorsa')
    const linked = (doc.layers.mentions ?? []).filter((m) => m.clusterId === dorsa?.id).map((m) => m.text)
    assert.ok(!linked.includes('The Belmoran Executive'), linked.join(', '))
  })

  it('reads "official" before an organization\'s name as an adjective, no bare role ("the official Vell News Agency")', () => {
    const doc = analyzeWithEntities(dict, 'Ten people died, the official Vell News Agency reported.', [['Vell News Agency', 'ORG']], '2024-01-10')
    assert.deepEqual(checkDoc(doc), [])
    assert.deepEqual((doc.layers.mentions ?? []).filter((m) => m.reason.startsWith('role:')).map((m) => m.text), [])
  })

  it('makes bare roles of the state one nameless group per role, with the article but not a "that" before them', () => {
    const doc = analyzeWithEntities(dict, 'The interior minister said on Monday that police had detained ten people. Police said the minister was right.', [], '2024-01-10')
    assert.deepEqual(checkDoc(doc), [])
    const mentions = (doc.layers.mentions ?? []).filter((m) => m.reason.startsWith('role:'))
    assert.deepEqual(mentions.map((m) => m.text), ['The interior minister', 'police', 'Police', 'the minister'])
    const [minister, police, police2, minister2] = mentions
    assert.equal(minister?.clusterId, minister2?.clusterId)
    assert.equal(police?.clusterId, police2?.clusterId)
    assert.notEqual(minister?.clusterId, police?.clusterId)
  })

  it('reads groups after a country name, a possessive or "of <country>", and plural role words', () => {
    const doc = analyzeWithEntities(dict, "Belmora's government protested. The president of Quazelia called Arvenian negotiators.", [
      ['Belmora', 'GPE'],
      ['Quazelia', 'GPE'],
      ['Arvenian', 'NORP'],
    ], '2024-01-10')
    assert.deepEqual(checkDoc(doc), [])
    const code = (text: string) => (doc.layers.actors ?? []).find((a) => a.text === text)?.code
    assert.equal(code("Belmora's government"), 'BLMGOV')
    assert.equal(code('president of Quazelia'), 'QZLGOV')
    assert.equal(code('Arvenian negotiators'), 'ARVGOV')
  })

  it('makes groups of role words "in" a country, of role-word chains and of "-led" nationalities (issue 4)', () => {
    const table: Array<[string, string | undefined]> = [
      ['Rebels in the Belmora hills fired.', 'description:Rebels in the Belmora → Rebels in the Belmora'],
      ['Officials in Quazelia agreed.', 'description:Officials in Quazelia → Officials in Quazelia'],
      ['The envoy in Quazelia agreed.', undefined],
      ['Arvenian rebel leaders agreed.', 'description:Arvenian rebel leaders → Arvenian rebel leaders'],
      ['Arvenian-led forces advanced.', 'description:Arvenian-led forces → Arvenian-led forces'],
      ['Arvenian-backed forces advanced.', undefined],
    ]
    for (const [text, link] of table) {
      const doc = analyzeWithEntities(dict, text, [['Belmora', 'GPE'], ['Quazelia', 'GPE'], ['Arvenian', 'NORP']], '2024-01-10')
      assert.deepEqual(checkDoc(doc), [])
      const links = describeLinks(doc).filter((l) => l.startsWith('description:'))
      if (link === undefined) assert.deepEqual(links, [], text)
      else assert.ok(links.includes(link), `${text}: ${links.join(' | ')}`)
    }
  })

  it('repairs a person typed as an organization by the entity model, from a known first name or an earlier surname', () => {
    const doc = analyzeWithEntities(dict, 'Piet Dorsa, former Arvenian ambassador, spoke. Dorsa left.', [
      ['Piet Dorsa', 'ORG'],
      ['Dorsa', 'GPE'],
    ], '2024-01-10')
    assert.ok(describeLinks(doc).includes('alias:Dorsa → Piet Dorsa'), describeLinks(doc).join('\n'))
    assert.equal((doc.layers.clusters ?? [])[0]?.type, 'PERSON')
    assert.equal((doc.layers.actors ?? []).find((a) => a.text === 'Dorsa')?.code, 'ARVELI')
  })

  it('groups dictionary aliases of a country into one cluster but keeps its capital apart', () => {
    const text = 'The Republic of Arvenia protested. Arvenia recalled its envoy, and Vell said nothing.'
    const doc = analyzeWithEntities(dict, text, [
      ['Republic of Arvenia', 'GPE'],
      ['Arvenia', 'GPE'],
      ['Vell', 'GPE'],
    ])
    const links = describeLinks(doc)
    assert.ok(links.includes('alias:Arvenia → Republic of Arvenia'), links.join('\n'))
    assert.ok(links.includes('pronoun:its → Republic of Arvenia'), links.join('\n'))
    assert.ok(links.includes('name:Vell → Vell'))
  })
  it('makes a title set off by a comma before a name a title mention ("Belmora’s president, Karin Lund, said"), so a later description links', () => {
    const cases: Array<[string, string | undefined]> = [
      ["Belmora's president, Karin Lund, spoke on Friday. The president said Belmora would wait.", "title:Belmora's president → Karin Lund"],
      ['The ambassador of Arvenia, Piet Dorsa, arrived in Vell.', 'title:ambassador of Arvenia → Piet Dorsa'],
      // Misses: a list after the role word, a plural role word, and a gerund phrase before the comma.
      ['Belmora met the president, Karin Lund and Piet Dorsa.', undefined],
      ['Belmora named two ambassadors, Karin Lund, on Friday.', undefined],
      ['They blamed him for likening the ambassador, Karin Lund, to a thief.', undefined],
    ]
    for (const [text, link] of cases) {
      const doc = analyzeWithEntities(dict, text, [
        ['Karin Lund', 'PERSON'],
        ['Piet Dorsa', 'PERSON'],
        ['Belmora', 'GPE'],
        ['Arvenia', 'GPE'],
        ['Vell', 'GPE'],
      ].filter(([name]) => text.includes(name as string)) as Array<[string, 'PERSON' | 'GPE']>)
      assert.deepEqual(checkDoc(doc), [])
      const titles = describeLinks(doc).filter((l) => l.startsWith('title:'))
      if (link === undefined) assert.deepEqual(titles, [], text)
      else assert.ok(titles.includes(link), `${text}\n${titles.join('\n')}`)
    }
    const described = analyzeWithEntities(dict, "Belmora's president, Karin Lund, spoke on Friday. The president said Belmora would wait.", [
      ['Karin Lund', 'PERSON'],
      ['Belmora', 'GPE'],
    ])
    assert.ok(describeLinks(described).includes('description:The president → Karin Lund'), describeLinks(described).join('\n'))
  })
})
