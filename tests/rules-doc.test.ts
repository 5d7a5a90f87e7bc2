import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {type Config, defaultConfig} from '../src/config.js'
import {allRules, checkText, createPipeline} from '../src/pipeline.js'
import {rulesDocuments, rulesTable, withRulesTable} from '../src/tools/rules-doc.js'

const contractRules = [
  'language/untranslated', 'spelling/misspelling', 'script/mixed-script', 'script/foreign-script',
  'names/style-sheet', 'hedge/unsupported', 'hedge/booster', 'attribution/anonymous', 'attribution/weasel',
  'attribution/unsourced-section', 'style/editorializing', 'names/inconsistent',
]

describe('rule catalogue', () => {
  it('has every rule id the contract fixes', () => {
    const ids = allRules.map((rule) => `${rule.source}/${rule.ruleId}`)
    for (const id of contractRules) expect(ids).toContain(id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('gives every rule a description and a wrong and a right example', () => {
    for (const rule of allRules) {
      expect(rule.description, `${rule.source}/${rule.ruleId}`).toMatch(/\S/)
      expect(rule.example.wrong).not.toBe(rule.example.right)
    }
  })

  it('shows an example\'s backslashes and angle brackets as written (typography/hidden-tag\'s `\\<DARTA\\>`)', () => {
    const table = rulesTable(allRules.filter((rule) => rule.ruleId === 'hidden-tag'))
    // Rendered: "Dart Group <DARTA> is…" and "Dart Group \<DARTA\> is…".
    expect(table).toContain('| Dart Group &lt;DARTA> is')
    expect(table).toContain('| Dart Group \\\\&lt;DARTA\\\\> is')
  })

  it.each(rulesDocuments)('%s has the current table (run `npm run docs:rules`)', (name) => {
    const text = readFileSync(new URL(`../${name}`, import.meta.url), 'utf8')
    expect(text).toBe(withRulesTable(text, allRules))
  })

  describe('each rule\'s documented example: the wrong one raises the rule, the right one does not', () => {
    const processor = createPipeline(defaultConfig())
    const configured = (extra: Partial<Config>) => createPipeline({...defaultConfig(), ...extra})
    const rejecting = configured({reject: {alright: 'all right'}})
    /** Examples that name, in brackets, a setting they need: the options, or the processors for the wrong and the right text. */
    const settings: Record<string, {options?: {lang?: string; date?: string}; wrong?: typeof processor; right?: typeof processor}> = {
      'spelling/regional': {options: {lang: 'en-US'}},
      'names/title-date': {options: {date: '2025-06-10'}},
      'spelling/rejected': {wrong: rejecting, right: rejecting},
      'spelling/unknown-name': {right: configured({accept: ['Kwartnik']})},
    }
    // The check gets the text without its bracketed note, and a control character where the example shows a stand-in.
    const asChecked = (text: string) => text.replace(/ \((?:lang|a story dated|with )[^)]*\)$/, '').replace('⟨U+202E⟩', '\u202E')
    it.each(allRules.map((rule) => [`${rule.source}/${rule.ruleId}`, rule] as const))('%s', async (id, rule) => {
      const setting = settings[id] ?? {}
      const raised = async (text: string, checker: typeof processor | undefined) =>
        (await checkText(checker ?? processor, asChecked(text), {format: 'markdown', ...setting.options})).messages.map((message) => `${message.source}/${message.ruleId}`)
      expect(await raised(rule.example.wrong, setting.wrong)).toContain(id)
      expect(await raised(rule.example.right, setting.right)).not.toContain(id)
    })
  })
})
