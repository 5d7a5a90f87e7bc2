import type {VFileMessage} from 'vfile-message'
import type {HiddenTag} from './parse/hidden-tags.js'

/** Severity of a finding; `error` fails the default gate. */
export type Severity = 'error' | 'warning' | 'info'

/** Whether `copydesk fix` may apply `expected[0]`: by default, only when asked, or never (absent). */
export type FixLevel = 'safe' | 'review'

/** Input formats, chosen by file extension. */
export type Format = 'markdown' | 'text' | 'html' | 'ninjs'

/**
 * Static description of one rule. Stages export their rules so that the
 * registry, the docs, SARIF `tool.driver.rules` and the config validator
 * all read the same data.
 */
export interface RuleMeta {
  readonly source: string
  readonly ruleId: string
  /** Severity unless the configuration overrides it. */
  readonly severity: Severity
  /** One sentence for the rule catalogue. */
  readonly description: string
  /** A wrong and a right example for the docs and SARIF help. */
  readonly example: {readonly wrong: string; readonly right: string}
}

/** Fields copydesk adds to every vfile message (see CONTRACT.md). */
export interface CopydeskFields {
  severity: Severity
  fix?: FixLevel
  /** ISO 639-3 code of a passage (language/untranslated). */
  lang?: string
}

export type CopydeskMessage = VFileMessage & CopydeskFields

/** Sourcing summary of one article (attribution stage). */
export interface Sourcing {
  /** Sources named in the article, in order of first mention; a short name is merged into a fuller one ("Putin" → "Vladimir Putin"). */
  named: string[]
  /** How claims travel, outermost source first (["RIA Novosti", "Record", "anonymous sources"]); `depth` is the number of hand-overs, `end` the last link. */
  chains: Array<{chain: string[]; depth: number; end: string}>
  /** `sentences`, `attributedSentences`, `interviewAnswerSentences` (a Q&A interview's answers: the interviewee's words), `anonymousSentences`, `unattributedSpeculativeSentences`, `weasel`, `boosters`, `editorializing`, `unsourcedSections`. */
  counts: Record<string, number>
}

/** `file.data` fields shared between stages. */
declare module 'vfile' {
  interface DataMap {
    format: Format
    /** The language the copy must be in, when given by `--lang` or the configuration (ISO 639-1 or 639-3); otherwise the ninjs `language`, then English. */
    expectedLang: string
    /** ISO 639-3 code detected for the whole document, `und` when undetermined. */
    language: string
    /** Suppression comments found by the parser. */
    directives: Directive[]
    /** Markdown only: wire text the parser found read as HTML tags (`<Wellcome PLC>`). */
    hiddenTags: HiddenTag[]
    sourcing: Sourcing
  }
}

/** `<!-- copydesk-disable… RULE -->` comment, by line. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line'
  /** `source/ruleId` or a bare source; empty means every rule. */
  rules: string[]
  line: number
}

declare module 'vfile' {
  interface DataMap {
    /** The ninjs item's own `language` field. */
    ninjsLanguage: string
    /** The date the story states (YYYY-MM-DD): ninjs `firstcreated`, front matter `date`, an HTML publication meta tag. */
    storyDate: string
  }
}
