// Tunes the suggestion weights (src/spelling/suggest.ts) by coordinate descent on
// the TUNING split only: the even-hash half (by correction) of Norvig's and Birkbeck's
// lists, their pairs whose misspelling cspell's list does not hold, and random single
// edits of words from MLQE-PE train. cspell's list is no tuning set: the error model is
// learned from it (src/spelling/error-model.ts), and Wikipedia's list is nearly all on it.
// `npm run eval:spelling` reports on the other half and on other text.
// Usage: npm run build && node scripts/tune-spelling.mjs   (prints the best weights)
import {readFileSync} from 'node:fs'
import {gunzipSync} from 'node:zlib'
import {loadBaseLexicon} from '../dist/spelling/lexicon.js'
import {loadKnownMisspellings} from '../dist/spelling/misspellings.js'
import {Suggester, weights} from '../dist/spelling/suggest.js'

const shared = new URL('../../shared/eval/', import.meta.url)
const hash = (text) => {
  let value = 2166136261
  for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 16777619)
  return value >>> 0
}
const tune = (word) => hash(word.toLowerCase()) % 2 === 0
let seed = 7
const rng = () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const lexicon = loadBaseLexicon()
const known = loadKnownMisspellings()
const usable = ([wrong, right]) => right && !lexicon.knows(wrong) && lexicon.knows(right) && /^\p{Ll}+$/u.test(wrong + right) && known.corrections(wrong).length === 0
const sample = (pairs, count) => pairs.map((pair) => [rng(), pair]).sort((a, b) => a[0] - b[0]).slice(0, count).map((entry) => entry[1])

const list = (name) => readFileSync(new URL(`spelling/${name}`, shared), 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'))
// The machine translations' running text (the file's JSON field names are no words).
const text = gunzipSync(readFileSync(new URL('mt/mlqe-pe-ruen/train.jsonl.gz', shared))).toString('utf8').trim().split('\n').map((line) => JSON.parse(line).mt).join('\n')
const tokens = text.match(/(?<![\p{L}'-])\p{Ll}{3,}(?![\p{L}'-])/gu).filter((word) => lexicon.knows(word))
const words = [...new Set(tokens)]
const letters = 'abcdefghijklmnopqrstuvwxyz'
/** Random single edits of words drawn from `pool`: distinct words (as out of context), or running text (as typos fall in real copy). */
const randomEdits = (pool) => {
  const edits = []
  while (edits.length < 1000) {
    const word = pool[Math.floor(rng() * pool.length)]
    const at = Math.floor(rng() * word.length)
    const letter = letters[Math.floor(rng() * 26)]
    const kind = Math.floor(rng() * 4)
    const edited = [word.slice(0, at) + letter + word.slice(at), word.slice(0, at) + word.slice(at + 1), word.slice(0, at) + letter + word.slice(at + 1), word.slice(0, at) + (word[at + 1] ?? '') + word[at] + word.slice(at + 2)][kind]
    if (edited !== word && !lexicon.knows(edited) && known.corrections(edited).length === 0) edits.push([edited, word])
  }
  return edits
}
const sets = {
  norvig: [...list('norvig-testset1.tsv'), ...list('norvig-testset2.tsv')].filter((pair) => tune(pair[1]) && usable(pair)),
  birkbeck: sample(list('birkbeck.tsv').filter((pair) => tune(pair[1]) && usable(pair)), 1500),
  edits: randomEdits(words),
  // Typos fall on words as often as the words occur: weights the common short words as the evaluation in context does.
  running: randomEdits(tokens),
}

const suggester = new Suggester(lexicon)
function score() {
  suggester.forgetRankings()
  const result = {}
  for (const [name, pairs] of Object.entries(sets)) {
    result[name] = pairs.filter(([wrong, right]) => suggester.suggest(wrong).words[0] === right).length / pairs.length
  }
  return result
}
const mean = (result) => Object.values(result).reduce((a, b) => a + b, 0) / Object.keys(result).length

// --margin: only report how often suggestions marked certain are right, per margin (choose >= 97% precision).
if (process.argv.includes('--margin')) {
  for (const margin of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1]) {
    weights.margin = margin
    suggester.forgetRankings()
    let certain = 0
    let right = 0
    let total = 0
    const each = []
    for (const [name, pairs] of Object.entries(sets)) {
      let setCertain = 0
      let setRight = 0
      for (const [wrong, correct] of pairs) {
        const result = suggester.suggest(wrong)
        if (!result.certain) continue
        setCertain++
        if (result.words[0] === correct) setRight++
      }
      total += pairs.length
      certain += setCertain
      right += setRight
      each.push(`${name} ${((setRight / setCertain) * 100).toFixed(1)}% of ${((setCertain / pairs.length) * 100).toFixed(1)}%`)
    }
    console.log(`margin ${margin}: certain ${(certain / total * 100).toFixed(1)}%, right when certain ${(right / certain * 100).toFixed(1)}% (${each.join(', ')})`)
  }
  process.exit(0)
}
let best = mean(score())
console.log('start', best.toFixed(4), score())
// Steps relative to each weight: the error model's scale (~0.1) and the frequency weights (~1) differ tenfold.
const factors = [0.5, 0.75, 1.25, 1.5]
for (let round = 0; round < 2; round++) {
  // The context weights act only in context, which these pairs out of context never give: nothing to tune.
  for (const key of Object.keys(weights).filter((key) => !['margin', 'apostrophe', 'firstLetter', 'context', 'contextRepeat'].includes(key))) {
    for (const factor of factors) {
      const before = weights[key]
      // The likeness weights are discounts on a full edit (1): keep them at or under it.
      const ceiling = ['adjacentKey', 'vowel', 'omission', 'doubling', 'transposition'].includes(key) ? 1 : Infinity
      weights[key] = Math.min(ceiling, Math.round((before === 0 ? factor - 0.5 : before * factor) * 1000) / 1000)
      const value = mean(score())
      if (value > best + 0.0005) {
        best = value
        console.log(key, weights[key], best.toFixed(4))
      } else weights[key] = before
    }
  }
}
console.log('best', best.toFixed(4), score(), JSON.stringify(weights))
