import type {Piece} from './tokens.js'

/**
 * Machine translation and some tokenisers put spaces inside addresses and markup:
 * `https: / / old.reddit.com / r / liberta /`, `boosty.to / gktv`, `@ zdorovaya _ spina`,
 * `[img]`, `<unk>`. A word in such a spaced-out address or tag is a name in it, not prose,
 * so it is no spelling matter (`insideAddress` sees only addresses without spaces).
 */
export function spacedAddress(original: string, piece: Piece): boolean {
  const before = original.slice(Math.max(0, piece.start - 80), piece.start)
  const after = original.slice(piece.end, piece.end + 3)
  // A handle or a name joined by underscores: `@ ka`, `zdorovaya _ spina _ umr`.
  if (/[@_] ?$/.test(before) || /^ ?_/.test(after)) return true
  // A markup tag or placeholder: `[img]`, `<unk>`.
  if (/[[<]$/.test(before) && /^[\]>]/.test(after)) return true
  // A path segment after a spaced scheme, a domain or a Reddit-style prefix: `https: / / x`, `boosty.to / x`, `r / x`.
  return /(?:\p{L}+: ?\/ ?\/|[\p{L}\d-]+\.\p{L}{2,} ?\/|(?:^|[\s([])[ru] \/)(?: ?[^\s/]+ ?\/)* ?$/u.test(before)
}

/**
 * A word alone in brackets or quotation marks (`(Enteo)`, `"Ponty"`): a name, title or label
 * given apart, not a word of the sentence around it.
 */
export function enclosedAlone(original: string, piece: Piece): boolean {
  const before = original.charAt(piece.start - 1)
  const after = original.charAt(piece.end)
  return (before === '(' && after === ')') || (before === '[' && after === ']') || (/["“«]/.test(before) && /["”»]/.test(after))
}
