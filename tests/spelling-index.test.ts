import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {withinDistance} from '../src/spelling/search.js'
import {SortedLines} from '../src/spelling/sorted-lines.js'

/** A small sorted list as the build script writes them, with a non-ASCII key (UTF-8 bytes, sorted as bytes). */
const list = ['# header', 'apple 10', 'applied 20', 'banana 20 Banana:50', 'cherry', 'cherub 60', 'd\u00e9tente 70'].join('\n') + '\n'

function written(text: string): {list: URL; index: URL} {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-index-'))
  const file = path.join(dir, 'list.txt')
  writeFileSync(file, text)
  return {list: pathToFileURL(file), index: pathToFileURL(path.join(dir, 'list.index'))}
}

describe('prebuilt word list index', () => {
  it('reads back the index the build writes, and finds and searches as the index built at run time does', () => {
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
})
