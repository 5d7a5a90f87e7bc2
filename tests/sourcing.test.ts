import {describe, expect, it} from 'vitest'
import type {Format} from '../src/types.js'
import {claims, flagged} from './claims-helper.js'

/** The sourcing summary of one text: named sources, chains as "A ← B", and the two sentence counts. */
async function summary(text: string, format: Format = 'text') {
  const {file} = await claims(text, format)
  const sourcing = file.data.sourcing!
  return {
    named: sourcing.named,
    chains: sourcing.chains.map((chain) => chain.chain.join(' ← ')),
    attributed: sourcing.counts.attributedSentences,
    anonymous: sourcing.counts.anonymousSentences,
  }
}

describe('a ninjs headline', () => {
  it('is no sentence the body points back to, as a Markdown heading is none', async () => {
    const item = JSON.stringify({headline: 'Ukraine ceasefire', body_text: 'Talks went on, the ministry said.'})
    expect(await summary(item, 'ninjs')).toMatchObject({named: [], attributed: 1})
    expect(await summary('# Ukraine ceasefire\n\nTalks went on, the ministry said.', 'markdown')).toMatchObject({named: [], attributed: 1})
  })
})

describe('sourcing summary of claims resting on unnamed sources', () => {
  it('names the outlet an unnamed employee told, not the body the employee works for', async () => {
    expect(await summary('An employee of the plant Azot told RBC the orders were cut.')).toEqual({named: ['RBC'], chains: ['RBC ← an employee of the plant Azot'], attributed: 0, anonymous: 1})
    expect(await summary('An employee of the bank VTB said the orders were cut.')).toEqual({named: [], chains: [], attributed: 0, anonymous: 1})
    // A person's name after the noun is the speaker's (the cue's guard), who is named.
    expect(await summary('An employee of the plant Ivanov told reporters that the furnace had exploded.')).toEqual({named: ['Ivanov'], chains: [], attributed: 1, anonymous: 0})
  })

  it('counts each sentence once, as anonymous when it rests on an unnamed source anywhere', async () => {
    const text = 'An employee of the plant Azot told RBC the orders were cut.\n\nAn employee of the bank VTB said the orders were cut.\n\nThe mayor said the plant would stay open.'
    expect(await summary(text)).toEqual({named: ['RBC'], chains: ['RBC ← an employee of the plant Azot'], attributed: 1, anonymous: 2})
    expect(await summary('Putin said the talks had failed, according to reports.')).toMatchObject({named: ['Vladimir Putin'], attributed: 0, anonymous: 1})
  })

  it('reads "a source in X told Y" and "…, a source told Y": Y carried the claim, X is where the source works', async () => {
    expect(await summary('A source in law enforcement agencies told TASS that the suspect had been detained.')).toEqual({named: ['TASS'], chains: ['TASS ← a source in law enforcement agencies'], attributed: 0, anonymous: 1})
    expect(await summary('A source in the Ministry of Defence said the drills would end.')).toEqual({named: [], chains: [], attributed: 0, anonymous: 1})
    expect(await summary('The drills will end, a source in the Kremlin told Interfax.')).toMatchObject({named: ['Interfax'], chains: ['Interfax ← a source in the Kremlin']})
    expect(await summary('Officials told the BBC that every claim would be assessed.')).toMatchObject({named: ['BBC'], chains: ['BBC ← officials']})
    expect(await summary('Two people familiar with the matter told Bloomberg the deal was off.')).toMatchObject({named: ['Bloomberg'], chains: ['Bloomberg ← two people familiar with the matter']})
    // The cue is a clause about the source; the teller is the subject it describes.
    expect(await summary('An official, who spoke on condition of anonymity, told Reuters the strike had failed.')).toEqual({named: ['Reuters'], chains: ['Reuters ← an official'], attributed: 0, anonymous: 1})
    expect(await summary('The strike failed, Reuters reported, citing an official who asked not to be named.')).toMatchObject({named: ['Reuters'], chains: ['Reuters ← an official']})
    // Russian MT: "сообщил РИА Новости".
    expect(await summary('A source said to RIA Novosti that the drills would end.')).toMatchObject({named: ['RIA Novosti'], chains: ['RIA Novosti ← a source']})
  })

  it('reads an outlet’s own source: "a source of RIA Novosti", "Kommersant’s sources"', async () => {
    expect(await summary('A source of RIA Novosti said the drills would end.')).toEqual({named: ['RIA Novosti'], chains: ['RIA Novosti ← a source'], attributed: 0, anonymous: 1})
    expect(await summary('Kommersant’s sources said the drills would end.')).toMatchObject({named: ['Kommersant'], chains: ['Kommersant ← sources']})
    // A body's source ("источник Минобороны") works there: the body carries nothing.
    expect(await summary('A source of the Defence Ministry said the drills would end.')).toMatchObject({named: [], chains: []})
  })

  it('reads "X citing sources" and an outlet’s tag around an unnamed source', async () => {
    expect(await summary('TASS, citing sources, reported that the drills would end.')).toEqual({named: ['TASS'], chains: ['TASS ← sources'], attributed: 0, anonymous: 1})
    expect(await summary('Reuters reported, citing people familiar with the matter, that the deal was off.')).toMatchObject({named: ['Reuters'], chains: ['Reuters ← people familiar with the matter']})
    expect(await summary('Interfax reported citing a source in the Ministry of Defence that the drills would end.')).toMatchObject({named: ['Interfax'], chains: ['Interfax ← a source in the Ministry of Defence']})
    expect(await summary('A source in the ministry said the drills would end, TASS reported.')).toMatchObject({named: ['TASS'], chains: ['TASS ← a source in the ministry']})
    expect(await summary('According to Interfax, a source in the ministry said the drills would end.')).toMatchObject({named: ['Interfax'], chains: ['Interfax ← a source in the ministry']})
  })

  it('names no one for whom unnamed sources are close to, and lets no "he" point back to the body', async () => {
    expect(await summary('Sources close to Putin said the talks would resume.')).toEqual({named: [], chains: [], attributed: 0, anonymous: 1})
    // Unnamed officials of a body ("Pentagon sources said" in the labelling guide) name no source; an outlet they told does.
    expect(await summary('Defence Ministry officials said the drills were over.')).toMatchObject({named: [], chains: []})
    expect(await summary('Kremlin sources told Interfax the deal was close.')).toMatchObject({named: ['Interfax'], chains: ['Interfax ← Kremlin sources']})
    expect(await summary('Pro-Kremlin Telegram channels claim that the deal is close.')).toMatchObject({named: [], anonymous: 1})
    // Plural common nouns opening a sentence are people, not an outlet known by a bare name ("Guardian reported").
    expect(await summary('Correspondents reported that tanks were moving to the border.')).toMatchObject({named: []})
    expect(await summary('Eyewitnesses published a video of the explosion.')).toMatchObject({named: []})
    expect(await summary('An employee of the bank VTB said the orders were cut. He added that the branch would close.')).toEqual({named: [], chains: [], attributed: 0, anonymous: 2})
  })

  it('leaves named speakers and a named person told something as they were', async () => {
    expect(await summary('Lavrov told RIA Novosti that the talks were over.')).toEqual({named: ['Sergey Lavrov'], chains: [], attributed: 1, anonymous: 0})
    // Only an outlet carries the claim: an aide telling a politician makes the politician no source.
    expect(await summary('An aide told Johnson that the vote was lost.')).toMatchObject({named: [], chains: []})
  })

  it('leaves the unsourced-section verdict to the attribution reader, as before the summary read unnamed sources', async () => {
    const text = '## Market\n\nThe plant will cut orders, an employee of the bank VTB said. Prices will probably fall across the region. Rivals are preparing a response to the merger.\n'
    expect(await flagged(text, 'markdown')).toEqual(['hedge/unsupported: probably', 'attribution/anonymous: an employee of the bank VTB said'])
  })
})

