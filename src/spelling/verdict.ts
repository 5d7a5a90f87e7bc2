import type {ArticleWords} from './article-words.js'
import {runTogether, swapsAPart} from './compounds.js'
import {caseEnding, nameEnding} from './inflection.js'
import {romanisationVariants} from './romanisation.js'
import {likelyTerm, likelyTypo, misspelling, type Pending, unknownName} from './rules.js'
import {cheapSlip, commonOneSlipAway, slipForms} from './slips.js'
import {laughter} from './sounds.js'
import {type Suggester, weightedDistance} from './suggest.js'
import {lowerCaseName, termEvidence} from './term-evidence.js'
import {coinageHalf, dictionaryClass, initialCommonClass, initialShortClass, likelyCorrectionClass, repeatedUses, titleSlipLength} from './thresholds.js'
import {normalise, type Piece, withoutAccents, withoutPossessive} from './tokens.js'
import {heldSound, longRun, longRuns, repeatedLetters, voiced} from './word-shapes.js'
import type {Vocabulary} from './vocabulary.js'

/** An unknown word as the stage's loop found it, with what its place in the text says (see `judge`). */
export interface Unknown {
  piece: Piece
  /** At the start of a sentence or in a title, where a capital says nothing. */
  initial: boolean
  /** Next to a name: followed by a capitalised word, as given names are, or after a name no dictionary word shares (`Paul Budd`). */
  beforeName: boolean
  /** A later part of a hyphenated word that starts with a capital. */
  namePart: boolean
  /** The whole word alone in brackets or quotation marks (`(tm)`, `"Ponty"`), or in a quotation of two words (`"reliable runet"`). */
  alone: boolean
  /** The name in syllables a part belongs to (`Jong-un`, `Ju-ae`): an unknown part is noted as the whole name, once. */
  name?: Piece
  /** Right after a number (`5 kgs`, `20 th`): a unit or a suffix split off more often than a slip. */
  afterNumber?: boolean
  /**
   * Lower-case words next to it that the dictionary does not know (`frontis aut judicii imminuti`), and whether it
   * follows an initial (`C. elegans`): see `amidForeignWords`.
   */
  strangers?: {neighbours: string[]; afterInitial: boolean}
  /** A side of two words glued by a full stop but a name after an initial (`Moscow.Teh`): not counted as a use, which would make a repeated slip a name. */
  glued?: boolean
  /** Under a house spelling, in a quotation or a blockquote: someone else's words, spelled their way (see `inQuotation`). */
  quotation?: boolean
}

/**
 * Decides how sure we are that an unknown word is a typo rather than a name.
 * Lower-case: a typo. Capitalised: a typo only when it is one slip from a
 * name the newsroom knows, or (at the start of a sentence, where a capital
 * says nothing) one slip from a common word and not used as a name elsewhere
 * in the article. Names in SCOWL's big lists (Nama, Marty, Anatole) do not
 * count as evidence: on real news text they matched far more transliterated
 * names than typos.
 */
