import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../src/stages/attribution.js'
import {claims, flagged} from './claims-helper.js'

const seed = readFileSync(new URL('../../shared/seed/cyber-command.md', import.meta.url), 'utf8')

describe('attribution stage', () => {
  it('exports its contract rules', () => {
    expect(rules.map((rule) => rule.ruleId).sort()).toEqual(['anonymous', 'unsourced-section', 'weasel'])
  })

  it('flags the anonymous sourcing in the seed and gives the sourcing summary', async () => {
    const {file, messages} = await claims(seed, 'markdown')
    expect(messages.filter((message) => message.ruleId === 'anonymous').map((message) => message.actual)).toEqual(['citing anonymous sources'])
    const sourcing = file.data.sourcing!
    expect(sourcing.named).toEqual(expect.arrayContaining(['RIA Novosti', 'Record', 'Sergey Lavrov', 'Vladimir Putin', 'Gazeta.ru']))
    expect(sourcing.named).not.toContain('United')
    expect(sourcing.chains).toContainEqual({chain: ['RIA Novosti', 'Record', 'anonymous sources'], depth: 2, end: 'anonymous sources'})
    expect(sourcing.counts.unattributedSpeculativeSentences).toBeGreaterThanOrEqual(5)
    expect(sourcing.counts.unsourcedSections).toBe(1)
  })

  it('gives the seed’s US Perspective section, and only it, an unsourced-section finding on its heading', async () => {
    const {messages} = await claims(seed, 'markdown')
    const sections = messages.filter((message) => message.ruleId === 'unsourced-section')
    expect(sections.map((message) => message.actual)).toEqual(['US Perspective: A Complex Dialogue'])
  })

  it('leaves a sourced section and an empty section alone', async () => {
    const text = '## Outlook\n\n## Market\n\nPrices rose by 5% in March, the statistics office said. Exports fell for the third month. Imports were flat over the quarter.\n'
    expect(await flagged(text, 'markdown')).toEqual([])
    const unsourced = '## Outlook\n\nThe deal will reshape the market for years. Prices are set to fall across the region. Rivals are preparing a response to the merger.\n'
    expect(await flagged(unsourced, 'markdown')).toEqual(['attribution/unsourced-section: Outlook'])
  })

  it('builds a chain from "X citing Y"', async () => {
    const {file} = await claims('Tass, citing the Defence Ministry, said two drones were downed.')
    expect(file.data.sourcing!.chains).toEqual([{chain: ['Tass', 'Defence Ministry'], depth: 1, end: 'Defence Ministry'}])
  })

  it('does not flag anonymous or weasel cues inside a quotation', async () => {
    expect(await flagged('"Some say we lost, but sources said otherwise," Smith told reporters.')).toEqual([])
  })

  it('flags vague groups even when they use a reporting verb', async () => {
    expect(await flagged('Experts say the drought will last.')).toEqual(['attribution/weasel: Experts say'])
  })

  it('does not mistake "the United States" or "Lavrov’s remarks" for a reporting verb', async () => {
    const {file} = await claims('The United States has long grappled with the issue. Gazeta.ru also touched upon Lavrov’s remarks, suggesting that talks were useful.')
    expect(file.data.sourcing!.named).toEqual(['Gazeta.ru'])
  })
})

describe('attribution stage on odd input', () => {
  it('survives an empty heading, a lone quotation mark and an empty file', async () => {
    const sections = '##\n\nThe deal will reshape the market for years. Prices are set to fall across the region. Rivals are preparing a response to the merger.\n'
    expect(await flagged(sections, 'markdown')).toEqual([])
    expect(await flagged('" He said it could probably work')).toEqual([])
    const {file} = await claims('')
    expect(file.data.sourcing).toMatchObject({named: [], chains: []})
  })
})
