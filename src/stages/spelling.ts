import type {Paragraph, Root, Word} from 'nlcst'
import type {VFile} from 'vfile'
import {type Config, ConfigError} from '../config.js'
import {readDictionary} from '../guard.js'
import {blockData, checkedSentences, span, toString, wordsOf} from '../nlcst.js'
import {BoundedMap, wordMemoLimit} from '../memo.js'
import {report} from '../report.js'
import {findInconsistentNames, givenAsAlternative, type NameUse} from '../spelling/consistency.js'
import {caseEnding, inflectedForm, nameEnding} from '../spelling/inflection.js'
import {isCompanyForm} from '../names/company-forms.js'
import {loadStyleSheets} from '../names/style-sheet.js'
import {loadBaseLexicon, loadFunctionWords, loadNameTitles, loadPrefixes, wordLines} from '../spelling/lexicon.js'
import {enclosedAlone, inShortQuote, nameConnector, nameParticle, spacedAddress} from '../spelling/layout.js'
import {romanisationVariants} from '../spelling/romanisation.js'
import {laughter, saidAgain} from '../spelling/sounds.js'
import {Suggester, weightedDistance} from '../spelling/suggest.js'
import {hyphenParts, hyphens, insideAddress, normalise, notForSpelling, type Piece, runOnSides, withoutAccents, withoutFinalDot, withoutPossessive} from '../spelling/tokens.js'
import {quoted, quotedSpans} from '../spelling/regional.js'
import {type Family, type House, houseChoice, houseOf, type Region, regionalTwins, regionalVariants} from '../spelling/variants.js'
import {inconsistent, likelyTerm, likelyTypo, misspelling, type Pending, regional, rejected, unknownName} from '../spelling/rules.js'
import {capitalsOnly, heldSound, initialLetter, joined, longRun, longRuns, markedSic, phraseKey, plainCapitalised, plainLowerCase, pluralLetter, reduplication, repeatedLetters, stripPossessive, suspended, voiced} from '../spelling/word-shapes.js'
import {type ArticleWords, articleWords} from '../spelling/article-words.js'
import {clauseStarts, isTitleCase, titleBlocks} from '../spelling/initial-words.js'
import {coinageHalf, commonClass, compoundClass, compoundPart, dictionaryClass, initialCommonClass, initialShortClass, likelyCorrectionClass, repeatedUses, syllableLength, titleSlipLength} from '../spelling/thresholds.js'

// The stage's rules, as src/pipeline.ts lists them beside the plugin.
export {rules} from '../spelling/rules.js'

/** A lower-case word or hyphenated part of a word with regional twins the lists know (see `regionalParts`). */
interface RegionalPart {
  /** Offsets in the word's text. */
  from: number
  to: number
  key: string
  twins: Array<{variant: string; region: Region; family: Family}>
}
const noParts: RegionalPart[] = []

/** Endings of a plural or a verb form: a word the configuration accepts is accepted with them (`colors`, `organizing`). */
const inflections = ['s', 'es', 'd', 'ed', 'ing']
/** Words in the longest listed phrase (`je ne sais quoi`). */
const longestPhrase = 4
/** Words that are also derivational suffixes: `publically` is public + -ally gone wrong, not public + ally. */
const suffixWords = new Set(['ally', 'able', 'less', 'ness', 'ship', 'hood', 'ward', 'wards', 'wise', 'like', 'some'])

