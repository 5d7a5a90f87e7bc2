import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import zlib from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {commonKeyClass, commonKeys} from '../src/spelling/common-keys.js'
import {loadBaseLexicon} from '../src/spelling/lexicon.js'
import {prefixRange, withinDistance} from '../src/spelling/search.js'
import {KnownMisspellings, loadKnownMisspellings, misspellingLines} from '../src/spelling/misspellings.js'
import {SortedLines} from '../src/spelling/sorted-lines.js'

/** A small sorted list as the build script writes them, with a non-ASCII key (UTF-8 bytes, sorted as bytes). */
const list = ['# header', 'apple 10', 'applied 20', 'banana 20 Banana:50', 'cherry', 'cherub 60', 'd\u00e9tente 70'].join('\n') + '\n'

function written(text: string): {list: URL; index: URL} {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-index-'))
  const file = path.join(dir, 'list.txt')
  writeFileSync(file, text)
  return {list: pathToFileURL(file), index: pathToFileURL(path.join(dir, 'list.index'))}
}

// Node before 20.15 has no zlib.crc32: there no prebuilt index is trusted, and the index is built at run time.
const prebuiltUsable = 'crc32' in zlib

describe('prebuilt word list index', () => {
  it.skipIf(!prebuiltUsable)('reads back the index the build writes, and finds and searches as the index built at run time does', () => {
    const {list: file, index} = written(list)
    writeFileSync(index, new SortedLines(file).indexBytes())
    const built = new SortedLines(file)
    const read = new SortedLines(file, index)
    read.usePrebuiltIndex()
    expect(read.indexedYet).toBe(true)
    expect(built.indexedYet).toBe(false)
    for (const key of ['apple', 'applied', 'banana', 'cherry', 'cherub', 'd\u00c3\u00a9tente', 'appl', 'cherries', 'zebra']) expect(read.find(key), key).toBe(built.find(key))
    const keys = read.keys()
    expect(Array.from({length: keys.length}, (_, at) => keys.at(at))).toEqual(['apple', 'applied', 'banana', 'cherry', 'cherub', 'd\u00e9tente'])
    expect(withinDistance(read.keys(), 'chery', 2)).toEqual(withinDistance(built.keys(), 'chery', 2))
    expect(withinDistance(read.keys(), 'detente', 1)).toEqual([{key: 'd\u00e9tente', distance: 1}])
  })

  it('ignores an index made from another version of the list, even one of the same length', () => {
    const {list: file, index} = written(list)
    writeFileSync(index, new SortedLines(file).indexBytes())
    // Same length, one key changed: the stale index would point `cherub` at the wrong line.
    writeFileSync(file, list.replace('cherub 60', 'chervb 60'))
    const lines = new SortedLines(file, index)
    lines.usePrebuiltIndex()
    expect(lines.indexedYet).toBe(false)
    expect([lines.find('chervb') !== -1, lines.find('cherub') !== -1]).toEqual([true, false])
    expect(lines.keys().at(4)).toBe('chervb')
  })

  it.skipIf(!prebuiltUsable)('finds on the real word lists what the index built at run time finds (samples of every list)', () => {
    // `npm test` builds first, so the stage itself always reads the prebuilt index there; this keeps the other path honest.
    for (const name of ['words', 'words-rare', 'people-names']) {
      const file = new URL(`../rules/spelling/${name}.txt`, import.meta.url)
      const index = pathToFileURL(path.join(mkdtempSync(path.join(tmpdir(), 'copydesk-index-')), `${name}.index`))
      writeFileSync(index, new SortedLines(file).indexBytes({keys: name === 'words'}))
      const built = new SortedLines(file)
      const read = new SortedLines(file, index)
      read.usePrebuiltIndex()
      expect(read.indexedYet, name).toBe(true)
      // Keys as the lists hold them: UTF-8 bytes, one char a byte.
      const keys = readFileSync(file, 'latin1').split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.split(' ')[0]!)
      for (let at = 0; at < keys.length; at += 211) {
        const key = keys[at]!
        for (const probe of [key, `${key}x`, key.slice(0, -1), key.toUpperCase()]) expect(read.find(probe), `${name}: ${probe}`).toBe(built.find(probe))
      }
      if (name !== 'words') continue
      const [fromIndex, fromText] = [read.keys(), built.keys()]
      expect(fromIndex.length).toBe(fromText.length)
      for (let at = 0; at < fromText.length; at += 997) expect(fromIndex.at(at)).toBe(fromText.at(at))
    }
  })

  it('ignores an index that does not find the list\'s own keys (damaged on disk, or written by code that hashes otherwise)', () => {
    const {list: file, index} = written(list)
    const bytes = new SortedLines(file).indexBytes()
    // Same length, same header: the hash table (right after the 44-byte header; its length is the fifth field) zeroed.
    bytes.fill(0, 44, 44 + 4 * bytes.readInt32LE(16))
    writeFileSync(index, bytes)
    const lines = new SortedLines(file, index)
    lines.usePrebuiltIndex()
    expect(lines.indexedYet).toBe(false)
    expect(lines.find('cherub')).toBe(new SortedLines(file).find('cherub'))
  })
})

describe('the known misspellings, as the build sorts them', () => {
  it('finds a misspelling in any case with its corrections in the list’s order, merged across entries', () => {
    const lines = misspellingLines(['recieve->receive', 'Britian->Britain', 'britian->britain', 'alot->a lot, allot', 'zzz->', 'two words->x'])
    // Sorted by key in byte order, one line a key, a header first.
    expect(lines.split('\n').filter((line) => line && !line.startsWith('#'))).toEqual(['alot a lot|allot', 'britian Britain|britain', 'recieve receive'])
    const known = new KnownMisspellings(new SortedLines({bytes: lines}))
    expect(known.corrections('RECIEVE')).toEqual(['receive'])
    expect(known.corrections('Britian')).toEqual(['Britain', 'britain'])
    expect(known.corrections('alot')).toEqual(['a lot', 'allot'])
    expect(known.corrections('receive')).toEqual([])
  })

  it('is what `npm run build` wrote, or made from the package when there is no build', () => {
    expect(loadKnownMisspellings().corrections('goverment')).toEqual(['government'])
  })
})

describe('the common words\' keys', () => {
  it('hold every common word two slips from a typo that the whole list holds (prebuilt, or all keys without a build)', () => {
    const lexicon = loadBaseLexicon()
    const common = (key: string) => lexicon.suggestable(key).some((form) => (lexicon.frequencyClass(form) ?? 95) <= commonKeyClass)
    const near = (keys: ReturnType<typeof commonKeys>, typed: string) =>
      withinDistance(keys, typed, 2, prefixRange(keys, typed.charAt(0)))
        .filter(({key}) => common(key))
        .map(({key}) => key)
    const table = commonKeys(lexicon)
    for (const typed of ['wuod', 'governmed', 'smehting', 'stoar', 'tounge', 'abandn']) {
      const found = near(table, typed)
      expect(found.length, typed).toBeGreaterThan(0)
      expect(found, typed).toEqual(near(lexicon.baseKeys(), typed))
    }
    // Built, the table holds the common keys alone: a twentieth of the list.
    if (table !== lexicon.baseKeys()) {
      expect(table.length).toBeLessThan(lexicon.baseKeys().length / 10)
      expect(Array.from({length: 50}, (_, index) => table.at(index * 200)!).every(common)).toBe(true)
    }
  })
})