describe('review of round 11: sourcing summary', () => {
  it('counts an unnamed source as never attributed, and a sentence as anonymous only with its finding', async () => {
    expect(await summary('Officials told residents to stay indoors.')).toEqual({named: [], chains: [], attributed: 0, anonymous: 0})
    expect(await summary('A source told him to leave the city.')).toEqual({named: [], chains: [], attributed: 0, anonymous: 0})
    expect(await summary('A source told him to leave the city because he was in danger.')).toEqual({named: [], chains: [], attributed: 0, anonymous: 1})
    expect(await summary('People close to the president fear a coup.')).toEqual({named: [], chains: [], attributed: 0, anonymous: 1})
    expect(await summary('Officials told Reuters to expect a decision next week.')).toEqual({named: ['Reuters'], chains: ['Reuters ← officials'], attributed: 0, anonymous: 1})
    // "official" as an adjective makes no unnamed person: the state media's announcement stays attributed as before.
    expect(await summary('North Korean official media announced the film on the 9th.')).toMatchObject({attributed: 1, anonymous: 0})
  })

  it('ends a chain in the unnamed source, not in the clause about its anonymity', async () => {
    for (const outlet of ['AP', 'Reuters', 'AFP']) {
      expect(await summary(`An official who spoke on condition of anonymity told ${outlet} that the talks had collapsed overnight.`)).toEqual({named: [outlet], chains: [`${outlet} ← an official`], attributed: 0, anonymous: 1})
    }
    expect(await summary('An official who asked not to be named told Reuters that the talks had collapsed.')).toMatchObject({named: ['Reuters'], chains: ['Reuters ← an official']})
  })

  it('takes no determiner, function word, opening adverb or a preposition’s object into the source’s name', async () => {
    expect(await summary('A Kommersant source said the deal had been signed.')).toEqual({named: ['Kommersant'], chains: ['Kommersant ← a source'], attributed: 0, anonymous: 1})
    expect(await summary('An Interfax source said the deal had been signed.')).toMatchObject({named: ['Interfax'], chains: ['Interfax ← a source']})
    expect(await summary('A RIA Novosti source said the deal had been signed.')).toMatchObject({named: ['RIA Novosti'], chains: ['RIA Novosti ← a source']})
    expect(await summary('A TASS source in the Kremlin said the deal had been signed.')).toMatchObject({named: ['TASS'], chains: ['TASS ← a source in the Kremlin']})
    for (const [text, chain] of [
      ['As a source in the Ministry of Defence told RIA Novosti, the drills will end on Sunday.', 'RIA Novosti ← a source in the Ministry of Defence'],
      ['As a source told Interfax, the drills will end on Sunday.', 'Interfax ← a source'],
      ['Later a source in the ministry told TASS that the drills would end.', 'TASS ← a source in the ministry'],
      ['On Monday a source in the ministry told TASS that the drills would end.', 'TASS ← a source in the ministry'],
      ['Meanwhile sources in the Kremlin told Interfax that the talks had failed.', 'Interfax ← sources in the Kremlin'],
      ['But a source in the government told Vedomosti that the talks had failed.', 'Vedomosti ← a source in the government'],
      ['In Brussels EU diplomats told Politico that the talks had failed.', 'Politico ← EU diplomats'],
      ['Defence Ministry officials told TASS that the drills would end.', 'TASS ← Defence Ministry officials'],
    ] as const) expect((await summary(text)).chains, text).toEqual([chain])
    expect((await summary('In Brussels EU diplomats told Politico that the talks had failed.')).named).toEqual(['Politico'])
  })

  it('ends an outlet told something at its own name when "that" is dropped', async () => {
    for (const [text, outlet, unnamed] of [
      ['A source in the Kremlin told TASS Putin would not attend the summit.', 'TASS', 'a source in the Kremlin'],
      ['A source told Interfax Gazprom would cut supplies.', 'Interfax', 'a source'],
      ['A source told RBC VTB would cut 500 jobs.', 'RBC', 'a source'],
      ['Sources told Reuters Moscow had rejected the offer.', 'Reuters', 'sources'],
      ['A source in the Foreign Ministry told RIA Novosti Lavrov would travel to Geneva next week.', 'RIA Novosti', 'a source in the Foreign Ministry'],
    ] as const) expect(await summary(text), text).toEqual({named: [outlet], chains: [`${outlet} ← ${unnamed}`], attributed: 0, anonymous: 1})
    expect((await summary('A source told the Financial Times that the deal was off.')).named).toEqual(['Financial Times'])
  })

  it('makes no carrier of an outlet that is the topic of an unnamed source’s claim', async () => {
    for (const [text, outlet] of [
      ['An official said TASS reported the wrong figures.', 'TASS'],
      ['A diplomat said the BBC reported the remarks out of context.', 'BBC'],
      ['A Kremlin source said Meduza published a fake document.', 'Meduza'],
      ['Sources in the ministry said Interfax had reported the talks incorrectly.', 'Interfax'],
      ['An official said Interfax had published a false report.', 'Interfax'],
    ] as const) expect(await summary(text), text).toEqual({named: [outlet], chains: [], attributed: 0, anonymous: 1})
    // An outlet before the source, or in a tag after a comma, carried the claim.
    expect((await summary('A source in the ministry said the drills would end, the BBC reported.')).chains).toEqual(['BBC ← a source in the ministry'])
  })

  it('ends an unnamed source’s phrase before its verb or a time phrase', async () => {
    expect((await summary('Reports have emerged that the minister is ill, the BBC said.')).chains).toEqual(['BBC ← reports'])
    expect((await summary('Peskov told reporters that a source in the Kremlin had told Interfax the talks failed.')).chains).toEqual(['Interfax ← a source in the Kremlin'])
    expect((await summary('Peskov denied what a source in the Kremlin had told Interfax.')).chains).toEqual(['Interfax ← a source in the Kremlin'])
    expect((await summary('Sources this week told CNN that the talks failed.')).chains).toEqual(['CNN ← sources'])
  })

  it('makes no chain end of sources a named speaker does not cite, and counts the sentence as anonymous, as its finding says (review 13, item 4)', async () => {
    expect(await summary('Peskov told reporters, citing no sources, that the sanctions would fail.')).toEqual({named: ['Dmitry Peskov'], chains: [], attributed: 0, anonymous: 1})
    expect(await summary('Peskov told reporters, without citing sources, that the sanctions would fail.')).toEqual({named: ['Dmitry Peskov'], chains: [], attributed: 0, anonymous: 1})
    expect(await flagged('Peskov told reporters, citing no sources, that the sanctions would fail.')).toEqual(['attribution/anonymous: citing no sources'])
  })

  it('reads "he" after any unnamed source as that source again, whoever the source is close to', async () => {
    for (const [text, pronoun] of [
      ['A source in the ministry told TASS that the minister would not travel. He added that the decision was final.', 'He added'],
      ['A source close to Lavrov told RIA Novosti that the minister would not travel. He added that the decision was final.', 'He added'],
      ['Sources close to Putin said the president was tired. They added that he would seek talks.', 'They added'],
    ] as const) {
      expect(await flagged(text), text).toContain(`attribution/anonymous: ${pronoun}`)
      expect(await summary(text), text).toMatchObject({attributed: 0, anonymous: 2})
    }
    // A named speaker whose claim is "according to reports" is still the "he" after it.
    expect(await summary('Putin said the talks had failed, according to reports. He added that he would seek talks.')).toMatchObject({named: ['Vladimir Putin'], attributed: 1, anonymous: 1})
  })

  it('keeps an acronym and a name after a conjunction in the source, and an outlet after "according to" as its carrier', async () => {
    expect(await summary('Two US officials told Reuters that the sanctions would be expanded.')).toMatchObject({named: ['Reuters'], chains: ['Reuters ← two US officials']})
    expect(await summary('Reuters reported that EU officials admitted there were bottlenecks.')).toMatchObject({named: ['Reuters'], chains: ['Reuters ← EU officials']})
    expect(await summary('The deal will close on Friday, sources said, according to Bloomberg.')).toMatchObject({named: ['Bloomberg'], chains: ['Bloomberg ← sources']})
    expect(await summary('A diplomat speaking on condition of anonymity told AFP that the talks had collapsed.')).toMatchObject({named: ['AFP'], chains: ['AFP ← a diplomat']})
  })

  it('names each outlet an unnamed source told, by its full or short name, and gives a cite to the outlet that cites', async () => {
    expect(await summary('A source told Interfax and RIA Novosti that the drills would end on Sunday.')).toMatchObject({named: ['Interfax', 'RIA Novosti'], chains: ['Interfax ← a source', 'RIA Novosti ← a source']})
    expect((await summary('Sources close to the deal told both Reuters and Bloomberg that it was off.')).named).toEqual(['Reuters', 'Bloomberg'])
    expect(await summary('A source told the Associated Press that the talks had collapsed.')).toMatchObject({named: ['Associated Press'], chains: ['Associated Press ← a source']})
    expect(await summary('An official, who spoke on condition of anonymity, told the Associated Press that the talks had collapsed.')).toMatchObject({named: ['Associated Press'], chains: ['Associated Press ← an official']})
    expect(await summary('A source told the newspaper Vedomosti that the tax would rise.')).toMatchObject({named: ['Vedomosti'], chains: ['Vedomosti ← a source']})
    expect(await summary('A source close to the Kremlin told the FT that Putin would attend.')).toMatchObject({named: ['FT'], chains: ['FT ← a source close to the Kremlin']})
    expect(await summary('Putin said the talks had failed, RIA Novosti reported, citing a source.')).toMatchObject({named: ['Vladimir Putin', 'RIA Novosti'], chains: ['RIA Novosti ← a source']})
  })

  it('names the outlet told before the unnamed source: a passive, an interview with it, speaking to it', async () => {
    expect(await summary('Izvestia was told by a source in the ministry that the tax would rise.')).toEqual({named: ['Izvestia'], chains: ['Izvestia ← a source in the ministry'], attributed: 0, anonymous: 1})
    expect(await summary('RIA Novosti was told by a source that the drills would end.')).toMatchObject({named: ['RIA Novosti'], chains: ['RIA Novosti ← a source']})
    expect(await summary('In an interview with RBC, an employee of the bank VTB said the bank would cut jobs.')).toMatchObject({named: ['RBC'], chains: ['RBC ← an employee of the bank VTB']})
    expect(await summary('Speaking to Interfax, a source in the ministry said the drills would end.')).toMatchObject({named: ['Interfax'], chains: ['Interfax ← a source in the ministry']})
    // A person told, or reporters, carry nothing.
    expect(await summary('The minister was told by a source that the plan had failed.')).toMatchObject({named: [], chains: []})
    expect(await summary('Speaking to reporters, a source in the ministry said the drills would end.')).toMatchObject({named: [], chains: []})
  })

  it('reads a plural owner’s sources as the outlet’s ("Reuters’ sources")', async () => {
    expect(await summary("Reuters' sources said the deal was off.")).toEqual({named: ['Reuters'], chains: ['Reuters ← sources'], attributed: 0, anonymous: 1})
    expect(await summary('The deal is off, Reuters’ sources said.')).toMatchObject({named: ['Reuters'], chains: ['Reuters ← sources']})
  })

  it('gives "citing" to the outlet or the name "which" stands for, so that a chain runs to its end', async () => {
    expect((await summary('RIA Novosti, citing The Record, which cited anonymous sources, reported that Hegseth had ordered a halt to the operations.')).chains).toEqual(['RIA Novosti ← The Record ← anonymous sources'])
    expect((await summary('A source close to the investigation told RIA Novosti that the suspect had confessed, and Interfax reported the same, citing its own source.')).chains).toEqual(['Interfax ← its own source', 'RIA Novosti ← a source close to the investigation'])
  })
})

