import type {Paragraph, Root, Word} from 'nlcst'
import type {VFile} from 'vfile'
import {type Config, ConfigError} from '../config.js'
import {readDictionary} from '../guard.js'
import {blockData, checkedSentences, span, toString, wordsOf} from '../nlcst.js'
import {report} from '../report.js'
import {isCompanyForm} from '../names/company-forms.js'
import {loadStyleSheets} from '../names/style-sheet.js'
import {articleWordSlip, capitalisedOrdinaryWords} from '../spelling/article-word-slips.js'
import {type ArticleWords, articleWords} from '../spelling/article-words.js'
import {findInconsistentNames, givenAsAlternative, type NameUse} from '../spelling/consistency.js'
import {named, regionalPartsOf} from '../spelling/house-spelling.js'
import {inflectedForm} from '../spelling/inflection.js'
import {clauseStarts, isTitleCase, titleBlocks} from '../spelling/initial-words.js'
import {enclosedAlone, inShortQuote, nameConnector, nameParticle, spacedAddress} from '../spelling/layout.js'
import {loadBaseLexicon, loadFunctionWords, loadNameTitles, loadPrefixes, wordLines} from '../spelling/lexicon.js'
import {givenName, label, nameAfterParticle} from '../spelling/name-context.js'
import {noPhrase, phraseWords} from '../spelling/phrases.js'
import {quoted, quotedSpans} from '../spelling/regional.js'
import {inconsistent, likelyTerm, type Pending, regional, rejected, unknownName} from '../spelling/rules.js'
import {slipInCapitals} from '../spelling/slips.js'
import {laughter, saidAgain} from '../spelling/sounds.js'
import {checkRunOn, splitOrdinal} from '../spelling/spacing.js'
import {Suggester} from '../spelling/suggest.js'
import {initialCommonClass, syllableLength} from '../spelling/thresholds.js'
import {hyphenParts, hyphens, insideAddress, normalise, notForSpelling, type Piece, runOnSides, withoutFinalDot, withoutPossessive} from '../spelling/tokens.js'
import {type House, houseChoice, houseOf} from '../spelling/variants.js'
import {judge, type Unknown, unknownNameReason} from '../spelling/verdict.js'
import type {Vocabulary} from '../spelling/vocabulary.js'
import {type LoudWord, noteName, startsPhrase, wordFacts} from '../spelling/word-facts.js'
import {capitalsOnly, initialLetter, joined, markedSic, phraseKey, reduplication, stripPossessive, suspended} from '../spelling/word-shapes.js'

// The stage's rules, as src/pipeline.ts lists them beside the plugin.
export {rules} from '../spelling/rules.js'

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
  const functionWords = loadFunctionWords()
  const nameTitles = loadNameTitles()
  const suggester = new Suggester(lexicon)

  const {known, facts, nameFacts, nameOf} = wordFacts(lexicon, suggester, patterns, rejects)
  // What the checks of an unknown word read (src/spelling/verdict.ts and the modules it calls).
  const vocabulary: Vocabulary = {lexicon, suggester, known, nameOf, prefixes, functionWords, nameTitles}
  // Made once: src/spelling/layout.ts asks it of each name particle.
  const afterParticle = (previous: string, next: string): boolean => nameAfterParticle(vocabulary, previous, next)
  // Asked only under a house spelling (see `otherRegion`).
  const regionalParts = regionalPartsOf(lexicon, config.accept)
  /** The facts of the current sentence's words, by position (reused, so no array per sentence). */
  const sentenceFacts: Array<number | LoudWord> = []

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
        if (capitalised && (named(lexicon, key) || named(lexicon, twin.variant))) continue
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
      const inPhrase = phrases ? phraseWords(texts, sentenceFacts, lexicon.phrases) : noPhrase
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
            const slip = slipInCapitals(vocabulary, text, texts[position - 1], texts[position + 1])
            if (slip) pending.push({...slip, piece: whole})
          }
          return
        }
        // `second.In`, `question.r`: two words glued by a full stop are checked as two words.
        const sides = runOnSides(word)
        if (sides) {
          checkRunOn(vocabulary, text, sides, initial, pending, unknown, names)
          return
        }
        const next = texts[position + 1]
        const previous = texts[position - 1]
        const block = span(paragraph)
        const alone = enclosedAlone(original, whole, block) || inShortQuote(original, whole, block)
        // Before a company's legal form (`Wellcome PLC`, `Hanson Plc`) a word is a firm's name, not a slip on `Welcome`.
        const beforeName = (next !== undefined && (/^\p{Lu}\p{Ll}/u.test(next) || isCompanyForm(next))) || (previous !== undefined && givenName(vocabulary, previous)) || (position === 0 && label(original, whole.end, texts.length)) || alone
        const parts = hyphenParts(word)
        const last = parts.length - 1
        if (last >= 0) parts[last] = withoutFinalDot(parts[last]!)
        if (reduplication(parts.map((part) => part.text.toLowerCase()))) return
        if (parts.length === 1 && (laughter(text) || saidAgain(text, previous, next) || nameParticle(text, previous, next, afterParticle) || nameConnector(text, previous, next, afterParticle))) return
        const afterNumber = previous !== undefined && /\d$/.test(previous)
        // `the 20 th anniversary`: an ordinal's suffix split from its number, not a typo of `the`.
        if (afterNumber && parts.length === 1 && splitOrdinal(words[position - 1]!, whole, original, pending)) return
        // `socio-economic`, `post-mortem`, `anarcho-syndicalism`: the dictionary spells the compound closed.
        if (parts.length > 1 && known(joined(parts, ''))) return
        // `laissez-faire`, `vis-à-vis`, `tête-à-tête`: a listed phrase written with hyphens.
        if (parts.length > 1 && lexicon.phrases.has(joined(parts, ' ', phraseKey))) return
        // Whether a fix may be applied unasked (see `amidForeignWords` in src/spelling/verdict.ts), worked out only for words
        // that get this far. An initial counts unless it ends a run of initials (`U. S.`: an abbreviation, not a genus).
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
          noteName(names, part, nameOf(part.text))
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
    let capitals: Set<string> | undefined
    const ordinaryCapitals = () => (capitals ??= capitalisedOrdinaryWords(original, lexicon))
    for (const item of unknown) {
      // "Theres [sic]": the writer keeps the source's spelling on purpose; a note, and nothing to fix.
      if (markedSic.test(original.slice(item.piece.end, item.piece.end + 12))) {
        pending.push({rule: likelyTerm, piece: item.piece, reason: `\`${item.piece.text}\` is marked [sic]: the source's own spelling, kept on purpose`, expected: []})
        continue
      }
      // A typo in someone else's words is corrected as without a house spelling: the house's spelling would mix two in one quotation.
      const verdict = judge(vocabulary, item, midSentence, uses, item.quotation ? withoutHouse : inArticle)
      // "Kim Ju-ae": one note for the name, not one a syllable (`Ju`, `ae`).
      const slipOf = verdict.rule === unknownName && !item.name ? articleWordSlip(item.piece.text, ordinaryCapitals) : undefined
      if (slipOf) {
        pending.push({rule: inconsistent, piece: item.piece, reason: `\`${item.piece.text}\` is spelled \`${slipOf}\` elsewhere in this article`, expected: [slipOf], fix: 'review'})
      } else if (verdict.rule === unknownName && item.name) {
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
}
