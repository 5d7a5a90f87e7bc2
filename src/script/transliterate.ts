import cyrillicToTranslit from 'cyrillic-to-translit-js'
import iuliia from 'iuliia'

const cyrillic = /\p{Script=Cyrillic}/u
/** Letters of Ukrainian and not of Russian. */
const ukrainian = /[іїєґІЇЄҐ]/u
// A CommonJS module whose typings declare an ES default export: at run time the import is the function.
const ukrainianNational = (cyrillicToTranslit as unknown as typeof cyrillicToTranslit.default)({preset: 'uk'})
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
  const lowerHouse = new Map(Object.entries(house).map(([from, to]) => [from.toLowerCase(), to]))
  const result = text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    // iuliia keeps capitals letter by letter (ЕЛЬЦИН → YeLTsIN), so capitals are done in lower case.
    const capitals = word.length > 1 && word === word.toUpperCase()
    const source = capitals ? word.toLowerCase() : word
    const chosen = house[word] ?? lowerHouse.get(word.toLowerCase()) ?? (isUkrainian ? ukrainianNational.transform(source) : iuliia.translate(source, iuliia.WIKIPEDIA))
    return capitals ? chosen.toUpperCase() : chosen
  })
  return latinOnly.test(result) ? result : undefined
}
