import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {claims, flagged} from './claims-helper.js'

// Shapes of Wikinews Q&A interviews: unlabelled question paragraphs, each answered in the next paragraph(s).
const interview = [
  '# Interview with a climate scientist',
  'Dr Jane Okafor studies cyclones at the University of Reading. She spoke to us on Monday.',
  'Will the storm lose strength over land?',
  'Yes. It will probably weaken within a day, and it is remarkable how fast that happens.',
  'It could still bring floods to the coast.',
  'What do you expect from the next season?',
  'I am sure it will be a busy one. Clearly, the water is warmer than it was.',
].join('\n\n')

describe('Q&A interviews', () => {
  it('gives the answers to the interviewee: no hedge, booster or editorializing in them is the writer’s', async () => {
    expect(await flagged(interview, 'markdown')).toEqual([])
    const {file} = await claims(interview, 'markdown')
    expect(file.data.sourcing!.counts.interviewAnswerSentences).toBe(5)
    expect(file.data.sourcing!.counts.unsourcedSections).toBe(0)
  })

  it('still flags the writer’s introduction before the first question', async () => {
    const text = interview.replace('She spoke to us on Monday.', 'She is probably the best-known expert in the field.')
    expect(await flagged(text, 'markdown')).toEqual(['hedge/unsupported: probably'])
  })

  it('ends the run at a heading: prose under the next heading is the writer’s again', async () => {
    const text = `${interview}\n\n# Background\n\nThe region will probably see more storms.`
    expect(await flagged(text, 'markdown')).toEqual(['hedge/unsupported: probably'])
  })

  it('reads at most three paragraphs after a question as its answer', async () => {
    const text = `${interview}\n\nThe sea was calm on Monday.\n\nShips left the port.\n\nThe region will probably see more storms.`
    expect(await flagged(text, 'markdown')).toEqual(['hedge/unsupported: probably'])
  })

  it('needs two answers that read as answers: rhetorical questions in a feature stay the writer’s', async () => {
    const feature = [
      'So what went wrong?',
      'The plan probably relied on cheap gas from the US.',
      'And what comes next?',
      'The government will likely raise taxes in the spring.',
    ].join('\n\n')
    expect(await flagged(feature)).toEqual(['hedge/unsupported: probably', 'hedge/unsupported: likely'])
    // An explainer asks "you", but its answers are the writer's.
    const explainer = ['Do you need a visa?', 'Travellers from the EU will probably need one from May.', 'Can you still fly to Moscow?', 'Flights will likely be cut again.'].join('\n\n')
    expect(await flagged(explainer)).toEqual(['hedge/unsupported: probably', 'hedge/unsupported: likely'])
    // One pair alone is not enough either.
    expect(await flagged('Do you expect a deal?\n\nThe talks will probably fail.')).toEqual(['hedge/unsupported: probably'])
  })

  it('reads paragraphs labelled Q: and A: as an interview from the first pair', async () => {
    expect(await flagged('Q: Will the talks fail?\n\nA: They will probably fail, undoubtedly.')).toEqual([])
    expect(await flagged('**Q:** Will the talks fail?\n\n**A:** They will probably fail.', 'markdown')).toEqual([])
  })

  it('keeps the Wikinews interview fixture free of claims findings and names no question words as sources', async () => {
    const text = readFileSync(new URL('../fixtures/wikinews-peres-interview/input.md', import.meta.url), 'utf8')
    const {file, messages} = await claims(text, 'markdown')
    expect(messages).toEqual([])
    expect(file.data.sourcing!.named).toEqual([])
    // Before Q&A answers were read as the interviewee's, "Why do I say peace?" and "You…" were taken for sources.
    expect(file.data.sourcing!.counts.interviewAnswerSentences).toBeGreaterThan(0)
  })
})