export function judge(vocabulary: Vocabulary, {piece, initial, beforeName, namePart, alone, afterNumber, strangers}: Unknown, midSentence: ReadonlySet<string>, uses: ReadonlyMap<string, number>, inArticle: ArticleWords): Pending {
  const {lexicon, suggester, known, nameTitles} = vocabulary
  const text = normalise(piece.text)
  // d'Ettorre, l'Aquila, dell'Utri: an elided article or preposition before a capital starts a name.
  const capitalised = /^\p{Lu}/u.test(text) || namePart || /^(?:d|l|dell|dall|nell|sull)'\p{Lu}/u.test(text)
  const camel = /\p{Ll}\p{Lu}/u.test(text)
  // Never a fix for a word of one or two letters (`th`, `nd`: `and`? `the`? `to`?) or one right after a number (`5 kgs`).
  const fixable = text.length > 2 && !afterNumber
  /** The fix level of a certain suggestion: `safe` unless the words around it make a slip doubtful. */
  const unasked = () => (strangers && amidForeignWords(vocabulary, strangers) ? ('review' as const) : ('safe' as const))
  if (!capitalised && !camel) {
    // A slip does not add a diacritic: an unknown word with one (`tête`) is a foreign word.
    if (withoutAccents(text) !== text) return {rule: likelyTerm, piece, reason: `\`${piece.text}\` is not in the dictionary; its accents mark a foreign word: check it`, expected: []}
    // A word set apart in brackets or quotes (`(tm)`, `"gop"`) is a label, an abbreviation or a word quoted as such.
    // Suggestions offered, never applied (nor for the uncertain cases below): on real copy nearly all were wrong (docs/spelling.md, "Fixes on real copy").
    if (alone) return {rule: likelyTerm, piece, reason: `\`${piece.text}\` is not in the dictionary; it stands apart in brackets or quotes, as labels, names and quoted terms do: check it`, expected: suggester.suggest(text, inArticle).words}
    // A known misspelling (`recieve`) is one whatever else the word looks like: repeated, a compound, far from common words;
    // unless it is a name the desk listed, in lower case (`dota`, listed as a slip on `data`): see `lowerCaseSlip`.
    if (suggester.listedCorrections(text).length > 0 && !suggester.namesOf(text).some((form) => lexicon.isCurated(form))) {
      // The list's one correction is certain (`recieve` → `receive`), however far it is, and after a number too
      // (`5 houres`: the list holds no unit abbreviations; on the tuning split's injections, 51 right safe fixes kept).
      const {words, certain} = suggester.suggest(text, inArticle)
      return {rule: misspelling, piece, reason: unknownReason(piece.text, words), expected: words, ...(certain && text.length > 2 ? {fix: 'safe' as const} : {})}
    }
    // `kms`, `kgs`, `pls`: a plural `s` on a lower-case abbreviation the lists hold (`km`, `kg`, `pl`), not a slip on a word near it.
    // (Not on an acronym's capitals, `pcs` for `PC`: that took `hss` and `wps`, slips on `has` and `was`.)
    const singular = text.slice(0, -1)
    if (text.endsWith('s') && singular.length >= 2 && !voiced(singular) && lexicon.knowsLowerCase(singular)) {
      return {rule: likelyTerm, piece, reason: `\`${piece.text}\` is not in the dictionary, but it is the abbreviation \`${singular}\` with a plural \`s\`: check it`, expected: suggester.suggest(text, inArticle).words}
    }
    const slipClass = commonOneSlipAway(vocabulary, text)
    // A capitalised use counts as a use too: mid-sentence, where it is a name the word is made
    // from (`Santorum … santorum`), or at a sentence start (`Altyn fight, without altyn they
    // burn`) unless a cheap slip on a lower-case word explains both (`Goverrmnent … the
    // goverrmnent`): a typo made twice, once at a sentence start, is still a typo.
    const capitalisedForm = text.charAt(0).toUpperCase() + text.slice(1)
    const capitalisedUses = uses.get(capitalisedForm) ?? 0
    const counted = capitalisedUses > 0 && (midSentence.has(capitalisedForm) || !cheapSlip(vocabulary, text, suggester.suggest(text, inArticle).words[0], inArticle.house))
    const term = termEvidence(vocabulary, text, (uses.get(text) ?? 1) + (counted ? capitalisedUses : 0), slipClass)
    if (term) return term(piece)
    const lowerCaseSlip = lowerCaseName(vocabulary, text)
    if (lowerCaseSlip) {
      // `flew to paris`, `an item for dota`: a known name in lower case, with a common word one slip away (`pairs`,
      // `data`). Either may be meant, so a warning; the name goes first, as for `moscow`, and is offered, never
      // applied unasked: a safe fix to the other word turned `dota` into `data` on real copy.
      const other = suggester.suggest(text, inArticle).words.filter((word) => word !== lowerCaseSlip)
      return {
        rule: likelyTypo,
        piece,
        reason: `\`${piece.text}\` is the name \`${lowerCaseSlip}\` in lower case${other[0] ? `, or a slip on \`${other[0]}\`` : ''}`,
        expected: [lowerCaseSlip, ...other].slice(0, 5),
        ...(fixable ? {fix: 'review' as const} : {}),
      }
    }
    const {words, certain} = suggester.suggest(text, inArticle)
    if (words.length === 0) {
      // Two common words run together (`eachother`, `alot`) lost a space: offer them apart.
      const split = runTogether(vocabulary, text)
      // Two long words (`fortysomething`) make a coinage more often than a lost space, which joins short words (`alot`, `eachother`).
      if (split?.split(' ').every((half) => half.length >= coinageHalf)) {
        return {rule: likelyTerm, piece, reason: `\`${piece.text}\` is not in the dictionary, but it is made of \`${split.replace(' ', '` and `')}\`: probably a compound; check it`, expected: [split], fix: 'review'}
      }
      if (split) return {rule: misspelling, piece, reason: unknownReason(piece.text, [split]), expected: [split], fix: 'review'}
      // No known word within two slips: a foreign or transliterated word (`zdorovaya`,
      // `informalizatsiya`) far more often than a typo, which nearly always has one.
      return {rule: likelyTerm, piece, reason: `\`${piece.text}\` is not in the dictionary, and no known word is within two slips of it: probably a foreign word or a term; check it`, expected: []}
    }
    // Typos are slips on common words. When the best candidate is itself a rarer word and no
    // common word is one slip away (`kukish` → `knish`, `narzan` → `Tarzan`), a foreign or new
    // word is likelier than a slip: worth a look, not an error. Unless the best candidate is a
    // dictionary word one plain slip away (`attevndees` → `attendees`): a slip on it after all.
    const best = words[0]!
    const lowerBest = best === best.toLowerCase() && voiced(best)
    const commonBest = lowerBest && (lexicon.frequencyClass(best) ?? 95) <= likelyCorrectionClass
    const slipOnBest = lowerBest && (lexicon.frequencyClass(best) ?? 95) <= dictionaryClass && slipForms(vocabulary, best, inArticle.house).some((form) => suggester.oneEditAway(text).includes(form))
    if (!commonBest && !slipOnBest && slipClass === undefined) {
      return {rule: likelyTerm, piece, reason: `\`${piece.text}\` is not in the dictionary, and no common word is close to it (nearest: \`${best}\`): probably a foreign word or a term; check it`, expected: words}
    }
    // Applied unasked only when the best suggestion is one plain slip away (`goverment`); a costlier
    // one (`akkaunts` → `accounts`, `captcha` → `catch`) may be a word the lists lack: an editor applies it.
    // So may a known word with an `s` (`materiels`, `renamings`; not `thats`, whose fix only adds the apostrophe),
    // a compound whose slip would turn one word into another (`childrearing` → `childbearing`), and a name
    // typed in lower case (`xbox` → `box`, `finnish` → `finish`): a plural, a compound or a name the lists lack.
    const madeOfWords = (text.endsWith('s') && lexicon.knowsLowerCase(singular) && best.replace(/['’]/g, '') !== text) || swapsAPart(vocabulary, text, best) || suggester.namesOf(text).length > 0
    const fix = !certain || !fixable ? undefined : cheapSlip(vocabulary, text, best, inArticle.house) && !madeOfWords ? unasked() : ('review' as const)
    return {rule: misspelling, piece, reason: unknownReason(piece.text, words), expected: words, ...(fix ? {fix} : {})}
  }
  // `Cottttt`: four or more of one letter in a row make no name (nor any English word), at a sentence start or not.
  // A held sound drawn out (`Ahhhhhh`, `Noooo`, `Hmmmm`) is a word said so on purpose when cut down it is one: a note.
  if (longRun.test(text)) {
    const words = unrepeated(vocabulary, text, {name: !initial, ...inArticle})
    const drawnOut = [...text.matchAll(longRuns)].every((run) => heldSound.test(run[0])) && words.length > 0 && known(words[0]!)
    if (drawnOut) return {rule: likelyTerm, piece, reason: `\`${piece.text}\` is \`${words[0]}\` drawn out, not a name: check it`, expected: words}
    return {rule: likelyTypo, piece, reason: `\`${piece.text}\` has one letter four or more times in a row, as no name or word does${words[0] ? `; did you mean \`${words[0]}\`?` : ''}`, expected: words}
  }
  // Words of two or three letters only at the start of a sentence (`Teh`, `Adn`), where a short name is rarer than a slip on `The`.
  if (!camel && (text.length >= 4 || (initial && text.length >= 2)) && withoutAccents(text) === text) {
    // A capitalised word the article uses twice (at sentence starts too) is a name: a slip is rarely repeated letter for letter.
    const usedAsName = midSentence.has(text) || beforeName || (uses.get(text) ?? 0) >= repeatedUses
    // Before a capitalised word a sentence's first word may be a given name, but a long one is seldom a slip on a long
    // title (`Presdient Biden`, `Minsiter Lavrov`).
    const onlyBeforeName = initial && beforeName && text.length >= titleSlipLength && !midSentence.has(text) && (uses.get(text) ?? 0) < repeatedUses
    const titleSlip = (form: string) => form.length >= titleSlipLength && nameTitles.has(form.toLowerCase())
    const lower = text.toLowerCase()
    const newsroomName = (form: string) =>
      lexicon.isCurated(form) && !lexicon.knows(form.toLowerCase()) && form.charAt(0).toLowerCase() === lower.charAt(0) && !romanisationVariants(text, form) && !caseEnding(text, form)
    // A possessive is as common as its word (`Women's`: `women's` is SCOWL size 35, `women` 10).
    const commonWord = (form: string) =>
      initial &&
      !nameEnding(text, form) &&
      lexicon.knows(form.toLowerCase()) &&
      ((!usedAsName && (lexicon.frequencyClass(withoutPossessive(form.toLowerCase())) ?? 95) <= (text.length >= 4 ? initialCommonClass : initialShortClass)) || (onlyBeforeName && titleSlip(form)))
    // A known misspelling of a place or other name (`Britian`, `Carribean`), but not next to a name or used
    // again: a capitalised word is often a surname that happens to be on the list (`Noone`, `Grigorian`).
    // For any other capitalised word the list only orders the suggestions: `Villegas`, `Stubbs`, `Cleary` at
    // the start of a sentence are surnames, not `Villages`, `Stubs`, `Clearly`.
    const listed = suggester.listedCorrections(text)
    if (listed.length > 0 && !beforeName && (uses.get(text) ?? 0) < repeatedUses && listed.every((form) => !form.includes(' ') && /^\p{Lu}/u.test(form) && !lexicon.knows(form.toLowerCase()))) {
      const {words, certain} = suggester.suggest(text, {name: !initial, ...inArticle})
      // It may still be another real name (`Bonnano`, `Bonanno`): an editor applies it.
      return {rule: likelyTypo, piece, reason: unknownReason(piece.text, words), expected: words, ...(certain && fixable ? {fix: 'review' as const} : {})}
    }
    // At a sentence start, a slip on a word the article itself uses elsewhere (`Swedivsh police` in a story that
    // says `Swedish`, `Republicabn` beside `republican`): the article's own word explains it better than a new name.
    const articleWord = (form: string) =>
      initial && !usedAsName && !nameEnding(text, form) && (midSentence.has(form) || inArticle.context(withoutPossessive(form.toLowerCase())) > 0)
    // Every slip that costs at most 1 is a single edit, so when no form one edit away
    // qualifies, the full (and costlier) suggestion search cannot find one either. Common
    // words count only at the start of a sentence; elsewhere only the few added names are tried.
    const near = initial && (!usedAsName || onlyBeforeName) ? suggester.oneEditAway(text) : suggester.addedOneEditAway(text)
    if (near.some((form) => newsroomName(form) || commonWord(form) || articleWord(form))) {
      // The verdict and the fix come from the ranking alone; the known misspellings only order what is shown
      // (`Noone` is a slip on `none` or `No one` at the start of a sentence, but applying `No one` unasked could change a surname).
      const {words: ranked, certain} = suggester.suggest(text, {name: !initial, unlisted: true, ...inArticle})
      const best = ranked[0]
      if (best && slipForms(vocabulary, best, inArticle.house).some((form) => weightedDistance(lower, form.toLowerCase()) <= 1) && (newsroomName(best) || commonWord(best) || articleWord(best))) {
        const {words} = suggester.suggest(text, {name: !initial, ...inArticle})
        // A name one slip from a listed name is often another real person (Ryabov, Ryabkov): an editor applies it. So does
        // a slip on a title found before a name (`onlyBeforeName`): it may still be a name the lists lack.
        // So does a slip found only through the article's own words: they make the word likely, not certain.
        const fix = newsroomName(best) || usedAsName || !commonWord(best) ? 'review' : unasked()
        return {rule: likelyTypo, piece, reason: unknownReason(piece.text, words), expected: words, ...(certain && fixable && words[0] === best ? {fix} : {})}
      }
    }
  }
  return {rule: unknownName, piece, reason: unknownNameReason(piece.text, 1), expected: []}
}

/**
 * Whether a word stands among foreign words (`frontis aut judicii imminuti`, `Qu'en pense`) or after an initial
 * (`C. elegans`): part of a foreign phrase or a name more often than a slip, so its fix is offered, not applied.
 * A neighbour that is itself a known misspelling (`teh goverment`) or laughter (`haha`) is no foreign word (one
 * merely a slip from a common word may be: `und`, `aut`); an unknown
 * capitalised neighbour is mostly a name beside a real slip (`Kolomoisky hsa called`), and a name particle between
 * two (`Accademia dei Lincei`) is one already (src/spelling/layout.ts).
 */
function amidForeignWords({suggester}: Vocabulary, {neighbours, afterInitial}: {neighbours: string[]; afterInitial: boolean}): boolean {
  return afterInitial || neighbours.some((word) => !laughter(word) && suggester.listedCorrections(word).length === 0)
}

/**
 * Suggestions for a word with a letter repeated in a run (`Cottttt`, `Gooooal`, `Hmmmm`): each run of three or more
 * cut to two letters or one, the known results commonest first (`Cot`, `Goal`, `Hmm`); when neither is known, the
 * suggestions for the word with every run cut to one letter.
 */
function unrepeated({lexicon, suggester, known}: Vocabulary, text: string, options: Parameters<Suggester['suggest']>[1]): string[] {
  // The run's own first letters, so that a capital stays where it was (`Aaaaah` → `Aah`, `Ah`).
  const single = text.replace(repeatedLetters, (run) => run.charAt(0))
  const forms = [...new Set([text.replace(repeatedLetters, (run) => run.slice(0, 2)), single])].filter((form) => known(form))
  if (forms.length === 0) return suggester.suggest(single, options).words
  return forms.sort((a, b) => (lexicon.frequencyClass(a) ?? 95) - (lexicon.frequencyClass(b) ?? 95))
}

export function unknownNameReason(text: string, uses: number): string {
  return `\`${text}\` is not in the dictionary${uses > 1 ? ` (${uses} uses, noted once)` : ''}; if it is a name, check it and add it to a dictionary`
}

function unknownReason(text: string, suggestions: string[]): string {
  return suggestions.length > 0 ? `Unknown word \`${text}\`; did you mean \`${suggestions[0]}\`?` : `Unknown word \`${text}\``
}