describe('review 12: sourcing after the second fix round', () => {
  it('reads only "citing no sources" and "without citing|naming sources" as no source cited, not any "no" or "without" in the phrase', async () => {
    expect(await summary('Peskov told reporters, without naming its sources, that the sanctions would fail.')).toEqual({named: ['Dmitry Peskov'], chains: [], attributed: 0, anonymous: 1})
    expect(await summary('Lavrov said the deal was dead, a diplomat who spoke without authorisation told Reuters.')).toMatchObject({attributed: 0, anonymous: 1})
    expect(await summary('An official with no knowledge of the talks said the deal was off, Reuters reported.')).toEqual({named: ['Reuters'], chains: ['Reuters ← an official with no knowledge of the talks'], attributed: 0, anonymous: 1})
  })
})

describe('review 12: outlet names', () => {
  it('keeps the capitalised words that go on with an outlet’s name, cuts them only before the claim’s verb, and makes no outlet of a press service', async () => {
    for (const outlet of ['Radio Liberty', 'Interfax Ukraine', 'RIA Novosti Crimea', 'Novaya Gazeta Europe']) expect(await summary(`A source told ${outlet} that the talks had stalled.`), outlet).toEqual({named: [outlet], chains: [`${outlet} ← a source`], attributed: 0, anonymous: 1})
    expect(await summary('A source in the Kremlin told TASS Putin would not attend the summit.')).toMatchObject({named: ['TASS'], chains: ['TASS ← a source in the Kremlin']})
    expect(await summary('A source in the Foreign Ministry told RIA Novosti Lavrov would travel to Geneva next week.')).toMatchObject({named: ['RIA Novosti'], chains: ['RIA Novosti ← a source in the Foreign Ministry']})
    for (const body of ['the Kremlin Press Service', 'the Foreign Press Association']) expect(await summary(`An official told ${body} that the talks had stalled.`), body).toEqual({named: [], chains: [], attributed: 0, anonymous: 1})
  })
})