/** Bits of a word's `facts`. */
const quietWord = 1
const startsPhrase = 2
const noPhrase: ReadonlySet<number> = new Set()
interface Unknown {
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

/** What every use of a word that is not quiet needs from its text (see `facts`). */
interface LoudWord {
  bits: number
  rejection: string | undefined
  capitalised: boolean
  /** Whether the whole word is no spelling matter or known. */
  skipped: boolean
  /** The text without possessive, as `midSentence` holds names. */
  nameKey: string
  /** `nameFacts` of the text, once asked for (undefined: not yet): each use of a capitalised word notes a name. */
  name: NameForm | null | undefined
}

/** A name as the article's names hold it: its text without possessive, and that part's length. */
interface NameForm {
  text: string
  length: number
}

export default function spellingStage(config: Config) {
  // Everything is loaded once per pipeline; the suggestion index is built on the first unknown word.
  const lexicon = loadBaseLexicon()
  const patterns: RegExp[] = []
  for (const entry of config.accept) {
    const pattern = /^\/(.+)\/([a-z]*)$/.exec(entry)
    if (pattern) patterns.push(new RegExp(`^(?:${pattern[1]})$`, pattern[2]?.replace(/[gy]/g, '')))
    else lexicon.add(normalise(entry))
  }
  for (const file of config.dictionaries) {
    for (const line of wordLines(readDictionary(file, (message) => new ConfigError(message)))) lexicon.addLine(line)
  }
  const rejects = new Map(Object.entries(config.reject).map(([word, replacement]) => [normalise(word), replacement]))
  // The style sheet's wrong variants (`Kiev`): never the spelling an article should keep, however often it is used;
  // and when `names/style-sheet` reports each use of one, a second finding on the same word would only repeat it.
  const wrongVariants = new Set(loadStyleSheets(config.styleSheets).records.flatMap((record) => record.variants))
  // The rule's setting as src/controls.ts reads it: the rule's own, else its stage's.
  const sheetReportsVariants = config.stages.names !== false && (config.rules['names/style-sheet'] ?? config.rules.names) !== 'off'
  const prefixes = loadPrefixes()
  const phraseStarts = new Set([...lexicon.phrases].map((phrase) => phrase.split(' ')[0]!))
  const functionWords = loadFunctionWords()
  const nameTitles = loadNameTitles()
  const suggester = new Suggester(lexicon)

  const accepted = (text: string): boolean => lexicon.knows(text) || patterns.some((pattern) => pattern.test(text))
  // One verdict per distinct token for the pipeline's life: most tokens of a batch are repeats.
  const memo = <T>(decide: (text: string) => T) => {
    const verdicts = new BoundedMap<string, T>(wordMemoLimit)
    return (text: string): T => {
      let verdict = verdicts.get(text)
      if (verdict === undefined) {
        verdict = decide(text)
        verdicts.set(text, verdict)
      }
      return verdict
    }
  }
  const known = memo((text) => decideKnown(text))
  /**
   * What a word's text alone says, in one look-up per word: the bits (quiet: not rejected, not
   * capitalised, skipped; may start a known phrase) for most words, and for the others
   * (capitalised, rejected or unknown) all that their every use needs, so that a name met again
   * costs no more look-ups. A word of lower-case ASCII letters (most words) is no acronym, handle
   * or number, has no apostrophe, accent or full stop to undo and no capital: one lexicon probe.
   */
  const facts = memo((text): number | LoudWord => {
    const plainLower = plainLowerCase.test(text)
    const plain = plainLower ? text : normalise(text)
    const rejection = rejects.get(plain)
    const capitalised = !plainLower && /^\p{Lu}/u.test(text)
    // No spelling matter (digits, acronyms, addresses…) or a known word.
    const skipped = plainLower ? decideKnown(text) : (plainCapitalised.test(text) ? pluralLetter.test(text) : notForSpelling(text) !== undefined) || known(text)
    const bits = (rejection === undefined && !capitalised && skipped ? quietWord : 0) | (phraseStarts.has(plainLower ? text : phraseKey(text)) ? startsPhrase : 0)
    return bits & quietWord ? bits : {bits, rejection, capitalised, skipped, nameKey: plainLower ? text : withoutPossessive(plain), name: undefined}
  })
  /**
   * What a word's text gives the names of an article: the name without its possessive and that
   * part's length, or null. Only capitalised words that are not ordinary words ("Said", "The")
   * can be names; words with letters of other scripts ("Istanbսl") belong to the script stage.
   */
  const nameFacts = (text: string): NameForm | null => {
    const base = withoutPossessive(normalise(text))
    const lower = base.toLowerCase()
    // Asked once per distinct word (see `nameOf`): a plain lower case takes one probe, not the general look-up and its memo.
    if ((plainLowerCase.test(lower) ? lexicon.knowsLowerCase(lower) : lexicon.knows(lower)) || !/^\p{Lu}\p{Ll}/u.test(text) || notForSpelling(text)) return null
    return {text: normalise(text.slice(0, base.length)), length: base.length}
  }
  const nameOf = memo(nameFacts)
  const noteName = (names: NameUse[], piece: Piece, name = nameOf(piece.text)): void => {
    if (name) names.push({text: name.text, start: piece.start, end: name.length === piece.text.length ? piece.end : piece.start + name.length})
  }
  // Words the configuration accepts by name are the writer's to spell as they like (`accept: [color]`), and so are
  // their plurals and verb forms (`colors`, `colored`, `coloring`; `organizing` from `organize`).
  const acceptedWords = new Set(config.accept.map((entry) => normalise(entry)))
  const acceptedForm = (key: string): boolean =>
    acceptedWords.has(key) ||
    (acceptedWords.size > 0 && inflections.some((ending) => key.endsWith(ending) && [key.slice(0, -ending.length), `${key.slice(0, -ending.length)}e`].some((stem) => acceptedWords.has(stem))))
  /**
   * The lower-case parts of a word (`colour-coded`: `colour`, `coded`; `neighbour’s`: `neighbour`) that one region
   * spells one way and the other another, both in the lists (`colour`, `color`), with their twins: asked only under a
   * house spelling, once per distinct word.
   */
  const regionalParts = memo((text): RegionalPart[] => {
    let found: RegionalPart[] | undefined
    for (const part of text.matchAll(/[^-\u2010\u2011]+/g)) {
      const key = withoutPossessive(normalise(part[0]))
      if (!plainLowerCase.test(key) || acceptedForm(key) || !lexicon.knowsLowerCase(key)) continue
      const twins = regionalTwins(key).filter(({variant}) => lexicon.suggestable(variant).includes(variant))
      if (twins.length > 0) (found ??= []).push({from: part.index, to: part.index + key.length, key, twins})
    }
    return found ?? noParts
  })
  /** The facts of the current sentence's words, by position (reused, so no array per sentence). */
  const sentenceFacts: Array<number | LoudWord> = []
  const decideKnown = (text: string): boolean => {
    if (plainLowerCase.test(text)) return lexicon.knowsLowerCase(text) || patterns.some((pattern) => pattern.test(text)) || derivedAdverb(text)
    if (plainCapitalised.test(text)) return lexicon.knowsCapitalised(text) || patterns.some((pattern) => pattern.test(text)) || derivedAdverb(text) || familyPlural(text)
    const plain = normalise(text)
    const base = withoutPossessive(plain)
    if (accepted(plain) || (base !== plain && accepted(base)) || derivedAdverb(base) || familyPlural(base)) return true
    const bare = withoutAccents(base)
    return bare !== base && accepted(bare)
  }

  /**
   * `the Navalnys`, `the Obamas`, `the Skripals'`: a family plural, a name the lists hold capitalised only (not `polish`,
   * nor a part of a name from people-names.txt, which is never suggested) with an `s`. Not on a name whose plural
   * takes `-es` (`s`, `x`, `z`, `sh`, `ch`: `Pariss`, `Frenchs` are slips), nor when a common word is one slip from the
   * plural: at a sentence start that is a slip on the word (`Elways` for `Always`; Elway is a name).
   */
  const familyPlural = (text: string): boolean => {
    const stem = /^(\p{Lu}\p{Ll}{2,})s$/u.exec(text)?.[1]
    if (stem === undefined || /(?:[sxz]|[sc]h)$/.test(stem) || !lexicon.suggestable(stem.toLowerCase()).includes(stem) || lexicon.knows(stem.toLowerCase())) return false
    return !suggester.oneEditAway(text).some((form) => form === form.toLowerCase() && (lexicon.frequencyClass(form) ?? 95) <= initialCommonClass)
  }

  /**
   * "meritocratically" from "meritocratic": the lists hold few -ically adverbs of rare
   * adjectives. Only long adjectives qualify, so "publically" (for "publicly") stays an error.
   */
  const derivedAdverb = (text: string): boolean => {
    const lower = text.toLowerCase()
    const adjective = /^(\p{L}{6,}ic)ally$/u.exec(lower)?.[1]
    if (adjective !== undefined) return lexicon.knows(adjective)
    // `andrological` from `andrology`: the lists hold the -ology nouns of many fields but not all their adjectives.
    const field = /^(\p{L}{3,}olog)ical$/u.exec(lower)?.[1]
    return field !== undefined && lexicon.knows(`${field}y`)
  }

  return (tree: Root, file: VFile): void => {
    const pending: Pending[] = []
    const unknown: Unknown[] = []
    const names: NameUse[] = []
    /** Capitalised forms seen away from the start of a sentence: the article itself says they are names. */
    const midSentence = new Set<string>()
    const original = String(file.value)
    /** Each checked sentence's word texts, as the loop below reads them: the article's word counts are taken from these. */
    const sentenceTexts: string[][] = []
    const inArticle = articleWords(sentenceTexts, (word) => suggester.regionOf(word), houseOf(file.data.expectedLang ?? config.lang))
    const {house} = inArticle
    const withoutHouse: ArticleWords = {context: inArticle.context, region: inArticle.region}
    /** The quotations of the paragraph last asked about (see `inQuotation`). */
    let quotes: {paragraph: Paragraph; spans: Array<[number, number]>} | undefined
    /** Whether a piece is someone else's words, spelled their way: in a blockquote or inside a quotation. */
    const inQuotation = (piece: Piece, paragraph: Paragraph): boolean => {
      if (blockData(paragraph).block === 'quote') return true
      if (quotes?.paragraph !== paragraph) quotes = {paragraph, spans: quotedSpans(original.slice(span(paragraph).start, span(paragraph).end), span(paragraph).start)}
      return quoted(piece, quotes.spans)
    }
    /** `spelling/regional` notes on words capitalised at a sentence start, kept unless the article capitalises them mid-sentence too. */
    const initialRegional: Pending[] = []
    /** Whether the lists hold a capitalised spelling of a key (`Labor`, `Centre`): a name, which a sentence start may be. */
    const named = (key: string): boolean => lexicon.suggestable(key).some((form) => form !== key && form.toLowerCase() === key)
    /**
     * `spelling/regional`: a lower-case word (or part) spelled the other region's way than the house's, where the
     * writer may change it: not in a blockquote or a quotation (the speaker's words, or a title's), nor in an address.
     * At the start of a sentence or a heading (`initial`) a capitalised one too (`Colour`), when no capitalised word
     * follows it and neither spelling is also a name (`Labour`, `Centre`): see `initialRegional`.
     */
    const otherRegion = (word: Word, text: string, paragraph: Paragraph, house: House, initial: boolean): void => {
      const capital = initial && /^[A-Z][a-z]/.test(text)
      const parts = regionalParts(capital ? text.charAt(0).toLowerCase() + text.slice(1) : text)
      if (parts.length === 0) return
      const {start} = span(word)
      for (const {from, to, key, twins} of parts) {
        const twin = twins.find(({variant, region}) => {
          const choice = houseChoice(house, key, variant)
          return choice !== undefined && choice !== region
        })
        if (!twin) continue
        const capitalised = capital && from === 0
        if (capitalised && (named(key) || named(twin.variant))) continue
        const piece: Piece = {text: original.slice(start + from, start + to), start: start + from, end: start + to}
        if (insideAddress(original, piece) || inQuotation(piece, paragraph)) continue
        const expected = capitalised ? twin.variant.charAt(0).toUpperCase() + twin.variant.slice(1) : twin.variant
        const note: Pending = {rule: regional, piece, reason: `\`${piece.text}\` is the ${twin.region === 'british' ? 'British' : 'American'} spelling; the house spells it \`${expected}\``, expected: [expected], fix: 'review'}
        ;(capitalised ? initialRegional : pending).push(note)
      }
    }
    /**
     * The current sentence's word at a position when it is a lower-case word the dictionary does not know: not a
     * number, acronym or address, nor part of a listed phrase, nor a hyphenated word (its parts are judged apart: `post-modern`).
     */
    const strangerAt = (texts: string[], position: number, inPhrase: ReadonlySet<number>): string | undefined => {
      const found = sentenceFacts[position]
      const text = texts[position]
      if (text === undefined || found === undefined || typeof found === 'number' || found.skipped || found.capitalised || found.rejection !== undefined || inPhrase.has(position)) return undefined
      return [...text].some((char) => hyphens.has(char)) ? undefined : text
    }
    for (const {paragraph, sentence} of checkedSentences(tree)) {
      const words = wordsOf(sentence)
      // Nothing to check in a sentence without words. The texts are pushed, not mapped: one kind of array for every
      // sentence, as the compiled checks saw first (arrays `map` made, or an empty one, had them compiled again).
      if (words.length === 0) continue
      const texts: string[] = []
      for (const word of words) texts.push(toString(word))
      sentenceTexts.push(texts)
      const title = titleBlocks.has(blockData(paragraph).block ?? '') || isTitleCase(texts)
      const initials = clauseStarts(sentence)
      let phrases = false
      for (let position = 0; position < texts.length; position++) {
        const found = facts(texts[position]!)
        sentenceFacts[position] = found
        if ((typeof found === 'number' ? found : found.bits) & startsPhrase) phrases = true
      }
      const inPhrase = phrases ? phraseWords(texts) : noPhrase
      /** The checks of a word that is not quiet (see `facts`): most words are, and never get this call. */
      const checkWord = (word: Word, position: number, found: LoudWord): void => {
        const initial = title || initials.has(word)
        const text = texts[position]!
        const whole: Piece = {text, ...span(word)}
        const {rejection, capitalised} = found
        if (rejection !== undefined) {
          pending.push({rule: rejected, piece: whole, reason: `\`${text}\` is on the reject list; use \`${rejection}\``, expected: [rejection], fix: 'safe'})
          return
        }
        if (!initial && capitalised) midSentence.add(found.nameKey)
        if (found.skipped || insideAddress(original, whole) || spacedAddress(original, whole)) {
          // The word's facts keep its name: no second memo look-up for every use of a capitalised word.
          if (capitalised) noteName(names, whole, found.name === undefined ? (found.name = nameFacts(text)) : found.name)
          if (found.skipped && capitalsOnly.test(text) && !insideAddress(original, whole)) {
            const slip = slipInCapitals(text, texts[position - 1], texts[position + 1])
            if (slip) pending.push({...slip, piece: whole})
          }
          return
        }
        // `second.In`, `question.r`: two words glued by a full stop are checked as two words.
        const sides = runOnSides(word)
        if (sides) {
          checkRunOn(text, sides, initial, pending, unknown, names)
          return
        }
        const next = texts[position + 1]
        const previous = texts[position - 1]
        const alone = enclosedAlone(original, whole) || inShortQuote(original, whole)
        // Before a company's legal form (`Wellcome PLC`, `Hanson Plc`) a word is a firm's name, not a slip on `Welcome`.
        const beforeName = (next !== undefined && (/^\p{Lu}\p{Ll}/u.test(next) || isCompanyForm(next))) || (previous !== undefined && givenName(previous)) || (position === 0 && label(original, whole.end, texts.length)) || alone
        const parts = hyphenParts(word)
        const last = parts.length - 1
        if (last >= 0) parts[last] = withoutFinalDot(parts[last]!)
        if (reduplication(parts.map((part) => part.text.toLowerCase()))) return
        if (parts.length === 1 && (laughter(text) || saidAgain(text, previous, next) || nameParticle(text, previous, next, nameAfterParticle) || nameConnector(text, previous, next, nameAfterParticle))) return
        const afterNumber = previous !== undefined && /\d$/.test(previous)
        // `the 20 th anniversary`: an ordinal's suffix split from its number, not a typo of `the`.
        if (afterNumber && parts.length === 1 && splitOrdinal(words[position - 1]!, whole, original, pending)) return
        // `socio-economic`, `post-mortem`, `anarcho-syndicalism`: the dictionary spells the compound closed.
        if (parts.length > 1 && known(joined(parts, ''))) return
        // `laissez-faire`, `vis-à-vis`, `tête-à-tête`: a listed phrase written with hyphens.
        if (parts.length > 1 && lexicon.phrases.has(joined(parts, ' ', phraseKey))) return
        // Whether a fix may be applied unasked (see `amidForeignWords`), worked out only for words that get this far. An
        // initial counts unless it ends a run of initials (`U. S.`: an abbreviation, not a genus).
        const afterInitial = previous !== undefined && initialLetter.test(previous) && !initialLetter.test(texts[position - 2] ?? '')
        const neighbours = [strangerAt(texts, position - 1, inPhrase), strangerAt(texts, position + 1, inPhrase)].filter((text) => text !== undefined)
        const strangers = afterInitial || neighbours.length > 0 ? {neighbours, afterInitial} : undefined
        // A name in syllables (`Jong-un`, `Ju-ae`, `Pik-wan`): a capitalised first part and a lower-case one unknown or as short as a syllable. Its
        // unknown parts are one note, for the whole name; a compound of names or words (`Trump-Sondland`,
        // `Mets-inspired`) keeps its notes to the unknown part.
        const syllables = parts.length > 1 && /^\p{Lu}/u.test(parts[0]!.text) && parts.some((part, index) => index > 0 && /^\p{Ll}/u.test(part.text) && (!known(part.text) || (part.text.length <= syllableLength && (lexicon.frequencyClass(part.text) ?? 95) > initialCommonClass)))
          ? stripPossessive({text: original.slice(parts[0]!.start, parts[last]!.end), start: parts[0]!.start, end: parts[last]!.end})
          : undefined
        parts.forEach((part, index) => {
          if (index === 0 && prefixes.has(part.text.toLowerCase()) && (parts.length > 1 || suspended(word, original))) return
          // Indo-Pacific, Sino-Russian, Austro-Hungarian: a combining form in -o before a capitalised part.
          if (index === 0 && /^\p{Lu}\p{Ll}+o$/u.test(part.text) && /^\p{Lu}/u.test(parts[1]?.text ?? '')) return
          // add-ons, hang-ons: the plural ending of the whole compound falls on its last part.
          if (index > 0 && index === last && /^\p{Ll}{2,}s$/u.test(part.text) && known(part.text.slice(0, -1))) return
          // pos-lending, sms-banking: an acronym in lower case before a hyphen, as machine translation writes them.
          if (index === 0 && parts.length > 1 && /^\p{Ll}{2,4}$/u.test(part.text) && suggester.namesOf(part.text).includes(part.text.toUpperCase())) return
          const rejection = rejects.get(normalise(part.text))
          if (rejection !== undefined) {
            pending.push({rule: rejected, piece: part, reason: `\`${part.text}\` is on the reject list; use \`${rejection}\``, expected: [rejection], fix: 'safe'})
            return
          }
          if (notForSpelling(part.text)) return
          noteName(names, part)
          if (known(part.text)) return
          if (!initial || index > 0) midSentence.add(withoutPossessive(normalise(part.text)))
          // "Kwok Wai-keung", "Lee Jae-myung": the lower-case part of a hyphenated name belongs to the name,
          // and so does a short particle before a capitalised part ("Hizb ut-Tahrir", "al-Assad").
          const particle = part.text.length <= 3 && /^\p{Lu}/u.test(parts[index + 1]?.text ?? '')
          const namePart = (index > 0 && /^\p{Lu}/u.test(parts[0]!.text)) || particle
          // A name in syllables says it is a name even at the start of a sentence (`Pe-le-men`, `Jong-un`): a slip adds no syllable.
          const piece = stripPossessive(part)
          const quotation = house !== undefined && inQuotation(piece, paragraph)
          unknown.push({piece, initial: initial && index === 0 && !syllables, beforeName, namePart, alone: parts.length === 1 && alone, name: syllables, afterNumber: afterNumber && index === 0, strangers, ...(quotation ? {quotation} : {})})
        })
      }
      for (let position = 0; position < words.length; position++) {
        if (inPhrase.has(position)) continue
        const word = words[position]!
        // Only a clause's first word: in a title-case line any capital may be a name's (`the World Health Organization`).
        if (house) otherRegion(word, texts[position]!, paragraph, house, initials.has(word) && !/^\p{Lu}/u.test(texts[position + 1] ?? ''))
        const found = sentenceFacts[position]!
        if (typeof found !== 'number') checkWord(word, position, found)
      }
    }
    // `Colour` at a sentence start is the word `colour`, unless the article capitalises it elsewhere too: a name.
    for (const note of initialRegional) if (!midSentence.has(withoutPossessive(normalise(note.piece.text)))) pending.push(note)
    // Typos rarely repeat letter for letter: how often the article uses each unknown word.
    const uses = new Map<string, number>()
    for (const {piece, glued} of unknown) {
      if (glued) continue
      const text = normalise(piece.text)
      uses.set(text, (uses.get(text) ?? 0) + 1)
    }
    const notedNames = new Set<number>()
    for (const item of unknown) {
      // "Theres [sic]": the writer keeps the source's spelling on purpose; a note, and nothing to fix.
      if (markedSic.test(original.slice(item.piece.end, item.piece.end + 12))) {
        pending.push({rule: likelyTerm, piece: item.piece, reason: `\`${item.piece.text}\` is marked [sic]: the source's own spelling, kept on purpose`, expected: []})
        continue
      }
      // A typo in someone else's words is corrected as without a house spelling: the house's spelling would mix two in one quotation.
      const verdict = judge(item, midSentence, uses, item.quotation ? withoutHouse : inArticle)
      // "Kim Ju-ae": one note for the name, not one a syllable (`Ju`, `ae`).
      if (verdict.rule === unknownName && item.name) {
        if (notedNames.has(item.name.start)) continue
        notedNames.add(item.name.start)
        pending.push({...verdict, piece: item.name, reason: unknownNameReason(item.name.text, 1)})
      } else pending.push(verdict)
    }

    // A spelling marked [sic] is kept on purpose, even against the article's other spelling.
    const found = findInconsistentNames(names, (text) => known(text), (a, b) => lexicon.sameName(a, b), original, (text) => wrongVariants.has(text))
    // Nor two spellings of which one is given in brackets beside the other anywhere (`Takeda (Tokeda …)`): an alternative named on purpose.
    const alternatives = new Set(found.filter(({use, canonical}) => givenAsAlternative(original, use, canonical)).map(({use, canonical}) => `${use.text} ${canonical}`))
    const flagged = found.filter(({use, canonical}) => !inflectedForm(use.text, canonical) && !markedSic.test(original.slice(use.end, use.end + 12)) && !alternatives.has(`${use.text} ${canonical}`) && !(sheetReportsVariants && wrongVariants.has(use.text)))
    const replaced = new Set(flagged.map((finding) => finding.use.start))
    for (const {use, canonical, sure} of flagged) {
      report(file, inconsistent, {
        start: use.start,
        end: use.end,
        reason: `\`${use.text}\` is spelled \`${canonical}\` elsewhere in this article`,
        expected: [canonical],
        // Which of two unknown spellings used alike is right, nothing says: an editor chooses.
        ...(sure ? {fix: 'review' as const} : {}),
      })
    }
    const kept = pending.filter((finding) => !replaced.has(finding.piece.start))
    // Every use of an unknown name is reported with their number; the controls keep the first (src/noted-once.ts).
    const nameUses = new Map<string, number>()
    for (const finding of kept) if (finding.rule === unknownName) nameUses.set(finding.piece.text, (nameUses.get(finding.piece.text) ?? 0) + 1)
    for (const finding of kept) {
      const reason = finding.rule === unknownName ? unknownNameReason(finding.piece.text, nameUses.get(finding.piece.text)!) : finding.reason
      report(file, finding.rule, {start: finding.piece.start, end: finding.piece.end, reason, expected: finding.expected, ...(finding.fix ? {fix: finding.fix} : {})})
    }
  }

  /**
   * Two words joined by a full stop with no space after it (`second.In`, `question.r`): machine
   * translation glues sentences so, and neither side is misspelled for it (checked alone, they
   * were taken for one unknown word: `second.In` → `seconding`, a safe fix). Each side is checked
   * as a word, the second as the start of a sentence when capitalised, but as a name after an
   * initial (`Dm.Bykov`, `Vl.Putin`: one to three letters, or an unknown word), which is then part
   * of that name and not noted apart. After a known word (`Moscow.Teh`, `NATO.Thsi`) the dot ends
   * a sentence, so a slip there is still one. Neither side tells the article a name is used away
   * from a sentence start (`midSentence`): a glued word is too weak a clue to hide other uses. Two known words, the
   * second capitalised after a lower-case one, are noted at `info` as a space left out: a real
   * slip, but of spacing, not of spelling.
   */
  function checkRunOn(text: string, sides: [Piece, Piece], initial: boolean, pending: Pending[], unknown: Unknown[], names: NameUse[]): void {
    const [first, second] = sides
    const capitalisedSecond = /^\p{Lu}/u.test(second.text)
    // An initial: a capital and at most two more letters that are no word (`A`, `Dm`, `Vl`; not `It`), or a capitalised word nobody knows.
    const shortInitial = capitalisedSecond && /^\p{Lu}\p{Ll}{0,2}$/u.test(first.text) && (first.text.length === 1 || !lexicon.knows(first.text.toLowerCase()))
    const afterInitial = shortInitial || (capitalisedSecond && /^\p{Lu}/u.test(first.text) && !notForSpelling(first.text) && !known(first.text))
    let allKnown = true
    sides.forEach((side, index) => {
      if (notForSpelling(side.text)) return
      // `Dm` in `Dm.Bykov` is part of the name after it, not a word of its own.
      if (index === 0 && shortInitial) return
      const capitalised = /^\p{Lu}/u.test(side.text)
      if (capitalised) noteName(names, side)
      if (known(side.text)) return
      allKnown = false
      const afterName = index === 1 && afterInitial
      const sideInitial = index === 0 ? initial : capitalised && !afterName
      unknown.push({piece: stripPossessive(side), initial: sideInitial, beforeName: false, namePart: afterName, alone: false, glued: !afterName})
    })
    if (allKnown && /^\p{Ll}/u.test(first.text) && /^\p{Lu}/u.test(second.text)) {
      pending.push({
        rule: likelyTerm,
        piece: {text, start: first.start, end: second.end},
        reason: `\`${text}\` has no space after its full stop: two sentences run together? Both words are spelled right`,
        expected: [`${first.text}. ${second.text}`],
      })
    }
  }

  /**
   * A sentence's first word that is a label rather than the start of a clause: followed by a
   * colon or a spaced dash (a speaker, `Boek: …`; `Shuster - spent.`) or the whole sentence
   * (`Fili.`, a caption or place line). Such a word is a name far more often than a typo.
   */
  function label(original: string, end: number, words: number): boolean {
    return words === 1 || /^(?::|\s+[-\u2013\u2014]\s)/u.test(original.slice(end, end + 3))
  }

  /**
   * Whether a lower-case name particle between these words is part of a name: the word after it
   * reads as a surname (`de Kooning`, `da Souza`): unknown, or a name no lower-case word shares
   * that is rarer than the common places, weekdays and titles (SCOWL size above 50: `Gaulle`,
   * `Vinci`; not `Moscow`, `Davos`, `Friday`, `President`); or the word before it is no English
   * word, so the particle belongs to a foreign name or phrase (`catholique de Louvain`; on the
   * tuning split's Szeged Wikipedia text, 4 such were false findings without this).
   */
  function nameAfterParticle(previous: string, next: string): boolean {
    if (!known(previous)) return true
    const base = withoutPossessive(normalise(next))
    if (!known(base)) return true
    return !lexicon.knows(base.toLowerCase()) && (lexicon.frequencyClass(base) ?? 95) > commonClass
  }

  /** A capitalised word that is a known name and no lower-case word (`Paul`, `Sergey`; not `Said`, `The`). */
  function givenName(text: string): boolean {
    return /^\p{Lu}\p{Ll}+$/u.test(text) && lexicon.knows(text) && !lexicon.knows(text.toLowerCase())
  }

  /**
   * Positions of words that belong to a known phrase ("de facto", "persona non grata"). The
   * sentence's facts say which words may start one (most start none), so only those and the
   * words after them are put in the phrases' form.
   */
  function phraseWords(words: string[]): Set<number> {
    const found = new Set<number>()
    for (let start = 0; start < words.length; start++) {
      const fact = sentenceFacts[start]!
      if (!((typeof fact === 'number' ? fact : fact.bits) & startsPhrase)) continue
      let phrase = phraseKey(words[start]!)
      for (let length = 2; length <= longestPhrase && start + length <= words.length; length++) {
        phrase += ` ${phraseKey(words[start + length - 1]!)}`
        if (!lexicon.phrases.has(phrase)) continue
        for (let offset = 0; offset < length; offset++) found.add(start + offset)
      }
    }
    return found
  }

  /**
   * Why a lower-case unknown word is more likely a real term than a typo, as a
   * finding at `info`, or undefined. A known name in lower case (`reddit`,
   * `british`) is a matter of capitals, not of letters, unless a commoner word is
   * one slip away (`mike` is more often `make` than a name). Otherwise never when
   * a common word is one slip away (people do repeat `recieve`); a slip is not repeated letter for letter, so a
   * word the article uses again (`santorum`, `aerogel`) is a term; and a
   * closed compound of two content words (`gameboards`, `studymate`) is a
   * coinage, not a slip.
   */
  function termEvidence(text: string, count: number, slipClass: number | undefined): ((piece: Piece) => Pending) | undefined {
    const info = (reason: string, expected: string[] = []) => (piece: Piece): Pending => ({rule: likelyTerm, piece, reason, expected, ...(expected.length > 0 ? {fix: 'review' as const} : {})})
    // A common word one slip away makes a typo likelier than any term (`recieve`; `mike` for `make`), unless
    // it is a name at least as common in lower case: a capital left out (`british`, not `brutish`).
    const name = lowerCaseName(text)
    if (name && (slipClass === undefined || (lexicon.frequencyClass(name) ?? 95) <= slipClass)) return info(`\`${text}\` is the name \`${name}\` in lower case`, [name])
    if (slipClass !== undefined) return undefined
    if (count >= repeatedUses) return info(`\`${text}\` is not in the dictionary, but this article uses it ${count} times: probably a real term; check it and add it to a dictionary`)
    const prefixed = [...prefixes].find((prefix) => prefix.length >= 3 && text.startsWith(prefix) && text.length - prefix.length >= 4 && (lexicon.frequencyClass(text.slice(prefix.length)) ?? 95) <= compoundClass)
    if (prefixed) return info(`\`${text}\` is not in the dictionary, but it is \`${prefixed}-\` before \`${text.slice(prefixed.length)}\`: probably a derived word; check it`)
    const compound = closedCompound(text)
    if (compound) return info(`\`${text}\` is not in the dictionary, but it is made of \`${compound[0]}\` and \`${compound[1]}\`: probably a compound; check it and add it to a dictionary`)
    return undefined
  }

  /**
   * Whether a lower-case word is at most one plain slip (typing-aware cost ≤ 1) from the suggestion; under a house
   * spelling, or from its regional twin (`organisaton` in American copy: one slip from `organisation`, offered as `organization`).
   */
  function cheapSlip(text: string, suggestion: string | undefined, house?: House): boolean {
    return suggestion !== undefined && suggestion === suggestion.toLowerCase() && slipForms(suggestion, house).some((form) => weightedDistance(text, form) <= 1)
  }

  /** A suggestion and, under a house spelling, its regional twins the lists know: the house's twin may be offered for a slip on the other. */
  function slipForms(suggestion: string, house: House | undefined): string[] {
    return house ? [suggestion, ...regionalVariants(suggestion.toLowerCase()).filter((variant) => lexicon.knows(variant))] : [suggestion]
  }

  /**
   * `20 th`, `2 nd`: a suffix split from its ordinal (machine translation and OCR leave them so),
   * reported on the number and suffix together with the ordinal written whole, the suffix the
   * number takes (`21 th` → `21st`). Returns whether the word was one.
   */
  function splitOrdinal(number: Word, suffix: Piece, original: string, pending: Pending[]): boolean {
    const digits = toString(number)
    const {start} = span(number)
    if (!/^\d+$/.test(digits) || !/^(?:st|nd|rd|th)$/i.test(suffix.text) || !/^[ \u00a0]+$/.test(original.slice(start + digits.length, suffix.start))) return false
    const value = Number(digits.slice(-2))
    const ending = value >= 11 && value <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th')
    pending.push({
      rule: likelyTypo,
      piece: {text: original.slice(start, suffix.end), start, end: suffix.end},
      reason: `\`${original.slice(start, suffix.end)}\` is an ordinal with its suffix split off; write \`${digits}${ending}\``,
      expected: [`${digits}${ending}`],
      fix: 'review',
    })
    return true
  }

  /** The SCOWL size of the commonest lower-case word with a vowel one slip from the word, when it is common (size ≤ 50); else undefined. */
  function commonOneSlipAway(text: string): number | undefined {
    let best: number | undefined
    for (const form of suggester.oneEditAway(text)) {
      const size = lexicon.frequencyClass(form) ?? 95
      if (form === form.toLowerCase() && voiced(form) && size <= commonClass && (best === undefined || size < best)) best = size
    }
    return best
  }

  /**
   * Whether a word stands among foreign words (`frontis aut judicii imminuti`, `Qu'en pense`) or after an initial
   * (`C. elegans`): part of a foreign phrase or a name more often than a slip, so its fix is offered, not applied.
   * A neighbour that is itself a known misspelling (`teh goverment`) or laughter (`haha`) is no foreign word (one
   * merely a slip from a common word may be: `und`, `aut`); an unknown
   * capitalised neighbour is mostly a name beside a real slip (`Kolomoisky hsa called`), and a name particle between
   * two (`Accademia dei Lincei`) is one already (src/spelling/layout.ts).
   */
  function amidForeignWords({neighbours, afterInitial}: {neighbours: string[]; afterInitial: boolean}): boolean {
    return afterInitial || neighbours.some((word) => !laughter(word) && suggester.listedCorrections(word).length === 0)
  }

  /** `eachother` → `each other`: the split into two common lower-case words whose rarer half is commonest. */
  function runTogether(text: string): string | undefined {
    let best: [string, number] | undefined
    // Halves of two letters or more: the lists hold every single letter as a word.
    for (let at = 2; at <= text.length - 2; at++) {
      const rarer = Math.max(lexicon.frequencyClass(text.slice(0, at)) ?? 95, lexicon.frequencyClass(text.slice(at)) ?? 95)
      if (rarer <= commonClass && (!best || rarer < best[1])) best = [`${text.slice(0, at)} ${text.slice(at)}`, rarer]
    }
    return best?.[0]
  }

  /** `gameboards` → game + boards: both parts known content words of four letters or more, in the main list. */
  function closedCompound(text: string): [string, string] | undefined {
    if (!/^\p{Ll}+$/u.test(text)) return undefined
    for (let at = compoundPart; at <= text.length - compoundPart; at++) {
      const head = text.slice(0, at)
      const tail = text.slice(at)
      if (contentWord(head, false) && contentWord(tail, true)) return [head, tail]
    }
    return undefined
  }

  /**
   * Whether a suggestion changes one letter of a closed compound and so puts another word for one of its
   * words (`childrearing` → `childbearing`, `firetower` → `firepower`, `overpainted` → `overprinted`): both
   * spellings are made of words, so the slip is no evidence of a typo. A letter left out or two swapped
   * are slips of the compound itself (`heckpoint` → `checkpoint`, `deadlien` → `deadline`), as is a slip
   * across its seam (`profitting` → `profiting`).
   */
  function swapsAPart(text: string, suggestion: string): boolean {
    if (suggestion.length !== text.length || [...text].filter((char, at) => char !== suggestion[at]).length !== 1) return false
    for (let at = compoundPart; at <= text.length - compoundPart; at++) {
      const head = text.slice(0, at)
      const tail = text.slice(at)
      if (!(contentWord(head, false) || prefixes.has(head)) || !contentWord(tail, true)) continue
      if (suggestion.startsWith(head) && contentWord(suggestion.slice(at), true)) return true
      if (suggestion.endsWith(tail) && contentWord(suggestion.slice(0, suggestion.length - tail.length), false)) return true
    }
    return false
  }

  function contentWord(word: string, tail: boolean): boolean {
    if (functionWords.has(word) || (tail && suffixWords.has(word))) return false
    return (lexicon.frequencyClass(word) ?? 95) <= compoundClass
  }

  /**
   * A word in capitals that is no acronym but a slip (`REPECT TO HAPPENED`, `lurking AGRESSIVE atheists`): unknown in
   * capitals, and a known misspelling, or one slip from a common word (SCOWL size ≤ 35) beside another word in capitals
   * the lists know (a line in capitals). Alone among lower-case words, a word in capitals one slip from a word is an
   * acronym as often (`NCLAN`, `PARNAS`, `CEIBS` on real copy): left alone.
   */
  function slipInCapitals(text: string, previous: string | undefined, next: string | undefined): Omit<Pending, 'piece'> | undefined {
    if (known(text)) return undefined
    const lower = text.toLowerCase()
    const inCapitals = [previous, next].some((word) => word !== undefined && /^[A-Z]{2,}$/.test(word) && known(word))
    if (suggester.listedCorrections(lower).length === 0 && !(inCapitals && (commonOneSlipAway(lower) ?? 95) <= likelyCorrectionClass)) return undefined
    const {words, certain} = suggester.suggest(text)
    return {rule: likelyTypo, reason: `\`${text}\` is in capitals but no acronym the lists know${words[0] ? `; did you mean \`${words[0]}\`?` : ''}`, expected: words, ...(certain && words.length > 0 ? {fix: 'review' as const} : {})}
  }

  /**
   * Suggestions for a word with a letter repeated in a run (`Cottttt`, `Gooooal`, `Hmmmm`): each run of three or more
   * cut to two letters or one, the known results commonest first (`Cot`, `Goal`, `Hmm`); when neither is known, the
   * suggestions for the word with every run cut to one letter.
   */
  function unrepeated(text: string, options: Parameters<Suggester['suggest']>[1]): string[] {
    // The run's own first letters, so that a capital stays where it was (`Aaaaah` → `Aah`, `Ah`).
    const single = text.replace(repeatedLetters, (run) => run.charAt(0))
    const forms = [...new Set([text.replace(repeatedLetters, (run) => run.slice(0, 2)), single])].filter((form) => known(form))
    if (forms.length === 0) return suggester.suggest(single, options).words
    return forms.sort((a, b) => (lexicon.frequencyClass(a) ?? 95) - (lexicon.frequencyClass(b) ?? 95))
  }

  /** `reddit` → Reddit: a name the lists know well, written without its capitals. */
  function lowerCaseName(text: string): string | undefined {
    if (text.length < 4) return undefined
    const forms = suggester.namesOf(text)
    return forms.find((form) => lexicon.isCurated(form) || (lexicon.frequencyClass(form) ?? 95) <= commonClass)
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
  function judge({piece, initial, beforeName, namePart, alone, afterNumber, strangers}: Unknown, midSentence: ReadonlySet<string>, uses: ReadonlyMap<string, number>, inArticle: ArticleWords): Pending {
    const text = normalise(piece.text)
    // d'Ettorre, l'Aquila, dell'Utri: an elided article or preposition before a capital starts a name.
    const capitalised = /^\p{Lu}/u.test(text) || namePart || /^(?:d|l|dell|dall|nell|sull)'\p{Lu}/u.test(text)
    const camel = /\p{Ll}\p{Lu}/u.test(text)
    // Never a fix for a word of one or two letters (`th`, `nd`: `and`? `the`? `to`?) or one right after a number (`5 kgs`).
    const fixable = text.length > 2 && !afterNumber
    /** The fix level of a certain suggestion: `safe` unless the words around it make a slip doubtful. */
    const unasked = () => (strangers && amidForeignWords(strangers) ? ('review' as const) : ('safe' as const))
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
      const slipClass = commonOneSlipAway(text)
      // A capitalised use counts as a use too: mid-sentence, where it is a name the word is made
      // from (`Santorum … santorum`), or at a sentence start (`Altyn fight, without altyn they
      // burn`) unless a cheap slip on a lower-case word explains both (`Goverrmnent … the
      // goverrmnent`): a typo made twice, once at a sentence start, is still a typo.
      const capitalisedForm = text.charAt(0).toUpperCase() + text.slice(1)
      const capitalisedUses = uses.get(capitalisedForm) ?? 0
      const counted = capitalisedUses > 0 && (midSentence.has(capitalisedForm) || !cheapSlip(text, suggester.suggest(text, inArticle).words[0], inArticle.house))
      const term = termEvidence(text, (uses.get(text) ?? 1) + (counted ? capitalisedUses : 0), slipClass)
      if (term) return term(piece)
      const lowerCaseSlip = lowerCaseName(text)
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
        const split = runTogether(text)
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
      const slipOnBest = lowerBest && (lexicon.frequencyClass(best) ?? 95) <= dictionaryClass && slipForms(best, inArticle.house).some((form) => suggester.oneEditAway(text).includes(form))
      if (!commonBest && !slipOnBest && slipClass === undefined) {
        return {rule: likelyTerm, piece, reason: `\`${piece.text}\` is not in the dictionary, and no common word is close to it (nearest: \`${best}\`): probably a foreign word or a term; check it`, expected: words}
      }
      // Applied unasked only when the best suggestion is one plain slip away (`goverment`); a costlier
      // one (`akkaunts` → `accounts`, `captcha` → `catch`) may be a word the lists lack: an editor applies it.
      // So may a known word with an `s` (`materiels`, `renamings`; not `thats`, whose fix only adds the apostrophe),
      // a compound whose slip would turn one word into another (`childrearing` → `childbearing`), and a name
      // typed in lower case (`xbox` → `box`, `finnish` → `finish`): a plural, a compound or a name the lists lack.
      const madeOfWords = (text.endsWith('s') && lexicon.knowsLowerCase(singular) && best.replace(/['’]/g, '') !== text) || swapsAPart(text, best) || suggester.namesOf(text).length > 0
      const fix = !certain || !fixable ? undefined : cheapSlip(text, best, inArticle.house) && !madeOfWords ? unasked() : ('review' as const)
      return {rule: misspelling, piece, reason: unknownReason(piece.text, words), expected: words, ...(fix ? {fix} : {})}
    }
    // `Cottttt`: four or more of one letter in a row make no name (nor any English word), at a sentence start or not.
    // A held sound drawn out (`Ahhhhhh`, `Noooo`, `Hmmmm`) is a word said so on purpose when cut down it is one: a note.
    if (longRun.test(text)) {
      const words = unrepeated(text, {name: !initial, ...inArticle})
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
        if (best && slipForms(best, inArticle.house).some((form) => weightedDistance(lower, form.toLowerCase()) <= 1) && (newsroomName(best) || commonWord(best) || articleWord(best))) {
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
}

function unknownNameReason(text: string, uses: number): string {
  return `\`${text}\` is not in the dictionary${uses > 1 ? ` (${uses} uses, noted once)` : ''}; if it is a name, check it and add it to a dictionary`
}

function unknownReason(text: string, suggestions: string[]): string {
  return suggestions.length > 0 ? `Unknown word \`${text}\`; did you mean \`${suggestions[0]}\`?` : `Unknown word \`${text}\``
}
