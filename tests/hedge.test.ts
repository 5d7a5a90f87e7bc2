import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../src/stages/hedge.js'
import {claims, flagged} from './claims-helper.js'

const seed = readFileSync(new URL('../fixtures/cyber-command/input.md', import.meta.url), 'utf8')

describe('hedge stage', () => {
  it('exports its contract rules', () => {
    expect(rules.map((rule) => `${rule.source}/${rule.ruleId}`).sort()).toEqual(['hedge/booster', 'hedge/unsupported'])
  })

  it('flags the writer’s own speculation and the booster in the seed article', async () => {
    const {messages} = await claims(seed, 'markdown')
    const hedges = messages.filter((message) => message.source === 'hedge').map((message) => `${message.ruleId}: ${message.actual}`)
    expect(hedges).toEqual(expect.arrayContaining([
      'unsupported: appears to be',
      'unsupported: could be seen as',
      'unsupported: It is possible that',
      'unsupported: likely aimed',
      'unsupported: likely reflected',
      'booster: undoubtedly',
    ]))
  })

  it('raises no hedge on seed sentences attributed to Lavrov, Putin or Gazeta.ru', async () => {
    const {messages} = await claims(seed, 'markdown')
    const lines = seed.split('\n')
    const attributed = ['He suggested that', 'suggesting that a structured approach proposed by Putin could lead', 'He indicated that', 'suggesting that the talks provided']
    for (const message of messages.filter((each) => each.source === 'hedge')) {
      const line = lines[(message.line ?? 1) - 1]!
      const sentenceStart = line.lastIndexOf('. ', (message.column ?? 1) - 1)
      const sentence = line.slice(sentenceStart + 1, line.indexOf('.', message.column ?? 1) + 1)
      for (const text of attributed) expect(sentence).not.toContain(text)
    }
  })

  it('points at the cue and offers no replacement that would leave two spaces', async () => {
    const text = 'The order will undoubtedly be monitored.'
    const {messages} = await claims(text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({source: 'hedge', ruleId: 'booster', actual: 'undoubtedly', expected: [], severity: 'warning'})
    expect(messages[0]!.reason).toBe('Booster `undoubtedly` asserts certainty the story does not show; cut it or give the evidence')
    expect(messages[0]!.note).toMatch(/evidence shows it/)
  })

  it('says what to delete with a booster when its comma or a capital needs care', async () => {
    const reasons = async (text: string) => (await claims(text)).messages.map((message) => message.reason.replace(/^.*; to cut it, /, ''))
    expect(await reasons('Of course, the plan will fail.')).toEqual(['delete `Of course,` and capitalise `the`'])
    expect(await reasons('It is clear that the plan failed.')).toEqual(['delete `It is clear that` and capitalise `the`'])
    expect(await reasons('The plan has, of course, failed.')).toEqual(['delete `, of course,`'])
    expect(await reasons('But of course, the plan will fail.')).toEqual(['delete `of course,`'])
    expect(await reasons('The plan (of course) failed.')).toEqual(['delete `(of course)`'])
    expect(await reasons('I am sure that the reasons for the crisis are over.')).toEqual(['delete `I am sure that` and capitalise `the`'])
    // "that" after any other opener is the sentence's own ("Obviously that was wrong"); a word with a capital of its own stays as it is.
    expect(await reasons('Obviously that was wrong.')).toEqual(['delete `Obviously` and capitalise `that`'])
    expect(await reasons('It goes without saying that the plan is flawed.')).toEqual(['delete `It goes without saying that` and capitalise `the`'])
    expect(await reasons('Doubtless that decision was a mistake.')).toEqual(['delete `Doubtless` and capitalise `that`'])
    expect(await reasons('Of course, iPhone sales will fall.')).toEqual(['delete `Of course,`'])
  })

  it('offers "will" or "would" for "is certain to" and "was sure to", which deleting would break', async () => {
    const {messages} = await claims('The move is certain to anger Beijing. The talks were sure to fail.')
    expect(messages.map((message) => [message.actual, message.expected])).toEqual([['is certain to', ['will']], ['were sure to', ['would']]])
    expect(messages[0]!.reason).toMatch(/; to cut it, write `will`$/)
  })

  it('matches case-insensitively and with curly apostrophes', async () => {
    expect(await flagged('PROBABLY the best. It’s worth noting that prices rose.')).toEqual([
      'hedge/unsupported: PROBABLY',
      'style/editorializing: It’s worth noting that',
    ])
  })

  it('leaves a hedge inside a direct quotation to its speaker, even across sentences', async () => {
    expect(await flagged('“The deal is probably dead. It could be seen as a snub,” Smith said.')).toEqual([])
    expect(await flagged('He told us: "The strike was probably planned. It appears to be revenge." The police left.')).toEqual([])
  })

  it('treats a pronoun or "the minister" after a named source as attributed', async () => {
    expect(await flagged('Lavrov spoke in Ankara. He said that talks would probably resume.')).toEqual([])
    expect(await flagged('Foreign Minister Sergey Lavrov arrived on Monday. The minister suggested that talks could be seen as a new start.')).toEqual([])
    // Without an antecedent, the same hedge is the writer's.
    expect(await flagged('The weather was fine. Talks would probably resume.')).toEqual(['hedge/unsupported: probably'])
  })

  it('handles "X said in an interview", "according to X" and "X citing Y"', async () => {
    expect(await flagged('The war will likely end soon, Zelensky said in an interview.')).toEqual([])
    expect(await flagged('According to Reuters, the plant was likely hit twice.')).toEqual([])
    expect(await flagged('Tass, citing the Defence Ministry, said the plant was likely hit.')).toEqual([])
  })

  it('reads a reporting verb in the progressive, and promises, as attribution', async () => {
    // Sentences of the kind WMT 2023 machine-translated news holds.
    expect(await flagged('Police are expecting a large turnout, with up to 120,000 people likely to gather in Paris.')).toEqual([])
    expect(await flagged('Macron is saying that the reform will likely pass.')).toEqual([])
    expect(await flagged('The developer promised that buyers would probably get a refund.')).toEqual([])
    // A progressive of a verb that reports nothing leaves the hedge the writer's.
    expect(await flagged('The crowds are growing, and people will likely gather in Paris.')).toEqual(['hedge/unsupported: likely'])
  })

  it('keeps the disambiguation cases silent', async () => {
    for (const text of [
      'Prices in May have been stable.',
      'He appeared in court on Tuesday and appeared for the defence in 2019.',
      'Drivers can be fined and offenders could face up to five years in prison.',
      'Lavrov said the talks would resume if both sides agreed.',
      'Smokers are twice as likely to die early, a Harvard study found.',
      'The alleged gunman was charged with murder, police said.',
      'The detainee later described the alleged thefts to his lawyer.',
      'Through the account, they could check all sales channels.',
    ]) {
      expect(await flagged(text), text).toEqual([])
    }
    // …and the same words flag when they are the writer's guess.
    expect(await flagged('The talks may have been a failure.')).toEqual(['hedge/unsupported: may have been'])
    expect(await flagged('The singer allegedly refused to sing.')).toEqual(['hedge/unsupported: allegedly'])
  })

  it('flags "of course" as the writer’s aside but not as a noun’s complement', async () => {
    expect(await flagged('The city has, of course, tried to raise the money.')).toEqual(['hedge/booster: of course'])
    expect(await flagged('The tanker made a change of course, and such checks are a matter of course.')).toEqual([])
  })

  it('gives first-person certainty in a Q&A interview to the interviewee', async () => {
    expect(await flagged('The talks will fail, and I am sure of it.')).toEqual(['hedge/booster: I am sure'])
    expect(await flagged('Do you expect a deal?\n\nThe talks will fail, and I am sure of it.')).toEqual([])
  })

  it('does not read a modal in a question as a guess', async () => {
    expect(await flagged('What could be the cause of the fire?')).toEqual([])
    expect(await flagged('The fire could be the cause of the outage.')).toEqual(['hedge/unsupported: could be the'])
  })

  it('treats "allegedly" as required wording anywhere in a crime story, not only next to the legal words', async () => {
    const story = 'Two men were charged with fraud on Monday.\n\nThe bank lost its records in March. The men allegedly forged 40 cheques.'
    expect(await flagged(story)).toEqual([])
    expect(await flagged('The bank lost its records in March. The men allegedly forged 40 cheques.')).toEqual(['hedge/unsupported: allegedly'])
  })

  it('does not count a comparison with someone’s view as attribution', async () => {
    expect(await flagged('Non-farm employment may not be as strong as the data suggests.')).toEqual(['hedge/unsupported: may not'])
    expect(await flagged('Prices rose faster than analysts expected and may rise further.')).toEqual(['hedge/unsupported: may rise'])
    expect(await flagged('As Putin said, the plan may fail.')).toEqual([])
    expect(await flagged('The plan may fail, as Putin said.')).toEqual([])
  })

  it('does not count an impersonal passive as attribution, and reads contracted cues', async () => {
    expect(await flagged("It can't be denied that the plan failed.")).toEqual(["hedge/booster: It can't be denied"])
    expect(await flagged("It's clear that the plan failed.")).toEqual(["hedge/booster: It's clear that"])
    expect(await flagged("It isn't clear whether the talks will resume.")).toEqual(["hedge/unsupported: It isn't clear whether"])
  })

  it('does not count a condition as attribution', async () => {
    expect(await flagged('It could be seen as a gesture, especially if Russia responds in kind.')).toEqual(['hedge/unsupported: could be seen as'])
  })
})

describe('hedge stage and foreign passages', () => {
  it('skips a paragraph or sentence the language stage marked as foreign', async () => {
    const {createPipeline} = await import('../src/pipeline.js')
    const {defaultConfig} = await import('../src/config.js')
    const {VFile} = await import('vfile')
    const {default: hedgeStage} = await import('../src/stages/hedge.js')
    const text = 'The strike was probably planned.\n\nThe plant will probably close. It may have been sabotaged.\n'
    const file = new VFile({value: text})
    file.data.format = 'markdown'
    const tree = createPipeline(defaultConfig()).parse(file)
    const [first, second] = tree.children as Array<{data?: Record<string, unknown>; children: Array<{type: string; data?: Record<string, unknown>}>}>
    first!.data = {...first!.data, lang: 'deu'}
    const sentences = second!.children.filter((child) => child.type === 'SentenceNode')
    sentences[1]!.data = {lang: 'fra'}
    hedgeStage(defaultConfig())(tree, file)
    expect(file.messages.map((message) => message.actual)).toEqual(['probably'])
    expect(file.messages[0]!.place).toMatchObject({start: {offset: text.indexOf('probably close')}})
  })
})

describe('boosters the writer adds (round 9)', () => {
  it('reads "is|was|can be" in a pattern as one word each: "there is little doubt", "there is no question that"', async () => {
    expect(await flagged('There is little doubt the sanctions will hurt exporters.')).toEqual(['hedge/booster: There is little doubt'])
    expect(await flagged('There is no question that the sanctions hurt exporters.')).toEqual(['hedge/booster: There is no question that'])
    expect(await flagged('It is well known that the sanctions hurt exporters.')).toEqual(['hedge/booster: It is well known that'])
  })

  it('flags certainty with an intensifier or without "that", and keeps weather and a plain "became clear"', async () => {
    expect(await flagged('It is now clear that the ministry misjudged the mood.')).toEqual(['hedge/booster: It is now clear that'])
    expect(await flagged('It’s clear the ministry misjudged the mood.')).toEqual(['hedge/booster: It’s clear'])
    expect(await flagged('It was clear and sunny over the capital on Monday.')).toEqual([])
    expect(await flagged('It became clear on Monday that the talks had failed.')).toEqual([])
  })

  it('flags "As we all know", "Naturally," and "will clearly" in the writer’s voice, not in a quotation', async () => {
    expect(await flagged('As we all know, the reform failed.')).toEqual(['hedge/booster: As we all know'])
    expect(await flagged('Naturally, the government wants to avoid another crisis.')).toEqual(['hedge/booster: Naturally'])
    expect(await flagged('The new tariffs will clearly hurt exporters.')).toEqual(['hedge/booster: clearly'])
    expect(await flagged('"As we all know, the reform failed," the minister said.')).toEqual([])
    expect(await flagged('Naturally occurring gas seeps were found near the site.')).toEqual([])
  })
  it('reads "clearly" of sight or layout as manner, not certainty', async () => {
    expect(await flagged('The damage was clearly visible from the road.')).toEqual([])
    expect(await flagged('The exits were clearly marked and the crowd left calmly.')).toEqual([])
    expect(await flagged('The move was clearly aimed at Beijing.')).toEqual(['hedge/booster: clearly'])
  })

  it('gives an opener to a source set off right after it ("Of course, he said, …")', async () => {
    expect(await flagged('Lavrov spoke on Monday. Of course, he said, the talks will go on.')).toEqual([])
    expect(await flagged('Lavrov spoke on Monday. Naturally, he said, the plan failed.')).toEqual([])
    // A longer clause before the source is the writer's framing, as before.
    expect(await flagged('Of course, the tragedy that Morozov writes about is partly a continuation of the civil war.')).toEqual(['hedge/booster: Of course'])
  })
})

describe('boosters: false findings and a lost one from the review of round 9', () => {
  it('asks for a clause after a zero-"that" "it is clear": the weather is no booster', async () => {
    expect(await flagged('It was clear this morning, but rain is expected by evening.')).toEqual([])
    expect(await flagged('It was clear the whole day in the capital.')).toEqual([])
    expect(await flagged('It’s clear the ministry misjudged the mood.')).toEqual(['hedge/booster: It’s clear'])
    expect(await flagged('It was clear they had lost.')).toEqual(['hedge/booster: It was clear'])
  })

  it('reads "will|would clearly" before a base form of sight or layout as manner, and "clearly set to" as certainty', async () => {
    expect(await flagged('From the tower, guards would clearly see anyone approaching.')).toEqual([])
    expect(await flagged('The new signs will clearly mark the exits.')).toEqual([])
    expect(await flagged('The law will clearly define who can vote.')).toEqual([])
    expect(await flagged('The party was clearly set to win the vote.')).toEqual(['hedge/booster: clearly'])
  })

  it('keeps a quotation that runs on into the next paragraph whole, scare quotes and all', async () => {
    const text = 'Petrov spoke to reporters on Monday. “The plan has failed.\n\nCertainly the so-called “reform” was a mistake, and we will clearly have to start again.” He left the room.'
    expect(await flagged(text, 'markdown')).toEqual([])
    // Without a quotation left open before it, the stray mark still reaches back only to the quotation closed in its sentence.
    expect(await flagged('Certainly the so-called “reform” was a mistake, and we will start again.” He left the room.')).toEqual(['hedge/booster: Certainly'])
  })
})

describe('a closing quotation mark with no opening one (round 10)', () => {
  it('leaves the writer’s sentence to the writer when a stray mark ends a word, not a quoted sentence or a speech', async () => {
    expect(await flagged('The ministry will probably cut the budget, and the reform is clearly doomed".')).toEqual(['hedge/unsupported: probably', 'hedge/booster: clearly'])
    expect(await flagged('Prices rose again in March. The central bank will probably raise rates as the “crisis” deepens”.')).toEqual(['hedge/unsupported: probably'])
    expect(await flagged('The plan has clearly failed" and the minister left.')).toEqual(['hedge/booster: clearly'])
  })

  it('still quotes back a sentence whose full stop stands inside the mark, or one a speech tag follows', async () => {
    expect(await flagged('But if it does not, the plan could fail by spring."')).toEqual([])
    expect(await flagged('The plan will certainly fail," Peskov told reporters.')).toEqual([])
    expect(await flagged('The plan will certainly fail", the Russian foreign minister said.')).toEqual([])
    expect(await flagged('The plan will certainly fail, "she said.')).toEqual([])
  })

  it('quotes a paragraph that closes a quotation run on from the one before, from its first sentence', async () => {
    const text = 'Petrov spoke on Monday. “The plan has failed.\n\nIt is clearly a mistake. We will probably start again.” He left.'
    expect(await flagged(text, 'markdown')).toEqual([])
    // Only up to the closing mark: what follows it is the writer's again.
    expect(await flagged('Petrov spoke on Monday. “The plan has failed.\n\nIt is a mistake.” The party will probably split.', 'markdown')).toEqual(['hedge/unsupported: probably'])
  })

  it('reads a straight quotation mark after a bracket as an opening one', async () => {
    expect(await flagged('The ore that is left (" the tailings ") will probably be reclaimed.')).toEqual(['hedge/unsupported: probably'])
  })
})

describe('boosters of everyone’s certainty (round 10)', () => {
  it('reads "No one can deny", "Few would dispute" as the writer’s certainty, not as a source that denies', async () => {
    expect(await flagged('No one can deny that the reform has failed.')).toEqual(['hedge/booster: No one can deny'])
    expect(await flagged('Nobody can deny that the reform has failed.')).toEqual(['hedge/booster: Nobody can deny'])
    expect(await flagged('Few would dispute that the reform has failed.')).toEqual(['hedge/booster: Few would dispute'])
    // "no" later in a speaker's tag does not unname the speaker, nor does a name that starts with "No" (Downing Street).
    expect(await flagged('The reform will certainly fail, says Petrov, no friend of the regime.')).toEqual([])
    expect(await flagged('No 10 said the talks would probably resume.')).toEqual([])
  })
})

describe('boosters: real findings the first review’s guards hid (second review of round 9)', () => {
  it('flags a zero-"that" "it is clear" before any clause, and only a time phrase makes it the weather', async () => {
    for (const [text, flag] of [
      ['It is clear the government lost control.', 'It is clear'],
      ['It is clear these measures work.', 'It is clear'],
      ['It is clear the voters want change.', 'It is clear'],
      ['It was clear the economy grew too slowly.', 'It was clear'],
      ['It is evident the minister lied.', 'It is evident'],
      ['There was little doubt the minister lied.', 'There was little doubt'],
      ['It is clear the prime minister, who took office in May, has failed.', 'It is clear'],
    ]) expect(await flagged(text!), text).toEqual([`hedge/booster: ${flag}`])
    expect(await flagged('It was clear the rest of the week in the north.')).toEqual([])
    expect(await flagged('It was clear this morning that the plan had failed.')).toEqual(['hedge/booster: It was clear'])
    expect(await flagged('It is clear the days of cheap gas are over.')).toEqual(['hedge/booster: It is clear'])
  })

  it('ends a quotation cut inside a sentence at its paragraph: the next paragraph is the writer’s', async () => {
    const cut = 'Critics called the plan “a disaster.\n\nClearly, the “reform” has failed, and the minister will probably resign as the “crisis” deepens”.'
    expect(await flagged(cut, 'markdown')).toEqual(['hedge/booster: Clearly', 'hedge/unsupported: probably'])
    const between = 'Critics called the plan “a disaster. He resigned on Monday.\n\nClearly, the “reform” has failed, and the minister will probably resign as the “crisis” deepens”.'
    expect(await flagged(between, 'markdown')).toEqual(['hedge/booster: Clearly', 'hedge/unsupported: probably'])
    // A statement opened after a colon still runs on.
    const statement = 'Petrov told reporters: “The plan has failed.\n\nCertainly the so-called “reform” was a mistake.” He left the room.'
    expect(await flagged(statement, 'markdown')).toEqual([])
    const tagged = 'Petrov said, “The plan has failed.\n\nCertainly the so-called “reform” was a mistake.” He left the room.'
    expect(await flagged(tagged, 'markdown')).toEqual([])
  })

  it('reads "will clearly mark" an event as the writer’s judgement, the exits as layout', async () => {
    expect(await flagged('The new law will clearly mark a turning point.')).toEqual(['hedge/booster: clearly'])
    expect(await flagged('The new signs will clearly mark the exits.')).toEqual([])
  })
})

describe('review of round 10', () => {
  it('leaves "deny" and "dispute" of legal power and "dispute resolution" alone, and keeps certainty that denies a clause', async () => {
    for (const text of [
      'The case has now moved beyond dispute resolution and into the courts.',
      'Under the new law the fine is final, and it cannot be disputed in court.',
      'Under the new rules, no one can deny a patient emergency care.',
      'Under the treaty, nobody can deny refugees the right to apply for asylum.',
      'No one can deny a patient emergency care.',
    ]) expect(await flagged(text), text).toEqual([])
    expect(await flagged('No one can deny that the plan failed.')).toEqual(['hedge/booster: No one can deny'])
    expect(await flagged('Nobody can deny it.')).toEqual(['hedge/booster: Nobody can deny'])
    expect(await flagged('The result of the vote is beyond dispute.')).toEqual(['hedge/booster: beyond dispute'])
    expect(await flagged('It cannot be disputed that the reform has failed.')).toEqual(['hedge/booster: It cannot be disputed'])
  })

  it('takes only a verb of saying before any conjunction for a speech tag after a stray closing mark', async () => {
    for (const tail of ['and the economy is expected to shrink.', 'while the government is expected to act.']) {
      const text = `Prices will undoubtedly rise this winter, leaving the system in crisis" ${tail}`
      expect(await flagged(text), text).toEqual(['hedge/booster: undoubtedly', 'hedge/unsupported: is expected to'])
    }
    for (const tail of ['as state subsidies run out.', 'after the comment period closed.']) {
      const text = `Prices will undoubtedly rise this winter, leaving the system in crisis" ${tail}`
      expect(await flagged(text), text).toEqual(['hedge/booster: undoubtedly'])
    }
    expect(await flagged('Prices will undoubtedly rise this winter," Peskov insisted.')).toEqual([])
    expect(await flagged('Prices will undoubtedly rise this winter", according to Peskov.')).toEqual([])
  })

  it('keeps a quotation whose closing mark comes in the next paragraph, without an opening mark there, the speaker’s', async () => {
    const text = 'Lavrov said: “The talks have failed. Prices will undoubtedly rise.\n\nThe economy will probably shrink, and the West is to blame”.\n'
    expect(await flagged(text, 'markdown')).toEqual([])
    // A quotation cut inside a sentence leaves the next paragraph, which opens a quotation of its own, to the writer.
    const cut = 'Lavrov called the plan “a disaster.\n\nPrices will undoubtedly rise, and the “reform” failed.\n'
    expect(await flagged(cut, 'markdown')).toEqual(['hedge/booster: undoubtedly'])
  })
})

describe('second review of round 10: certainty the legal-power guard hid', () => {
  it('keeps "deny" a booster unless it denies a person a thing or a law permits it with no clause after', async () => {
    for (const [text, cue] of [
      ['Nobody can deny the economy shrank.', 'Nobody can deny'],
      ['No one can deny Russia has lost the war.', 'No one can deny'],
      ['No one can deny Putin lied.', 'No one can deny'],
      ['No one can deny the scale of the disaster.', 'No one can deny'],
      ['Nobody could deny the success of the reform.', 'Nobody could deny'],
      ['Nobody can deny the obvious: the economy shrank.', 'Nobody can deny'],
      ['Few would deny the reform failed.', 'Few would deny'],
      ['Nobody can deny Moscow’s role in the war.', 'Nobody can deny'],
      ['Under the plan, no one can doubt that the reform will succeed.', 'no one can doubt'],
      ['Under the agreement, no one doubts that Russia will comply.', 'no one doubts that'],
      ['Under the ceasefire, nobody can deny that the shelling has stopped.', 'nobody can deny'],
    ] as const) expect(await flagged(text), text).toEqual([`hedge/booster: ${cue}`])
  })

  it('ends a run-on from a first closing mark only for a quotation that opened a statement', async () => {
    const text = 'The ministry called the plan “a disaster. Prices will certainly rise.\n\nPeskov said the plan was ”working”.\n'
    const {messages, file} = await claims(text, 'markdown')
    expect(messages.map((message) => `${message.ruleId}: ${message.actual}`)).toEqual(['booster: certainly'])
    // Named as the bundled style sheet writes the name.
    expect(file.data.sourcing!.named).toEqual(['Dmitry Peskov'])
  })
})

describe('third review of round 10: deny of a person, and a quotation run over two paragraphs', () => {
  it('reads "deny" of a person by pronoun, name or noun and then a thing as no certainty', async () => {
    for (const text of [
      'No one can deny her the right to see her children.',
      'No one can deny him the right to a lawyer.',
      'Nobody can deny us the right to defend our land.',
      'No one can deny them a fair trial.',
      'No one can deny Ukraine the right to self-defence.',
      'No one can deny the victims justice.',
      'Nobody can deny the president credit for the deal.',
      'No one can deny her access to the courts.',
      'No one can deny him justice.',
    ]) expect(await flagged(text), text).toEqual([])
    for (const [text, cue] of [
      ['No one can deny that the reform failed.', 'No one can deny'],
      ['Nobody can deny it.', 'Nobody can deny'],
      ['Nobody can deny the economy shrank.', 'Nobody can deny'],
      ['No one can deny the scale of the disaster.', 'No one can deny'],
      ['No one can deny her role in the war.', 'No one can deny'],
    ] as const) expect(await flagged(text), text).toEqual([`hedge/booster: ${cue}`])
  })

  it('goes on with a quotation opened after a speech verb whose closing mark ends the next paragraph', async () => {
    for (const text of [
      'Zakharova said that the decision is «a gross violation of international law.\n\nOf course, Moscow will respond to this».\n',
      'The minister said the economy was “in a difficult position.\n\nBut of course we will cope with it”.\n',
      'The report called the situation “catastrophic.\n\nClearly, the authorities were not prepared”.\n',
    ]) expect(await flagged(text, 'markdown'), text).toEqual([])
  })
})

describe('review of round 11: boosters that were manner, perception or confirmation', () => {
  it('flags "clearly" before a verb that judges, not one of manner or perception', async () => {
    for (const text of ['The minister clearly answered all the questions.', 'The author clearly distinguished fact from opinion.', 'Her voice clearly trembled as she spoke.', 'The border clearly followed the river.']) expect(await flagged(text), text).toEqual([])
    for (const text of ['Russia clearly violated the terms of the ceasefire agreement.', 'The government clearly failed to prepare for the floods.', 'He clearly lied about the money.', 'The ministry clearly underestimated the risk.', 'They clearly ignored the warnings.', 'The court clearly misjudged the case.', 'The report clearly exaggerated the threat.']) expect(await flagged(text), text).toEqual(['hedge/booster: clearly'])
  })

  it('flags "indeed so" only before what it grades', async () => {
    expect(await flagged('This is indeed so.')).toEqual([])
    expect(await flagged('The talks were indeed so difficult that they stopped.')).toEqual(['hedge/booster: indeed'])
  })
})

describe('review 12: boosters after the second fix round', () => {
  it('reads "indeed so" before a preposition as confirming, and "clearly" before abuse, fraud or bungling as a judgement', async () => {
    for (const text of ['It is indeed so in most cases.', 'This is indeed so for most families.']) expect(await flagged(text), text).toEqual([])
    expect(await flagged('The climb was indeed so difficult that few finished.')).toEqual(['hedge/booster: indeed'])
    for (const text of ['The minister clearly misrepresented the figures.', 'The government clearly rigged the vote.', 'The police clearly abused their powers.', 'The judge clearly overstepped his authority.']) expect(await flagged(text), text).toEqual(['hedge/booster: clearly'])
  })
})

describe('round 12: a claim attributed with "according to" as with "said"', () => {
  it('keeps the booster of a claim "according to" a body or a side as silent as with "said"', async () => {
    for (const text of [
      'According to the opposition, the minister clearly violated the law.',
      'The minister clearly violated the law, according to the opposition.',
      'The minister clearly violated the law, the opposition said.',
      'The tax will probably rise, according to the authorities.',
      'The tax will probably rise, the authorities said.',
    ]) expect(await flagged(text), text).toEqual([])
  })

  it('leaves a document’s or a plan’s "according to" to the writer (labelling guide, rule 4)', async () => {
    expect(await flagged('According to the new amendments, it appears that the tax will rise.')).toEqual(['hedge/unsupported: it appears that'])
    expect(await flagged('The deal will probably close according to plan.')).toEqual(['hedge/unsupported: probably'])
  })
})

describe('round 12b: review r14', () => {
  it('leaves a plan or a document a plural owner holds to the writer (item 3)', async () => {
    for (const [text, cue] of [
      ["According to the authorities' plan, the bridge will probably be finished in May.", 'hedge/unsupported: probably'],
      ['According to the authorities’ plan, the bridge will probably be finished in May.', 'hedge/unsupported: probably'],
      ["According to the rebels' map, the city is clearly under their control.", 'hedge/booster: clearly'],
    ] as const) expect(await flagged(text), text).toEqual([cue])
    // What a plural owner holds may be a body itself.
    expect(await flagged("According to the Taiwan authorities' financial affairs department, the fund will probably grow.")).toEqual([])
  })

  it('gives no claim to a body or a side the reader cannot identify, with "according to" or "said" (item 4)', async () => {
    for (const [text, cue] of [
      ['According to a bank, the rouble will probably fall.', 'hedge/unsupported: probably'],
      ['A bank said the rouble will probably fall.', 'hedge/unsupported: probably'],
      ['According to one family, the soldiers obviously looted the village.', 'hedge/booster: obviously'],
      ['Other rebels said the city was clearly under their control.', 'hedge/booster: clearly'],
    ] as const) expect(await flagged(text), text).toEqual([cue])
    for (const text of ['According to the bank, the rouble will probably fall.', 'The bank said the rouble will probably fall.', 'According to the family, the soldiers obviously looted the village.']) expect(await flagged(text), text).toEqual([])
  })

  it('reads "appeared to X to be" as seeming, and "appeared to X" alone as sight (item 5)', async () => {
    for (const text of ['The pilot appeared to this reporter to be exhausted.', 'The pilot appeared to the crowd to be exhausted.']) expect(await flagged(text), text).toEqual(['hedge/unsupported: appeared to'])
    for (const text of ['The Virgin Mary appeared to this shepherd in 1858.', 'The ghost appeared to the children at midnight.']) expect(await flagged(text), text).toEqual([])
  })
})

describe('round 12b: false alarms of the WMT zh→en audit', () => {
  it('reads "could" in a sentence set in the past by its opener as what was possible then', async () => {
    for (const text of ['Previously, customers had to visit every branch, but with the new app they could check all their accounts at once.', 'In the past, patients could wait months for a bed.']) expect(await flagged(text), text).toEqual([])
    // Not an adverb of a participle, nor "could be".
    expect(await flagged('Previously announced cuts could hit the budget next year.')).toEqual(['hedge/unsupported: could hit'])
    expect(await flagged('Previously, the plant could be closed by the regulator.')).toEqual(['hedge/unsupported: could be'])
  })
})

describe('documents identified by their author', () => {
  it('gives "according to a report by the World Bank" to the World Bank (labelling guide, rule 3), not a report by no one', async () => {
    for (const text of ['According to a report by the World Bank, growth will probably slow.', 'According to a study from Harvard University, the drug is probably safe.']) expect(await flagged(text), text).toEqual([])
    expect(await flagged('According to a report by local activists, the camp was probably closed.')).toEqual(['hedge/unsupported: probably'])
    expect(await flagged('According to a report, growth will probably slow.')).toEqual(['hedge/unsupported: probably'])
  })
})

describe('round 13: forecasts, their agents and the account they go on with', () => {
  it('gives a passive infinitive’s agent what is forecast, not the forecast; a finite passive still attributes', async () => {
    expect(await flagged('The results are likely to be confirmed by the ministry next week.')).toEqual(['hedge/unsupported: likely'])
    for (const text of ['The plant will probably close, as was reported by Reuters.', 'That the plant will probably close has been confirmed by the ministry.']) expect(await flagged(text), text).toEqual([])
  })

  it('reads "is expected to" after a source’s account with a tag as that source’s, not after a crowd or an unnamed source', async () => {
    expect(await flagged('The proceeds will be used to repay debt, the company said. The debt reduction is expected to save $2 million a year.')).toEqual([])
    expect(await flagged('The proceeds will be used to repay debt, analysts said. The debt reduction is expected to save $2 million a year.')).toEqual(['hedge/unsupported: is expected to', 'attribution/weasel: analysts said'])
    expect(await flagged('The proceeds will be used to repay debt, an official said. The debt reduction is expected to save $2 million a year.')).toEqual(['hedge/unsupported: is expected to', 'attribution/anonymous: an official said'])
  })
})

describe('round 13 review: a forecast goes on with the account only about the same thing (review r16)', () => {
  it('leaves a forecast about another subject, and a second forecast, to the writer', async () => {
    for (const text of ['Two men were arrested, a police spokesman said. The storm is expected to hit the coast on Friday.', 'Profit rose 10 percent, the company said. Shares are expected to open higher on Tuesday.', 'The two sides met on Monday, the ministry said. The talks are expected to fail.']) expect(await flagged(text), text).toEqual(['hedge/unsupported: ' + (text.includes('storm') ? 'is' : 'are') + ' expected to'])
    expect(await flagged('Sales fell 3 percent, the company said.\n\nThe decline is expected to continue, but the board is expected to approve the dividend.')).toEqual(['hedge/unsupported: is expected to', 'hedge/unsupported: is expected to'])
    expect(await flagged('Output at the mine rose to 25,000 ounces, the company said. It is expected to produce 60,000 ounces in 1987.')).toEqual([])
  })
})

describe('round 14: hedges and boosters inside quotations are the speaker’s (the closing note’s gap 5, probed)', () => {
  it('keeps curly single quotes with owners’ apostrophes, quotations over sentences and paragraphs, and a quoted opener', async () => {
    for (const text of [
      '‘The players’ union is clearly right and the owners’ offer is certainly too low,’ he said.',
      '“The talks will probably fail,” the minister said. “They could collapse by Friday. Clearly the other side is not serious.”',
      '"The talks," he said, "will probably fail. Clearly nobody planned for this."',
      '"Clearly the better team" was how Smith put it after the match.',
      '"It could be a disaster" — that was the minister\'s verdict.',
      '“Prices may rise” and “jobs could go,” the union warned.',
      '"The deal will probably collapse," Smith said. "The other side is clearly not serious.\n\n"They could walk away at any time. Certainly they have no plan."',
    ]) expect(await flagged(text), text).toEqual([])
  })
})

describe('round 15: cues cut by quotation marks (the closing note’s gap 5)', () => {
  it('judges a cue whose words run past a quotation mark as if the mark were not there', async () => {
    // Short single-quoted words are the writer's (src/claims/quotes.ts): the closing mark no longer hides the cue.
    expect(await flagged('The talks are \'expected\' to collapse before the summit.')).toEqual(['hedge/unsupported: are \'expected\' to'])
    expect(await flagged('The reform could be \'seen as\' a retreat by the government.')).toEqual(['hedge/unsupported: could be \'seen as\''])
    // A quoted verb after the writer's modal: the guess is the writer's.
    expect(await flagged('The merger could "reset" the whole industry.')).toEqual(['hedge/unsupported: could "reset"'])
    // The sentence's own full stop inside the closing mark (US style) leaves the fragment the writer's; a quoted sentence is not.
    expect(await flagged('The talks could "collapse."')).toEqual(['hedge/unsupported: could "collapse."'])
    expect(await flagged('The talks could "Collapse tomorrow."')).toEqual([])
    // An owner's apostrophe is no quotation mark: "analysts' forecast" is a noun phrase, not "analysts forecast".
    expect(await flagged('The analysts\' forecast was gloomy.')).toEqual([])
    expect(await flagged('The analysts forecast a gloomy year.')).toEqual(['attribution/weasel: analysts forecast'])
    // The example of the closing note: the hedge rests on the unnamed sources, found as before.
    expect(await flagged('Sources said the deal was "likely" to close next week.')).toEqual(['attribution/anonymous: Sources said'])
  })

  it('leaves a hedging or certain word inside the quotation marks, and a quotation split by its tag, to the speaker', async () => {
    for (const text of [
      '"It is clear," he said, "that the plan has failed."',
      '"There is no doubt," the minister said, "that the talks will fail."',
      '"Perhaps," she added, "we will win next time."',
      'The deal is "likely" to close next week.',
      'The talks are "expected" to collapse before the summit.',
      'It is "clear" that the plan has failed.',
      'The plan is without "doubt" a failure.',
      'He called the report "clearly biased".',
      'He called it "certainly the worst deal ever", Smith said.',
    ]) expect(await flagged(text), text).toEqual([])
  })
})

describe('round 16: the writer’s own hope, and doubt that the facts leave (Brown Corpus tuning half)', () => {
  it('flags facts that "left little doubt", and leaves a person’s stance made plain to that person', async () => {
    expect(await flagged('The committee’s questions to the bankers left little doubt that it will back the bill.')).toEqual(['hedge/booster: left little doubt that'])
    expect(await flagged('Two days of testimony have left no doubt that the contract was rigged.')).toEqual(['hedge/booster: left no doubt that'])
    expect(await flagged('The ruling left little doubt that the ban was unlawful.')).toEqual(['hedge/booster: left little doubt that'])
    for (const text of [
      'She left no doubt that she would run for a second term.',
      'The governor has left little doubt that he will veto the bill.',
      'The union’s leader, Jane Smith, left no doubt that the union would strike.',
      'The appeals court left no doubt that the ban was unlawful.',
      'Police left no doubt that the suspect had acted alone.',
      // A source in the sentence holds the judgement, as with every certainty phrase.
      'The vote left no doubt that the party was split, the analyst said.',
    ]) expect(await flagged(text), text).toEqual([])
  })

  it('reads "I certainly hope" as the writer’s hope, not a claim held certain', async () => {
    expect(await flagged('I certainly hope the council will listen this time.')).toEqual([])
    expect(await flagged('We truly wish the new mayor well.')).toEqual([])
    expect(await flagged('The mayor certainly hoped to win a second term.')).toEqual(['hedge/booster: certainly'])
    expect(await flagged('The council will certainly listen this time.')).toEqual(['hedge/booster: certainly'])
  })
})

describe('round 16: an aside that guesses, and "seems not"', () => {
  it('flags "most likely" set off by a comma, and keeps a ranked rate silent', async () => {
    expect(await flagged('The premier also planned to visit the gas company, most likely to discuss the unpaid bills.')).toEqual(['hedge/unsupported: likely'])
    expect(await flagged('Drivers under 25 are most likely to crash at night.')).toEqual([])
  })

  it('flags the writer’s "seems not"', async () => {
    expect(await flagged('The new law seems not to have slowed the rents.')).toEqual(['hedge/unsupported: seems not'])
    expect(await flagged('The square seemed not part of a free city.')).toEqual(['hedge/unsupported: seemed not'])
    // The speaker's, inside a quotation or with a named source.
    expect(await flagged('"The law seems not to work," the mayor said.')).toEqual([])
    expect(await flagged('The law seems not to have slowed the rents, the mayor said.')).toEqual([])
  })
})

describe('round 16: a sentence that opens by naming its subject', () => {
  it('reads "Called X, …" as a name given, not as X speaking', async () => {
    expect(await flagged('Called Perennian, the new range truly avoids the monotony of matching pieces.')).toEqual(['hedge/booster: truly'])
    expect(await flagged('Called Perennian, the range will probably sell well.')).toEqual(['hedge/unsupported: probably'])
    // A source later in the sentence, and a speaker after a quotation, still hold the claim.
    expect(await flagged('Called Perennian, the range will probably sell well, the designer said.')).toEqual([])
    expect(await flagged('"It will probably sell," called Smith from the stage.')).toEqual([])
  })
})

describe('round 23: a forecast with an adverb between the verb and "expected" (Reuters-21578 tuning half)', () => {
  it('flags "were also expected to", "is not expected to" in the writer’s voice', async () => {
    expect(await flagged('Heating oil stocks were also expected to build between 700,000 barrels and one mln from the 96 mln barrel level reported last week.')).toEqual(['hedge/unsupported: were also expected to'])
    expect(await flagged('Despite Moscow\'s presence, however, the bank is not expected to change its Vietnam policy.')).toEqual(['hedge/unsupported: is not expected to'])
  })

  it('leaves the informants’ forecast and a named account’s next forecast', async () => {
    expect(await flagged('Roasters are said to be well covered and are not expected to enter the market for larger purchases in the near term.')).not.toContain('hedge/unsupported: are not expected to')
    expect(await flagged('Ford is selling more of its expensive cars, Keller said. The credit unit is also expected to post improved earnings.')).toEqual([])
    expect(await flagged('In addition, Keller said, the company is selling more of its expensive model cars, which are more profitable. The non-automotive operations, including Ford Motor Credit, are also expected to post improved earnings this year.')).toEqual([])
    expect(await flagged('The stocks/usage ratio of seven major oils is also expected to decline, Mielke said.')).toEqual([])
  })
})

describe('round 23 second pass (unsupported): the writer\'s reading of a state or of a motive', () => {
  it('flags "appears fragile" and "in an apparent effort", not a person\'s look nor a place', async () => {
    // Blind review set (round 23) and the Reuters-21578 tuning half (story 10642).
    expect(await flagged('The ceasefire appears fragile, with both sides accusing each other of violations within hours of it taking effect.')).toContain('hedge/unsupported: appears fragile')
    expect(await flagged('In an apparent effort to prevent the chip dispute from spreading to other areas, MITI officials sought to depict the U.S. Action as a severe warning to Japanese semiconductor makers, not to the government.')).toContain('hedge/unsupported: In an apparent effort')
    for (const text of ['She seemed increasingly tired after the trip.', 'The island appears remote from the mainland.']) {
      expect((await flagged(text)).filter((finding) => finding.startsWith('hedge/unsupported')), text).toEqual([])
    }
  })
})

describe('round 23: a hedge inside the claim of unnamed sources (Reuters-21578 tuning half)', () => {
  it('leaves only the anonymous finding when the hedge or a passive "is believed|said to" sits in what the unnamed source said', async () => {
    expect(await flagged('An Agriculture committee aide acknowledged the proposal probably will not survive scrutiny by other House committees.')).toEqual(['attribution/anonymous: An Agriculture committee aide acknowledged'])
    expect(await flagged('Before the Paris talks, some Yugoslav officials had hinted that Yugoslavia could start to look to the Soviet Bloc for financial support if Belgrade failed to secure the necessary refinancing from western creditors.')).toEqual(['attribution/anonymous: officials had hinted'])
    expect(await flagged('Nazer is believed to be reviewing Saudi oil operations which could lead to a thorough overhaul in the way Saudi Arabia does business, the sources said.')).toEqual(['attribution/anonymous: the sources said'])
    expect(await flagged('The plant, which has been grown in Southern Texas, reaches a height of 10 feet in three months and is said to produce better quality newsprint than wood pulp, a CIP official said.')).toEqual(['attribution/anonymous: a CIP official said'])
    // A crowd's claim: its weasel finding alone.
    expect(await flagged('The Federal Reserve is not expected to intervene in the U.S. government securities market to add or drain reserves, economists said.')).toEqual(['attribution/weasel: economists said'])
    expect(await flagged('As the recent increase in roaster demand seems to have quieted today, dealers attributed the market\'s steadiness to a technical consolidation of the decline in the past few weeks.')).toContain('hedge/unsupported: seems to')
  })

  it('keeps the writer’s hedge after the claim, a passive whose subject only names the source, and a crowd’s "widely expected"', async () => {
    // Reworded from the sentence above: the writer's own clause after ", but".
    const own = await flagged('Before the Paris talks, some Yugoslav officials had hinted at a turn to the Soviet Bloc, but Belgrade could still secure the refinancing from western creditors.')
    expect(own.sort()).toEqual(['attribution/anonymous: officials had hinted', 'hedge/unsupported: could still'])
    expect(await flagged('And a recent statement by a Reagan administration official that the two men saw "exactly eye-to-eye" on the dollar was seen as an indication of Baker\'s support for the Fed chairman.')).toContain('attribution/weasel: was seen as')
    expect(await flagged('The collapse of the unity talks, widely expected to have heralded creation of a socialist, one-party state, was a major setback for the government, diplomats said.')).toContain('attribution/weasel: widely expected to')
  })
})

describe('eighteenth stop: a wire headline set in capitals (Reuters-21578 tuning half)', () => {
  it('reads the source of a headline in capitals as it reads it in sentence case', async () => {
    // Stories 9676, 13276, 2901: the headline's source ("SAYS", ", SUBROTO SAYS") holds its hedge.
    for (const text of ['ARGENTINA SAYS COULD FOLLOW BRAZILIAN DEBT MOVE', 'OIL MARKET LIKELY TO REMAIN STABLE, SUBROTO SAYS', 'LYNG SAYS EXPORT BONUS COULD BE FUNDED FROM CCC']) {
      expect(await flagged(text), text).toEqual([])
    }
    // A headline's own hedge is still the writer's (story 17886).
    expect(await flagged('JAPAN OIL INDUSTRY DECONTROL MAY LEAD TO MERGERS')).toEqual(['hedge/unsupported: MAY LEAD'])
  })
})

describe('eighteenth stop: a verb of saying after "and|but" (Reuters-21578 tuning half)', () => {
  it('gives the hedge in its clause to the sentence\'s speaker, not to the writer', async () => {
    // Stories 15840 and 19683.
    expect(await flagged('But at the Bank of Nova Scotia, deputy chief economist Warren Jestin was less optimistic about the U.S. outlook and said it could be a mistake to read too much into February\'s trade upturn.')).toEqual([])
    expect(await flagged('Enetertainment Marketing Inc and its president Elias Zinn have demanded a list of Crazy Eddie Inc shareholders from the company and said they may pursue a merger of the Edison, N.J. electronics retailer.')).toEqual([])
  })

  it('keeps it for a crowd\'s or an unnamed person\'s, and for a clause with a subject of its own', async () => {
    // Story 3397 (tuning half 6 labels it `weasel`; no crowd cue reads past "declined").
    expect(await flagged('Bankers declined to comment on today\'s meeting but said the panel\'s response could be crucial to the fate of the talks.')).toEqual(['hedge/unsupported: could be'])
    expect(await flagged('The minister left the meeting early and the talks could collapse.')).toEqual(['hedge/unsupported: could collapse'])
  })
})

describe('eighteenth stop: more verbs and nouns of a reported clause (Reuters-21578 tuning half)', () => {
  it('leaves the hedge after "signaled that", "stating that", "a proposal that" to its holder', async () => {
    // Stories 3534, 17070, 4491, 2072.
    for (const text of [
      'In addition, he signaled that the banks might want to reconsider the idea of a "megabank," where Third World debt would be pooled.',
      'The newspaper Tokyo Shimbun expressed another stream of opinion, stating that Nakasone might well get another year to deal with the unfinished and unpopular business of tax reform.',
      'Miller reiterated the president\'s budget proposal that the deficit could be reduced by a total of 42 billion dlrs through increased revenues and spending cuts.',
      'The MCI move signals its belief that ATT may raise profits rather than cut rates if deregulated.',
    ]) expect(await flagged(text), text).toEqual([])
  })

  it('keeps it after expectations with no holder', async () => {
    expect(await flagged('The move fueled expectations that the vote will likely be decided by party loyalty.')).toEqual(['hedge/unsupported: likely'])
  })
})

describe('eighteenth stop: a modal in an indirect question (Reuters-21578 tuning half)', () => {
  it('is not the writer\'s guess after a verb of saying or asking', async () => {
    // Stories 19525, 12662, 10078.
    for (const text of [
      'He declined to say how soon parliament might be dissolved.',
      'Bank of Montreal\'s Mulholland regretted Brazil\'s action but declined to discuss what action his bank might take.',
      'Another official declined to speculate under what circumstances BP might raise its bid.',
    ]) expect((await flagged(text)).filter((finding) => finding.startsWith('hedge/')), text).toEqual([])
  })

  it('stays one after not knowing, and in the writer\'s own clause', async () => {
    expect(await flagged('Nobody knows where the money went, but it probably went abroad.')).toEqual(['hedge/unsupported: probably'])
    expect(await flagged('I don\'t even know where - probably here.')).toEqual(['hedge/unsupported: probably'])
  })
})

describe('eighteenth stop: a short aside in brackets before the verb (Reuters-21578 tuning half)', () => {
  it('leaves the name before it as the subject', async () => {
    // Stories 959, 19065, 10911.
    for (const text of [
      'Daimler-Benz AG [DAIG.F] said its car production could fall by 150 cars a day in the foreseeable future.',
      'Thailand\'s major tin exporter and producer <Thailand Smelting and Refining Co> (Thaisarco) said it may be unable to meet all its overseas orders.',
      'Sen. Nancy Kassebaum (R-Kan.) said farm banks have been concerned that write-downs might reduce their capitalization.',
    ]) expect(await flagged(text), text).toEqual([])
  })

  it('does not name a source that is only a common noun, nor one that an unnamed person speaks for', async () => {
    // Nineteenth stop: not "said it may…", which a pronoun subject now gives to the sayer whoever it is.
    expect(await flagged('The company (Thaisarco) said the smelter may be unable to meet all its orders.')).toEqual(['hedge/unsupported: may be'])
    expect(await flagged('An official of the African National Congress (ANC) said the talks could fail.')).toEqual(['attribution/anonymous: An official of the African National Congress (ANC) said'])
  })
})

describe('eighteenth stop: a headline\'s source after a dash or a colon (Reuters-21578 tuning half)', () => {
  it('gives the hedge to a named source', async () => {
    // Stories 11167, 8725, 14928.
    for (const text of ['U.S. MAY DROP TARIFFS IF JAPAN OPENS UP - YEUTTER', 'GATT ROUND MAY STOP GROWING TRADE PROBLEMS: U.S.', 'NICKEL PRICES UNLIKELY TO RISE MUCH - SHEARSON']) {
      expect(await flagged(text), text).toEqual([])
    }
  })

  it('keeps it after a crowd, and in a sentence whose dash opens a clause', async () => {
    // The crowd's tag is itself flagged since round 24 (`weasel`); the hedge stays.
    expect(await flagged('OPEC MAY HAVE TO MEET TO FIRM PRICES - ANALYSTS')).toEqual(['hedge/unsupported: MAY HAVE', 'attribution/weasel: ANALYSTS'])
    expect(await flagged('The plan may fail - and the bank could lose.')).toEqual(['hedge/unsupported: may fail', 'hedge/unsupported: could lose'])
  })
})

describe('eighteenth stop: "likely", "probably" and modals going on with a tag\'s account (Reuters-21578 tuning half)', () => {
  it('leaves them to the source of the sentence before, as "expected to" is', async () => {
    // Stories 18987 and 20001.
    expect(await flagged('Activity has slowed, primarily reflecting an inventory adjustment, while unemployment has risen rapidly and inflation has reaccelerated, the OECD said. Unemployment is likely to reach 12 pct of the workforce by the end of 1988.')).toEqual([])
    expect(await flagged('Japanese investment at home could start to pick up once markets have stopped reacting to Wall Street, the managers said. The Tokyo yen bond market is likely to stabilise in one or two weeks.')).toEqual([])
  })

  it('keeps them after a sentence that names no one, or whose subject the account never spoke of', async () => {
    expect(await flagged('Activity has slowed while unemployment has risen rapidly. Unemployment is likely to reach 12 pct of the workforce by the end of 1988.')).toEqual(['hedge/unsupported: likely'])
    expect(await flagged('The company cut its dividend, a spokesman said. Shares could fall sharply on Monday.')).toEqual(['hedge/unsupported: could fall'])
  })
})

describe('last read of the eighteenth stop', () => {
  it('finds a crowd opening the sentence past an abbreviation inside it, and reads a colon in prose as no headline tag', async () => {
    expect(await flagged('Bankers in the U.S. declined to comment but said the response could be crucial.')).toEqual(['hedge/unsupported: could be'])
    expect(await flagged('Output could fall in two regions: Asia Pacific')).toEqual(['hedge/unsupported: could fall'])
    // A headline in capitals still gives its hedge to the name after its dash.
    expect(await flagged('U.S. MAY DROP TARIFFS IF JAPAN OPENS UP - YEUTTER')).toEqual([])
  })
})

describe('recall of issue 6: a name before "may" is no generic subject', () => {
  it('keeps "may" after a capitalised name inside the sentence (Brown tuning half: "a neutral Laos may have led")', async () => {
    expect(await flagged('U. S. willingness to accept a neutral Laos may have led Premier Khrushchev to act.')).toEqual(['hedge/unsupported: may have'])
    expect(await flagged('The United States may retaliate against Japan.')).toEqual(['hedge/unsupported: may retaliate'])
  })

  it('still reads a bare plural or "a practitioner" as generic, and a first word as a possible plural', async () => {
    expect(await flagged('Snakes may hiss when cornered.')).toEqual([])
    expect(await flagged('In rare cases a practitioner may refuse treatment.')).toEqual([])
    expect(await flagged('Clinicians may resist the new rules.')).toEqual([])
    // A capitalised class of people the dictionary knows, with no "the": generic (WikiWeasel train's permission "may").
    expect(await flagged('In camp, Scouts may build tables and gateways.')).toEqual([])
    expect(await flagged('Lawful Permanent Residents may submit their applications 90 days early.')).toEqual([])
  })
})

describe('recall of issue 6: a quantity before "may" and a verb of change is a forecast, not a generic subject', () => {
  it('flags the writer\'s forecast of a bare plural quantity (Reuters-21578 r5241 has "Rates could ease further in trading today")', async () => {
    expect(await flagged('Oil prices may rise next year.')).toEqual(['hedge/unsupported: may rise'])
    expect(await flagged('Rates may ease further in trading today but dealers expect them to rise later in the week.')).toEqual(['hedge/unsupported: may ease', 'attribution/weasel: dealers expect'])
    // One adverb between the modal and the verb.
    expect(await flagged('Coffee exports may slowly recover in the second half.')).toEqual(['hedge/unsupported: may slowly'])
  })

  it('keeps an offer\'s terms, a rule, a named source\'s forecast and a habit silent', async () => {
    expect(await flagged('Shares may be bought at 10 dlrs each under the offer.')).toEqual([])
    expect(await flagged('Exports may be licensed by the ministry.')).toEqual([])
    expect(await flagged('Imports may not exceed 100,000 tonnes a year under the quota.')).toEqual([])
    // Reuters-21578 r4944: the economist's forecast.
    expect(await flagged('Slifer said import prices may rise further as manufacturers\' contracts put in place before the dollar dropped to current levels expire, and new contracts are made.')).toEqual([])
    expect(await flagged('Oil prices may rise next year, the minister said.')).toEqual([])
    expect(await flagged('Vegetable prices may rise when frost hits the crop.')).toEqual([])
    expect(await flagged('Snakes may hiss when cornered.')).toEqual([])
  })

  it('reads a hedge in the clause of someone\'s "concern that" as theirs, as "concerns that" (Reuters-21578 r20504, r14461)', async () => {
    // The traders' concern is a trade crowd's view (`weasel`, round 24); the hedge in its clause is theirs, not the writer's.
    expect(await flagged('Traders expressed concern that further volatility caused by futures might threaten the financial health of other Wall Street firms.')).toEqual(['attribution/weasel: Traders expressed concern'])
    expect(await flagged('Pressure reflected declines in financial futures, which prompted concern that interest rates may rise, and private reports of further weakness in cash product.')).toEqual(['attribution/anonymous: private reports of'])
    // No clause of the noun: the writer's.
    expect(await flagged('Investor concern is that the bank could run out of cash.')).toEqual(['hedge/unsupported: could run'])
  })
})

describe('recall of issue 6: "apparently referring to" after a tag is the writer\'s gloss', () => {
  it('keeps "apparently" before a participle that glosses the source\'s words (Reuters-21578 r16607)', async () => {
    const text = '"The sources believed a return of oil below 18 dlrs a barrel may open the doors for international oil companies to pressure OPEC over contract prices, similar to the struggle last March," it said, apparently referring to resistance by buyers to lift from Qatar unless it gave price discounts.'
    expect(await flagged(text)).toEqual(['hedge/unsupported: apparently'])
  })

  it('leaves "apparently" in the claim, or with no gloss after it, to the source', async () => {
    expect(await flagged('He said the company, apparently worried by losses, would sell the unit.')).toEqual([])
    expect(await flagged('He said prices would rise, apparently in response to the cut.')).toEqual([])
  })
})

describe('nineteenth stop: a belief, feeling or wish holds its clause (Brown press tuning half, whole samples)', () => {
  it('leaves a modal after "convinced|felt|feel|hope|pray that" to the one who holds it', async () => {
    // Shaped on Brown ca34, ca44, cb19, cb21.
    for (const text of [
      'But the president had become convinced that a personal meeting with the premier might be the only way to prevent a war.',
      'The president and his advisers felt that the time might have come to warn the premier against a grave mistake.',
      'A large city library, surrounded by smaller ones, may feel that the demands on its books are likely to be too great.',
      'Having led the world into this arms race I pray that we may have the courage to lead it out again.',
      'It is too much to hope that the budget may be balanced this year.',
    ]) expect(await flagged(text), text).toEqual([])
  })

  it('keeps the writer\'s own guess after a clause of feeling has ended', async () => {
    expect(await flagged('The President felt strongly about it, and the talks may collapse.')).toEqual(['hedge/unsupported: may collapse'])
  })
})

describe('nineteenth stop: "and" inside the subject of a reported clause (Brown press tuning half, whole samples)', () => {
  it('reads past "and" joining the clause\'s nouns to the verb of hoping', async () => {
    // Shaped on Brown cb27.
    expect(await flagged('We hoped that its instructors and students might be put on a reserve list and called back for training each year.')).toEqual([])
  })

  it('stops at "and" after the clause has its verb', async () => {
    expect(await flagged('We hoped that the dam was safe and the town could be spared.')).toEqual(['hedge/unsupported: could be'])
  })
})

describe('nineteenth stop: a held view before "is that" (Reuters-21578 tuning half)', () => {
  it('leaves the hedge to the hope or concern of a named holder', async () => {
    // Story 10501.
    expect(await flagged('The American concern was that the advanced technology might fall into the hands of the Soviet Union, which is India\'s main weapons supplier.')).toEqual([])
    expect(await flagged('The company\'s hope is that the new plant may open next year.')).toEqual([])
  })

  it('keeps it when no one holds the view', async () => {
    expect(await flagged('The concern is that the advanced technology might fall into the wrong hands.')).toEqual(['hedge/unsupported: might fall'])
  })
})

describe('nineteenth stop: an aside set off by commas inside a reported clause (Brown press and FactBank tuning halves)', () => {
  it('steps over an aside after "that", and keeps a hedge that opens an aside inside the clause', async () => {
    // Shaped on Brown ca04 and a FactBank tuning sentence labelled 0.
    expect(await flagged('But the envoy hastened to add that, if the policy was not always clear, despite the minister\'s long speech, this may merely mean the new government has not yet fixed it.')).toEqual([])
    expect(await flagged('The party\'s hope is that someone from within its ranks, perhaps from the youth wing, will step forward and replace the leader.')).toEqual([])
  })

  it('keeps the writer\'s aside when no reported clause holds it', async () => {
    expect(await flagged('The bank raised rates on Monday, perhaps the last rise this year, and shares fell.')).toEqual(['hedge/unsupported: perhaps'])
    expect(await flagged('The hope is that someone from within the party, perhaps from the youth wing, will step forward.')).toEqual(['hedge/unsupported: perhaps'])
  })
})

describe('nineteenth stop: a look someone wants to give (Brown press tuning half)', () => {
  it('is their aim, not the writer\'s impression', async () => {
    // Shaped on Brown ca34.
    expect(await flagged('Above all, the president did not want to appear to be running hat in hand to the Kremlin.')).toEqual([])
    expect(await flagged('The president appeared to be running out of patience.')).toEqual(['hedge/unsupported: appeared to be'])
  })
})

describe('nineteenth stop: a person who suggests proposes or says (Brown press tuning half)', () => {
  it('is no inference of the writer\'s', async () => {
    // Shaped on Brown cb17.
    expect(await flagged('I would like to suggest that the landlords and the commissioners get together and consider the rule.')).toEqual([])
    expect(await flagged('The speaker suggested that the city would not recover from such an attack for decades.')).toEqual([])
  })

  it('keeps a thing that suggests', async () => {
    expect(await flagged('The rise in orders suggests that the economy is recovering.')).toEqual(['hedge/unsupported: suggests that'])
  })
})

describe('nineteenth stop: "may be forgiven|pardoned for" (Brown press tuning half)', () => {
  it('is a set phrase, and a pardon to come is still a guess', async () => {
    // Shaped on Brown ca36.
    expect(await flagged('If workers are treated as mere commodities, they may be pardoned for reacting with hostility.')).toEqual([])
    expect(await flagged('Readers of the report could be excused for thinking the crisis is over.')).toEqual([])
    expect(await flagged('The former governor may be pardoned by the president next month.')).toEqual(['hedge/unsupported: may be'])
  })
})

describe('nineteenth stop: a hedge inside an illusion (Brown press tuning half)', () => {
  it('belongs to those who hold the false belief', async () => {
    // Shaped on Brown ca34.
    expect(await flagged('He did not want the effort weakened by any illusion that a summit might make it unnecessary.')).toEqual([])
    expect(await flagged('He did not want the effort weakened, and a summit might make it unnecessary.')).toEqual(['hedge/unsupported: might make'])
  })
})

describe('nineteenth stop: a limit set by a superlative (Brown press tuning half)', () => {
  it('is no guess when the modal has a subject of its own after the bound', async () => {
    // Shaped on Brown ca02.
    expect(await flagged('The bill would raise the maximum loan the state could make to a local water project.')).toEqual([])
    expect(await flagged('It was the best the council could do.')).toEqual([])
  })

  it('keeps a guess whose subject the superlative opens', async () => {
    expect(await flagged('The largest bank in the country could fail.')).toEqual(['hedge/unsupported: could fail'])
    expect(await flagged('The most popular candidate could win the seat.')).toEqual(['hedge/unsupported: could win'])
  })
})

describe('nineteenth stop: "could" before perceiving a clause (Brown press tuning half)', () => {
  it('tells what someone was able to see, not a guess', async () => {
    // Shaped on Brown ca38.
    expect(await flagged('He could read on the scoreboard that his rival was leading him by a stroke.')).toEqual([])
  })

  it('keeps a forecast whose object has a relative clause', async () => {
    expect(await flagged('The court could hear the appeal that was filed on Monday.')).toEqual(['hedge/unsupported: could hear'])
  })
})

describe('nineteenth stop: a reason clause after "since" (Brown press tuning half)', () => {
  it('is no guess, as after "because"', async () => {
    // Shaped on a Brown tuning sentence labelled 0 (cb17).
    expect(await flagged('Since two of them could be trustees of the board, the consent of one elected official would be enough.')).toEqual([])
  })

  it('keeps the guess after the adverb "since"', async () => {
    // Reuters-21578 tuning half, story 9521.
    expect(await flagged('The state of the crop continued to be good in general until last week but intense, heavy rains since could have caused damage in areas where rainfall was higher than 100 mm.')).toEqual(['hedge/unsupported: could have'])
  })
})

describe('nineteenth stop: "possibly" after "can|could" in a question (Brown press tuning half)', () => {
  it('is an intensifier, also before the 1961 text\'s "??"', async () => {
    // Shaped on Brown cb10.
    expect(await flagged('Where can that improvement possibly come from?')).toEqual([])
    expect(await flagged('How could the club possibly win the pennant??')).toEqual([])
  })

  it('keeps "possibly" in a statement', async () => {
    expect(await flagged('The improvement will possibly come from the bullpen.')).toEqual(['hedge/unsupported: possibly'])
  })
})

describe('nineteenth stop: a modal in a question closed by "??" (Brown press tuning half)', () => {
  it('asks, as before "?"', async () => {
    // Shaped on Brown ca36.
    expect(await flagged('What other purpose could a striking union have but to stop the flow of goods??')).toEqual([])
    expect(await flagged('The question might be asked: "Don\'t the managers know these facts?? Why did they do it??"')).toEqual([])
  })

  it('keeps a concession stated before the question, after a comma', async () => {
    expect(await flagged('I grant that the dog may not be really protective, but how quick would you be to attack a person walking one??')).toEqual(['hedge/unsupported: may not'])
  })

  it('leaves every cue of a question closed by "?" alone, commas or not, as before', async () => {
    expect(await flagged('Who might gain, and who might lose?')).toEqual([])
  })
})

describe('nineteenth stop: a relative "that" on "any|every|each" (Brown press tuning half)', () => {
  it('tells a kind of thing, not a guess', async () => {
    // Shaped on Brown ca42.
    expect(await flagged('The senators grumble about the food even while they oppose every move that might improve it.')).toEqual([])
  })

  it('keeps a guess after "that" on a particular noun', async () => {
    expect(await flagged('The senators oppose the plan that might cut costs.')).toEqual(['hedge/unsupported: might cut'])
  })
})

describe('precision of issue 6: "could have used some" is a set phrase', () => {
  it('leaves "could have used some|more" and "could have done with" alone (FactBank tuning documents; labelling guide, round 4)', async () => {
    expect(await flagged('The city could have used some special protection in 1979 when the army marched in.')).toEqual([])
    expect(await flagged('The harvest could have done with more rain in May.')).toEqual([])
  })

  it('keeps "could have used" with the means of a deed, a guess at how it was done', async () => {
    expect(await flagged('The burglars could have used a ladder to reach the window.')).toEqual(['hedge/unsupported: could have'])
  })
})

describe('precision of issue 6: a source inside a reason clause after the hedge', () => {
  it('keeps the writer\'s forecast before "because <source> <verb>" (Reuters-21578 r2508)', async () => {
    expect(await flagged('A broader plan might be revived later because both the Congressional Budget Office and the government estimate it would save money.')).toEqual(['hedge/unsupported: might be'])
  })

  it('leaves a tag after "because of …," and a source before the hedge to their source', async () => {
    expect(await flagged('Prices may rise because of demand, the company said.')).toEqual([])
    expect(await flagged('The company said prices may rise because demand is strong.')).toEqual([])
  })
})

describe('precision of issue 6: "the administration" is a source as "the government" is', () => {
  it('leaves a hedge in what the administration knows or says to it (FactBank tuning documents)', async () => {
    expect(await flagged('If the rebels choose a war of nerves, the Biden administration knows a long stalemate could try the patience of the public.')).toEqual([])
    expect(await flagged('The administration believes the sanctions could take months to bite.')).toEqual([])
  })
})

describe('precision of issue 6: the verb "alleged" names its accuser', () => {
  it('leaves "X alleged (that)…" and "alleged by X to…" to the accuser (3,021 Reuters stories: r10798, r9230, r8130)', async () => {
    expect(await flagged('Workers alleged GM violated their contract by assigning work to outside companies.')).toEqual([])
    expect(await flagged('Dart, in its previous letter, had alleged that the executives were seeking millions of dollars.')).toEqual([])
    expect(await flagged('The shares were seized from the bank, alleged by the government to be linked with the former president.')).toEqual([])
  })

  it('keeps the adjective, which hides the accuser', async () => {
    expect(await flagged('The tariffs punish the country for its alleged failure to honour the pact.')).toEqual(['hedge/unsupported: alleged'])
  })
})

describe('precision of issue 6: "could give no details" is ability denied', () => {
  it('leaves "could give|see no…" alone (3,021 Reuters stories: r5513)', async () => {
    expect(await flagged('The sources could give no further details of the options under study.')).toEqual([])
    expect(await flagged('The regulator could see no reason to block the merger.')).toEqual([])
  })

  it('keeps "could mean no…", a forecast', async () => {
    expect(await flagged('The slowdown could mean no rate cut this year.')).toEqual(['hedge/unsupported: could mean'])
  })
})

describe('precision of issue 6: a question someone would not elaborate on', () => {
  it('leaves "did not elaborate on what … might" alone (3,021 Reuters stories: r3868)', async () => {
    expect(await flagged('It did not elaborate on what common share dividends might be paid.')).toEqual([])
  })
})

describe('precision of issue 6: a hedge inside a warning someone gave', () => {
  it('leaves "a warning from X that … could" to X (3,021 Reuters stories: r10036)', async () => {
    expect(await flagged('Following a warning from the officially-backed unions that sharp price hikes could spark confrontation, the government agreed to smaller rises.')).toEqual([])
  })
})

describe('precision of issue 6: a time adverb between a named source and its verb', () => {
  it('reads "Gemcraft originally estimated" as Gemcraft\'s estimate (3,021 Reuters stories: r19363)', async () => {
    expect(await flagged('Gemcraft originally estimated its portion of trading losses could total as much as 600,000 dlrs.')).toEqual([])
    expect(await flagged('The insurer subsequently estimated its storm claims could reach $2 billion.')).toEqual([])
  })
})

describe('precision of issue 6: a forecast after a tagged forecast goes on with it', () => {
  it('leaves the next forecast to the source whatever its subject (3,021 Reuters stories: r7222, r15551, r20243)', async () => {
    const text = 'French household consumption is likely to grow by just 1.1 pct this year and 1.5 pct in 1988, it added.\n\nIndustrial investment is expected to rise by 4.3 pct this year and 5.5 pct in 1988.'
    expect(await flagged(text)).toEqual([])
  })

  it('keeps a forecast after a tagged account that forecast nothing (review r16, hidden 1)', async () => {
    const text = 'The company sold its chemicals unit for $2 billion, the company said.\n\nShares are expected to open higher.'
    expect(await flagged(text)).toEqual(['hedge/unsupported: are expected to'])
  })
})

describe('precision of issue 6: a "that"-less clause after a verb of hoping, fearing or saying', () => {
  it('leaves the hedge to the hoper or fearer (3,021 Reuters stories: r1085, r15043, r18507)', async () => {
    expect(await flagged('Earlier supporters of the coffee bill hoped it could be passed by Congress quickly.')).toEqual([])
    expect(await flagged('The crop is showing excessive moisture and producers fear they may discover more damage.')).toEqual([])
  })

  it('keeps the writer\'s first-person "I think it could"', async () => {
    expect(await flagged('I think it could rain tomorrow.')).toEqual(['hedge/unsupported: could rain'])
  })
})

describe('precision of issue 6: "reminded" says what it reminds of', () => {
  it('gives the hedge to a named source who reminded an audience (3,021 Reuters stories: r17202, r17307)', async () => {
    expect(await flagged('Trade Representative Clayton Yeutter reminded the news conference that such meetings could lead to action only perhaps years later.')).toEqual([])
  })
})

describe('precision of issue 6: the one who punishes for an alleged deed accuses', () => {
  it('leaves "imposed tariffs … for its alleged failure" to the punisher (Reuters-21578 tune4 label; 3,021 Reuters stories)', async () => {
    expect(await flagged('It also came one day after the Economic Policy Council decided to take retaliatory action against Japan for its alleged failure to live up to a trade agreement.')).toEqual([])
    expect(await flagged('Washington imposed the tariffs because of Japan\'s alleged failure to uphold the agreement.')).toEqual([])
  })
})

describe('precision of issue 6: "it" after a document that spoke', () => {
  it('gives "It suggested that…" to the report named as the source of the sentence before (3,021 Reuters stories: r17185)', async () => {
    expect(await flagged('The report said wage moderation was central to growth in Sweden. It suggested that wage talks should be partly centralised.')).toEqual([])
  })

  it('keeps "It suggested that…" after a sentence with no source', async () => {
    expect(await flagged('Wage moderation was central to growth in Sweden. It suggested that wage talks should be partly centralised.')).toEqual(['hedge/unsupported: suggested that'])
  })
})

describe('nineteenth stop, review: the new guards stay narrow on modern news', () => {
  it('keeps guesses the guards must not take', async () => {
    const cases: Array<[string, string]> = [
      // "fear" and "hope" as nouns, and "I|we" a word or two before the verb.
      ['There is a fear it could spread to other lenders.', 'hedge/unsupported: could spread'],
      ['I really think it could be a turning point for the city.', 'hedge/unsupported: could be a'],
      // A capital that only opens the sentence holds no view.
      ['Investor concern is that the bank could run out of cash.', 'hedge/unsupported: could run'],
      // A passive punishment, or a first word that is no name, hides the accuser.
      ['Sanctions were imposed on Russia over its alleged role in the hacking campaign.', 'hedge/unsupported: alleged'],
      ['Shoppers boycotted the brand for its alleged use of forced labour.', 'hedge/unsupported: alleged'],
      // "since" as a preposition inside commas; "anyone" who is no notice's reader; "reach no" is a forecast.
      ['Mortgage rates, up sharply since March, could climb further this winter.', 'hedge/unsupported: could climb'],
      ['Anyone holding the bonds could lose up to 40 percent of their money.', 'hedge/unsupported: could lose'],
      ['The talks could reach no agreement before the deadline on Friday.', 'hedge/unsupported: could reach'],
      // After a source's forecast, the market's is still the writer's.
      ['Profit is expected to rise 10 percent this year, the company said. Shares are expected to open higher on Monday.', 'hedge/unsupported: are expected to'],
      // "extraordinary" before a loss or profit with no amount is the writer's wonder.
      ['The pandemic caused an extraordinary loss of life in care homes.', 'style/editorializing: extraordinary'],
      ['Oil companies made extraordinary profits from the war.', 'style/editorializing: extraordinary'],
    ]
    for (const [text, finding] of cases) expect(await flagged(text), text).toEqual([finding])
  })

  it('still leaves the cases the guards were written for', async () => {
    expect(await flagged('Washington imposed tariffs on Japan over its alleged dumping of chips.')).toEqual([])
    expect(await flagged('The company booked an extraordinary gain of 2.1 mln dlrs.')).toEqual([])
    expect(await flagged('The 60.7 mln dlr extraordinary gain reflected a profit on the sale of the mine.')).toEqual([])
    expect(await flagged('Net profit rose on a fall in extraordinary costs.')).toEqual([])
    expect(await flagged('Anyone interested in attending the meeting may make reservations with the library.')).toEqual([])
  })
})

describe('a finding across Markdown emphasis (summary fixes, twentieth stop)', () => {
  it('takes each marker inside its span with its partner', async () => {
    expect(await flagged('The strike *appears* to be aimed at the port.', 'markdown')).toEqual(['hedge/unsupported: *appears* to be'])
    expect(await flagged('In a *surprising turn* of events, the deal failed.', 'markdown')).toEqual(['style/editorializing: In a *surprising turn* of events'])
  })
})

describe('a finding across HTML inline elements (html spans, twentieth stop)', () => {
  it('takes each tag inside its span with its partner', async () => {
    expect(await flagged('<p>The strike <em>appears</em> to be aimed at the port.</p>', 'html')).toEqual(['hedge/unsupported: <em>appears</em> to be'])
  })
})

describe('twenty-second stop: a participle "expected to" with no one expecting', () => {
  it('flags the forecast after a comma, "been", or on a noun a preposition opens', async () => {
    // Reuters-21578 tuning half (r3524, r17947, r19292, r8746, paraphrased).
    expect(await flagged('Liquidity will tighten further after the rise in reserve requirements, expected to absorb 200 billion pesetas.')).toEqual(['hedge/unsupported: expected to'])
    expect(await flagged('The government is due to present a supplementary budget during a special session of parliament expected to open in July.')).toEqual(['hedge/unsupported: expected to'])
    expect(await flagged('Merck is 18 months ahead of Squibb with a drug expected to be approved this year.')).toEqual(['hedge/unsupported: expected to'])
    expect(await flagged('Some of the slowness of the fourth quarter had been expected to spill over into the first quarter.')).toEqual(['hedge/unsupported: expected to'])
  })

  it('leaves "expected to" that has its own subject, and the forecast a tag credits', async () => {
    expect(await flagged('The country expected to launch up to 120 mln dlrs in floating rate notes.')).toEqual([])
    expect(await flagged('Shareholders in the company expected to receive the payment in May.')).toEqual([])
    expect(await flagged('Liquidity will tighten after the rise in reserve requirements, expected to absorb 200 billion pesetas, the central bank said.')).toEqual([])
  })
})

describe('twenty-second stop: an event "is expected" at a time', () => {
  it('flags the present forecast before a time or from someone', async () => {
    // Reuters-21578 tuning half (r11176, r4809, r20441, r4674, paraphrased).
    expect(await flagged('The passage of the budget is expected in late May.')).toEqual(['hedge/unsupported: is expected'])
    expect(await flagged("No change in the government's attitude is expected before the next general election.")).toEqual(['hedge/unsupported: is expected'])
    expect(await flagged('A ruling on the trade complaint is expected by the end of the year.')).toEqual(['hedge/unsupported: is expected'])
    expect(await flagged('A mix of boldness and caution is expected from the chancellor next week.')).toEqual(['hedge/unsupported: is expected'])
  })

  it('leaves a past expectation, a place after "in", an agent after "by" and a tagged forecast', async () => {
    expect(await flagged('The package was expected in April, but the debate has been delayed.')).toEqual([])
    expect(await flagged('Increases are expected in some Eastern European nations.')).toEqual([])
    expect(await flagged('A deficit of one billion dlrs is expected by one house active in the sector.')).toEqual([])
    expect(await flagged('A ruling is expected by the end of the year, the ministry said.')).toEqual([])
  })
})

describe('twenty-second stop: an adverb between "appear|seem" and "to"', () => {
  it('flags the impression whatever adverb stands between', async () => {
    // Reuters-21578 tuning half (r4953, r9946, r10780, r965, r9784, paraphrased).
    expect(await flagged('The threat of a stoppage by oil workers appeared today to be receding.')).toEqual(['hedge/unsupported: appeared today to'])
    expect(await flagged('Recent intervention by the central bank appeared mainly to have been needed for year-end demand.')).toEqual(['hedge/unsupported: appeared mainly to'])
    expect(await flagged('Top U.S. officials appear once again to have signaled their tolerance of a lower dollar.')).toEqual(['hedge/unsupported: appear once again to'])
    expect(await flagged('The two men seem only to differ on how far to deregulate the banks.')).toEqual(['hedge/unsupported: seem only to'])
    expect(await flagged('But sentiment now looks to have turned about again.')).toEqual(['hedge/unsupported: looks to have'])
  })

  it('leaves a sight, an aim, and an impression a tag credits', async () => {
    expect(await flagged('The singer appeared briefly to the crowd before the show.')).toEqual([])
    expect(await flagged('Ford looks to expand its truck plant next year.')).toEqual([])
    expect(await flagged('The threat of a strike appeared today to be receding, union president Joao Silva said.')).toEqual([])
  })
})

describe('twenty-second stop: the open question with any question word, "uncertain", "unknown" or an adverb', () => {
  it('flags the writer\'s open question', async () => {
    // Reuters-21578 tuning half (r12999, r20772, r5386, r9172, r18923, paraphrased).
    expect(await flagged('No details were given about the new plant and it was not clear where it would be built.')).toEqual(['hedge/unsupported: it was not clear where'])
    expect(await flagged('It is still unclear how many institutions will seek membership of the exchange.')).toEqual(['hedge/unsupported: It is still unclear how'])
    expect(await flagged('It was uncertain whether the court would reach any decision on the request today.')).toEqual(['hedge/unsupported: It was uncertain whether'])
    expect(await flagged('Ulcers happen when the stomach lining erodes, but it is unknown what actually causes the process.')).toEqual(['hedge/unsupported: it is unknown what'])
  })

  it('leaves the open question a source states', async () => {
    expect(await flagged('It was not clear where the plant would be built, the company said.')).toEqual([])
    expect(await flagged('Smith said it was uncertain whether the court would decide today.')).toEqual([])
  })
})

describe('review of round 24 on modern copy: appearing, looking and being expected in their other senses', () => {
  it('leaves "appear" for showing up, "look to have" for an aim and "is expected" for what is required', async () => {
    expect(await flagged('The defendant appeared briefly to enter a plea of not guilty.')).toEqual([])
    expect(await flagged('The president appeared virtually to address the climate summit on Monday.')).toEqual([])
    expect(await flagged('Retailers look to have stores fully staffed before Black Friday.')).toEqual([])
    expect(await flagged('Payment is expected at the time of booking.')).toEqual([])
    expect(await flagged('Applicants are expected at the test centre at 8 a.m. on Saturday.')).toEqual([])
  })

  it('still flags the writer\'s impression and forecast', async () => {
    expect(await flagged('The ceasefire appears largely to be holding.')).toEqual(['hedge/unsupported: appears largely to'])
    expect(await flagged('The rally looks to have stalled.')).toEqual(['hedge/unsupported: looks to have'])
    expect(await flagged('A ruling is expected on Thursday.')).toEqual(['hedge/unsupported: is expected'])
  })
})

describe('round 25: an effect the writer foresees in a relative "which" clause', () => {
  it('flags "which may|might|could" before a verb of consequence', async () => {
    // Brown press tuning half (cb26, cb27, cb10) and Reuters-21578 tuning half (r4906, r15556).
    expect(await flagged('It is this loss of initiative in how we conduct our economy which may lead to the loss of initiative in how we conduct our political affairs.')).toEqual(['hedge/unsupported: may lead'])
    expect(await flagged('To the unfortunate people unable to attend the lectures it casts an unjustifiable aura of falsehood over the book which may dissuade some people from reading it.')).toEqual(['hedge/unsupported: may dissuade'])
    expect(await flagged('Hansen will be getting a late spring training start, which might very well set him back.')).toEqual(['hedge/unsupported: might very'])
    expect(await flagged('Mobil has moved to reduce debt at high interest rates, which may reduce interest payments.')).toEqual(['hedge/unsupported: may reduce'])
  })

  it('leaves what a thing can do, a part of a list, a source\'s clause and a cut-off "Which"', async () => {
    expect(await flagged('A collection of correlated designs, each of which could stand alone, filled the showroom.')).toEqual([])
    expect(await flagged('The most recent film catalogue lists 110 titles, any of which may be borrowed without charge.')).toEqual([])
    expect(await flagged('The company received a contract for a slide system which could be used under landing conditions.')).toEqual([])
    expect(await flagged('Niskanen said the government is vulnerable to a resurgence of nationalism which could restrict trade.')).toEqual([])
    expect(await flagged('They pointed to fears about a pickup in inflation in the U.S. Which could lead to higher interest rates.')).toEqual([])
  })
})

describe('round 25: a concession in the writer\'s voice', () => {
  it('flags "may|might" in a "While" clause opening the sentence', async () => {
    // Reuters-21578 tuning half (r634, r8980).
    expect(await flagged('While this may curb the amount of maize delivered this year to the GMB, the government also acted late last year to slash maize production.')).toEqual(['hedge/unsupported: may curb'])
    expect(await flagged('While the option may be unpalatable to the U.S. banks, others welcomed it.')).toEqual(['hedge/unsupported: may be'])
  })

  it('leaves a conceded "could" (a road not taken, past ability)', async () => {
    expect(await flagged('While he could have left, he stayed to help.')).toEqual([])
    expect(await flagged('While the team could score at will in the first half, it faded after the break.')).toEqual([])
  })

  it('leaves a source\'s concession and "while" meaning "whereas"', async () => {
    expect(await flagged('While lawmakers may object to the rule, Congress is not likely to reopen the debate, Senator Dole said.')).toEqual([])
    expect(await flagged('The stiffest candles have more beeswax, while the lightest may have more oils.')).toEqual([])
  })
})

describe('round 25: "seem|appear" before a reading of an outcome or a state, with no "to be"', () => {
  it('flags the writer\'s reading', async () => {
    // Brown press tuning half (ca02) and Reuters-21578 tuning half (r11781, r12011, r8884).
    expect(await flagged('Committee approval of Gov. Price Daniel\'s abandoned property act seemed certain Thursday despite the adamant protests of Texas bankers.')).toEqual(['hedge/unsupported: seemed certain'])
    expect(await flagged('A plan for Thai Airways to go public this year appears less certain because of opposition from its administration.')).toEqual(['hedge/unsupported: appears less certain'])
    expect(await flagged('Producers still seem divided on how to overhaul the quota distribution system.')).toEqual(['hedge/unsupported: seem divided'])
    expect(await flagged('Sterling today appeared resilient to the dollar\'s decline, dropping only slightly on a cross-rate basis.')).toEqual(['hedge/unsupported: appeared resilient'])
    expect(await flagged('The outcome of the vote seemed all but certain.')).toEqual(['hedge/unsupported: seemed all but certain'])
  })

  it('leaves a mood and a source\'s impression', async () => {
    expect(await flagged('Other ministers seemed pleased with the outcome of the meeting.')).toEqual([])
    expect(await flagged('Smith said approval of the bill seemed certain.')).toEqual([])
  })
})

describe('review of round 25 on modern copy: what laws, drugs, courts and people do is no forecast', () => {
  it('leaves penalties, legal instruments, medical effects, legal powers and a person\'s composure alone', async () => {
    for (const text of [
      'Prosecutors charged him with wire fraud, which could bring a sentence of up to 20 years in prison.',
      'Failure to register, which may result in a fine of up to 5,000 pounds, is a criminal offence under the act.',
      'His contract includes a release clause which could force United to sell if a club meets the fee.',
      'The agency issued an emergency order, which may block sales of the product for 90 days.',
      'Patients are given a beta blocker, which may lower blood pressure and slow the heart rate.',
      'While the court may order a retrial, it rarely does so in cases of this kind.',
      'While the Senate may confirm judges by a simple majority, treaties require two thirds.',
      'While the drug may cause headaches and dizziness, serious side effects are rare.',
      'The witness appeared uncertain when asked about the date of the meeting.',
      'The 19-year-old appeared assured on the ball throughout and was named man of the match.',
      'The mayor seemed certain he had the votes, telling reporters the measure would pass easily.',
      'Under the microscope, the cell appears divided into two distinct compartments.',
    ]) expect((await flagged(text)).filter((found) => found.startsWith('hedge/')), text).toEqual([])
  })

  it('still flags the writer\'s forecasts and readings of an outcome', async () => {
    expect(await flagged('The union proposed a freeze on wages, which could lead to price cuts.')).toEqual(['hedge/unsupported: could lead'])
    expect(await flagged('While the bill may pass the House, its fate in the Senate is unclear.')).toEqual(['hedge/unsupported: may pass'])
    expect(await flagged('Republicans appear divided on how to fund the plan.')).toEqual(['hedge/unsupported: appear divided'])
    expect(await flagged('Committee approval of the act seemed certain Thursday.')).toEqual(['hedge/unsupported: seemed certain'])
  })
})

describe('a closing tag that goes on with when it was said (review of round 25)', () => {
  it('gives an opening impression to the tag\'s speaker', async () => {
    expect(await flagged('Victory seemed certain, the coach said after the match.')).toEqual([])
    expect(await flagged('The ceasefire seemed fragile, the minister said after the meeting.')).toEqual([])
    expect(await flagged('Victory seemed certain, the coach told reporters after the match.')).toEqual([])
  })

  it('keeps the writer\'s framing of a reported clause', async () => {
    expect(await flagged('Clearly, the minister said the talks failed.')).toEqual(['hedge/booster: Clearly'])
    expect(await flagged('Clearly, the minister said on Monday the talks failed.')).toEqual(['hedge/booster: Clearly'])
    expect(await flagged('Clearly, the minister told reporters on Monday the talks failed.')).toEqual(['hedge/booster: Clearly'])
  })
})

describe('round 26: an effect foreseen after a verb of pointing belongs to the one who points', () => {
  it('gives the "which" clause to a named or described subject of pointing, flagging, singling out or highlighting', async () => {
    for (const text of [
      'The IMF pointed to rising debt, which may lead to defaults in poorer countries.',
      'The central bank flagged weak exports, which could weigh on growth next year.',
      'Moody\'s singled out the property sector, which could hurt bank earnings well into 2025.',
      'The central bank highlighted slowing wage growth, which could prompt an earlier rate cut.',
      'Powell pointed to cooling job openings, which may reduce pressure on wages over the coming months.',
      'The Treasury has flagged a shortfall in corporate tax receipts, which could force fresh borrowing this year.',
    ]) expect(await flagged(text), text).toEqual([])
  })

  it('leaves the unnamed officials who point as the finding, as "Officials said" is', async () => {
    expect(await flagged('Officials said rising debt may lead to defaults.')).toEqual(['attribution/anonymous: Officials said'])
    expect(await flagged('Officials pointed to rising debt, which may lead to defaults.')).toEqual(['attribution/anonymous: Officials pointed to'])
    expect(await flagged('Officials flagged weak exports, which could weigh on growth next year.')).toEqual(['attribution/anonymous: Officials flagged'])
    expect(await flagged('Officials singled out the property sector, which could hurt bank earnings.')).toEqual(['attribution/anonymous: Officials singled out'])
    // With no attribution cue for them, unnamed sources who point keep the finding they had.
    expect(await flagged('A senior official pointed to rising debt, which may lead to defaults.')).toEqual(['hedge/unsupported: may lead'])
  })

  it('keeps the writer\'s guess after an act, after pointing with no such clause, and in a "which" clause on the subject', async () => {
    expect(await flagged('The IMF cut rates, which may lead to defaults in poorer countries.')).toEqual(['hedge/unsupported: may lead'])
    expect(await flagged('The central bank raised rates again, which could weigh on growth next year.')).toEqual(['hedge/unsupported: could weigh'])
    expect(await flagged('The minister pointed to the map on the wall. The floods could spread to the south.')).toEqual(['hedge/unsupported: could spread'])
    expect(await flagged('The IMF pointed to rising debt, and the yen could weaken further.')).toEqual(['hedge/unsupported: could weaken'])
    // A thing that marks something acts; it makes no statement.
    expect(await flagged('The bank\'s fraud system flagged the transfer, which could delay the payment by several days.')).toEqual(['hedge/unsupported: could delay'])
    expect(await flagged('Rising debt, which may lead to defaults, worries investors.')).toEqual([])
  })

  it('keeps the writer\'s guess where the round\'s review on modern copy found it wrongly given away', async () => {
    for (const text of [
      // Evidence that points says nothing.
      'The data pointed to slowing growth, which may prompt the Fed to cut rates.',
      'The latest PMI survey pointed to a contraction in manufacturing, which could prompt the central bank to cut rates.',
      'The study pointed to a link between ultra-processed food and depression, which could prompt new dietary guidelines.',
      // A market's or a side's reaction is the writer's comment on what was pointed to.
      'Powell flagged the possibility of a rate cut in September, which could spark a rally in stocks.',
      'Prime Minister Keir Starmer pointed to falling migrant crossings, which may boost Labour\'s standing in the polls.',
      'Elon Musk pointed to the Cybertruck\'s sales, which could slow further next year.',
      // "flagged" a thing on a list or with a label is an act.
      'Police flagged the car on a national watchlist, which could lead to charges against its owner.',
      'X flagged the post with a community note, which could slow its spread.',
    ]) expect((await flagged(text)).filter((found) => found.startsWith('hedge/unsupported')), text).toHaveLength(1)
    // A risk flagged on a place or in a report stays the one who flags it.
    expect(await flagged('Nvidia flagged new export curbs on China, which could hurt its data-centre revenue.')).toEqual([])
  })

  it('reads through a time between "pointed" and "to", and a list that the "which" clause takes up', async () => {
    for (const text of [
      'The IMF pointed on Tuesday to rising debt, which may lead to defaults in poorer countries.',
      'The central bank pointed in particular to weak exports, which could weigh on growth next year.',
      'The IMF pointed to rising debt, slowing growth and high interest rates, which could lead to defaults.',
    ]) expect(await flagged(text), text).toEqual([])
    // Not a gun pointed at someone, nor a clause after a comma that ends no list.
    expect(await flagged('The man pointed a gun to his head, which could lead to charges.')).toEqual(['hedge/unsupported: could lead'])
    expect(await flagged('The IMF pointed to rising debt, and the yen could weaken further.')).toEqual(['hedge/unsupported: could weaken'])
  })
})

describe('round 26: a perspective opener that names whose view the sentence gives', () => {
  it('gives the hedge to the named holder of the view', async () => {
    for (const text of [
      'In Collins\'s view, the vote may signal a shift in the party.',
      'In the eyes of the committee, the ruling could undermine trust in the courts.',
      'In the Fed\'s view, the slowdown may prove temporary.',
      'Susan Collins spoke to reporters on Monday. In her view, the vote may signal a shift in the party.',
    ]) expect(await flagged(text), text).toEqual([])
  })

  it('gives a crowd\'s view as a weasel finding, as "many analysts believe" is', async () => {
    expect(await flagged('Many analysts believe the vote may signal a shift in the party.')).toEqual(['attribution/weasel: Many analysts believe'])
    expect(await flagged('To many analysts, the vote may signal a shift in the party.')).toEqual(['attribution/weasel: To many analysts'])
  })

  it('keeps the writer\'s guess after openers that name no one, and after "For"', async () => {
    for (const text of [
      'To date, the vote may signal a shift in the party.',
      'To this end, the vote may signal a shift in the party.',
      'To be sure, the vote may signal a shift in the party.',
      'For now, the vote may signal a shift in the party.',
      'For years, the vote may signal a shift in the party.',
      'In the eyes of the law, the vote may signal a shift in the party.',
      'To beat Trump, Haley may need to win New Hampshire.',
      'To Collins\'s surprise, the vote may signal a shift in the party.',
      'For Tesla, the recall could cost more than $1 billion.',
      // The round's review on modern copy: "To X," tells what is at stake for X as often as X's view, and the writer's guess
      // at that view stays the writer's; "To the east of …" is a place.
      'To Apple, the deal could be worth $5 billion a year.',
      'To Ukraine, the aid could mean the difference between holding the line and collapse.',
      'To the Kremlin, NATO\'s expansion probably looks like encirclement.',
      'To the east of Bakhmut, Ukrainian troops could be forced to withdraw.',
    ]) expect((await flagged(text)).filter((found) => found.startsWith('hedge/unsupported')), text).toHaveLength(1)
  })
})