describe('review 12: claims after an order by unnamed people', () => {
  it('reads "they added" after unnamed people who only gave an order as those people again: flagged and counted anonymous', async () => {
    for (const [text, pronoun] of [
      ['Officials told residents to stay indoors. They added that the air was toxic.', 'They added'],
      ['A source told him to leave the city. He added that it was dangerous.', 'He added'],
      ['Officials told residents to stay indoors. The air was toxic, they said.', 'they said'],
    ] as const) {
      expect(await flagged(text), text).toEqual([`attribution/anonymous: ${pronoun}`])
      expect(await summary(text), text).toEqual({named: [], chains: [], attributed: 0, anonymous: 1})
    }
    expect(await flagged('The mayor told residents to stay indoors. He added that the air was toxic.')).toEqual([])
  })
})

describe('review 12: an outlet that is only the topic', () => {
  it('makes no chain from an outlet asked or commented about before the source, nor from one speaking after a semicolon', async () => {
    for (const text of ['Asked about the TASS report, a source in the Kremlin said it was false.', 'Commenting on a Reuters report, a source said the deal was off.', 'A source said the deal was off; TASS said the same.']) expect((await summary(text)).chains, text).toEqual([])
    expect(await summary('According to Interfax, a source said the deal was off.')).toMatchObject({chains: ['Interfax ← a source']})
    expect(await summary('The deal was off, a source said, according to Bloomberg.')).toMatchObject({chains: ['Bloomberg ← a source']})
  })
})

describe('review 12: the words before an unnamed source', () => {
  it('drops the whole place a preposition governs, a time word and an opening adverb, and keeps the acronyms of the source', async () => {
    for (const [text, chain] of [
      ['In New York UN diplomats told Reuters that the vote would be delayed.', 'Reuters ← UN diplomats'],
      ['In Saint Petersburg officials told Fontanka that the bridge would close.', 'Fontanka ← officials'],
      ['At the Kremlin officials told TASS that the talks had stalled.', 'TASS ← officials'],
      ['On Friday Kremlin sources told Interfax that the talks had stalled.', 'Interfax ← Kremlin sources'],
      ['Unofficially Kremlin sources told Interfax that the talks had stalled.', 'Interfax ← Kremlin sources'],
      ['In Brussels EU diplomats told Politico that the talks had stalled.', 'Politico ← EU diplomats'],
      ['In Kyiv Ukrainian officials told the BBC that the attack had been repelled.', 'BBC ← Ukrainian officials'],
      ['In Washington Pentagon officials told CNN that the strike had hit its target.', 'CNN ← Pentagon officials'],
      ['A source told TASS Monday that the talks had stalled.', 'TASS ← a source'],
    ] as const) expect(await summary(text), text).toMatchObject({named: [chain.split(' ← ')[0]], chains: [chain]})
  })
})

