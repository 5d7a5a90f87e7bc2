import {startsUpperCase, type Token} from './match.js'
import {isAdverb} from './token-scan.js'

// An effect foreseen in a relative clause ("…, which may lead to defaults"): read by the `ability` guard (the writer's forecast,
// round 25) and by the attribution reader after a verb of pointing ("The IMF pointed to rising debt, which may lead…", round 26).

// Round 25 (Brown press and Reuters-21578 tuning halves: "this loss of initiative … which may lead to the loss of initiative",
// "the book which may dissuade some people", "proposed a freeze …, which could lead to price cuts", "reported high placements,
// which may weigh on back months"): an effect the writer foresees in a relative clause. Closed list: "which could be used",
// "which may be borrowed", "a facility which could produce" tell what a thing can do.
const consequenceVerbs = /^(?:lead|cause|result|bring|mean|affect|prompt|trigger|spark|hurt|harm|damage|delay|weigh|undermine|threaten|jeopardize|jeopardise|complicate|dissuade|discourage|encourage|force|push|pave|spur|fuel|hamper|hinder|disrupt|endanger|provoke|erode|dampen|set|spell|cushion|reduce|cut|lower|raise|lift|boost|worsen|prevent|block|slow)$/

/**
 * "…, which may lead to…", "the book which may dissuade…": a relative "which" right before the modal (not "each of which") and,
 * past at most two adverbs ("which might very well set him back"), a verb of `consequenceVerbs`.
 */
export function relativeConsequence(words: Token[], at: number): boolean {
  return consequenceVerb(words, at) !== undefined
}

/** The verb of the effect that `relativeConsequence` finds after the modal at `at`. */
function consequenceVerb(words: Token[], at: number): Token | undefined {
  // A capitalised "Which" goes on from a sentence cut short ("…amid fears about a pickup in inflation in the U.S. Which could
  // lead…": the critics' fear, r17953).
  const which = words[at - 1]
  if (which?.norm !== 'which' || startsUpperCase(which.raw) || words[at - 2]?.norm === 'of') return undefined
  // Review of round 25 on modern copy: what a legal instrument, a drug or a disease does is no forecast ("an emergency order,
  // which may block sales", "The drug, which may cause nausea"; rule 6 of the labelling guide).
  if (instrumentNouns.test(words[at - 2]?.norm ?? '') || medicalNouns.test(words[at - 2]?.norm ?? '')) return undefined
  let verb = at + 1
  while (verb < at + 3 && words[verb] && (isAdverb(words[verb]!) || /^(?:very|well|even|still|further|soon)$/.test(words[verb]!.norm))) verb++
  if (!consequenceVerbs.test(words[verb]?.norm ?? '')) return undefined
  // Nor a statutory penalty ("wire fraud, which could bring a sentence of up to 20 years"): a legal consequence.
  const penalty = words.slice(verb + 1, verb + 7).some((word, index, next) => penaltyNouns.test(word.norm) || (word.norm === 'up' && next[index + 1]?.norm === 'to'))
  return penalty ? undefined : words[verb]
}

/** Legal instruments whose effects a relative clause states ("a release clause which could force United to sell"). */
const instrumentNouns = /^(?:order|orders|clause|clauses|provision|provisions|law|laws|act|rule|rules|amendment|statute|regulation|regulations|injunction|ruling|warrant)$/
/** Drugs, treatments and diseases, whose effects are medical facts ("a beta blocker, which may lower blood pressure"). */
export const medicalNouns = /^(?:drug|drugs|medicine|medicines|medication|medications|vaccine|vaccines|pill|pills|blocker|blockers|inhibitor|inhibitors|treatment|treatments|therapy|supplement|supplements|disease|diseases|condition|diabetes|infection|infections|mutation|mutations|virus|dose|doses)$/
/** Penalties a law sets ("a fine of up to 5,000 pounds", "a ban of six matches"). */
const penaltyNouns = /^(?:sentence|sentences|fine|fines|ban|bans|penalty|penalties|prison|jail|imprisonment|suspension)$/

/**
 * Round 26 (review of round 25 on modern copy: "The IMF pointed to rising debt, which may lead to defaults", "The central bank
 * flagged weak exports, which could weigh on growth"): whether the clause after a verb of pointing at `from` goes on with what
 * it points to and the effect foreseen for it in a "which" clause (`relativeConsequence`), within the clause: no sentence's end
 * before the "which", and no other comma but a list's (`listBeforeWhich`). Narrowed by the round's review: an effect in `reactions` ("which could spark a
 * rally") is the writer's comment, and "flagged" a thing and where or how (`marksAThing`: "Police flagged the car on a
 * watchlist", "X flagged the post with a community note") is an act.
 */
export function consequenceAhead(tokens: Token[], from: number, reactions: ReadonlySet<string>): boolean {
  if (tokens[from]!.norm === 'flagged' && marksAThing(wordsAfter(tokens, from))) return false
  const words: Token[] = []
  for (let index = from + 1; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind === 'punctuation') {
      if (/^[;:.!?]$/.test(token.raw)) return false
      if (token.raw === ',' && tokens.slice(index + 1).find((next) => next.kind !== 'space')?.norm !== 'which' && !listBeforeWhich(tokens, index)) return false
    }
    if (token.kind !== 'word') continue
    words.push(token)
    if (/^(?:may|might|could)$/.test(token.norm)) {
      const verb = consequenceVerb(words.concat(wordsAfter(tokens, index)), words.length - 1)
      return verb !== undefined && !reactions.has(verb.norm)
    }
  }
  return false
}

/**
 * A comma inside a list that the "which" clause then takes up ("pointed to rising debt, slowing growth and high interest rates,
 * which could lead…": the review of round 26): an "and" or "or" comes before ", which", and no other mark.
 */
function listBeforeWhich(tokens: Token[], comma: number): boolean {
  let joined = false
  for (let index = comma + 1; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind === 'word' && (token.norm === 'and' || token.norm === 'or')) joined = true
    if (token.kind !== 'punctuation') continue
    if (token.raw !== ',') return false
    if (tokens.slice(index + 1).find((next) => next.kind !== 'space')?.norm === 'which') return joined
  }
  return false
}

/**
 * "flagged the car on a watchlist", "flagged the post with a community note", "flagged the transfer as suspicious": a thing named
 * with its article, then where or how it was marked. "flagged new export curbs on China" flags a risk.
 */
function marksAThing(after: Token[]): boolean {
  return /^(?:the|a|an|his|her|its|their)$/.test(after[0]?.norm ?? '') && after.slice(2, 4).some((word) => /^(?:on|with|as)$/.test(word.norm))
}

/** The words after `index` up to the sentence's end. */
function wordsAfter(tokens: Token[], index: number): Token[] {
  return tokens.slice(index + 1).filter((token) => token.kind === 'word')
}
