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

  it('reads a paragraph labelled Q: as a question, but takes the evidence from the answers alone', async () => {
    const labelled = 'Q: The talks, then.\n\nA: I think they will probably fail.\n\nQ: And the sanctions.\n\nA: We will undoubtedly see more.'
    expect(await flagged(labelled)).toEqual([])
    // An explainer labels its questions and answers too, and its answers are the writer's.
    const explainer = 'Q: What does the rent law change?\n\nA: Rents will probably rise, sources in the ministry said.\n\nQ: Who pays?\n\nA: A. J. Brown, the minister, will undoubtedly decide.'
    expect(await flagged(explainer)).toEqual(['hedge/booster: undoubtedly', 'attribution/anonymous: sources in the ministry said'])
    // "Q:" is a label, not a speaker.
    const {file} = await claims(labelled)
    expect(file.data.sourcing!.named).toEqual([])
  })

  it('does not read news with quoted questions and quoted first person as an interview', async () => {
    const news = [
      'Flood victims gathered in the square. One woman shouted: "Where were you when the water came?"',
      '"I lost my house and my shop," said Rosa Martinez, 54.',
      'The damage will probably exceed 2 billion euros.',
      'Rescue teams worked through the night. Another resident asked: "Who will pay for all this?"',
      '"We have nothing left," said Pedro Gomez.',
      'The storm was undoubtedly the worst in decades.',
    ].join('\n\n')
    expect(await flagged(news)).toEqual(['hedge/unsupported: probably', 'hedge/booster: undoubtedly'])
    const {file} = await claims(news)
    expect(file.data.sourcing!.named).toEqual(['Rosa Martinez', 'Pedro Gomez'])
  })

  it('takes no first person from numbers, wars, road names or the outlet', async () => {
    const news = [
      'Will the bridge open?',
      'No. 10 has refused to comment. Traffic on I-95 will probably grow.',
      'Is the war over?',
      'As we reported last week, veterans of World War I were honoured. The ceremony was undoubtedly moving.',
    ].join('\n\n')
    expect(await flagged(news)).toEqual(['hedge/unsupported: probably', 'hedge/booster: undoubtedly'])
  })

  it('does not join two question-and-answer pairs far apart in one story', async () => {
    const story = [
      'Why did the plant close?',
      'I was told nothing, said one worker.',
      'The plant employed 400 people.',
      'Its owner moved production abroad.',
      'Taxes rose twice last year.',
      'What comes next?',
      'We will see, a union leader said.',
      'The town will probably lose its school.',
    ].join('\n\n')
    // Round 22: the unnamed union leader is an anonymous source (one person of a post), answer or not.
    expect(await flagged(story)).toEqual(['hedge/unsupported: probably', 'attribution/anonymous: a union leader said'])
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