describe('review 13: an outlet’s name ends where the claim starts', () => {
  it('joins no nationality, day or possessive after an outlet’s name (the claim’s subject when "that" is dropped)', async () => {
    for (const [text, outlet, unnamed] of [
      ['A source told Reuters Russian forces had advanced.', 'Reuters', 'a source'],
      ['A Kremlin source told TASS Russian troops had entered the town.', 'TASS', 'a Kremlin source'],
      ['Sources told Interfax Ukrainian drones had hit the refinery.', 'Interfax', 'sources'],
      ['An official told Sky News British troops would stay.', 'Sky News', 'an official'],
      ['Witnesses told AFP Israeli tanks had entered Rafah.', 'AFP', 'witnesses'],
      ['Officials told the BBC Thursday’s vote would be delayed.', 'BBC', 'officials'],
      ['On Friday Kremlin sources told TASS Monday’s talks were cancelled.', 'TASS', 'Kremlin sources'],
    ] as const) expect(await summary(text), text).toMatchObject({named: [outlet], chains: [`${outlet} ← ${unnamed}`]})
  })

  it('joins only the words listed as going on with an outlet’s name (outlet-name-continuations)', async () => {
    for (const outlet of ['Radio Free Europe', 'Radio Liberty', 'Interfax Ukraine', 'RIA Novosti Crimea', 'Novaya Gazeta Europe']) expect(await summary(`A source told ${outlet} that the talks had stalled.`), outlet).toMatchObject({named: [outlet], chains: [`${outlet} ← a source`]})
    // Not a listed word ("Belarus", "Washington"), nor a listed one that is the claim's subject ("Ukraine had").
    for (const [text, outlet] of [
      ['A source told Radio Free Europe Belarus had closed the border.', 'Radio Free Europe'],
      ['An official told the Associated Press Washington had approved the sale.', 'Associated Press'],
      ['An official told the Associated Press that Washington had approved the sale.', 'Associated Press'],
      ['A source told Interfax Ukraine had closed the border.', 'Interfax'],
    ] as const) expect(await summary(text), text).toMatchObject({named: [outlet], chains: [`${outlet} ← ${text.startsWith('An') ? 'an official' : 'a source'}`]})
  })
})

describe('review 13: a chain ends at the unnamed source’s verb', () => {
  it('ends the unnamed source’s phrase at a verb of stance, as at a verb of saying', async () => {
    for (const [text, chain] of [
      ['Reuters reported that officials fear a new wave of attacks.', 'Reuters ← officials'],
      ['According to Reuters, officials fear a new offensive.', 'Reuters ← officials'],
      ['TASS reported that officials fear that the talks will fail.', 'TASS ← officials'],
    ] as const) expect((await summary(text)).chains, text).toEqual([chain])
  })
})

describe('review 13: counts follow the findings', () => {
  it('counts a sentence with an attribution/anonymous finding as anonymous, also when its speaker names no sources', async () => {
    for (const text of ['State TV reported, without naming its sources, that the talks had failed.', 'Kommersant reported, without naming its sources, that the minister had resigned.']) {
      expect(await flagged(text), text).toEqual(['attribution/anonymous: without naming its sources'])
      expect(await summary(text), text).toMatchObject({chains: [], attributed: 0, anonymous: 1})
    }
  })
})

describe('review 13: a place and a nationality before lower-case words of an unnamed source', () => {
  it('names no source for "In Moscow Russian state media reported", "In Moscow state media reported"', async () => {
    for (const text of ['In Moscow Russian state media reported that the talks had ended.', 'In Beijing Chinese state media reported that the talks had ended.']) expect(await summary(text), text).toEqual({named: [], chains: [], attributed: 0, anonymous: 1})
    // The place alone, run on by a place prefix, is no source either.
    for (const text of ['In Moscow state media reported that the talks had ended.', 'In New York state media reported that the talks had ended.']) expect((await summary(text)).named, text).toEqual([])
  })
})

describe('last read of the round: orders and the recipient guard', () => {
  it('points "They added" back to unnamed people who gave an order, whatever else the order sentence is flagged for', async () => {
    const text = 'In a surprising turn of events, officials told residents to stay indoors.\nThey added that the air was toxic.'
    expect(await flagged(text)).toEqual(['attribution/anonymous: They added', 'style/editorializing: In a surprising turn of events'])
  })

  it('keeps "is reported to" a cue when a verb and "that" follow it, as a recipient never is', async () => {
    expect(await flagged('The minister is reported to state that the talks failed.')).toEqual(['attribution/anonymous: is reported to'])
    expect(await flagged('The theft was reported to state authorities on Monday.')).toEqual([])
  })
})

