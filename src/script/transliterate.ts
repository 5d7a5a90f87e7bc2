import {createRequire} from 'node:module'
import type cyrillicToTranslit from 'cyrillic-to-translit-js'
import type * as Iuliia from 'iuliia'

const cyrillic = /\p{Script=Cyrillic}/u
/** Letters of Ukrainian and not of Russian. */
const ukrainian = /[іїєґІЇЄҐ]/u

// Both libraries (CommonJS; iuliia loads some 30 schemes' tables, about 15 ms) are needed only for
// Cyrillic words, which most English copy has none of: required on first use, synchronously.
const require = createRequire(import.meta.url)
let schemes: {russian: (word: string) => string; ukrainian: (word: string) => string} | undefined

function loadSchemes(): NonNullable<typeof schemes> {
  if (!schemes) {
    const iuliia = require('iuliia') as typeof Iuliia
    // Its typings declare an ES default export; the CommonJS module itself is the function.
    const ukrainianNational = (require('cyrillic-to-translit-js') as typeof cyrillicToTranslit.default)({preset: 'uk'})
    schemes = {russian: (word) => iuliia.translate(word, iuliia.WIKIPEDIA), ukrainian: (word) => ukrainianNational.transform(word)}
  }
  return schemes
}

const latinOnly = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u

/**
 * Newsroom romanisation of Russian: the Wikipedia style (simplified BGN/PCGN:
 * Ельцин → Yeltsin, Сергей → Sergey) from iuliia, which implements the published
 * schemes rather than folding letters one by one. Text with Ukrainian letters
 * (і, ї, є, ґ) follows Ukraine's national system of 2010 (Київ → Kyiv, Харків →
 * Kharkiv), from cyrillic-to-translit-js. `house` maps words to the house form
 * (`{Сергей: Sergei}`); it also applies to the word in capitals. Undefined when
 * the text is not Cyrillic or the scheme leaves letters it cannot write.
 */
export function transliterate(text: string, house: Readonly<Record<string, string>> = {}): string | undefined {
  if (!cyrillic.test(text)) return undefined
  const isUkrainian = ukrainian.test(text)
  const {russian, ukrainian: ukrainianNational} = loadSchemes()
  const lowerHouse = new Map(Object.entries(house).map(([from, to]) => [from.toLowerCase(), to]))
  const result = text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    // iuliia keeps capitals letter by letter (ЕЛЬЦИН → YeLTsIN), so capitals are done in lower case.
    const capitals = word.length > 1 && word === word.toUpperCase()
    const source = capitals ? word.toLowerCase() : word
    const chosen = house[word] ?? lowerHouse.get(word.toLowerCase()) ?? (isUkrainian ? ukrainianNational(source) : russian(source))
    return capitals ? chosen.toUpperCase() : chosen
  })
  return latinOnly.test(result) ? result : undefined
}
