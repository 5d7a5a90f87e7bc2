import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {compilePattern, type Pattern} from './match.js'
import {readRuleYaml} from '../guard.js'
import {wordLines} from '../spelling/lexicon.js'
import type {RuleMeta, Severity} from '../types.js'

/** `rules/` at the package root; the same path from `src/claims` and `dist/claims`. */
export const rulesDir = fileURLToPath(new URL('../../rules/', import.meta.url))

/** Context checks a cue can ask for, implemented in the `guards` registry (`src/claims/guards/`). */
export const guardNames = ['month', 'statistics', 'legal', 'not-after-name', 'attributed', 'motion', 'comparison', 'ability', 'possession', 'not-opener', 'named-after', 'not-agency', 'literal', 'question', 'interview', 'proper-name', 'not-after-anonymous', 'not-after-unnamed-person', 'reported-clause', 'named-before', 'not-tag', 'not-headline', 'not-headline-tag', 'source-follows', 'instruction', 'determined', 'plain-leading', 'manner', 'no-clause', 'passive', 'participle', 'reply', 'named-tag', 'owned-media', 'named-body', 'not-outlet', 'legal-power', 'literal-source', 'idiom', 'no-speech', 'recipient', 'no-claim', 'judged', 'outlet-follows', 'not-after-crowd', 'continues-report', 'valuation', 'firm-follows', 'embedded', 'mood-reported', 'possessive', 'own-plan', 'held-doubt', 'not-named-as', 'estimator-follows', 'noun-follows', 'source-outside', 'not-after-speaker', 'amount-follows', 'relative-subject', 'person-subject', 'not-body-name', 'publisher-follows', 'not-subject', 'saying-sense', 'outlet-named-after', 'not-after-outlet', 'named-end-tag', 'complement', 'not-after-group', 'clause-between', 'not-end-tag', 'told-thing', 'no-firm-before', 'not-apposed', 'crowd-object', 'relative-report', 'knowledge-after', 'second-crowd', 'not-lead', 'subject-before', 'said-to', 'reaction-to', 'not-dummy-it', 'study-before', 'noun-object', 'study-tag', 'deliberation', 'partitive', 'view-object', 'agent-later', 'count-agent', 'particle-follows', 'according-in', 'rule-sense', 'says-nothing', 'not-withheld', 'quoted-sources', 'source-tag', 'office-holder', 'report-responded', 'story-lead', 'plot-summary', 'physical-view', 'officials-named', 'report-sense', 'document-tag', 'named-response', 'rumour-answered', 'asked-whether', 'sign-object', 'person-promise', 'report-before', 'not-set-off', 'not-saying', 'body-people', 'trade-crowd', 'said-no-clause', 'look-sought', 'proposer', 'excused', 'intensifier-question', 'alleging', 'active-expected', 'owner-named', 'negated', 'no-said-after', 'no-aside-saying', 'verb-in-place', 'sure-to', 'person-state'] as const
export type GuardName = (typeof guardNames)[number]

/** One group of cue phrases that share a category and an explanation. */
export interface Cue {
  category: string
  /** For editors: why this wording is a problem and what to do instead. */
  explanation: string
  patterns: Pattern[]
  /**
   * `delete`: the cue can be cut; the reason says what to delete where its comma or a capital needs care
   * (src/claims/report.ts). No replacement is offered either way: one for exactly the flagged words cannot take
   * the space or comma beside them.
   */
  expected?: 'delete'
  /** A replacement for exactly the flagged words that cuts the cue and leaves the sentence whole ("is certain to" → "will"). */
  replace?: string
  /** Context in which the cue is NOT flagged. */
  unless: GuardName[]
}

export interface ExampleCase {
  input: string
  /** The exact texts this rule must flag, in order. */
  flags: string[]
}

/** One rule file, `rules/<source>/<ruleId>.yml`. */
export interface CueRule {
  source: string
  ruleId: string
  description: string
  /** Reason shown to the editor; `%s` is the flagged text. */
  message: string
  severity: Severity
  cues: Cue[]
  ok: string[]
  notOk: ExampleCase[]
  file: string
}

export class RuleDataError extends Error {}

const ruleKeys = new Set(['description', 'message', 'severity', 'cues', 'ok', 'not-ok'])
const cueKeys = new Set(['category', 'explanation', 'patterns', 'expected', 'replace', 'unless'])
const severities = new Set(['error', 'warning', 'info'])

