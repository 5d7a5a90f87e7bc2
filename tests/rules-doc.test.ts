import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {allRules} from '../src/pipeline.js'
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
})