describe('round 12: the reviews’ leftovers', () => {
  it('reads an unnamed employee of a body named without a determiner as the azot case ("An employee of VTB told RBC")', async () => {
    expect(await flagged('An employee of VTB told RBC the orders were cut.')).toEqual(['attribution/anonymous: An employee of VTB told'])
    expect(await summary('An employee of VTB told RBC the orders were cut.')).toEqual({named: ['RBC'], chains: ['RBC ← an employee of VTB'], attributed: 0, anonymous: 1})
    expect(await summary('A manager of Gazprom said the plant would close.')).toEqual({named: [], chains: [], attributed: 0, anonymous: 1})
    // A spokesperson speaks for the body, which is named (labelling guide, round 3).
    expect(await summary('A spokesman for Gazprom said the orders were cut.')).toEqual({named: ['Gazprom'], chains: [], attributed: 1, anonymous: 0})
  })

  it('names no place people live in, and the outlet a crowd of them told carried their words', async () => {
    // A crowd: no `anonymous` finding (labelling guide, rounds 3 and 4), as "Residents told the BBC" has none.
    expect(await flagged('Residents of Belgorod told the BBC the shelling continued.')).toEqual([])
    expect(await summary('Residents of Belgorod told the BBC the shelling continued.')).toEqual({named: ['BBC'], chains: ['BBC ← residents of Belgorod'], attributed: 1, anonymous: 0})
    expect(await summary('A resident of Belgorod told the BBC the shelling continued.')).toEqual({named: ['BBC'], chains: ['BBC ← a resident of Belgorod'], attributed: 1, anonymous: 0})
    expect(await summary('Villagers from the Kursk region said the shelling continued. They said the power was out.')).toEqual({named: [], chains: [], attributed: 2, anonymous: 0})
    // A body's people are not a place's ("Officials of Gazprom" stay as they were).
    expect(await summary('Officials of Gazprom told RBC the orders were cut.')).toEqual({named: ['RBC'], chains: ['RBC ← officials of Gazprom'], attributed: 0, anonymous: 1})
  })

  it('gives a claim to the unnamed people a clause set off by commas describes, and the outlet they told', async () => {
    const expected = {named: ['CNN'], chains: ['CNN ← an official at the US Department of State'], attributed: 0, anonymous: 1}
    expect(await summary('An official at the US Department of State, who asked not to be named, told CNN the talks would resume.')).toEqual(expected)
    expect(await summary('An official at the US Department of State, speaking on condition of anonymity, told CNN the talks would resume.')).toEqual(expected)
    expect(await summary('In Moscow an official, who asked not to be named, told TASS the talks would resume.')).toEqual({named: ['TASS'], chains: ['TASS ← an official'], attributed: 0, anonymous: 1})
    expect(await summary('A senior official at the Pentagon, who was not authorised to speak publicly, told Reuters the strike had failed.')).toMatchObject({named: ['Reuters'], chains: ['Reuters ← a senior official at the Pentagon']})
    expect(await summary('An official at the ministry, who asked not to be named, has told Reuters the talks would resume.')).toMatchObject({chains: ['Reuters ← an official at the ministry']})
    // The clause must stand between its subject and a verb of saying: here it describes no one who speaks.
    expect(await summary('Police arrested an official, who asked not to be named, TASS reported.')).toMatchObject({named: ['TASS'], chains: []})
    // A named speaker is no unnamed person whatever the clause says.
    expect(await summary('Lavrov, speaking on condition of anonymity, told CNN the talks would resume.')).toMatchObject({named: ['Sergey Lavrov'], chains: []})
  })

  it('reads "X learned from sources" as X carrying what the sources told it', async () => {
    expect(await summary('Vedomosti learned from sources that the deal had collapsed.')).toEqual({named: ['Vedomosti'], chains: ['Vedomosti ← sources'], attributed: 0, anonymous: 1})
    expect(await summary('Kommersant learned from sources close to the talks that the deal had collapsed.')).toMatchObject({named: ['Kommersant'], chains: ['Kommersant ← sources close to the talks']})
    expect(await summary('Kommersant has learned from a source in the government that the minister would resign.')).toMatchObject({named: ['Kommersant'], chains: ['Kommersant ← a source in the government']})
    // No outlet named: no chain.
    expect(await summary('The newspaper learned from sources that the deal had collapsed.')).toEqual({named: [], chains: [], attributed: 0, anonymous: 1})
  })

  it('gives an order’s sentence to the source its tag names, as the tag alone would be', async () => {
    expect(await summary('The city said residents should boil water.')).toEqual({named: [], chains: [], attributed: 1, anonymous: 0})
    expect(await summary('Officials told residents to boil water until further notice, the city said.')).toEqual({named: [], chains: [], attributed: 1, anonymous: 0})
    // An unnamed tag leaves the order unnamed people's, who "They added" points back to.
    expect(await summary('Officials told residents to stay indoors.\nThey added that the air was toxic.')).toMatchObject({attributed: 0, anonymous: 1})
    expect(await summary('Officials told residents to boil water until further notice, the city said.\nThey added that the pipes were old.')).toMatchObject({attributed: 2, anonymous: 0})
  })

  it('lists a spokesperson by name, without the title (WMT news audit: "Spokesperson Mao Ning")', async () => {
    expect(await summary('Spokesperson Mao Ning said the United States should stop its provocations.')).toMatchObject({named: ['Mao Ning'], attributed: 1})
  })

  it('names no source for an answer in deeds ("responded with a bright smile"), but does for one in words', async () => {
    expect(await summary('Kim Jong-un responded with a bright smile when asked about the launch.')).toMatchObject({named: [], attributed: 0})
    expect(await summary('China responded calmly with extraordinary measures.')).toMatchObject({named: [], attributed: 0})
    expect(await summary('The Foreign Ministry responded with a statement saying the talks would go on.')).toMatchObject({named: ['Foreign Ministry'], attributed: 1})
  })

  it('names no source in a dateline that opens a paragraph in brackets ("(Comprehensive report on the 11th)")', async () => {
    expect(await summary('(Comprehensive report on the 11th) On the evening of the 8th, North Korea held a military parade.')).toMatchObject({named: [], attributed: 0})
    // A bracketed aside with no day in it is read as before.
    expect(await summary('(Reuters reported the figures on Monday) The parade was held at night.')).toMatchObject({named: ['Reuters']})
  })

  it('names no one for a nationality with a compass word ("North Korean state media released footage")', async () => {
    expect(await summary('North Korean state media released footage of the parade.')).toMatchObject({named: []})
    expect(await summary('North Korea said the launch was a success.')).toMatchObject({named: ['North Korea'], attributed: 1})
    expect(await summary('South Africa said the talks would resume.')).toMatchObject({named: ['South Africa'], attributed: 1})
  })

  it('reads "Name (ACRONYM) said" as the name, and lists its acronym used later as the same source', async () => {
    expect(await summary('The Beijing Stock Exchange (BSE) said trading would resume. The BSE said margin rules would change.')).toMatchObject({
      named: ['Beijing Stock Exchange'],
      attributed: 2,
    })
  })
})