/** Bundled rule files are read from the build's precompiled JSON when it is up to date (src/guard.ts). */
function readYaml(file: string): unknown {
  return readRuleYaml(file, (message) => new RuleDataError(message))
}

function fail(file: string, what: string): never {
  throw new RuleDataError(`${file}: ${what}`)
}

function strings(value: unknown, file: string, key: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) fail(file, `\`${key}\` must be a list of strings`)
  return value as string[]
}

function text(value: unknown, file: string, key: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(file, `\`${key}\` must be a non-empty string`)
  return value
}

function parseCue(raw: unknown, file: string, index: number): Cue {
  const at = `cues[${index}]`
  if (typeof raw !== 'object' || raw === null) fail(file, `${at} must be a mapping`)
  const record = raw as Record<string, unknown>
  for (const key of Object.keys(record)) if (!cueKeys.has(key)) fail(file, `${at}: unknown key \`${key}\``)
  const unless = record.unless === undefined ? [] : strings(record.unless, file, `${at}.unless`)
  for (const guard of unless) if (!(guardNames as readonly string[]).includes(guard)) fail(file, `${at}: unknown guard \`${guard}\``)
  if (record.expected !== undefined && record.expected !== 'delete') fail(file, `${at}.expected must be \`delete\` or absent`)
  if (record.replace !== undefined && record.expected !== undefined) fail(file, `${at}: \`replace\` and \`expected\` exclude each other`)
  const patterns = strings(record.patterns, file, `${at}.patterns`).flatMap((pattern) => {
    try {
      return compilePattern(pattern)
    } catch (error) {
      return fail(file, `${at}: ${(error as Error).message}`)
    }
  })
  return {
    category: text(record.category, file, `${at}.category`),
    explanation: text(record.explanation, file, `${at}.explanation`),
    patterns,
    ...(record.expected === 'delete' ? {expected: 'delete' as const} : {}),
    ...(record.replace === undefined ? {} : {replace: text(record.replace, file, `${at}.replace`)}),
    unless: unless as GuardName[],
  }
}

/** Reads and checks one rule file; throws `RuleDataError` naming the file. */
export function loadRule(file: string, source: string, ruleId: string): CueRule {
  const data = readYaml(file)
  if (typeof data !== 'object' || data === null) fail(file, 'must be a mapping')
  const record = data as Record<string, unknown>
  for (const key of Object.keys(record)) if (!ruleKeys.has(key)) fail(file, `unknown key \`${key}\``)
  const severity = text(record.severity, file, 'severity')
  if (!severities.has(severity)) fail(file, '`severity` must be error, warning or info')
  if (!Array.isArray(record.cues) || record.cues.length === 0) fail(file, '`cues` must be a non-empty list')
  const notOk = record['not-ok']
  if (!Array.isArray(notOk) || notOk.length === 0) fail(file, '`not-ok` needs at least one example')
  const rule: CueRule = {
    source,
    ruleId,
    description: text(record.description, file, 'description'),
    message: text(record.message, file, 'message'),
    severity: severity as Severity,
    cues: record.cues.map((cue, index) => parseCue(cue, file, index)),
    ok: strings(record.ok ?? [], file, 'ok'),
    notOk: notOk.map((example, index) => {
      const item = example as Record<string, unknown>
      return {input: text(item?.input, file, `not-ok[${index}].input`), flags: strings(item?.flags, file, `not-ok[${index}].flags`)}
    }),
    file,
  }
  const seen = new Set<string>()
  for (const cue of rule.cues) {
    for (const pattern of cue.patterns) {
      if (pattern.contracted) continue
      if (seen.has(pattern.source)) fail(file, `duplicate pattern \`${pattern.source}\``)
      seen.add(pattern.source)
    }
  }
  return rule
}

/** Every rule file of a source folder (`rules/hedge/*.yml`); files starting with `_` are word lists, not rules. */
export function loadRules(source: string, dir = rulesDir): CueRule[] {
  const folder = `${dir}${source}/`
  // The stages' rule lists and the analyser read the same files: parse each folder once per process.
  const cached = loaded.get(folder)
  if (cached) return cached
  const rules = readdirSync(folder)
    .filter((name) => name.endsWith('.yml') && !name.startsWith('_'))
    .sort()
    .map((name) => loadRule(folder + name, source, name.slice(0, -4)))
  loaded.set(folder, rules)
  return rules
}

