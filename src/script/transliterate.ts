import iuliia from 'iuliia'

const cyrillic = /\p{Script=Cyrillic}/u
const latinOnly = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u

/**
 * Newsroom romanisation of Russian: the Wikipedia style (simplified BGN/PCGN:
 * Ельцин → Yeltsin, Сергей → Sergey) from iuliia, which implements the published
 * schemes rather than folding letters one by one. `house` maps words to the
 * house form (`{Сергей: Sergei}`); it also applies to the word in capitals.
 * Undefined when the text is not Cyrillic or the scheme leaves letters it
 * cannot write (Ukrainian і, ї, є, ґ are not Russian).
 */
export function transliterate(text: string, house: Readonly<Record<string, string>> = {}): string | undefined {
  if (!cyrillic.test(text)) return undefined
  const lowerHouse = new Map(Object.entries(house).map(([from, to]) => [from.toLowerCase(), to]))
  const result = text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    // iuliia keeps capitals letter by letter (ЕЛЬЦИН → YeLTsIN), so capitals are done in lower case.
    const capitals = word.length > 1 && word === word.toUpperCase()
    const chosen = house[word] ?? lowerHouse.get(word.toLowerCase()) ?? iuliia.translate(capitals ? word.toLowerCase() : word, iuliia.WIKIPEDIA)
    return capitals ? chosen.toUpperCase() : chosen
  })
  return latinOnly.test(result) ? result : undefined
}