describe('round 12b: review r14', () => {
  it('names the person after a body or a place in an apposition without commas, and flags nothing (items 1 and 2)', async () => {
    expect(await summary('A manager of Sberbank Olga Ivanova said the branch would close.')).toEqual({named: ['Olga Ivanova'], chains: [], attributed: 1, anonymous: 0})
    expect(await summary('An employee of Gazprom Petrov said the plant would close.')).toEqual({named: ['Petrov'], chains: [], attributed: 1, anonymous: 0})
    expect(await summary('A member of Parliament Petrov said the bill would pass.')).toEqual({named: ['Petrov'], chains: [], attributed: 1, anonymous: 0})
    expect(await summary('A resident of Belgorod Anna Petrova told the BBC that the shelling was heavy.')).toMatchObject({named: ['Anna Petrova'], chains: [], attributed: 1})
    expect(await summary('A local from Bakhmut Oleg Ivanov told Reuters that the city was destroyed.')).toMatchObject({named: ['Oleg Ivanov'], chains: []})
    expect(await summary('A citizen of Russia Ivan Petrov said he would appeal to the court.')).toMatchObject({named: ['Ivan Petrov'], attributed: 1})
    // With commas, the name in apposition speaks.
    expect(await summary('A resident of Belgorod, Anna Petrova, told the BBC that the shelling was heavy.')).toMatchObject({named: ['Anna Petrova'], chains: [], attributed: 1})
    // A given name opens a person's whole name: Ivan Petrov's manager is unnamed.
    expect(await summary('A manager of Ivan Petrov said the singer had cancelled the tour.')).toEqual({named: [], chains: [], attributed: 0, anonymous: 1})
    // Still an unnamed employee of a body named by two words, or of a body in a city ("-in" ends places too).
    expect(await summary('A member of Gazprom Neft said the plant would close.')).toEqual({named: [], chains: [], attributed: 0, anonymous: 1})
    expect(await summary('A trader at Commerzbank Berlin said the rouble would fall.')).toEqual({named: [], chains: [], attributed: 0, anonymous: 1})
  })

  it('takes a name in apposition for the speaker, not one that renames "the city|the region" (item 2)', async () => {
    expect(await summary('The governor of the region, Vyacheslav Gladkov, said the shelling was heavy.')).toEqual({named: ['Vyacheslav Gladkov'], chains: [], attributed: 1, anonymous: 0})
    for (const text of ['Residents of the region, Belgorod Oblast, said the shelling was heavy.', 'Residents of the city, New York, said the storm was heavy.']) expect(await summary(text), text).toEqual({named: [], chains: [], attributed: 1, anonymous: 0})
  })
})

describe('review r15: the lead’s sourcing changes, narrowed', () => {
  it('names no body whose unnamed official speaks when the body’s acronym follows in brackets (item 1)', async () => {
    expect(await summary('An official of the African National Congress (ANC) said the talks had failed.')).toMatchObject({named: [], attributed: 0})
    expect(await summary('Sources in the Ministry of Defence (MOD) said the base would close.')).toMatchObject({named: []})
  })

  it('merges a two-letter acronym only as the story defines it: AP is not Andrei Petrov (last read)', async () => {
    expect(await summary('Andrei Petrov said the deal was done. The talks resumed, AP said.')).toMatchObject({named: ['Andrei Petrov', 'AP']})
  })

  it('merges an acronym the story defines in brackets into its name, whatever its initials (item 5)', async () => {
    expect(await summary('The Federal Security Service (FSB) said two men were detained. The FSB said they had planned an attack.')).toMatchObject({named: ['Federal Security Service'], attributed: 2})
  })

  it('reads an answer in deeds followed by words as speech (item 2)', async () => {
    expect(await flagged('The minister responded with laughter and said the plan would clearly fail.')).toEqual([])
    expect(await flagged('The minister responded with a comment on sanctions: the plan would clearly fail.')).toEqual([])
    expect(await summary('Kim Jong-un responded with a bright smile when asked about the launch.')).toMatchObject({named: []})
  })

  it('gives a document to a body or an outlet after "from" or "of", and to a spokesman’s body before its acronym', async () => {
    expect(await summary('According to data from Rosstat, inflation will likely slow.')).toMatchObject({named: ['Rosstat'], attributed: 1})
    expect(await summary('According to a report from Agence France-Presse, the talks will probably resume.')).toMatchObject({named: ['Agence France-Presse'], attributed: 1})
    expect(await summary('According to a report of the UN Human Rights Council, the civilians were probably killed by shelling.')).toMatchObject({named: ['UN Human Rights Council'], attributed: 1})
    expect(await summary('A spokesman for the Federal Security Service (FSB) said the suspect would likely be charged.')).toMatchObject({named: ['Federal Security Service'], attributed: 1})
  })

  it('gives a document only to an identified author after "by" (item 3)', async () => {
    for (const text of ['According to a report from Moscow, the talks will probably fail.', 'According to a report by a Western newspaper, the talks will probably fail.', 'According to a report from Beijing, the talks will probably resume.']) {
      expect(await flagged(text), text).toEqual(['hedge/unsupported: probably'])
    }
  })

  it('reads only "point out" as saying (item 5)', async () => {
    expect(await summary('Key points of the plan were published on Monday.')).toMatchObject({named: [], attributed: 0})
    expect(await summary('The soldier pointed a rifle at the crowd.')).toMatchObject({named: [], attributed: 0})
  })
})

describe('round 16: "Called X, …" names a thing, "called out" tags a speaker', () => {
  it('gives no source for a name given, and the speaker for a call (review of round 16, Brown cf36)', async () => {
    expect(await summary('Called Perennian, the collection avoids the monotony of matching pieces.')).toMatchObject({named: [], attributed: 0})
    expect(await summary('This logical error, called a negative definition, has been pointed out by critics.')).toMatchObject({named: [], attributed: 0})
    expect(await summary('"Run, run!" Called out Means as she ran.')).toMatchObject({named: ['Means']})
  })
})