const loaded = new Map<string, CueRule[]>()

/** Word lists that attribution detection uses (`rules/attribution/_words.yml`). */
export interface Vocabulary {
  reportingVerbs: Set<string>
  citingVerbs: Set<string>
  backReferences: Set<string>
  sourceNouns: Set<string>
  titles: Set<string>
  notNames: Set<string>
  figureNouns: Set<string>
  clauseBreaks: Set<string>
  legal: Set<string>
  outlets: Set<string>
  namedBodies: Set<string>
  appositionBreaks: Set<string>
  motionVerbs: Set<string>
  courseNouns: Set<string>
  refusals: Set<string>
  documentSources: Set<string>
  industrySources: Set<string>
  beliefWords: Set<string>
  stateComplements: Set<string>
  afterState: Set<string>
  disputeCompounds: Set<string>
  legalFrames: Set<string>
  legalForums: Set<string>
  deniedClauses: Set<string>
  deniedPersons: Set<string>
  deniedThings: Set<string>
  bodies: Set<string>
  organisationNouns: Set<string>
  workplaceNouns: Set<string>
  reportedClauseVerbs: Set<string>
  reportedClauseNouns: Set<string>
  speechForms: Set<string>
  pointingVerbs: Set<string>
  pointingEvidence: Set<string>
  pointingReactions: Set<string>
  pointingAsides: Set<string>
  perspectiveNouns: Set<string>
  placesAdmitted: Set<string>
  outletNouns: Set<string>
  speakerVerbs: Set<string>
  headlineRanks: Set<string>
  plainLeading: Set<string>
  clearManner: Set<string>
  markedEvents: Set<string>
  irregularParticiples: Set<string>
  stateAdjectives: Set<string>
  mediaOwners: Set<string>
  weatherSpans: Set<string>
  presentVerbs: Set<string>
  irregularPasts: Set<string>
  mainVerbAdverbs: Set<string>
  permittingFrames: Set<string>
  nonAgency: Set<string>
  generalParticiples: Set<string>
  generalVerbs: Set<string>
  quantityPlurals: Set<string>
  changeVerbs: Set<string>
  stanceVerbs: Set<string>
  valuationVerbs: Set<string>
  valuationObjects: Set<string>
  viewVerbs: Set<string>
  stanceStates: Set<string>
  nearPlaces: Set<string>
  reasonConjunctions: Set<string>
  forecastInfinitives: Set<string>
  sentenceAdverbs: Set<string>
  phraseEnds: Set<string>
  documentPlaces: Set<string>
  placePrepositions: Set<string>
  placePrefixes: Set<string>
  outletNameEnds: Set<string>
  outletNameContinuations: Set<string>
  placeDwellers: Set<string>
  collectiveSpeakers: Set<string>
  determiners: Set<string>
  nounQuantifiers: Set<string>
  owningDeterminers: Set<string>
  recipientPronouns: Set<string>
  recipientNouns: Set<string>
  reportRecipients: Set<string>
  presentNotVerb: Set<string>
  judgingVerbs: Set<string>
  deedAnswers: Set<string>
  givenNames: Set<string>
  crowdPlaces: Set<string>
  claimVerbs: Set<string>
  numberWords: Set<string>
  topicFillers: Set<string>
  pressNames: Set<string>
  officeTitles: Set<string>
  postNouns: Set<string>
}