describe('names that end in a possessive mark (Reuters-21578 tuning half, eighteenth stop)', () => {
  it('reads a capitalised name shaped like a possessive before a verb of saying as the source, mark and all', async () => {
    // Reuters-21578 r17830: "…, Moody's added." was read as "Moody" owning the noun "added".
    expect(await flagged("The approval of the stay may enhance the prospects for a favorable judgment, Moody's added.")).toEqual([])
    expect(await summary("The approval of the stay may enhance the prospects for a favorable judgment, Moody's added.")).toEqual({named: ["Moody's"], chains: [], attributed: 1, anonymous: 0})
    expect(await summary("The rating will probably stay, Standard and Poor's said.")).toMatchObject({named: ["Standard and Poor's"], attributed: 1})
    // A possessive before a noun is still no source: "Lavrov's remarks" names no speaker; nor does a lower-case owner before "said".
    expect(await flagged("The ministry's said report may be late.")).toEqual(['hedge/unsupported: may be'])
  })

  it('lists "CSR\'s" and "CSR" in one story as one source', async () => {
    const text = "CSR said the offer was generous.\n\nThe takeover came soon after CSR's earlier reported statement that it will sell its unit."
    expect((await summary(text)).named).toEqual(['CSR'])
  })
})

describe('a company named with and without its legal form (Reuters-21578 tuning half, eighteenth stop)', () => {
  it('lists "Biogen Inc" and "Biogen" in one story as one source, the fuller name kept', async () => {
    expect((await summary('Biogen Inc said its first-quarter loss narrowed.\n\nBiogen said sales of its drug rose.')).named).toEqual(['Biogen Inc'])
    expect((await summary('Mannesmann AG said orders rose.\n\nMannesmann said the outlook was good.')).named).toEqual(['Mannesmann AG'])
    // Another company whose name only begins the same stays apart.
    expect((await summary('Biogen Inc said its loss narrowed.\n\nBiogen Research Corp said sales rose.')).named).toEqual(['Biogen Inc', 'Biogen Research Corp'])
  })
})

describe('a wire headline in capitals (eighteenth stop)', () => {
  it('gives its hedge to the headline\'s source but lists no name from its capitals', async () => {
    const text = 'LAWSON SAYS STERLING MAY FALL FURTHER\n\nBritain\'s chancellor, Nigel Lawson, said sterling may fall further.'
    expect(await flagged(text)).toEqual([])
    expect((await summary(text)).named).toEqual(['Nigel Lawson'])
  })
})

describe('an adverb opening the sentence before a named source (summary fixes, twentieth stop)', () => {
  it('is no part of the source\'s name', async () => {
    expect(await summary('Later Vladimir Putin said the talks would resume.')).toMatchObject({named: ['Vladimir Putin'], attributed: 1})
    expect(await summary('Later Kim Jong Un said the talks would resume.')).toMatchObject({named: ['Kim Jong Un']})
    for (const adverb of ['Earlier', 'Today', 'Yesterday', 'Separately', 'Also', 'Still', 'However', 'Then', 'Now', 'Afterwards', 'Previously', 'Instead']) {
      expect((await summary(`${adverb} Vladimir Putin said the talks would resume.`)).named).toEqual(['Vladimir Putin'])
    }
    // Inside a name it stays: only the sentence's opener is an adverb.
    expect((await summary('USA Today said the talks would resume.')).named).toEqual(['USA Today'])
  })
})

describe('a fronted "Citing X, Y said" (summary fixes, twentieth stop)', () => {
  it('gives the chain of the mid-sentence form: the one who cites, then the source cited', async () => {
    expect(await summary('The paper, citing anonymous sources, said the deal was close.')).toMatchObject({chains: ['The paper ← anonymous sources'], anonymous: 1})
    expect(await summary('Citing anonymous sources, the paper said the deal was close.')).toMatchObject({chains: ['The paper ← anonymous sources'], anonymous: 1})
    expect(await summary('Citing unnamed officials, Reuters said the deal was close.')).toEqual({named: ['Reuters'], chains: ['Reuters ← unnamed officials'], attributed: 0, anonymous: 1})
    const quoting = await summary('Quoting a source in the Kremlin, TASS reported that the drills would end.')
    expect(quoting).toEqual(await summary('TASS, quoting a source in the Kremlin, reported that the drills would end.'))
    expect(quoting).toMatchObject({named: ['TASS'], chains: ['TASS ← a source in the Kremlin']})
  })
})

describe('a closing "the paper reported citing X" with no comma (summary fixes, twentieth stop)', () => {
  it('gives the chain of "the paper reported, citing X": the verb of saying is no part of the one who cites', async () => {
    expect(await summary('The deal was close, the paper reported citing anonymous sources.')).toMatchObject({chains: ['The paper ← anonymous sources'], anonymous: 1})
    expect(await summary('The deal was close, the paper reported, citing anonymous sources.')).toMatchObject({chains: ['The paper ← anonymous sources'], anonymous: 1})
    expect(await summary('The paper reported citing anonymous sources that the deal was close.')).toMatchObject({chains: ['The paper ← anonymous sources'], anonymous: 1})
  })
})

describe('"Putin said…, the paper reported citing X": the chain is the paper\'s, not the speaker\'s (twenty-first stop)', () => {
  it('takes the subject of the verb of saying before "citing" for the one who cites, with or without a comma', async () => {
    const noComma = await summary('Putin said the talks would resume next week, the paper reported citing a source in the Kremlin.')
    expect(noComma).toMatchObject({named: ['Vladimir Putin'], chains: ['The paper ← a source in the Kremlin'], anonymous: 1})
    expect(await summary('Putin said the talks would resume next week, the paper reported, citing a source in the Kremlin.')).toEqual(noComma)
    expect(await summary('Putin said the talks would resume next week, Izvestia reported, citing a source in the Kremlin.')).toMatchObject({chains: ['Izvestia ← a source in the Kremlin']})
  })

  it('keeps the sentence\'s named speaker as the one who cites when no verb of saying stands before "citing"', async () => {
    expect(await summary('A Reuter report from Rotterdam quoted industry sources there as saying stocks were low.')).toMatchObject({chains: ['Reuter ← industry sources there']})
  })
})