const vocabularyKeys: Record<keyof Vocabulary, string> = {
  reportingVerbs: 'reporting-verbs',
  citingVerbs: 'citing-verbs',
  backReferences: 'back-references',
  sourceNouns: 'source-nouns',
  titles: 'titles',
  notNames: 'not-names',
  figureNouns: 'figure-nouns',
  clauseBreaks: 'clause-breaks',
  legal: 'legal',
  outlets: 'outlets',
  namedBodies: 'named-bodies',
  appositionBreaks: 'apposition-breaks',
  motionVerbs: 'motion-verbs',
  courseNouns: 'course-nouns',
  refusals: 'refusals',
  documentSources: 'document-sources',
  industrySources: 'industry-sources',
  beliefWords: 'belief-words',
  stateComplements: 'state-complements',
  afterState: 'after-state',
  disputeCompounds: 'dispute-compounds',
  legalFrames: 'legal-frames',
  legalForums: 'legal-forums',
  deniedClauses: 'denied-clauses',
  deniedPersons: 'denied-persons',
  deniedThings: 'denied-things',
  bodies: 'bodies',
  organisationNouns: 'organisation-nouns',
  workplaceNouns: 'workplace-nouns',
  reportedClauseVerbs: 'reported-clause-verbs',
  reportedClauseNouns: 'reported-clause-nouns',
  speechForms: 'speech-forms',
  pointingVerbs: 'pointing-verbs',
  pointingEvidence: 'pointing-evidence',
  pointingReactions: 'pointing-reactions',
  pointingAsides: 'pointing-asides',
  perspectiveNouns: 'perspective-nouns',
  placesAdmitted: 'places-admitted',
  outletNouns: 'outlet-nouns',
  speakerVerbs: 'speaker-verbs',
  headlineRanks: 'headline-ranks',
  plainLeading: 'plain-leading',
  clearManner: 'clear-manner',
  markedEvents: 'marked-events',
  irregularParticiples: 'irregular-participles',
  stateAdjectives: 'state-adjectives',
  mediaOwners: 'media-owners',
  weatherSpans: 'weather-spans',
  presentVerbs: 'present-verbs',
  irregularPasts: 'irregular-pasts',
  mainVerbAdverbs: 'main-verb-adverbs',
  permittingFrames: 'permitting-frames',
  nonAgency: 'non-agency',
  generalParticiples: 'general-participles',
  generalVerbs: 'general-verbs',
  quantityPlurals: 'quantity-plurals',
  changeVerbs: 'change-verbs',
  stanceVerbs: 'stance-verbs',
  valuationVerbs: 'valuation-verbs',
  valuationObjects: 'valuation-objects',
  viewVerbs: 'view-verbs',
  stanceStates: 'stance-states',
  nearPlaces: 'near-places',
  reasonConjunctions: 'reason-conjunctions',
  forecastInfinitives: 'forecast-infinitives',
  sentenceAdverbs: 'sentence-adverbs',
  phraseEnds: 'phrase-ends',
  documentPlaces: 'document-places',
  placePrepositions: 'place-prepositions',
  placePrefixes: 'place-prefixes',
  outletNameEnds: 'outlet-name-ends',
  outletNameContinuations: 'outlet-name-continuations',
  placeDwellers: 'place-dwellers',
  collectiveSpeakers: 'collective-speakers',
  determiners: 'determiners',
  nounQuantifiers: 'noun-quantifiers',
  owningDeterminers: 'owning-determiners',
  recipientPronouns: 'recipient-pronouns',
  recipientNouns: 'recipient-nouns',
  reportRecipients: 'report-recipients',
  presentNotVerb: 'present-not-verb',
  judgingVerbs: 'judging-verbs',
  deedAnswers: 'deed-answers',
  givenNames: 'given-names',
  crowdPlaces: 'crowd-places',
  claimVerbs: 'claim-verbs',
  numberWords: 'number-words',
  topicFillers: 'topic-fillers',
  pressNames: 'press-names',
  officeTitles: 'office-titles',
  postNouns: 'post-nouns',
}

export function loadVocabulary(file = `${rulesDir}attribution/_words.yml`): Vocabulary {
  const data = readYaml(file) as Record<string, unknown>
  const known = new Set(Object.values(vocabularyKeys))
  for (const key of Object.keys(data ?? {})) if (!known.has(key)) fail(file, `unknown key \`${key}\``)
  const entries = Object.entries(vocabularyKeys).map(([name, key]) => [
    name,
    new Set(strings(data[key], file, key).map((word) => word.toLowerCase().replaceAll('’', "'"))),
  ])
  const vocabulary = Object.fromEntries(entries) as Vocabulary
  // Given names are one list with the spelling stage's (every romanisation of rules/spelling/given-names.txt);
  // `given-names` here adds those that list leaves out (English names, and names that are English words).
  for (const line of wordLines(readFileSync(`${rulesDir}spelling/given-names.txt`, 'utf8'))) {
    for (const name of line.split('|')) vocabulary.givenNames.add(name.trim().toLowerCase())
  }
  return vocabulary
}

/** The catalogue entry of a rule file, with its first examples as the wrong and right example. */
export function toRuleMeta(rule: CueRule): RuleMeta {
  return {
    source: rule.source,
    ruleId: rule.ruleId,
    severity: rule.severity,
    description: rule.description,
    example: {wrong: rule.notOk[0]!.input, right: rule.ok[0] ?? ''},
  }
}
