import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../src/stages/attribution.js'
import type {Format} from '../src/types.js'
import {claims, flagged} from './claims-helper.js'

const seed = readFileSync(new URL('../fixtures/cyber-command/input.md', import.meta.url), 'utf8')

describe('attribution stage', () => {
  it('exports its contract rules', () => {
    expect(rules.map((rule) => rule.ruleId).sort()).toEqual(['anonymous', 'unsourced-section', 'weasel'])
  })

  it('flags the anonymous sourcing in the seed and gives the sourcing summary', async () => {
    const {file, messages} = await claims(seed, 'markdown')
    expect(messages.filter((message) => message.ruleId === 'anonymous').map((message) => message.actual)).toEqual(['citing anonymous sources'])
    const sourcing = file.data.sourcing!
    // Names as the bundled style sheet writes them: the article's bare "Record" is "The Record".
    expect(sourcing.named).toEqual(['RIA Novosti', 'The Record', 'Sergey Lavrov', 'Vladimir Putin', 'Gazeta.ru'])
    expect(sourcing.named).not.toContain('United')
    expect(sourcing.chains).toEqual([{chain: ['RIA Novosti', 'The Record', 'anonymous sources'], depth: 2, end: 'anonymous sources'}])
    expect(sourcing.counts.unattributedSpeculativeSentences).toBeGreaterThanOrEqual(5)
    expect(sourcing.counts.unsourcedSections).toBe(1)
  })

  it('reads a headline that opens with a name and a colon or dash as that speaker’s words', async () => {
    expect(await flagged('Saakashvili: Ukraine will probably never get out of the hole')).toEqual([])
    expect(await flagged('Andrei Illarionov - collusion between the two leaders is unlikely')).toEqual([])
    const {file} = await claims('Saakashvili: Ukraine will probably never get out of the hole')
    expect(file.data.sourcing!.named).toEqual(['Saakashvili'])
    // A dateline, a label or a title is no speaker.
    expect(await flagged('MOSCOW — The talks will probably fail.')).toEqual(['hedge/unsupported: probably'])
    expect(await flagged('Update: the plant will probably close next year.')).toEqual(['hedge/unsupported: probably'])
    expect(await flagged('Reports: the plant will probably close next year.')).toEqual(['hedge/unsupported: probably'])
    const {file: label} = await claims('Roman Zamulin: former warrant officer, driver, probably guilty of six murders.')
    expect(label.data.sourcing!.named).toEqual([])
    const {file: title} = await claims('# Key Findings: What the Data Shows Us\n\nThe plant will close.', 'markdown')
    expect(title.data.sourcing!.named).toEqual([])
  })

  it('gives the seed’s US Perspective section, and only it, an unsourced-section finding on its heading', async () => {
    const {messages} = await claims(seed, 'markdown')
    const sections = messages.filter((message) => message.ruleId === 'unsourced-section')
    expect(sections.map((message) => message.actual)).toEqual(['US Perspective: A Complex Dialogue'])
  })

  it('leaves a sourced section and an empty section alone', async () => {
    const text = '## Outlook\n\n## Market\n\nPrices rose by 5% in March, the statistics office said. Exports fell for the third month. Imports were flat over the quarter.\n'
    expect(await flagged(text, 'markdown')).toEqual([])
    const background = '## Background\n\nThe plant opened in 1972 on the banks of the river. It employs about 4,000 people in three shifts. Its reactors were upgraded between 2010 and 2014.\n'
    expect(await flagged(background, 'markdown')).toEqual([])
    const unsourced = '## Outlook\n\nThe deal will reshape the market for years. Prices will probably fall across the region. Rivals are preparing a response to the merger.\n'
    expect(await flagged(unsourced, 'markdown')).toEqual(['hedge/unsupported: probably', 'attribution/unsourced-section: Outlook'])
  })

  it('writes names the style sheet knows in its form and leaves others as written', async () => {
    const {file} = await claims('Sergei Lavrov said on Monday that the talks were over. Jane Doe, citing Ria Novosti, wrote that the talks had failed.')
    expect(file.data.sourcing!.named).toEqual(['Sergey Lavrov', 'RIA Novosti', 'Jane Doe'])
    expect(file.data.sourcing!.chains).toEqual([{chain: ['Jane Doe', 'RIA Novosti'], depth: 1, end: 'RIA Novosti'}])
  })

  it('builds a chain from "X citing Y"', async () => {
    const {file} = await claims('Tass, citing the Defence Ministry, said two drones were downed.')
    // "Tass" is written "TASS" in the bundled style sheet.
    expect(file.data.sourcing!.chains).toEqual([{chain: ['TASS', 'Defence Ministry'], depth: 1, end: 'Defence Ministry'}])
  })

  it('gives ", citing Y" after "X reported" to the reporter, not to a name earlier in the sentence', async () => {
    const {file} = await claims('Lavrov is expected to meet Secretary of State Marco Rubio later this year, TASS reported, citing a source in the ministry.')
    expect(file.data.sourcing!.chains).toEqual([{chain: ['TASS', 'a source in the ministry'], depth: 1, end: 'a source in the ministry'}])
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
    const sections = '##\n\nThe deal will reshape the market for years. Prices will probably fall across the region. Rivals are preparing a response to the merger.\n'
    expect(await flagged(sections, 'markdown')).toEqual(['hedge/unsupported: probably'])
    expect(await flagged('" He said it could probably work')).toEqual([])
    const {file} = await claims('')
    expect(file.data.sourcing).toMatchObject({named: [], chains: []})
  })
})

describe('attribution detection', () => {
  it('names a source in "as suggested by X" without attributing the whole sentence', async () => {
    const {file, messages} = await claims('By preparing questions, as suggested by Putin, the US likely aims to advance its agenda.')
    expect(messages.map((message) => message.actual)).toEqual(['likely'])
    expect(file.data.sourcing!.named).toEqual(['Vladimir Putin'])
  })

  it('follows "the publication" back to the outlet named as the previous sentence’s subject', async () => {
    const text = 'Gazeta.ru, a Russian online newspaper, offered insights into the talks. The publication highlighted the length of the meeting, suggesting that both sides could be seen as willing.'
    const {file, messages} = await claims(text)
    expect(messages).toEqual([])
    expect(file.data.sourcing!.counts.attributedSentences).toBe(1)
    expect(file.data.sourcing!.named).toEqual(['Gazeta.ru'])
    // "This distinction" is no source: the same inference is then the writer's.
    expect(await flagged('The talks ended. This distinction highlighted the length of the meeting, suggesting that both sides could be seen as willing.')).toEqual([
      'hedge/unsupported: suggesting that',
      'hedge/unsupported: could be seen as',
    ])
  })

  it('treats "X on Tuesday said" and "X, 72, said" as attributed', async () => {
    expect(await flagged('Lavrov on Tuesday said talks would probably resume.')).toEqual([])
    expect(await flagged('Smith, 72, told reporters the plant would likely close.')).toEqual([])
  })

  it('keeps a sentence-opening booster as the writer’s even when a source follows', async () => {
    expect(await flagged('Of course, the tragedy that Morozov writes about is partly a continuation of the civil war.')).toEqual(['hedge/booster: Of course'])
    expect(await flagged('Of course, the talks will go on, Lavrov said.')).toEqual([])
  })

  it('does not credit a claim to a name that only qualifies the subject', async () => {
    expect(await flagged('Sokolov’s visa application allegedly indicated his employer.')).toEqual(['hedge/unsupported: allegedly'])
  })

  it('takes a name after "officials said" for the claim’s subject, and a name after the rank for the source', async () => {
    expect(await flagged('Federal officials said Kopp fired the shots.')).toEqual(['attribution/anonymous: officials said'])
    expect(await flagged('The talks will resume, said US official John Smith.')).toEqual([])
  })

  it('reads a capitalised "Press" or "Media" inside a sentence as part of an outlet’s name', async () => {
    expect(await flagged('The Associated Press reported that the plant closed.')).toEqual([])
    expect(await flagged('Local media reported that the plant closed.')).toEqual(['attribution/anonymous: media reported'])
  })

  it('does not take a gerund after a preposition for attribution', async () => {
    expect(await flagged('It goes without saying that the plan will obviously fail.')).toEqual(['hedge/booster: It goes without saying', 'hedge/booster: obviously'])
  })

  it('reads "the official said" as the unnamed official cited earlier in the story, not only in the sentence before', async () => {
    const story = 'Bush will authorize force, a U.S. official said. Iraq has rimmed the capital with air defences. The official said the weapons included missiles.'
    expect(await flagged(story)).toEqual(['attribution/anonymous: a U.S. official said', 'attribution/anonymous: The official said'])
    // With a named source or a named official before it, "the official" is whoever the story introduced.
    expect(await flagged('The talks failed, Smith told reporters. The official said he would resign.')).toEqual([])
    expect(await flagged('Ivan Petrov, a ministry official, was dismissed. The official said he would resign.')).toEqual([])
    // Round 21: with neither, no name is in view ("The Sandoz official said…" read without the story's lead).
    expect(await flagged('The talks failed. The official said he would resign.')).toEqual(['attribution/anonymous: The official said'])
  })

  it('reads "he added" as the unnamed person of the sentence before, but not when that sentence has a named speaker', async () => {
    expect(await flagged('The strike was planned, a U.S. official said. He added that more would follow.')).toEqual(['attribution/anonymous: a U.S. official said', 'attribution/anonymous: He added'])
    expect(await flagged('Putin met the envoy, Reuters reported. He said the talks were useful.')).toEqual([])
    // Mid-sentence, only as a tag after a comma: "…, they note, …".
    expect(await flagged('Officials say the goal is 40,000 troops. In the first days, they note, the leader spoke on radio.')).toEqual(['attribution/anonymous: Officials say', 'attribution/anonymous: they note'])
  })

  it('reads a quotation mark left at the head of a sentence before a lower-case word as the end of a cut quotation', async () => {
    expect(await flagged('" the teenager asked his rescuers. According to official statistics, 20,000 people died.')).toEqual(['attribution/anonymous: According to official statistics'])
    expect(await flagged('"The talks failed. According to official statistics, 20,000 people died."')).toEqual([])
  })

  it('reads a quotation mark and a dash at the head of a sentence as the end of a cut quotation and its speaker tag', async () => {
    expect(await flagged('"- The teenager asked his rescuers. According to official statistics, 20,000 people died.')).toEqual(['attribution/anonymous: According to official statistics'])
    expect(await flagged('" — the boy asked the rescuer. According to official statistics, 20,000 people died.')).toEqual(['attribution/anonymous: According to official statistics'])
  })

  it('ends a quotation left open at the end of its paragraph with the sentence it opened in, unless the next paragraph goes on with it', async () => {
    const cut = '“The teenager, trapped for 129 hours, asked the rescuers to free him. A man holds his cat. According to official statistics, 20,000 people died.'
    expect(await flagged(cut)).toEqual(['attribution/anonymous: According to official statistics'])
    // News style: a quotation that runs on into the next paragraph leaves its paragraph open and opens the next with a mark.
    const runsOn = '“We will win. According to official statistics, we lead.\n\n“Nothing will stop us,” he said.'
    expect(await flagged(runsOn, 'markdown')).toEqual([])
  })

  it('takes a capitalised word after "an official," for a name only when it closes like an apposition', async () => {
    expect(await flagged('According to a senior official, Russia will leave the talks.')).toEqual(['attribution/anonymous: According to a senior official'])
    expect(await flagged('According to a senior official, Ivan Petrov, Russia will leave the talks.')).toEqual([])
    expect(await flagged('According to the official news agency, Nationalist Party deputy chairman Hsia is in Beijing.')).toEqual(['attribution/anonymous: According to the official news agency'])
    expect(await flagged('According to the official news agency IRNA, the talks failed.')).toEqual([])
  })

  it('reads a phrase across a connective set off by commas ("officials, however, said")', async () => {
    expect(await flagged('U.S. officials, however, said the convoy was hit.')).toEqual(['attribution/anonymous: officials, however, said'])
    expect(await flagged('Others, however, contend that the rules changed.')).toEqual(['attribution/weasel: Others, however, contend'])
    // A modal's verb is read past the connective: "may, instead, use" is what such parties can do, not a guess.
    expect(await flagged('Parties that lack control may, instead, use commercial means.')).toEqual([])
    // A comma without a connective still breaks the phrase.
    expect(await flagged('Officials, the report said, were told.')).toEqual([])
  })

  it('reads unnamed officials with three words of rank ("a senior U.S. military intelligence official")', async () => {
    expect(await flagged('A senior U.S. military intelligence official said the convoy was hit.')).toEqual(['attribution/anonymous: A senior U.S. military intelligence official said'])
    expect(await flagged('Officials who were briefed on the attack said the convoy was hit.')).toEqual(['attribution/anonymous: who were briefed on'])
  })

  it('credits "some sources say" to a crowd but "several sources said" and "some reports said" to unnamed sources', async () => {
    expect(await flagged('Some sources say he was born in Quito.')).toEqual(['attribution/weasel: Some sources say'])
    expect(await flagged('Several sources said the deal was close.')).toEqual(['attribution/anonymous: Several sources said'])
    expect(await flagged('Some reports said the minister had resigned.')).toEqual(['attribution/anonymous: Some reports said'])
  })

  it('keeps hedges inside typewriter quotation marks (``…\'\') with their speaker', async () => {
    expect(await flagged("Petrov said the treaty ``is perhaps the best hope for peace.''")).toEqual([])
    expect(await flagged("``Obviously, it is deeply discouraging,'' said a Foreign Office spokesman.")).toEqual([])
  })

  it('gives a paragraph introduced by an attributed sentence ending in a colon to that source', async () => {
    const statement = 'In a statement to the Australian Broadcasting Corporation, the Church denied these allegations:\n\nShe certainly was not forced to be there. The claims will probably be dropped.\n\nThe court will probably rule next week.'
    // The statement's booster and hedge are the Church's; the paragraph after it is the writer's again.
    expect(await flagged(statement)).toEqual(['hedge/unsupported: probably'])
    // A colon that opens a list, not a statement, gives nothing away.
    expect(await flagged('The measures include:\n\nTaxes will probably rise.')).toEqual(['hedge/unsupported: probably'])
  })

  it('ends an introduced statement where the writer names a source or a crowd, quotes, or puts something between', async () => {
    // A sentence with a source of its own is the writer's report again.
    expect(await flagged('Reuters reported on Monday:\n\nThe army will probably retreat, sources said.', 'markdown')).toEqual(['attribution/anonymous: sources said'])
    // Round 23: the certainty inside the crowd's claim is the crowd's, and its finding alone stays.
    expect(await flagged('The ministry said the following:\n\nThe army will probably retreat. Critics say the ministry is clearly hiding losses.', 'markdown')).toEqual([
      'attribution/weasel: Critics say',
    ])
    // Quotation marks say themselves whose words are whose.
    expect(await flagged('Smith said on Monday:\n\n"We will win." Experts say the vote will probably be close.', 'markdown')).toEqual([
      'attribution/weasel: Experts say',
    ])
    // An embedded post between the introduction and the next paragraph.
    expect(await flagged('Zelensky wrote on Telegram:\n\n![post](https://example.com/post.png)\n\nThe offensive will probably stall.', 'markdown')).toEqual(['hedge/unsupported: probably'])
    // A list's items are the statement, and the paragraph after it the writer's.
    const list = '<p>The ministry published its demands:</p><ul><li>Troops will probably withdraw.</li><li>Sanctions will certainly end.</li></ul><p>The deal will probably fail.</p>'
    expect(await flagged(list, 'html')).toEqual(['hedge/unsupported: probably'])
    // The same in Markdown, bulleted and numbered, and in plain text.
    const bullets = 'The ministry published its demands:\n\n- Troops will probably withdraw.\n- Sanctions will certainly end.\n\nThe deal will probably fail.'
    expect(await flagged(bullets, 'markdown')).toEqual(['hedge/unsupported: probably'])
    expect(await flagged(bullets.replace('- Troops', '1. Troops').replace('- Sanctions', '2. Sanctions'), 'markdown')).toEqual(['hedge/unsupported: probably'])
    expect(await flagged(bullets, 'text')).toEqual(['hedge/unsupported: probably'])
    // A list that follows a statement paragraph is no longer the source's.
    expect(await flagged('The ministry said on Monday:\n\nTroops will withdraw.\n\n- Sanctions will certainly end.', 'markdown')).toEqual(['hedge/booster: certainly'])
  })

  it('reads a reporting word followed by a verb as a noun, not a verb ("The Biden call was noted")', async () => {
    const {file} = await claims('The Biden call was noted. The Kremlin report has drawn criticism. Macron calls the plan a failure.')
    expect(file.data.sourcing!.named).toEqual(['Macron'])
    expect(await flagged('The Putin claims were likely false.')).toEqual(['hedge/unsupported: likely'])
  })

  it('names no source for figures that open a sentence ("Estimates suggest…")', async () => {
    const {file} = await claims('Estimates suggest 8000 migrants may be at sea. Jeff Rathke said the boats must be let in. Recent reports have revealed that a defector was arrested.')
    expect(file.data.sourcing!.named).toEqual(['Jeff Rathke'])
    // A figure noun inside a name is part of it.
    const {file: agencies} = await claims('Statistics Canada said prices rose. The Data Protection Commission said it would appeal.')
    expect(agencies.data.sourcing!.named).toEqual(['Statistics Canada', 'Data Protection Commission'])
  })

  it('names the person after a title or an institution, and keeps a place whole', async () => {
    const {file} = await claims('Labour Shadow Home Secretary Yvette Cooper said the plan would fail. Refugee Council Enver Solomon said it was cruel. North Korea said talks were over.')
    expect(file.data.sourcing!.named).toEqual(['Yvette Cooper', 'Enver Solomon', 'North Korea'])
    // A place after a preposition says where, not who.
    const {file: places} = await claims('The pause will last until the talks in Istanbul conclude. Officials in Moscow said nothing.')
    expect(places.data.sourcing!.named).toEqual([])
    // "at" and "from" name the firm people speak for; an institution word inside a firm's name stays.
    expect(await flagged('Analysts at Goldman Sachs said the rate would probably rise.')).toEqual([])
    const {file: firms} = await claims('Economists at JPMorgan said inflation would ease. Police Scotland said the road was closed. Office Depot said sales fell.')
    expect(firms.data.sourcing!.named).toEqual(['JPMorgan', 'Police Scotland', 'Office Depot'])
    const {file: authority} = await claims('The South Africa Civil Aviation Authority said 12 flights were delayed.')
    expect(authority.data.sourcing!.named).toEqual(['South Africa Civil Aviation Authority'])
  })

  it('takes no ordinary word that opens a sentence for a name, nor lends it to "the newspaper" or "the minister" after it', async () => {
    const {file} = await claims('Talks resumed on Monday.\n\nThe newspaper, citing anonymous sources, reported that talks would resume.\n', 'markdown')
    expect(file.data.sourcing!.named).toEqual([])
    expect(file.data.sourcing!.chains).toEqual([{chain: ['The newspaper', 'anonymous sources'], depth: 1, end: 'anonymous sources'}])
    const {file: line} = await claims('Line one is fine.\nThe minister said the plan would probably fail.\n')
    expect(line.data.sourcing!.named).toEqual([])
    const {file: openers} = await claims('Well, I think the port will close. Take the harbour: Smith says it will close. Sports in the region reaffirm old habits. It emphasizes success. I’ll show you.')
    expect(openers.data.sourcing!.named).toEqual(['Smith'])
    // A name that is also a word is still a name: the word list has it capitalised as a common name, or another name word follows.
    const {file: names} = await claims('Apple unveiled a phone. The company said it would ship in May. Defence Ministry said it was over. Trump suggested the plan would fail.')
    expect(names.data.sourcing!.named).toEqual(['Apple', 'Defence Ministry', 'Donald Trump'])
    // A word alone as the subject of a reporting verb is its source: machine translation drops an outlet's "The".
    expect(await flagged('Guardian reported that the plan would likely fail. Meta confirmed that the app would probably close.')).toEqual([])
    const {file: outlets} = await claims('Guardian reported that the plan would likely fail. Meta confirmed that the app would probably close.')
    expect(outlets.data.sourcing!.named).toEqual(['Guardian', 'Meta'])
    // A verb of inference needs a source, and a closed-class word is none: the hedge stays the writer's. Round 23: the one inside
    // what unnamed reports suggest is theirs, and their finding alone stays.
    const text = 'History shows the plan will likely fail. Now reports suggest it will probably fail. Someone claimed it would fail.'
    expect(await flagged(text)).toEqual(['hedge/unsupported: likely', 'attribution/anonymous: reports suggest'])
    expect((await claims(text)).file.data.sourcing!.named).toEqual([])
  })

  it('does not point a phrase that names its own source back to the sentence before', async () => {
    const {file} = await claims('Gazeta.ru ran a photo of the plains.\n\nAccording to the Saudi Interior Ministry over 300 pilgrims died.\n', 'markdown')
    expect(file.data.sourcing!.named).not.toContain('Gazeta.ru')
  })

  it('keeps a name whole across "of", and across "and" after an ordinary word', async () => {
    const {file} = await claims('According to the Arts and Humanities Citation Index, Chomsky is the most cited scholar. The U.S. Department of Agriculture notes that ozone damages crops. The Bank of England said rates would rise.')
    expect(file.data.sourcing!.named).toEqual(['Arts and Humanities Citation Index', 'Department of Agriculture', 'Bank of England'])
    // Two names stay two; a title before "of" stays a title.
    const {file: two} = await claims('According to Reuters and AP, the plan will fail. Minister of Foreign Affairs Sergey Lavrov said the talks were over.')
    expect(two.data.sourcing!.named).toEqual(['Reuters', 'Sergey Lavrov'])
    // Institutions of several words before "of" stay whole.
    const {file: academies} = await claims('The National Academy of Sciences said the plan would fail. The London School of Economics said so too.')
    expect(academies.data.sourcing!.named).toEqual(['National Academy of Sciences', 'London School of Economics'])
  })

  it('quotes the copy in a reason as a reader sees it, and keeps `actual` the file’s own text', async () => {
    const reasons = async (text: string, format: Format) => (await claims(text, format)).messages.map((message) => [message.reason.match(/`([^`]*)`/)![1], message.actual])
    expect(await reasons('<p>The paper, citing anonymous&nbsp;sources, said so.</p>', 'html')).toEqual([['citing anonymous sources', 'citing anonymous&nbsp;sources']])
    expect(await reasons('The paper, citing *anonymous* sources, said so.', 'markdown')).toEqual([['citing anonymous sources', 'citing *anonymous* sources']])
    expect(await reasons('{"headline": "Talks", "body_text": "The paper, citing anonymous\\u00a0sources, said so."}', 'ninjs')).toEqual([['citing anonymous sources', 'citing anonymous\\u00a0sources']])
    expect(await reasons('Some\nsay it will fail.', 'text')).toEqual([['Some say', 'Some\nsay']])
    const section = '<h2>Caf&eacute; Outlook &amp; Risks</h2><p>The deal will reshape the market for years. Prices will probably fall across the region. Rivals are preparing a response to the merger.</p>'
    expect(await reasons(section, 'html')).toEqual([['probably', 'probably'], ['Café Outlook & Risks', 'Caf&eacute; Outlook &amp; Risks']])
  })
})

describe('anonymous sourcing in machine-translated and wire copy (round 9)', () => {
  it('flags unnamed media whatever verb they report with', async () => {
    // Sentences of the team's own: the held-out WMT sentences this family was written for are not paraphrased here.
    const text = 'Brazilian media pointed out that the bridge had been closed twice since March. Argentine media believe that a deal on tariffs is close.'
    expect(await flagged(text)).toEqual(['attribution/anonymous: media pointed', 'attribution/anonymous: media believe'])
    // A named outlet and media as people in a room stay silent.
    expect(await flagged('Media representatives visited the plant on Monday. The Associated Press noted that output had doubled.')).toEqual([])
  })

  it('flags unnamed sources an outlet quotes, and reports that "put" a figure', async () => {
    expect(await flagged('Military sources quoted by Interfax said the convoy had crossed the border overnight.')).toEqual(['attribution/anonymous: sources quoted by'])
    expect(await flagged('The newspaper cited sources as saying the talks had collapsed.')).toEqual(['attribution/anonymous: cited sources as saying'])
    expect(await flagged('Some reports put the death toll at 50, but the ministry has confirmed 12.')).toEqual(['attribution/anonymous: Some reports put'])
    expect(await flagged('Earlier reports had suggested that the plant would close in March.')).toEqual(['attribution/anonymous: Earlier reports had suggested'])
  })

  it('flags the role-only officials of translated Chinese news, not a named one', async () => {
    expect(await flagged('It is learned that the new rules will take effect on March 1.')).toEqual(['attribution/anonymous: It is learned that'])
    expect(await flagged('The relevant person in charge of the port authority explained that ships would be inspected at night.')).toEqual(['attribution/anonymous: The relevant person in charge of the port authority explained'])
    expect(await flagged('Relevant officials replied that the bridge would reopen in the spring.')).toEqual(['attribution/anonymous: Relevant officials replied'])
    expect(await flagged('The person in charge, Li Ming, said the rules would take effect on March 1.')).toEqual([])
  })

  it('flags unnamed sources and officials with verbs of admission and an auxiliary', async () => {
    expect(await flagged('Informed sources acknowledged that the talks had stalled over the weekend.')).toEqual(['attribution/anonymous: sources acknowledged'])
    expect(await flagged('Sources have suggested the ceasefire could collapse.')).toEqual(['attribution/anonymous: Sources have suggested'])
    expect(await flagged('Officials in Washington acknowledged the talks had stalled.')).toEqual(['attribution/anonymous: Officials in Washington acknowledged'])
    expect(await flagged('Officials strongly deny that the plan was approved.')).toEqual(['attribution/anonymous: Officials strongly deny'])
    expect(await flagged('Officials only met on Monday.')).toEqual([])
  })

  it('flags unnamed people inside a body, an entourage and "information has appeared", not a fact coming out', async () => {
    expect(await flagged('A person at the company said the bid would be raised on Monday.')).toEqual(['attribution/anonymous: A person at the company said'])
    expect(await flagged('The bid will be raised on Monday, according to two people briefed on the plan.')).toEqual(['attribution/anonymous: according to two people'])
    expect(await flagged('People in the minister’s entourage said he would resign.')).toEqual(['attribution/anonymous: People in the minister’s entourage'])
    expect(await flagged('Information has appeared in the media that the governor will resign.')).toEqual(['attribution/anonymous: Information has appeared in the media'])
    expect(await flagged('It was also reported that the governor will resign.')).toEqual(['attribution/anonymous: It was also reported'])
    expect(await flagged('He resigned after it became known that he had left documents at a friend’s flat.')).toEqual([])
    expect(await flagged('The minister arrived with his entourage on Monday.')).toEqual([])
  })

  it('lets a stray closing mark of machine translation quote back only to the quotation closed before it', async () => {
    const text = 'According to Euractiv, EU officials have acknowledged that the system is in a near "permanent crisis" as authorities cannot cope with "countless" applications across the EU. permanent crisis".'
    expect(await flagged(text)).toEqual(['attribution/anonymous: officials have acknowledged'])
    // With no quotation before it, a stray mark after a word ends a fragment whose opening is lost: the sentence is the writer's (round 10).
    expect(await flagged('EU officials have acknowledged that the system is in crisis".')).toEqual(['attribution/anonymous: officials have acknowledged'])
  })

  it('flags an unnamed senior member and a politician’s allies, not a member with a name or a group named Friends of…', async () => {
    expect(await flagged('A senior member of the ruling party said the minister would resign.')).toEqual(['attribution/anonymous: A senior member of the ruling party said'])
    expect(await flagged('Allies of the minister say he will resign within weeks.')).toEqual(['attribution/anonymous: Allies of the minister say'])
    expect(await flagged('A senior member of the party, Anna Berg, said the minister would resign.')).toEqual([])
    expect(await flagged('Friends of the Earth said the plan would fail.')).toEqual([])
  })
})

describe('anonymous sourcing: false findings from the review of round 9', () => {
  it('reads actions and passives of officials and sources as no sourcing', async () => {
    for (const text of [
      'Officials quickly responded to the fire.',
      'Officials introduced a congestion charge in 2003.',
      'City officials have introduced new parking rules.',
      'Officials pointed to a map of the flooded districts.',
      'Officials at the airport responded to the alarm by closing the terminal.',
      'Officials were widely criticised for the slow response to the floods.',
      'The officials were roundly condemned for the delay.',
      'Officials were quickly blamed for the outage.',
      'Investigators were widely praised for the arrest.',
      'Witnesses were repeatedly questioned by the police.',
      'Officials in the city were denied entry to the plant.',
      'Sources were denied protection by the court.',
      'Water sources were described as contaminated by the inspectors.',
    ]) expect(await flagged(text), text).toEqual([])
    // The hedge a passive "sources are expected to" hid is the writer's again.
    expect(await flagged('Renewable sources are expected to supply half of the grid by 2030.')).toEqual(['hedge/unsupported: are expected to'])
  })

  it('still flags officials who say something: a reply, a point made, "introduced that", an -ing form after be', async () => {
    expect(await flagged('Officials quickly responded that the fire was under control.')).toEqual(['attribution/anonymous: Officials quickly responded'])
    expect(await flagged('Officials replied: the fire is under control.')).toEqual(['attribution/anonymous: Officials replied'])
    expect(await flagged('Officials pointed out that the dam was old.')).toEqual(['attribution/anonymous: Officials pointed out'])
    expect(await flagged('Officials pointed to the floods as proof that the dam had failed.')).toEqual(['attribution/anonymous: Officials pointed to'])
    expect(await flagged('Relevant personnel introduced that the port would reopen in the spring.')).toEqual(['attribution/anonymous: Relevant personnel introduced'])
    expect(await flagged('Officials were privately warning that the dam could fail.')).toEqual(['attribution/anonymous: Officials were privately warning'])
    expect(await flagged('Officials widely criticised the plan.')).toEqual(['attribution/anonymous: Officials widely criticised'])
    expect(await flagged('Administration officials are optimistic the war can end within days.')).toEqual(['attribution/anonymous: officials are optimistic'])
  })

  it('reads people "involved in" a crime as its perpetrators', async () => {
    expect(await flagged('Those involved in the attack will be punished, the president said.')).toEqual([])
    expect(await flagged('Police are searching for others involved in the robbery.')).toEqual([])
    expect(await flagged('The plan was approved, one person involved in the talks said.')).toEqual(['attribution/anonymous: one person involved in'])
  })

  it('reads sources cited as references, sources of funding and power sources as no sourcing', async () => {
    expect(await flagged('The sources cited by the report include government statistics.')).toEqual([])
    expect(await flagged('Sources cited by the court included police records.')).toEqual([])
    expect(await flagged('Sources of funding for the project were disclosed in the report.')).toEqual([])
    expect(await flagged('New power sources expected to open in 2027 will double supply.')).toEqual([])
    // A participle whose noun still speaks later in the clause leaves the sentence anonymous, as before round 9.
    expect(await flagged('Diplomats believed to be close to the talks said the deal was near.')).toEqual(['attribution/anonymous: Diplomats believed'])
    expect(await flagged('Sources quoted by the agency as saying the port would reopen were not named.')).toEqual(['attribution/anonymous: Sources quoted by'])
    expect(await flagged('Sources in the ministry have confirmed the plan.')).toEqual(['attribution/anonymous: Sources in the ministry have confirmed'])
  })

  it('reads allies of a country and people around a table as no unnamed circle of a person', async () => {
    expect(await flagged('Allies of the United States said they would send more troops, the Pentagon said.')).toEqual([])
    expect(await flagged('Allies of the Soviet Union said the war was over.')).toEqual([])
    expect(await flagged('Allies of the former Soviet Union said the war was over.')).toEqual([])
    expect(await flagged('Allies of the former president say he will run again.')).toEqual(['attribution/anonymous: Allies of the former president say'])
    expect(await flagged('Those around the table said nothing for an hour.')).toEqual([])
    expect(await flagged('People at the rally said they had waited for hours.')).toEqual([])
    expect(await flagged('Allies of the prime minister say he will resign within weeks.')).toEqual(['attribution/anonymous: Allies of the prime minister say'])
    expect(await flagged('Those around the president said he was furious.')).toEqual(['attribution/anonymous: Those around the president said'])
    expect(await flagged('Two people at the company said the bid would be raised.')).toEqual(['attribution/anonymous: Two people at the company said'])
  })

  it('lets a source named later in the sentence clear a machine-translated cue; "it was learned" is a fact coming out', async () => {
    expect(await flagged('It is learned that the plan will take effect next year, the ministry said in a statement.')).toEqual([])
    expect(await flagged('There is information that the virus spreads by air, the WHO said.')).toEqual([])
    expect(await flagged('Information has appeared in the media that the suspect fled, police spokesman Ivan Petrov said.')).toEqual([])
    expect(await flagged('People in the minister’s entourage, including his chief of staff Ivan Petrov, said the minister would resign.')).toEqual([])
    expect(await flagged('During the hearings it was learned that his wife had received several loans.')).toEqual([])
    // An unnamed group in the tag, or none, leaves the cue.
    expect(await flagged('There is information that the virus spreads by air, officials said.')).toEqual(['attribution/anonymous: There is information that', 'attribution/anonymous: officials said'])
    expect(await flagged('People in Putin’s entourage said he would resign.')).toEqual(['attribution/anonymous: People in Putin’s entourage'])
    // A cue with its own verb is the speaker; a named outlet after it passes the words on.
    expect(await flagged('A person at the company said the bid would be raised, Reuters reported.')).toEqual(['attribution/anonymous: A person at the company said'])
  })

  it('reads a media analysis by a named body, or of social media, as no unnamed outlet', async () => {
    expect(await flagged('A Pew Research Center media analysis shows coverage fell.')).toEqual([])
    expect(await flagged('Social media analysis shows that most users are young.')).toEqual([])
    expect(await flagged('Local media analysis shows that rents have doubled.')).toEqual(['attribution/anonymous: media analysis shows'])
  })
})

describe('anonymous sourcing: real findings the first review’s guards hid (second review of round 9)', () => {
  it('reads a source noun’s -ed verb before "to|by" a recipient or means as its verb, not a reduced relative clause', async () => {
    for (const [text, flag] of [
      ['Officials confirmed to Reuters that the talks had failed.', 'Officials confirmed'],
      ['Sources disclosed to Reuters that the talks had failed.', 'Sources disclosed'],
      ['Officials said to reporters that the talks had failed.', 'Officials said'],
      ['A senior official said to reporters that the talks had failed.', 'A senior official said'],
      ['Officials conceded to reporters that the talks had failed.', 'Officials conceded'],
      ['Witnesses described to police how the car had crashed.', 'Witnesses described'],
      ['Officials warned by phone that the dam could fail.', 'Officials warned'],
    ]) expect(await flagged(text!), text).toEqual([`attribution/anonymous: ${flag}`])
  })

  it('leaves a reduced relative clause anonymous when its noun goes on to speak with any reporting verb', async () => {
    expect(await flagged('Officials said to be close to the minister warned that the talks had failed.')).toEqual(['attribution/anonymous: Officials said'])
    expect(await flagged('Sources believed to be close to the minister claimed that the talks had failed.')).toEqual(['attribution/anonymous: Sources believed'])
    expect(await flagged('Officials expected to testify warned that the talks had failed.')).toEqual(['attribution/anonymous: Officials expected'])
    // A relative clause whose noun says nothing stays silent, and a noun or an infinitive later is no verb of the noun's.
    expect(await flagged('New power sources expected to open in 2027 will double supply.')).toEqual([])
    expect(await flagged('Water sources described as contaminated in the report were closed.')).toEqual([])
    expect(await flagged('Water sources described as contaminated showed high lead levels.')).toEqual([])
    expect(await flagged('Officials told to evacuate the town left on Monday.')).toEqual([])
    expect(await flagged('Three witnesses admitted to the hospital were released.')).toEqual([])
  })

  it('flags the constructions the split verb lists dropped', async () => {
    expect(await flagged('The river burst its banks, with officials saying dozens were missing.')).toEqual(['attribution/anonymous: officials saying'])
    expect(await flagged('The talks stalled, with diplomats telling reporters that no deal was near.')).toEqual(['attribution/anonymous: diplomats telling'])
    expect(await flagged('Sources have pointed out that the bridge was closed twice.')).toEqual(['attribution/anonymous: Sources have pointed out'])
    expect(await flagged('Sources cited by the newspaper believe the bridge will close.')).toEqual(['attribution/anonymous: Sources cited by'])
    expect(await flagged('Officials quoted by the agency warned that the bridge would close.')).toEqual(['attribution/anonymous: Officials quoted by'])
    expect(await flagged('Officials calculating the damage said the toll would rise.')).toEqual(['attribution/anonymous: Officials calculating'])
    expect(await flagged('Those involved in the talks said the deal was near.')).toEqual(['attribution/anonymous: Those involved in'])
    expect(await flagged('Associates of the billionaire said he would sell the club.')).toEqual(['attribution/anonymous: Associates of the billionaire said'])
    expect(await flagged('Allies of the embattled president said he would resign.')).toEqual(['attribution/anonymous: Allies of the embattled president said'])
    // Without a verb of saying, "those involved" are perpetrators; allies of a country are countries.
    expect(await flagged('All those involved in smuggling schemes will be punished.')).toEqual([])
    expect(await flagged('Allies of the Soviet Union said the war was over.')).toEqual([])
    expect(await flagged('Allies of the Kremlin said the vote was fair.')).toEqual([])
    // A title at the head makes it a person's circle, whatever name stands before it.
    expect(await flagged('Allies of the Russian president said he would stay.')).toEqual(['attribution/anonymous: Allies of the Russian president said'])
  })

  it('reads a reply that goes on to say something, anywhere in its clause, as speech', async () => {
    for (const [text, flag] of [
      ['In the end, the bureau’s relevant officials responded by promising a review of the fees.', 'relevant officials responded'],
      ['The official from the port authority responded by promising to inspect every ship.', 'official from the port authority responded'],
      ['The relevant person in charge of the port authority responded and promised to inspect every ship.', 'The relevant person in charge of the port authority responded'],
      ['Officials responded by saying the fire was under control.', 'Officials responded'],
      ['Officials replied in a statement that the fire was under control.', 'Officials replied'],
      ['Officials responded to the criticism, saying the fire was under control.', 'Officials responded'],
      ['Officials pointed to rising prices, saying the plan had failed.', 'Officials pointed to'],
    ]) expect(await flagged(text!), text).toEqual([`attribution/anonymous: ${flag}`])
    expect(await flagged('Officials responded to the fire that destroyed the plant.')).toEqual([])
    expect(await flagged('Officials responded to a letter that residents had sent.')).toEqual([])
    expect(await flagged('Officials responded to the warning by closing the road.')).toEqual([])
    expect(await flagged('Officials responded, closing the road.')).toEqual([])
    expect(await flagged('Officials responded to reporters on Monday that the fire was under control.')).toEqual(['attribution/anonymous: Officials responded'])
  })

  it('lets neither an outlet passing a claim on nor a name outside the subject clear an unnamed source', async () => {
    expect(await flagged('According to people in the minister’s entourage, he will resign, TASS reported.')).toEqual(['attribution/anonymous: people in the minister’s entourage'])
    expect(await flagged('People in the minister’s entourage, Meduza reported, said he would resign.')).toEqual(['attribution/anonymous: People in the minister’s entourage'])
    expect(await flagged('People in the minister’s entourage are confident he will resign, Izvestia writes.')).toEqual(['attribution/anonymous: People in the minister’s entourage'])
    expect(await flagged('Those in the entourage of the minister said he would resign, Reuters reported.')).toEqual(['attribution/anonymous: Those in the entourage'])
    expect(await flagged('People in Putin’s entourage, who spoke to Meduza, said he would resign.')).toEqual(['attribution/anonymous: People in Putin’s entourage'])
    expect(await flagged('There is information that the minister will resign, an anonymous Telegram channel said.')).toEqual(['attribution/anonymous: There is information that'])
    expect(await flagged('It is learned that the plan will take effect next year, Xinhua reported.')).toEqual(['attribution/anonymous: It is learned that'])
    expect(await flagged('It is learned that the plan will take effect next year, according to Xinhua.')).toEqual(['attribution/anonymous: It is learned that'])
  })
})

describe('a body that reports is the source, an outlet that reports passes a claim on (round 10)', () => {
  it('clears an unnamed cue when the ministry or the police named in a tag, or pointed back to, reported it', async () => {
    for (const text of [
      'It is learned that the border will reopen on Monday, the ministry reported.',
      'Russia’s Foreign Ministry issued a statement on Monday. It is learned that the border will reopen, the ministry reported on its website.',
      'Russia’s Foreign Ministry issued a statement on Monday. It is learned that the border will reopen, it reported.',
      'There is information that the outbreak has slowed, according to the Health Ministry.',
      'It is learned that two suspects were detained, the police reported.',
      'It is learned that the border will reopen, the ministry’s press service reported.',
      'It is learned that the border will reopen, the ministry wrote on Telegram.',
    ]) expect(await flagged(text), text).toEqual([])
  })

  it('still takes a news agency, a newspaper or a bare outlet name that reports for an outlet passing the claim on', async () => {
    for (const text of [
      'It is learned that the border will reopen on Monday, the agency reported.',
      'It is learned that the border will reopen on Monday, the government newspaper reported.',
      'It is learned that the border will reopen on Monday, according to a newspaper close to the ministry.',
      'It is learned that the border will reopen on Monday, TASS reported.',
    ]) expect(await flagged(text), text).toEqual(['attribution/anonymous: It is learned that'])
  })
})

describe('review of round 10', () => {
  it('leaves servicemen given a state or a description by a participle alone, and names no one in “Troops said”', async () => {
    for (const text of [
      'Two soldiers reported missing after the attack were found alive.',
      'Three sailors reported missing in the storm were rescued, the navy said.',
      'Troops told to pull back from the border began moving.',
      'Troops said to be loyal to the general seized the airport.',
      'Soldiers said to number about 300 crossed the border.',
      'Pilots described as heroes by the ministry were given medals.',
      'Marines confirmed dead in the crash were named on Friday.',
      'Soldiers declared unfit for service were sent home.',
      'Officials reported missing after the flood were found alive.',
    ]) expect(await flagged(text), text).toEqual([])
    // A noun after the state word is what they reported.
    expect(await flagged('Officials reported missing funds to the police.')).toEqual(['attribution/anonymous: Officials reported'])
    const {messages, file} = await claims('Troops said the town had fallen.')
    expect(messages.map((message) => message.actual)).toEqual(['Troops said'])
    expect(file.data.sourcing!.named).toEqual([])
  })

  it('takes a news outlet’s bureau or office that reports for the outlet passing the claim on', async () => {
    for (const text of [
      'It is learned that the border will reopen on Monday, the Moscow bureau of Reuters reported.',
      'It is learned that the border will reopen on Monday, the BBC’s Moscow office reported.',
      'It is learned that the border will reopen on Monday, Reuters’ Moscow bureau reported.',
    ]) expect(await flagged(text), text).toEqual(['attribution/anonymous: It is learned that'])
    expect(await flagged('It is learned that the border will reopen on Monday, the prosecutor’s office reported.')).toEqual([])
  })

  it('reads unnamed-source wording literally where it names no source, and keeps it where it does', async () => {
    for (const text of [
      'Drones flew in circles close to the airport.',
      'Fighter jets flew in circles close to the border, the ministry said.',
      'Only those with knowledge of the local language will be hired.',
      'Those with knowledge of first aid were asked to help.',
      'The striker’s goal was off the record books for a decade.',
      'The minister refused to comment, even off the record.',
      'Historical sources confirm the date of the battle.',
      'Archive sources indicate the church was built in 1642.',
      'Written sources confirm the account.',
      'Power sources indicate a fault in the grid, the operator said.',
      'It became known to the Investigative Committee that the man had fled abroad.',
      'It became known to Ukrainian intelligence that the convoy had left.',
    ]) expect(await flagged(text), text).toEqual([])
    expect(await flagged('Sources confirm that the talks failed.')).toEqual(['attribution/anonymous: Sources confirm'])
    expect(await flagged('Circles close to the Kremlin say the talks failed.')).toEqual(['attribution/anonymous: Circles close to'])
    expect(await flagged('Speaking off the record, an official said the talks failed.')).toContain('attribution/anonymous: off the record')
    expect(await flagged('Those with knowledge of the talks said they failed.')).toEqual(['attribution/anonymous: Those with knowledge of'])
    expect(await flagged('According to those with knowledge of the talks, the plan failed.')).toEqual(['attribution/anonymous: those with knowledge of'])
    expect(await flagged('The plan was confirmed by those with knowledge of the talks.')).toEqual(['attribution/anonymous: those with knowledge of'])
    expect(await flagged('It became known to RBC that the talks failed.')).toEqual(['attribution/anonymous: It became known to'])
    expect(await flagged('It became known to The Insider that the talks failed.')).toEqual(['attribution/anonymous: It became known to'])
  })

  it('takes a name right after a body’s noun, without commas (machine translation), for the person who speaks', async () => {
    for (const [text, name] of [
      ['An employee of the plant Ivanov told reporters that the furnace had exploded.', 'Ivanov'],
      ['A member of the commission Petrova said the vote would be repeated.', 'Petrova'],
      ['A member of the commission Anna Petrova said the vote would be repeated.', 'Anna Petrova'],
    ] as const) {
      const {messages, file} = await claims(text)
      expect(messages, text).toEqual([])
      expect(file.data.sourcing!.named).toEqual([name])
    }
    expect(await flagged('An employee of the plant said the furnace had exploded.')).toEqual(['attribution/anonymous: An employee of the plant said'])
    expect(await flagged('A worker at the Novolipetsk Steel said the furnace had exploded.')).toEqual(['attribution/anonymous: A worker at the Novolipetsk Steel said'])
  })

  it('takes a named body that is no outlet, a company, and a body’s own channel for the source of what they report', async () => {
    for (const tag of ['Rosstat reported', 'the Central Bank reported', 'the Federal Security Service reported', 'the company reported', 'the ministry’s Telegram channel reported', 'according to Rosstat']) {
      const text = `It is learned that the border will reopen on Monday, ${tag}.`
      expect(await flagged(text), text).toEqual([])
    }
    for (const tag of ['Meduza reported', 'Izvestia writes', 'Ukrainska Pravda reported', 'an anonymous Telegram channel said', 'the news service reported']) {
      const text = `It is learned that the border will reopen on Monday, ${tag}.`
      expect(await flagged(text), text).toEqual(['attribution/anonymous: It is learned that'])
    }
  })

  it('leaves members of the public, a crowd, alone, and keeps a member of a named body anonymous', async () => {
    expect(await flagged('Several members of the public said they heard explosions.')).toEqual([])
    expect(await flagged('A member of the delegation said the talks had stalled.')).toEqual(['attribution/anonymous: A member of the delegation said'])
  })

  it('reads “No” before a capitalised adjective as no one, and only before a number as a name', async () => {
    const {messages, file} = await claims('No Russian official said the talks would probably fail.')
    expect(messages.map((message) => message.actual)).toEqual(['probably'])
    expect(file.data.sourcing!.named).toEqual([])
    expect(await flagged('No 10 said the talks would probably fail.')).toEqual([])
  })
})

describe('second review of round 10: real findings the first review’s guards hid, and new false ones', () => {
  const learned = 'It is learned that the border will reopen on Monday, '
  it('keeps a person or a group in a tag anonymous whatever capitalised word it holds: only the head noun makes a body', async () => {
    for (const text of [
      'It is learned that the plant will close, according to a Rosneft manager.',
      'It is learned that the plant will close, according to a Gazprom employee.',
      'It is learned that the plant will close, according to a Moscow resident.',
      'It is learned that the plant will close, according to Ukrainian journalists.',
      `${learned}Russian war correspondents reported.`,
      `${learned}a Ukrainian journalist reported.`,
      `${learned}Western journalists reported.`,
    ]) expect(await flagged(text), text).toEqual(['attribution/anonymous: It is learned that'])
    expect(await flagged('There is information that the plant will close, according to a Rosneft manager.')).toEqual(['attribution/anonymous: There is information that'])
    expect(await flagged('Information has appeared that the plant will close, Russian war correspondents reported.')).toEqual(['attribution/anonymous: Information has appeared that'])
  })

  it('takes an unknown capitalised name for an outlet passing the claim on, and only a body’s head noun or a known body for a body', async () => {
    for (const outlet of ['the Associated Press', 'Agence France-Presse', 'Al Jazeera', 'the FT', 'the WSJ', 'NTV', 'Deutsche Welle', 'Süddeutsche Zeitung', 'Nikkei', 'Hromadske', 'Suspilne', 'Nexta', 'Rybar', 'Interfax-Ukraine', 'RBC-Ukraine']) {
      const text = `${learned}${outlet} reported.`
      expect(await flagged(text), text).toEqual(['attribution/anonymous: It is learned that'])
    }
    for (const outlet of ['the Associated Press', 'Al Jazeera']) {
      const text = `${learned}according to ${outlet}.`
      expect(await flagged(text), text).toEqual(['attribution/anonymous: It is learned that'])
    }
    // An outlet's word that is not the head noun is part of a body's name.
    for (const body of ['the Novaya Kakhovka administration', 'the Independent Election Commission', 'the Independent Anti-Corruption Commission', 'the Post Office']) {
      const text = `${learned}${body} reported.`
      expect(await flagged(text), text).toEqual([])
    }
  })

  it('reads a company’s or a place’s name after a body noun as the body’s, and only a person-shaped name as the speaker', async () => {
    for (const [text, cue] of [
      ['An employee of the plant Azot told RBC that the furnace exploded.', 'An employee of the plant Azot told'],
      ['An employee of the company Wildberries told RBC that the warehouse burned.', 'An employee of the company Wildberries told'],
      ['A source in the company Rosneft said the deal was off.', 'source in the company Rosneft said'],
      ['A source in the bank VTB told Interfax the deal was off.', 'source in the bank VTB told'],
      ['A worker of the mine Listvyazhnaya said the shaft had flooded.', 'A worker of the mine Listvyazhnaya said'],
      ['An employee of the enterprise Uralvagonzavod said the line had stopped.', 'An employee of the enterprise Uralvagonzavod said'],
      ['An employee of the airport Sheremetyevo said flights were cancelled.', 'An employee of the airport Sheremetyevo said'],
      ['An official of the region Belgorod said the shelling continued.', 'official of the region Belgorod said'],
      ['An aide to mayor Sobyanin said the mayor would resign.', 'aide to mayor Sobyanin said'],
    ] as const) expect(await flagged(text), text).toEqual([`attribution/anonymous: ${cue}`])
  })

  it('keeps unnamed-source wording a source unless its literal reading is next to it', async () => {
    for (const text of [
      'Circles close to the border guard service say the crossing will close.',
      'Circles close to the city administration say the mayor will resign.',
      'Circles close to the site of the talks say a deal is near.',
      'In circles close to the plant management, they say the furnace exploded.',
      'He refused to comment publicly, but off the record he admitted the plan had failed.',
      'The minister declined to comment on the record, but off the record an aide said the deal was dead.',
      'Those with knowledge of the talks were confident a deal would be reached.',
      'Those with knowledge of the talks were certain the ceasefire would collapse.',
      'Energy sources told Reuters the pipeline was shut off.',
      'Energy sources said the pipeline was shut off.',
      'Power sources confirm the blackout was caused by sabotage.',
      'Several members of the public council said the minister would resign.',
      'A member of the public chamber told TASS the law would be repealed.',
    ]) expect((await flagged(text)).some((finding) => finding.startsWith('attribution/anonymous: ')), text).toBe(true)
  })

  it('gives no state to what officials say, and asks a reduced relative clause for a main verb', async () => {
    for (const [text, cue] of [
      ['Officials said injured were taken to hospital.', 'Officials said'],
      ['Soldiers said wounded were evacuated by helicopter.', 'Soldiers said'],
      ['Officials said dead and wounded had been taken to the morgue and hospitals.', 'Officials said'],
      ['Officials confirmed dead were mostly civilians.', 'Officials confirmed'],
      ['Troops said missing in the shelling were presumed dead.', 'Troops said'],
      ['Russian troops reported to be advancing near Pokrovsk.', 'troops reported'],
    ] as const) expect(await flagged(text), text).toEqual([`attribution/anonymous: ${cue}`])
  })

  it('takes an outlet’s bureau or service that learned something for the outlet', async () => {
    for (const learner of ['the Moscow bureau of Reuters', 'the Moscow office of Bloomberg', 'the Russian service of the BBC', 'the Ukrainian service of Radio Liberty']) {
      const text = `It became known to ${learner} that the talks failed.`
      expect(await flagged(text), text).toEqual(['attribution/anonymous: It became known to'])
    }
  })

  it('names no one in an unnamed rank or role that speaks', async () => {
    for (const noun of ['Diplomats', 'Witnesses', 'Investigators', 'Negotiators', 'Commanders', 'Officers', 'Aides']) {
      const {messages, file} = await claims(`${noun} said the talks had failed.`)
      expect(messages.map((message) => message.actual)).toEqual([`${noun} said`])
      expect(file.data.sourcing!.named, noun).toEqual([])
    }
    const {file} = await claims('Staff said the plant would close.')
    expect(file.data.sourcing!.named).toEqual([])
  })
})

describe('third review of round 10: sources the second review’s guards hid, and new false ones', () => {
  it('keeps an industry’s sources anonymous when they say something anywhere in their clause', async () => {
    for (const [text, cue] of [
      ['Energy sources in Moscow said the pipeline may be restarted next month.', 'sources in Moscow said'],
      ['Energy sources familiar with the matter said exports would probably fall.', 'sources familiar with'],
      ['Energy sources close to the talks said Gazprom may cut supplies.', 'sources close to'],
      ['Power sources at the utility said the blackout could last for days.', 'sources at the utility said'],
      ['Energy sources told Reuters the pipeline may be restarted.', 'sources told'],
    ] as const) expect(await flagged(text), text).toContain(`attribution/anonymous: ${cue}`)
    for (const text of ['Power sources indicate a fault in the grid, the operator said.', 'Open sources indicate that the unit lost 40 tanks.']) expect(await flagged(text), text).toEqual([])
  })

  it('reads a reduced relative clause followed by a present-tense main verb as no verb of saying', async () => {
    for (const text of [
      'Troops said to be loyal to the general control the airport.',
      'Troops said to be loyal to the general now hold the airport.',
    ]) expect(await flagged(text), text).toEqual([])
    for (const text of [
      'Troops said to be loyal to the general probably control the airport.',
      'Officials believed to be close to the governor probably control the budget.',
    ]) expect(await flagged(text), text).toEqual(['hedge/unsupported: probably'])
  })

  it('takes a person’s name after a body noun for the speaker unless an organisation’s noun comes before it', async () => {
    for (const [text, name] of [
      ['An employee of the factory Shoigu said the orders were cut.', 'Shoigu'],
      ['A member of the team Smith said the orders were cut.', 'Smith'],
      ['An employee of the plant Kim said the orders were cut.', 'Kim'],
    ] as const) {
      const {messages, file} = await claims(text)
      expect(messages, text).toEqual([])
      expect(file.data.sourcing!.named).toEqual([name])
    }
    for (const [text, cue] of [
      ['An employee of the plant Azot told RBC the orders were cut.', 'An employee of the plant Azot told'],
      ['An employee of the company Wildberries said the orders were cut.', 'An employee of the company Wildberries said'],
      ['An employee of the bank VTB said the orders were cut.', 'An employee of the bank VTB said'],
      ['An employee of the airport Sheremetyevo said the flights were cut.', 'An employee of the airport Sheremetyevo said'],
      ['An official of the region Belgorod said the shelling continued.', 'official of the region Belgorod said'],
    ] as const) expect(await flagged(text), text).toEqual([`attribution/anonymous: ${cue}`])
  })

  it('reads an agency learning something as no outlet, and a record of the weather as no source', async () => {
    for (const text of ['It became known to the FBI that the suspect had fled.', 'It became known to the CIA that the convoy had left.', 'The temperature was off the record for November.']) expect(await flagged(text), text).toEqual([])
    expect(await flagged('It became known to RBC that the talks failed.')).toEqual(['attribution/anonymous: It became known to'])
  })
})

describe('review of round 11: unnamed-source claims the round’s guards hid', () => {
  it('flags people close to or familiar with a matter who hold a view, whatever the verb, and leaves nearness and skill alone', async () => {
    for (const [text, cue] of [
      ['People close to the president fear a coup.', 'People close to'],
      ['A person close to the family disputed that account.', 'A person close to'],
      ['A person familiar with the investigation characterised the evidence as weak.', 'A person familiar with'],
      ['People familiar with the matter put the value of the deal at $2 billion.', 'People familiar with'],
      ['An aide close to the governor dismissed the allegations as nonsense.', 'An aide close to'],
      ['People close to the president believe he will resign.', 'People close to'],
    ] as const) expect(await flagged(text), text).toEqual([`attribution/anonymous: ${cue}`])
    for (const text of ['People close to the border were evacuated.', 'A person familiar with spreadsheets can do the job.', 'People close to the border put sandbags on the levee.']) expect(await flagged(text), text).toEqual([])
  })

  it('flags an order to unnamed officials’ listeners when it carries a reason, a clause of saying or a forecast', async () => {
    for (const [text, cue] of [
      ['Officials told residents to leave because the dam could burst.', 'Officials told'],
      ['Officials urged residents to leave, saying the dam could burst.', 'Officials urged'],
      ['Officials urged residents to stay indoors, warning that the air was toxic.', 'Officials urged'],
      ['Officials told residents to stay indoors, adding that the air was toxic.', 'Officials told'],
      ['Officials told Reuters to expect a decision next week.', 'Officials told'],
      ['Officials told investors not to worry, since the bank had enough capital.', 'Officials told'],
      ['A source told him to leave the city because he was in danger.', 'A source told'],
    ] as const) expect(await flagged(text), text).toEqual([`attribution/anonymous: ${cue}`])
    for (const text of ['Officials told residents to stay indoors.', 'A source told him to leave the city.', 'Officials told residents to leave the area that was flooded.']) expect(await flagged(text), text).toEqual([])
  })

  it('reads sources in a document as texts, and sources in a place as people', async () => {
    for (const text of ['Sources in the archive claim the battle took place in 1242.', 'Sources in the report claim the figures were falsified.']) expect(await flagged(text), text).toEqual([])
    for (const [text, cue] of [
      ['Sources in the Kremlin claim the talks failed.', 'Sources in the Kremlin claim'],
      ['Sources at the plant insist the furnace was safe.', 'Sources at the plant insist'],
      ['Sources in Moscow claim the talks failed.', 'Sources in Moscow claim'],
    ] as const) expect(await flagged(text), text).toEqual([`attribution/anonymous: ${cue}`])
  })

  it('reads sources an outlet learned from wherever they sit, and sources on the ground', async () => {
    for (const [text, cue] of [
      ['Vedomosti learned from sources in the ministry that the minister would resign.', 'learned from sources'],
      ['The agency learned from two sources that the minister would resign.', 'learned from two sources'],
      ['We learned from sources in the ministry that the minister would resign.', 'learned from sources'],
      ['Sources on the ground said the city had fallen.', 'Sources on the ground said'],
      ['Sources on the ground report heavy fighting.', 'Sources on the ground report'],
    ] as const) expect(await flagged(text), text).toEqual([`attribution/anonymous: ${cue}`])
    expect(await flagged('Students learned from sources such as letters that the war had ended.')).toEqual([])
  })
})

describe('review 12: the second fix round’s loose guards', () => {
  it('flags insiders only when their own verb, active and in their clause, holds a view; a place or condition they are close to is no insider', async () => {
    for (const text of [
      'People close to the river fear flooding.',
      'People close to retirement fear losing their pensions.',
      'People close to the border were worried about the shelling.',
      'People close to the border hope the shelling will stop.',
      'People close to the fire were questioned by police.',
      'An aide close to the governor was questioned by police.',
      'A person familiar with the suspect was questioned by investigators.',
      'People close to the victim were suspected of the crime.',
      'An official close to the minister was rejected for the post.',
      'An adviser close to the minister was dismissed on Monday.',
      'An aide close to the governor was dismissed last week.',
      'People close to the border put their lives at risk every day.',
      'People close to the front put sandbags at every door.',
      'People close to the president put pressure on him at the meeting.',
      'A lawyer familiar with the case was put in charge of the defence at the last minute.',
      'A person familiar with spreadsheets can do the job, but we doubt many will apply.',
    ]) expect(await flagged(text), text).toEqual([])
    expect(await flagged('People close to the border were evacuated, and officials fear more shelling.')).toEqual(['attribution/anonymous: officials fear'])
    for (const [text, cue] of [
      ['People close to the president are convinced he will resign.', 'People close to'],
      ['People close to the Kremlin see the move as a signal to Washington.', 'People close to'],
      ['People close to the president fear a coup.', 'People close to'],
      ['People familiar with the matter put the value of the deal at $2 billion.', 'People familiar with'],
      ['An aide close to the governor dismissed the allegations as nonsense.', 'An aide close to'],
      // Near a place, a figure or words given still rest on them.
      ['People close to the scene put the death toll at 12.', 'People close to'],
      ['People close to the border said they heard explosions all night.', 'People close to'],
    ] as const) expect(await flagged(text), text).toEqual([`attribution/anonymous: ${cue}`])
  })
})

describe('review 12: orders that carry a reason, and times that are none', () => {
  it('flags an order with a reason clause, a fear or a stress, quoted or not, and leaves a time or "because of" alone', async () => {
    for (const [text, cue] of [
      ['Officials told residents to stay indoors, as the air was toxic.', 'Officials told'],
      ['Officials told residents to leave as the dam could burst at any moment.', 'Officials told'],
      ['Officials urged residents to leave, as the river was rising fast.', 'Officials urged'],
      ['Officials told residents to leave, fearing the dam could burst.', 'Officials told'],
      ['Officials told residents to leave amid fears the dam could burst.', 'Officials told'],
      ['Officials told residents to remain calm, stressing that the dam was safe.', 'Officials told'],
      ['Officials told residents to "leave now because the dam could burst".', 'Officials told'],
      ['Officials told investors not to worry, since the bank had enough capital.', 'Officials told'],
    ] as const) expect(await flagged(text), text).toEqual([`attribution/anonymous: ${cue}`])
    for (const text of [
      'Officials have told residents to stay indoors since Monday.',
      'Officials told residents to stay indoors since the curfew began at 6 p.m.',
      'Officials told residents to stay indoors, and schools have been closed since Monday.',
      'Officials told residents to stay indoors because of the storm.',
      'Officials told residents to stay away from the area because of the fire.',
      'Officials told residents to stay indoors as a precaution.',
      'Officials urged residents to leave as soon as they could.',
    ]) expect(await flagged(text), text).toEqual([])
  })
})

describe('review 12: sources an outlet learned from, and sources in a document', () => {
  it('flags one source an outlet learned from and sources on the ground anywhere, and reads sources in a textbook or a body’s report as texts', async () => {
    for (const [text, cue] of [
      ['Kommersant learned from a source in the government that the minister would resign.', 'learned from a source'],
      ['The newspaper learned from a source that the minister would resign.', 'learned from a source'],
      ['Kommersant learned from one of its sources that the minister would resign.', 'learned from one of its sources'],
      ['Sources on the ground in Gaza said the strikes continued.', 'Sources on the ground in Gaza said'],
    ] as const) expect(await flagged(text), text).toEqual([`attribution/anonymous: ${cue}`])
    for (const text of ['Pupils learned from two sources in the textbook that the war was unpopular.', "Sources in the ministry's report claim the figures were falsified."]) expect(await flagged(text), text).toEqual([])
  })
})

describe('round 12: an unnamed individual of a body named without a determiner', () => {
  it('flags them as with a determiner, and keeps a crowd, a spokesperson and a named speaker silent', async () => {
    expect(await flagged('An employee of VTB told RBC the orders were cut.')).toEqual(['attribution/anonymous: An employee of VTB told'])
    expect(await flagged('A manager of Gazprom said the plant would close.')).toEqual(['attribution/anonymous: A manager of Gazprom said'])
    // Unchanged: an official "of" a body keeps the span of its own pattern.
    expect(await flagged('An official of the region Belgorod said the shelling continued.')).toEqual(['attribution/anonymous: official of the region Belgorod said'])
    for (const text of ['A member of public said the shop would close.', 'A member of a crowd said the shop would close.', 'A spokesman for Gazprom said the orders were cut.', 'An employee of the plant Ivanov told reporters that the furnace had exploded.']) expect(await flagged(text), text).toEqual([])
  })
})

describe('round 12: one list of determiners for every guard (rules/attribution/_words.yml)', () => {
  it('reads any determiner as it reads "the": documents, crowds and sight', async () => {
    // The copies had left out "a", "our", "this" here and there.
    // Not "a report" (review r14, item 5: an unidentified document is no source) nor "appeared to this reporter to be" (seeming).
    for (const text of ['Sources in this report claim the figures were falsified.', 'Sources in the report claim the figures were falsified.', 'A member of our audience said the play was bad.', 'A member of the audience said the play was bad.', 'The man appeared to this reporter at dawn.', 'The man appeared to the reporter at dawn.']) expect(await flagged(text), text).toEqual([])
  })
})

describe('round 12b: review r14', () => {
  it('flags no named person after a body’s name without commas (item 1)', async () => {
    for (const text of ['A manager of Sberbank Olga Ivanova said the branch would close.', 'An employee of Gazprom Petrov said the plant would close.', 'A worker of AvtoVAZ Petrov said the factory would stop.', 'A member of Duma Petrov said the vote was postponed.', 'A member of Parliament Petrov said the bill would pass.']) expect(await flagged(text), text).toEqual([])
    expect(await flagged('An employee of VTB told RBC the orders were cut.')).toEqual(['attribution/anonymous: An employee of VTB told'])
  })

  it('reads "sources in a report" as unidentified, and "sources in the report" as the document (item 5)', async () => {
    expect(await flagged('Sources in a report claim that the ministry hid the figures.')).toEqual(['attribution/anonymous: Sources in a report claim'])
    for (const text of ['Sources in the report claim the figures were falsified.', 'Sources in this report claim the figures were falsified.']) expect(await flagged(text), text).toEqual([])
  })
})

describe('round 12b: false alarms of the WMT zh→en audit', () => {
  it('reads "according to reports from <outlet>" as naming the outlet: a known name, a title in quotation marks, a name after an outlet noun', async () => {
    for (const text of ['According to reports from Reuters, the talks failed.', 'According to reports in the Times, the talks failed.', 'According to reports from Japan’s “Asahi News” and others, the talks failed.', 'According to reports from the local newspaper Evening Star, the mayor resigned.', 'The talks failed, according to reports from Interfax.']) expect(await flagged(text), text).toEqual([])
    // A place, unnamed media, a topic: no outlet named.
    expect(await flagged('According to reports from Japanese media, the talks failed.')).toEqual(['attribution/anonymous: According to reports from Japanese media'])
    for (const text of ['According to reports from Moscow, the talks failed.', 'According to reports of the “Ghost of Kyiv”, the pilot shot down six jets.', 'According to reports of Ukrainian strikes, the depot burned.', 'According to reports, the talks failed.']) expect(await flagged(text), text).toEqual(['attribution/anonymous: According to reports'])
  })
})

describe('round 13: unnamed people of a trade and what points back to them (wire practice)', () => {
  it('flags one unnamed person of a trade, not a named one, a crowd, or a trader who is the claim’s subject', async () => {
    expect(await flagged('The yen will rise next week, one Tokyo dealer said.')).toEqual(['attribution/anonymous: one Tokyo dealer said'])
    expect(await flagged('A Wall Street analyst said the bid was too low.')).toEqual(['attribution/anonymous: A Wall Street analyst said'])
    for (const text of ['An analyst, Jane Doe, said the bid was too low.', 'An analyst named Jane Doe said the bid was too low.', 'The analyst said the bid was too low.', 'He said a trader had lost $1 million.', 'A dealer was arrested on Monday.']) expect(await flagged(text), text).toEqual([])
  })

  it('reads a "he added" tag after a quotation as the unnamed speaker of the sentence before, not a named one', async () => {
    expect(await flagged('"We will appeal," said the coach, who asked not to be named. "It is unfair," he added.')).toEqual(['attribution/anonymous: who asked not to be named', 'attribution/anonymous: he added'])
    expect(await flagged('"We will appeal," said Jane Doe, the coach. "It is unfair," he added.')).toEqual([])
    expect(await flagged('"We will appeal," an arbitrageur said. "The bid is far too low," he added.')).toEqual(['attribution/anonymous: an arbitrageur said', 'attribution/anonymous: he added'])
  })
})

describe('round 13: crowds of a trade (wire practice)', () => {
  it('reads a market or a nationality before a crowd as where it works, a firm’s name as who it is', async () => {
    for (const text of ['West German bankers said rates would fall.', 'New York traders expect prices to rise.']) expect(await flagged(text), text).toHaveLength(1)
    expect(await flagged('The bid could rise above the one offered by Waste Management, Wall Street arbitrageurs said.')).toEqual(['attribution/weasel: arbitrageurs said'])
    for (const text of ['Goldman Sachs economists said growth would slow.', 'Goldman Sachs bankers said the deal would close.']) expect(await flagged(text), text).toEqual([])
  })

  it('marks the crowd beside unnamed sources without hiding them, and a firm’s crowd not at all', async () => {
    expect(await flagged('Analysts and industry sources said the glut was the problem.')).toEqual(['attribution/weasel: Analysts', 'attribution/anonymous: industry sources said'])
    expect(await flagged('Morgan Stanley analysts and industry sources said the glut was the problem.')).toEqual(['attribution/anonymous: industry sources said'])
  })

  it('reads "They said" as the crowd only right after the crowd’s sentence, and not after a named source', async () => {
    expect(await flagged('Analysts said the bank would delay the offer. They said the market was weak.')).toEqual(['attribution/weasel: Analysts said', 'attribution/weasel: They said'])
    expect(await flagged('Analysts said the bank would delay. The board met on Monday. They said the offer was on track.')).toEqual(['attribution/weasel: Analysts said'])
    expect(await flagged('Jane Doe said the bank would delay. They said the offer was on track.')).toEqual([])
  })
})

describe('round 13: self-review of the wire-practice cues', () => {
  it('reads a firm after "at|with|from" as the crowd’s employer, a place after "in" as where it works', async () => {
    for (const text of ['Traders and analysts at Goldman Sachs said the offer was fair.', 'According to traders at Goldman Sachs, the bid is low.', 'According to analysts at Goldman Sachs, the bid is low.']) expect(await flagged(text), text).toEqual([])
    expect(await flagged('Traders and analysts in London said the offer was fair.')).toEqual(['attribution/weasel: Traders and analysts'])
    expect(await flagged('According to analysts at the bank, the bid is low.')).toEqual(['attribution/weasel: According to analysts'])
  })

  it('reads a figure unnamed people give up to five words before "at", and not an action', async () => {
    expect(await flagged('Officials put the cost of the damage at $2 million.')).toEqual(['attribution/anonymous: Officials put'])
    for (const text of ['Officials put the plan at the top of the agenda.', 'Officials put the children at ease.', 'Sources put their trust in the courts.']) expect(await flagged(text), text).toEqual([])
  })
})

describe('round 13 review: what the wire-practice cues read wrongly (review r16)', () => {
  it('reads "the dealer said" as an unnamed dealer only within two sentences and before a named one', async () => {
    expect(await flagged('Prices fell, one dealer said. The dealer said it sold sterling.')).toEqual(['attribution/anonymous: one dealer said', 'attribution/anonymous: The dealer said'])
    expect(await flagged('Prices fell, one dealer said.\n\nJohn Smith, chief dealer at Barclays, said the Bank of England had intervened.\n\nThe dealer said it sold sterling.')).toEqual(['attribution/anonymous: one dealer said'])
    expect(await flagged('A senior official said talks had stalled. Jane Doe, an economist at ING, said growth would slow. The economist said rates would rise.')).toEqual(['attribution/anonymous: A senior official said'])
    expect(await flagged('Prices fell, one analyst said.\n\nOil rose on Monday.\n\nGold was flat.\n\nThe analyst added that gold was cheap.')).toEqual(['attribution/anonymous: one analyst said'])
    expect(await flagged('A senior official said talks had stalled.\n\nJohn Smith, an official at the ministry, said the talks would resume.\n\nThe official added that a deal was close.')).toEqual(['attribution/anonymous: A senior official said'])
  })
})

describe('round 13 review: pronouns, trade people and figures (review r16)', () => {
  it('reads a pronoun as the unnamed source only for its quotation going on or a figure, not the story’s subject', async () => {
    for (const text of ['Smith was fired on Monday, a source said. "I did nothing wrong," he added.', 'Smith was fired on Monday, a person familiar with the matter said. He believes he was treated unfairly.', 'Smith was fired on Monday, a person familiar with the matter said. He expected the decision, his lawyer said.', 'Two men were arrested, police sources said. They expect to be charged on Friday.', 'Two men were arrested, police sources said. They named their lawyers on Tuesday.', 'Two men were arrested, a police source said. They put their bail at $10,000.', 'The coach said an official who asked not to be named had lied. "It is a disgrace," he added.']) expect((await flagged(text)).filter((finding) => /\b(?:he|He|They) /.test(finding)), text).toEqual([])
    expect(await flagged('Output fell last month, Gulf oil sources said. They put exports at 100,000 barrels a day.')).toEqual(['attribution/anonymous: sources said', 'attribution/anonymous: They put'])
  })

  it('takes one person of a trade as the source only when they say or estimate, not when they act, are told, or sit in another’s claim', async () => {
    for (const text of ['The indictment says a broker told clients the fund was safe.', 'The SEC said an analyst warned clients the shares were overvalued.', 'Prosecutors allege that a banker agreed to pay bribes.', 'The lawsuit claims a trader predicted the crash and profited.', 'The probe found one analyst believed the stock was worthless.', 'One broker agreed to pay a $1 million fine.', 'A rogue trader put the bank\'s future at risk.', 'A trader put $10 million on the yen falling.', 'One trader put in a sell order at 9 a.m.', 'A banker observed the talks from the gallery.', 'Smith, prosecutors said, told a broker to sell the shares before the announcement.', 'Smith, 42, told a banker he would repay the loan.', 'Jones, who ran the desk, told an analyst the figures were false.', 'The bid is too low, said one analyst, Jane Doe of Smith Barney.']) expect(await flagged(text), text).toEqual([])
    expect(await flagged('An economist warned that inflation would rise.')).toEqual(['attribution/anonymous: An economist warned'])
    expect(await flagged('One dealer put the dollar\'s fair value at 150 yen.')).toEqual(['attribution/anonymous: One dealer put'])
    expect(await flagged('One analyst put the odds of a deal at 50 percent.')).toEqual(['attribution/anonymous: One analyst put'])
    expect(await flagged('Smith said, and one analyst agreed, that the bid was low.')).toEqual(['attribution/anonymous: one analyst agreed'])
  })

  it('reads "put … at" as a figure only with a figure after "at", protest counts included', async () => {
    for (const text of ['Officials put economic growth at risk by raising taxes.', 'The strike by officers put supplies at risk.', 'Executives put profits at the heart of the plan.', 'Officials put the cost at the top of their concerns.']) expect(await flagged(text), text).toEqual([])
    expect(await flagged('Organizers put the crowd at 100,000; police put it at 30,000.')).toEqual(['attribution/anonymous: Organizers put'])
    expect(await flagged('Organizers put turnout at 50,000.')).toEqual(['attribution/anonymous: Organizers put'])
  })
})

describe('round 13 review: who a crowd of a trade works for (review r16)', () => {
  it('reads a body named around "of" or after "at the" as the crowd’s employer, and "State Street" as a bank', async () => {
    for (const text of ['Federal Reserve Bank of New York economists said inflation would ease.', 'University of Chicago economists said the plan would fail.', 'Bank of Tokyo dealers said the yen would rise.', 'State Street economists said the Fed would cut rates.', 'According to economists at the Federal Reserve, inflation will ease.', 'According to economists at the IMF, growth will slow.', 'According to bankers at the European Central Bank, rates will rise.']) expect(await flagged(text), text).toEqual([])
    expect(await flagged('The bid could rise, Wall Street arbitrageurs said.')).toEqual(['attribution/weasel: arbitrageurs said'])
  })

  it('finds no firm across a comma, in a place or a day, nor in a quantifier opening the sentence', async () => {
    for (const text of ['According to analysts, with Brent at $80, shale is profitable.', 'According to traders, with Iran out of the market, prices will rise.', 'According to traders from Asia, demand is weak.', 'According to traders from Japan, demand is weak.']) expect(await flagged(text), text).toHaveLength(1)
    expect(await flagged('Traders and analysts at Monday\'s meeting said the offer was fair.')).toEqual(['attribution/weasel: Traders and analysts'])
    for (const text of ['Some Wall Street analysts expect a cut.', 'Many Wall Street analysts said a cut was likely.']) expect(await flagged(text), text).toHaveLength(1)
  })

  it('reads a list or a relative clause after "According to one analyst," as the claim, not the analyst’s name', async () => {
    for (const text of ['According to one analyst, Goldman Sachs, Morgan Stanley and Citigroup were buying.', 'According to one analyst, Apple, which reports on Tuesday, will beat forecasts.']) expect(await flagged(text), text).toEqual(['attribution/anonymous: According to one analyst'])
    expect(await flagged('According to one analyst, Jane Doe of Smith Barney, the shares are cheap.')).toEqual([])
  })
})

describe('round 13 review: what points back to a crowd, doubts and moods (review r16)', () => {
  it('reads "They …" as the crowd for words, views and figures, not for its own plans or acts', async () => {
    for (const text of ['Analysts said the two firms would merge. They named a new chief executive on Tuesday.', 'Analysts said the two firms would merge. They expect to close the deal by June.', 'Some critics say the rebels are losing. They named a new leader last week.']) expect((await flagged(text)).filter((finding) => finding.includes('They')), text).toEqual([])
    expect(await flagged('Analysts said output was high. They estimated it at 3 million barrels a day.')).toEqual(['attribution/weasel: Analysts said', 'attribution/weasel: They estimated'])
    expect(await flagged('Analysts said output was high. They estimated that it would fall.')).toEqual(['attribution/weasel: Analysts said', 'attribution/weasel: They estimated'])
    expect(await flagged('Analysts said output was high. They named Kuwait among those producing above quota.')).toEqual(['attribution/weasel: Analysts said', 'attribution/weasel: They named'])
  })

  it('leaves a doubt a source, a ruling or a condition holds, and finds "doubts whether"', async () => {
    for (const text of ['The firm said there are doubts that the deal will close.', 'The judge ruled there was doubt as to the admissibility of the evidence.', 'If there is doubt as to his guilt, jurors must acquit.']) expect(await flagged(text), text).toEqual([])
    expect(await flagged('There are doubts that the deal will close.')).toEqual(['attribution/weasel: There are doubts that'])
    expect(await flagged('There are serious doubts whether the deal will close.')).toEqual(['attribution/weasel: There are serious doubts whether'])
  })

  it('leaves a mood done to a crowd or reported by a source, and "according to" meaning in proportion to', async () => {
    for (const text of ['The bankers were convinced to lend the money.', 'Bankers were convinced by the plan, a ministry spokesman said.', 'Bonuses are paid according to traders\' profits.', 'Shares are allocated according to brokers\' orders.']) expect(await flagged(text), text).toEqual([])
    expect(await flagged('Bankers were convinced the plan would fail.')).toEqual(['attribution/weasel: Bankers were convinced'])
    expect(await flagged('The economy will slow, according to analysts\' estimates.')).toEqual(['attribution/weasel: according to analysts'])
  })
})

describe('round 14: the closing note’s gaps (fears with a source, estimates by a name, unnamed dealers, place media)', () => {
  it('leaves a fear or a rumour to the sentence’s own source, and still flags one no one holds', async () => {
    for (const text of ['There are fears that the ceasefire will not hold, the minister said.', 'There are fears among diplomats, the minister said, that the talks may collapse.', 'According to Reuters, there is speculation that the central bank will raise rates.', 'The minister said there are fears that the talks may collapse.']) expect(await flagged(text), text).toEqual([])
    expect(await flagged('There are fears that the ceasefire will not hold.')).toEqual(['attribution/weasel: There are fears that'])
    // A name inside what is feared is no source of the fear.
    expect(await flagged('There are fears that Smith will tell the court he lied.')).toEqual(['attribution/weasel: There are fears that'])
    // A clause of its own after the comma is no tag.
    expect(await flagged('There was speculation that the bank would cut rates, though the governor said nothing.')).toEqual(['attribution/weasel: There was speculation'])
    expect(await flagged('There are fears, Reuters reported, that the bank could fail.')).toEqual([])
    // The crowd that fears holds the hedge in its clause; the crowd itself is vague.
    expect(await flagged('There are growing fears among diplomats that the talks may collapse.')).toEqual(['attribution/weasel: There are growing fears among'])
    // An unnamed source of the sentence keeps its own finding.
    expect(await flagged('There were rumours that the bank would fail, officials said.')).toEqual(['attribution/anonymous: officials said'])
  })

  it('takes the name after "estimated at … by" for the estimator, not a date, a crowd or an agent', async () => {
    for (const text of ['His fortune is now estimated at $12 billion by Forbes magazine.', 'Turnout was estimated at 40,000 by the police.', 'Damage was estimated at $2.5 million by the Federal Emergency Management Agency.']) expect(await flagged(text), text).toEqual([])
    expect(await flagged('The cost was estimated at $2 billion by 2030.')).toEqual(['attribution/weasel: was estimated at'])
    expect(await flagged('Losses were estimated at $40 million by March.')).toEqual(['attribution/weasel: were estimated at'])
    expect(await flagged('Losses were estimated at $40 million by insurers.')).toEqual(['attribution/weasel: were estimated at'])
    expect(await flagged('An estimated 500 people were killed by Russian shelling.')).toEqual(['attribution/weasel: An estimated'])
    expect(await flagged('The death toll was estimated at 300 by UN officials.')).toEqual(['attribution/weasel: was estimated at'])
    expect(await flagged('Output was estimated at 3 million barrels by Western analysts.')).toEqual(['attribution/weasel: was estimated at'])
    expect(await flagged('Gold was estimated at $1,900 an ounce by Goldman Sachs analysts.')).toEqual([])
  })

  it('finds one unnamed dealer where they work, and a second one as "another"', async () => {
    expect(await flagged('The dollar will fall further, a dealer in Tokyo said.')).toEqual(['attribution/anonymous: a dealer in Tokyo said'])
    expect(await flagged('An analyst in Hong Kong said the shares were cheap.')).toEqual(['attribution/anonymous: An analyst in Hong Kong said'])
    expect(await flagged('A trader with knowledge of the deal said the bid would be raised.')).toEqual(['attribution/anonymous: A trader with knowledge of'])
    expect(await flagged('"Buy," says one trader. "Sell," says another.')).toEqual(['attribution/anonymous: says one trader', 'attribution/anonymous: says another'])
    expect(await flagged('The yen will rise, one dealer said. Another said it would fall.')).toEqual(['attribution/anonymous: one dealer said', 'attribution/anonymous: Another said'])
    for (const text of ['The bank hired a trader with knowledge of the Asian markets.', 'The company added another $2 million to the fund.', '"We will appeal," said Jane Doe, a lawyer for the family. "We will win," said another, John Smith.']) expect(await flagged(text), text).toEqual([])
  })

  it('reads a place and "Media" as a country’s outlets, unnamed, and a name that goes on as one outlet', async () => {
    const {file, messages} = await claims('According to Taipei Media, the deal was signed on Monday.')
    expect(messages.map((message) => message.actual)).toEqual(['According to Taipei Media'])
    expect(file.data.sourcing!.named).toEqual([])
    for (const text of ['According to the Taipei Times, the deal was signed on Monday.', 'According to Taiwan Media Group, the deal was signed on Monday.', 'The Associated Press reported that the deal was signed.']) expect(await flagged(text), text).toEqual([])
  })
})

describe('round 15: the closing note’s gaps (a member of a group, a trade person with a relative clause, "another", a country’s press)', () => {
  it('finds one unnamed member of a group as the speaker, but not one given a name, one who acts, or one inside another’s claim', async () => {
    for (const [text, actual] of [
      ['"We are not going anywhere," said another of the protesters.', 'said another of the protesters'],
      ['Another of the officials said the ceasefire had been broken twice overnight.', 'Another of the officials said'],
      ['The pay offer is an insult, said one of the union’s members.', 'said one of the union’s members'],
      ['One of the passengers told reporters the pilot had warned of turbulence.', 'One of the passengers told'],
      ['"Nobody came to help us," another villager said.', 'another villager said'],
    ]) expect(await flagged(text!), text).toEqual([`attribution/anonymous: ${actual}`])
    // "He added" after one is that member again.
    expect(await flagged('One of the residents said the river rose in minutes. He added that nobody had been warned.')).toEqual(['attribution/anonymous: One of the residents said', 'attribution/anonymous: He added'])
    // The member's claim is theirs: their hedge is not the writer's.
    expect(await flagged('Another of the protesters said the police would probably return at night.')).toEqual(['attribution/anonymous: Another of the protesters said'])
    for (const text of [
      '"We are not going anywhere," said another protester, John Smith.',
      'Another of the protesters, Jane Doe, said they would stay all night.',
      'One of the protesters was arrested on Monday.',
      'One of the students thought the alarm was a fire drill.',
      'One of the doctors told him to rest for a week.',
      'Police said one of the workers told them the gate had been left open.',
      'Smith, one of the lawyers for the family, said the trial was unfair.',
    ]) expect(await flagged(text), text).toEqual([])
  })

  it('finds one person of a trade told apart by a relative clause, not by a name', async () => {
    for (const [text, actual] of [
      ['An analyst in London who follows the company said the shares were cheap.', 'An analyst in London who follows the company said'],
      ['The price is too high, a banker who has worked on the deal said.', 'a banker who has worked on the deal said'],
      ['A fund manager who owns the shares told Reuters the bid undervalued the company.', 'A fund manager who owns the shares told'],
      ['An economist at a bank in Frankfurt who advises the government said rates would rise.', 'An economist at a bank in Frankfurt who advises the government said'],
    ]) expect(await flagged(text!), text).toEqual([`attribution/anonymous: ${actual}`])
    for (const text of [
      'An analyst in London who follows the company, Jane Doe, said the shares were cheap.',
      'Jane Doe, an analyst in London who follows the company, said the shares were cheap.',
      'A banker who worked on the deal was arrested on Monday.',
      'The bank hired an analyst who follows the company closely.',
      'The SEC said an analyst who covered the company had warned clients.',
      // The clause has a subject of its own: what others said of the person (review of round 15).
      'The bank fired a trader who prosecutors said had lost $2 billion.',
      'The firm hired an economist who the company says will lead the team.',
      'Jane Doe is an analyst in London who regularly says the shares are cheap.',
    ]) expect(await flagged(text), text).toEqual([])
    // Whoever the clause's own subject is: here a crowd, which is vague attribution, not one unnamed trader.
    expect(await flagged('The fund hired a trader who analysts say is the best in Asia.')).toEqual(['attribution/weasel: analysts say'])
  })

  it('takes "Another said" after a named speaker for a second speaker without a name (labelling guide, round 15)', async () => {
    expect(await flagged('Jane Doe, a trader at Barclays, said the yen would rise. Another said it would fall.')).toEqual(['attribution/anonymous: Another said'])
    expect(await flagged('"The plan will work," Smith said. "It will fail," another said.')).toEqual(['attribution/anonymous: another said'])
    expect(await flagged('Smith said the plan would work. But another said it would fail.')).toEqual(['attribution/anonymous: another said'])
    // The second speaker's hedge is theirs.
    expect(await flagged('Smith said the plan would work. Another said it would probably fail.')).toEqual(['attribution/anonymous: Another said'])
    for (const text of [
      // No source before: "another" may be a thing.
      'The first report was published on Monday. Another said nothing new.',
      'Smith said the plan would work. Another, John Doe, said it would fail.',
      'Smith said the plan would work. Another said to be close to him disagreed.',
      // Inside the named speaker's own account.
      'Smith said the plan would work. He added that another engineer disagreed.',
      // After a document or body, "another" is another of them; "added" with an amount adds a thing (review of round 15).
      'One study, published in the Lancet, said the drug was safe. Another said it was not.',
      'The first report, released by the ministry on Monday, said the river was clean. Another said it was polluted.',
      'Smith said the first bid was too low. Another added $2 million to the price.',
    ]) expect(await flagged(text), text).toEqual([])
  })

  it('finds unnamed sources and crowds whose words the writer puts in quotation marks (gap 5)', async () => {
    for (const [text, finding] of [
      ['The newspaper, quoting "secret reports", said Syria was ready to talk.', 'attribution/anonymous: quoting "secret reports"'],
      ['The newspaper, quoting ``secret reports,\'\' said Syria was ready to talk.', 'attribution/anonymous: quoting ``secret reports,\'\''],
      ['A source "familiar with the talks" said they had stalled.', 'attribution/anonymous: A source "familiar with the talks"'],
      ['According to "people familiar with the matter", the deal is close.', 'attribution/anonymous: people familiar with'],
      ['Some "experts" say the reform will fail.', 'attribution/weasel: Some "experts" say'],
      ['It is "widely believed" that the reform will fail.', 'attribution/weasel: It is "widely believed"'],
      // Single quotation marks, British style (review of round 15).
      ['According to ‘people familiar with the matter’, the deal is close.', 'attribution/anonymous: people familiar with'],
      // The sentence's full stop inside the closing mark (US style) ends the writer's sentence, not a quoted one.
      ['The deal is close, according to "sources."', 'attribution/anonymous: according to "sources."'],
      ['The newspaper said Syria was ready to talk, quoting "secret reports."', 'attribution/anonymous: quoting "secret reports."'],
      ['The treaty will hold, it is "widely believed."', 'attribution/weasel: it is "widely believed."'],
    ]) expect(await flagged(text!), text).toEqual([finding])
    // A quotation and its tag: the quoted words are the speaker's.
    for (const text of ['"Nobody trusts the media" said the minister.', '"We will never give in to the critics" argue the ministers.', 'Smith dismissed what he called "lies spread by anonymous sources" on Monday.']) expect(await flagged(text), text).toEqual([])
  })

  it('reads a place and "Press" as a country’s press, unnamed, and an agency’s name of that shape as named', async () => {
    for (const [text, actual] of [
      ['According to Chinese Press, the yuan will be allowed to weaken.', 'According to Chinese Press'],
      ['According to the Russian press, the governor was detained at the airport.', 'According to the Russian press'],
      ['Japanese Press reported that the prime minister would dissolve parliament.', 'Press reported'],
    ]) {
      const {file, messages} = await claims(text!)
      expect(messages.map((message) => message.actual), text).toEqual([actual])
      expect(file.data.sourcing!.named, text).toEqual([])
    }
    const {file, messages} = await claims('The Canadian Press reported that the strike had ended.')
    expect(messages).toEqual([])
    expect(file.data.sourcing!.named).toEqual(['Canadian Press'])
    for (const text of ['According to a press release from the ministry, the plant will close.', 'According to the press secretary, the president will sign the bill.', 'According to the Associated Press, the bridge reopened.', 'According to the Detroit Free Press, the plant will close.', 'According to French Press Agency, the talks resumed.', 'According to the York Press, the council will vote.', 'According to City Press, the minister resigned.']) expect(await flagged(text), text).toEqual([])
  })
})

describe('round 18: wire copy of the Reuters-21578 tuning half', () => {
  it('reads a quotation tagged "he said" after a sentence that opens on an unnamed person as that person’s', async () => {
    expect(await flagged('A U.S. official said the talks had stalled. "We are not giving up," he said.')).toEqual(['attribution/anonymous: A U.S. official said', 'attribution/anonymous: he said'])
    expect(await flagged('One tea broker said prices had fallen. "The trend is likely to continue," he added.')).toEqual(['attribution/anonymous: One tea broker said', 'attribution/anonymous: he added'])
    // After a tag the quotation may be the subject's: "he" is Smith.
    expect((await flagged('Smith was fired on Monday, a source said. "I did nothing wrong," he said.')).filter((finding) => / he /.test(` ${finding.split(': ')[1]} `))).toEqual([])
  })

  it('leaves the quotation to a person the opener’s claim names (review of round 18), not to a firm', async () => {
    expect(await flagged('An aide said Governor John Smith was tired but resolute. "We will rebuild this town," he said.')).toEqual(['attribution/anonymous: An aide said'])
    expect(await flagged('A U.S. official said Secretary Blinken would meet his Chinese counterpart. "We are ready to talk," he said.')).toEqual(['attribution/anonymous: A U.S. official said'])
    // Two capitalised words alone are mostly a firm (Reuters-21578 tuning half).
    expect(await flagged('A Bear Stearns officer said half of the Ford Credit notes were sold. "That is quicker than other issues," he said.')).toEqual(['attribution/anonymous: A Bear Stearns officer said', 'attribution/anonymous: he said'])
  })
})

describe('round 19: wire copy of the second Reuters-21578 tuning half', () => {
  const anonymous = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous'))

  it('reads one unnamed speaker of a group named just before: "…," one said / said one / commented one diplomat', async () => {
    expect(await anonymous('Western diplomats said the concession was limited. "This is a small price to pay," one said.')).toEqual(['attribution/anonymous: diplomats said', 'attribution/anonymous: one said'])
    expect(await anonymous('Dealers said the dollar was steady. "At the moment, all the action is in New York and Tokyo," one said.')).toEqual(['attribution/anonymous: one said'])
    expect(await anonymous('Bankers said the pact would help. "At least this gives us a bit of breathing space," said one.')).toEqual(['attribution/anonymous: said one'])
    expect(await anonymous('"We have not gone from no confidence to full confidence yet," commented one banker.')).toEqual(['attribution/anonymous: commented one banker'])
    // "One" as a thing, or with no source before it.
    expect(await anonymous('The firm said it had two offers. One said it would pay $10 a share.')).toEqual([])
    expect(await anonymous('I found nothing online. This verse is about war, said one.')).toEqual([])
  })

  it('finds unnamed people quoted by an outlet, joined kinds of sources, delegates and official figures', async () => {
    expect(await anonymous('It said the missiles had been deployed and quoted a naval analyst as saying they could be used to block the Strait of Hormuz.')).toEqual(['attribution/anonymous: quoted a naval analyst as saying'])
    expect(await anonymous('The paper quoted a naval analyst, John Smith, as saying the missiles could sink a tanker.')).toEqual([])
    expect(await anonymous('Sullivan emerged as a leading candidate to replace Phillips, according to industry and congressional sources.')).toEqual(['attribution/anonymous: according to industry and congressional sources'])
    expect(await anonymous('The executive board will meet May 12 to discuss the report, consumer delegates said.')).toEqual(['attribution/anonymous: delegates said'])
    expect(await anonymous('According to official Yugoslav figures, Yugoslavia repaid a record 5.97 billion dlrs in 1986.')).toEqual(['attribution/anonymous: According to official Yugoslav figures'])
    // Delegates as the audience or the subject of the claim.
    expect(await anonymous('Vladimir Petrov, head of petroleum geology at Moscow State University, told delegates at the congress that exploration could improve.')).toEqual([])
    expect(await anonymous('Mario Fernandez, director of the coffee institute, said delegates from Mexico and Peru will attend.')).toEqual([])
  })

  it('mends round 18’s guard gaps: a relative clause, a denial with an object, a post the subject became', async () => {
    expect(await anonymous('The plan, which a U.S. Agriculture Department official said would cost 2 billion dlrs, was dropped.')).toEqual(['attribution/anonymous: a U.S. Agriculture Department official said'])
    expect(await anonymous('In an interpretation of current rules, which officials said clarifies the SEC’s position, the agency said the offer must be extended.')).toEqual(['attribution/anonymous: officials said'])
    expect(await anonymous('A U.S. Agriculture Department official denied any wrongdoing.')).toEqual(['attribution/anonymous: A U.S. Agriculture Department official denied'])
    expect(await anonymous('She became a U.S. Agriculture Department official in 2019 and said the rules were fair.')).toEqual([])
    // A refusal of a thing is no claim.
    expect(await anonymous('A customs officer denied him entry at the border.')).toEqual([])
    expect(await anonymous('A U.S. Agriculture Department official denied him access to the files.')).toEqual([])
  })
})

describe('round 19: one unnamed person of any post or profession', () => {
  it('flags a lawyer, delegate, consultant, engineer or representative with no name, as subject or tag', async () => {
    for (const [text, cue] of [
      ['A foreign lawyer said he believed the crisis began with the student demonstrations.', 'A foreign lawyer said'],
      ['Three locals rejected the contract, a union representative said.', 'a union representative said'],
      ['"With the frost season approaching, who wants to negotiate quotas," one leading producer delegate said.', 'one leading producer delegate said'],
      ['The exchange is researching futures on currency swaps, a COMEX consultant said.', 'a COMEX consultant said'],
      // Round 20: the tag with its workplace (one finding, the wider span).
      ['"This is only a small start," said an engineer with a major U.S. electronics firm in Hong Kong.', 'said an engineer with a major U.S. electronics firm in Hong Kong'],
    ]) expect(await flagged(text), text).toContain(`attribution/anonymous: ${cue}`)
  })

  it('leaves a named one, one the subject hired or became, and one inside another’s claim', async () => {
    for (const text of ['A lawyer, John Smith, said the charges were false.', 'He hired a lawyer and said he would fight the charges.', 'She became a lawyer in 2010 and said she loved it.', 'Police said a lawyer had stolen the money.', 'She told a lawyer the deal was off.']) {
      expect((await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous')), text).toEqual([])
    }
  })
})

describe('round 19: the same unnamed official all through a story', () => {
  it('follows "the official" with any verb of stance, in the inverted tag and when quoted by an outlet', async () => {
    const story = [
      'The U.S. is urging banks to consider a Philippine proposal, a Reagan administration official said.',
      'At the same time, however, the official expressed reservations that such a scheme would ever get off the ground.',
      '"The multilaterals have been performing well, the debtors have been performing well," said the official.',
      'Meanwhile, the official praised the Philippine plan.',
    ].join(' ')
    expect((await flagged(story)).filter((finding) => finding.startsWith('attribution/anonymous'))).toEqual(['attribution/anonymous: a Reagan administration official said', 'attribution/anonymous: the official expressed', 'attribution/anonymous: said the official', 'attribution/anonymous: the official praised'])
    expect(await flagged('OPEC output was well below the ceiling, Opecna quoted an OPEC secretariat official as saying. The official was quoted as saying that lower output was the result of firm determination.')).toContain('attribution/anonymous: The official was quoted as saying')
  })

  it('leaves the official named before, and one who is the subject of another’s claim', async () => {
    expect(await flagged('Ivan Petrov, a senior official, said the talks had stalled. "We are not giving up," said the official.')).toEqual([])
    expect((await flagged('A senior official said the talks had stalled. He said the official would resign if they failed.')).filter((finding) => finding.includes('the official'))).toEqual([])
  })
})

describe('round 19: unnamed sources with more verbs and places', () => {
  it('flags their view, agreement, stance, a word of place after them and a passive with them as agent', async () => {
    for (const [text, cue] of [
      ['Analysts and market sources view the TWA bid as an attempt to trigger a counter offer.', 'sources view'],
      ['Diplomatic and banking sources in Kinshasa agreed that a compromise formula could be reached.', 'sources in Kinshasa agreed'],
      ['Some Congressional sources have expressed concern that the budget office might block the plan.', 'sources have expressed'],
      ['Diplomatic sources here said West Germany would finish the year with the lowest growth rate.', 'sources here said'],
      ['Lawson’s attitude was interpreted by banking sources as a clear rebuff to Brazilian hopes.', 'interpreted by banking sources'],
      ['The International Monetary Fund is said by Western diplomats to be alarmed at the crisis.', 'said by Western diplomats'],
      ['In Brasilia, sources linked to the Presidency said Brazil was preparing a new program.', 'sources linked to'],
    ]) expect(await flagged(text), text).toContain(`attribution/anonymous: ${cue}`)
  })

  it('leaves sources of energy and things seen by named people', async () => {
    for (const text of ['Energy sources are concerned about power plants.', 'Power sources viewed from above look like lakes.', 'The plan was seen by Smith as too costly.']) {
      expect((await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous')), text).toEqual([])
    }
  })
})

describe('round 19: a plural possessive inside a name', () => {
  it('reads a cue through "Growers\' Federation", not through "analysts\' forecast"', async () => {
    expect(await flagged('Colombia has opened coffee registrations for June shipment, a National Coffee Growers\' Federation official said.')).toEqual(['attribution/anonymous: a National Coffee Growers\' Federation official said'])
    expect(await flagged('The analysts\' forecast was gloomy.')).toEqual([])
  })
})

describe('round 19: people of a profession at a named firm or party', () => {
  it('flags lawyers or scientists of a firm named right before them, not a crowd or a nation', async () => {
    expect(await flagged('Samjens\' lawyers discounted the concern.')).toEqual(['attribution/anonymous: lawyers discounted'])
    expect(await flagged('Texaco lawyers said they planned to pursue the appeal in Texas courts.')).toEqual(['attribution/anonymous: lawyers said'])
    for (const text of ['Lawyers say the law is unclear.', 'U.S. scientists said some tropical oils can be hazardous.', 'Goldman Sachs economists said growth would slow.']) {
      expect((await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous')), text).toEqual([])
    }
  })
})

describe('round 19: "they" after one member of a group', () => {
  it('does not read "they" as the one unnamed speaker of `"…," one said`, but "he" is', async () => {
    expect(await flagged('Some bankers believe the dinar will rise. "They may ask when the dollar will be so cheap again," one said. And with rates low, they say the Central Bank faces a delicate task.')).toEqual(['attribution/weasel: Some bankers believe', 'attribution/anonymous: one said'])
    expect(await flagged('Dealers said the dollar was steady. "All the action is in New York," one said. He added that Tokyo was quiet.')).toEqual(['attribution/weasel: Dealers said', 'attribution/anonymous: one said', 'attribution/anonymous: He added'])
  })
})

describe('review of round 19: acts are not claims, and the cues it found missing', () => {
  const anonymous = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous'))

  it('reads a denied request, access or permission as a refusal', async () => {
    expect(await anonymous("A Department of Homeland Security officer denied the family's request for asylum.")).toEqual([])
    for (const text of ['The official denied the request for an interview.', 'Later the official denied reporters access to the briefing room.']) {
      expect(await anonymous(`A senior official said the border would stay closed. ${text}`), text).toEqual(['attribution/anonymous: A senior official said'])
    }
    expect(await anonymous('A senior Pentagon official told reporters the strikes had hit all their targets. The official also denied that civilians had been killed.')).toEqual(['attribution/anonymous: A senior Pentagon official told', 'attribution/anonymous: The official also denied'])
  })

  it('flags one official\'s dismissal, rejection or welcome of a claim, not of people or papers', async () => {
    expect(await anonymous('A senior Hamas official rejected the proposal as a "non-starter."')).toEqual(['attribution/anonymous: A senior Hamas official rejected'])
    expect(await anonymous('A Kremlin official welcomed the remarks as a sign of "common sense."')).toEqual(['attribution/anonymous: A Kremlin official welcomed'])
    for (const text of [
      'A senior official rejected the application for a building permit.',
      'A senior official welcomed the visitors at the airport.',
      'A senior official dismissed three employees over the leak, the ministry said.',
      'A court official dismissed the case on Friday after the prosecution withdrew.',
      'An official ruled out of order by the Speaker left the chamber in protest.',
    ]) {
      expect(await anonymous(text), text).toEqual([])
    }
  })

  it('keeps the firm-before guard to a name right before the people, by the word lists', async () => {
    expect(await anonymous('Hitachi engineers said the reactor design was safe.')).toEqual(['attribution/anonymous: engineers said'])
    expect(await anonymous('Goldman lawyers argued that the bank had disclosed the risks.')).toEqual(['attribution/anonymous: lawyers argued'])
    for (const text of [
      'In a letter to Microsoft, lawyers said the contract was void.',
      'In Gaza, engineers said the water plant had stopped working.',
      'Harvard researchers said the drug cut deaths by a third, according to a study in the Lancet.',
    ]) {
      expect(await anonymous(text), text).toEqual([])
    }
  })

  it('reads participles of travel or attendance only, sources that see growth and literal seeing as no sourcing', async () => {
    expect(await anonymous('Officials returning from the talks in Riyadh said a deal was close.')).toEqual(['attribution/anonymous: Officials returning'])
    for (const text of [
      'Officials wearing masks said nothing as they entered the building.',
      'Other revenue sources saw strong growth in the quarter, the company said.',
      'The exhibition was seen by diplomats from 40 countries during its two-week run.',
    ]) {
      expect(await anonymous(text), text).toEqual([])
    }
    expect(await flagged("Zhuangzi's philosophy has been described by various sources as anarchist.")).toEqual(['attribution/weasel: has been described'])
  })

  it('reads "one" named in an apposition, a question about the official, and finds citing joined kinds, lawyers and tags', async () => {
    expect(await anonymous('Residents said the power had been out for days. "I have never seen anything like it," said one, a retired teacher named Carol Hughes.')).toEqual([])
    expect(await anonymous('Reporters asked whether the official expressed any regret.')).toEqual([])
    expect(await anonymous('She became a Treasury official in 2019 and said the rules were fair.')).toEqual([])
    expect(await anonymous('He worked as an engineer in Detroit and says the plant closure hurt the town.')).toEqual([])
    expect(await anonymous('Citing Israeli and American officials, the newspaper said the strike had been delayed.')).toEqual(['attribution/anonymous: Citing Israeli and American officials'])
    expect(await anonymous('The newspaper said the strike had been delayed, citing Israeli and American officials.')).toEqual(['attribution/anonymous: citing Israeli and American officials'])
    for (const text of [
      'Its lawyer said the company would appeal the verdict.',
      'His lawyer said he denied all the charges.',
      'Lawyers for the former president said the indictment was politically motivated.',
      'Attorneys for the other eight defendants said they would seek a mistrial.',
    ]) {
      expect((await anonymous(text)).length, text).toBe(1)
    }
    for (const text of [
      'The outage was caused by a faulty software update, a network engineer familiar with the system said.',
      'A researcher involved in the trial said the results were "very encouraging" but declined to give details.',
      'An attorney representing several of the families said they planned to sue the city.',
      'One scientist on the advisory panel said the agency had ignored its advice.',
    ]) {
      expect((await anonymous(text)).length, text).toBe(1)
    }
    expect(await flagged('Traders told reporters the market was thin.')).toEqual(['attribution/weasel: Traders told'])
    expect(await flagged('Analysts also told clients that the stock could fall further.')).toEqual(['attribution/weasel: Analysts also told'])
    expect(await anonymous('Traders said the yen was weak. "It is all about the Fed," one told Reuters.')).toEqual(['attribution/anonymous: one told Reuters'])
    expect(await anonymous('A senior Pentagon official told reporters the strikes had hit all their targets. "We are confident in our targeting," said the official on Tuesday.')).toEqual(['attribution/anonymous: A senior Pentagon official told', 'attribution/anonymous: said the official'])
    expect(await anonymous('A U.S. official said the drone was shot down. The same official later stated that no American personnel were hurt.')).toEqual(['attribution/anonymous: A U.S. official said', 'attribution/anonymous: The same official later stated'])
  })
})

describe('final review of round 19: crowds, clauses after "denied", acts of officials', () => {
  const anonymous = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous'))

  it('reads an ordinary word, a day or a nation before scientists or lawyers as a crowd, a firm’s name as a firm', async () => {
    for (const text of [
      'Climate scientists say the world is on track for 2.7C of warming.',
      'Other scientists said the study was too small to draw conclusions.',
      'Two engineers said the design was sound.',
      'Independent researchers said the data were incomplete.',
      'Leading scientists warned that the virus could mutate.',
      'Top lawyers said the ruling would be overturned on appeal.',
      'Immigration lawyers say the backlog has doubled.',
      'Veteran engineers say the software is poorly tested.',
      'Yesterday scientists said the volcano could erupt within weeks.',
      'Kenyan researchers said the drought had killed 2 million cattle.',
      'Scottish scientists said salmon numbers had fallen.',
      'California scientists said the drought was the worst in 1,200 years.',
    ]) {
      expect(await anonymous(text), text).toEqual([])
    }
    expect(await anonymous('GTE Corp scientists said they have discovered a faster chip.')).toEqual(['attribution/anonymous: scientists said'])
    expect(await anonymous('The Justice Department\'s lawyers said the remedy was necessary.')).toEqual(['attribution/anonymous: lawyers said'])
    expect(await anonymous('Nvidia engineers told customers the chips would ship by March.')).toEqual(['attribution/anonymous: engineers told'])
  })

  it('reads "denied" a request or a visa followed by a verb as a claim', async () => {
    for (const [text, cue] of [
      ['A senior official denied any request had been made.', 'A senior official denied'],
      ['Officials denied the visa scheme was being scrapped.', 'Officials denied'],
      ['An official denied the permit had been revoked.', 'An official denied'],
      ['A White House official denied the application of tariffs would be delayed.', 'A White House official denied'],
    ]) {
      expect(await anonymous(text!), text).toEqual([`attribution/anonymous: ${cue}`])
    }
    expect(await anonymous("A Department of Homeland Security officer denied the family's request for asylum.")).toEqual([])
  })

  it('flags officials ruling out a prospect, not a goal or a driver', async () => {
    for (const text of ['Match officials ruled out the goal for offside.', 'VAR officials ruled out the equaliser for handball.', 'Race officials ruled out the Ferrari driver from qualifying.']) {
      expect(await anonymous(text), text).toEqual([])
    }
    expect(await anonymous('European officials also ruled out progress on the talks.')).toEqual(['attribution/anonymous: officials also ruled out'])
  })

  it('reads "considered|read by diplomats" as an act, "delegates expected to attend" as no speaker', async () => {
    for (const text of [
      'The resolution will be considered by diplomats at the UN next week.',
      'The declaration was read by diplomats at the ceremony.',
      'Delegates expected to attend include the leaders of France and Germany.',
    ]) {
      expect(await anonymous(text), text).toEqual([])
    }
  })

  it('leaves the same unnamed official welcoming people or dismissing staff', async () => {
    for (const text of ['The official welcomed the visitors at the airport.', 'The official dismissed three staff members on Friday.']) {
      expect(await anonymous(`A senior official said talks had stalled. ${text}`), text).toEqual(['attribution/anonymous: A senior official said'])
    }
    expect(await anonymous('A senior official said talks had stalled. The official dismissed the report as speculation.')).toEqual(['attribution/anonymous: A senior official said', 'attribution/anonymous: The official dismissed'])
  })
})

describe('second review of round 19: clear unnamed sources missed', () => {
  const anonymous = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous'))

  it('flags the misses the reviews listed', async () => {
    for (const [text, cue] of [
      ['Two administration officials dismissed the report as speculation.', 'officials dismissed'],
      ['Officials in Brussels welcomed the ceasefire announcement but warned that it remained fragile.', 'Officials in Brussels welcomed'],
      ['A Chinese foreign ministry official blamed "outside interference" for the unrest.', 'A Chinese foreign ministry official blamed'],
      ['A lawyer for one of the defendants said the evidence was circumstantial.', 'A lawyer for one of the defendants said'],
      ['Lawyers representing the airline said the lawsuit had no merit.', 'Lawyers representing the airline said'],
      ['The tariffs are seen by European officials as a breach of WTO rules.', 'seen by European officials'],
    ]) {
      expect(await anonymous(text!), text).toEqual([`attribution/anonymous: ${cue}`])
    }
    expect(await anonymous('Police sources described the scene as chaotic. "It was carnage," one told the BBC.')).toContain('attribution/anonymous: one told')
  })

  it('leaves staff, visitors, papers, literal seeing, hiring and telling the police alone', async () => {
    for (const text of [
      'Officials dismissed three staff members on Friday.',
      'Officials in Brussels welcomed the visitors at the airport.',
      'Officials in Brussels rejected the application for a permit.',
      'The exhibition was seen by officials from 40 countries.',
      'He hired a lawyer for one of the defendants and said the fees were high.',
      'Lawyers representing the airline were hired last year.',
      'The Chinese foreign ministry official blamed for the leak resigned.',
    ]) {
      expect(await anonymous(text), text).toEqual([])
    }
    expect(await anonymous('Residents said the army had left. "It was carnage," one told police.')).toEqual([])
  })
})

describe('round 20: unnamed reports as an object, sources as an agent, one person placed by a long phrase', () => {
  const anonymous = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous'))

  it('flags reports of no named outlet that are cited or carry a claim as the agent of a passive', async () => {
    for (const [text, cue] of [
      ['She cited news reports that Berlin would widen its planned energy subsidy next year.', 'cited news reports that'],
      ['But her case has been undercut by reports that the deficit was far smaller than forecast.', 'by reports that'],
      ['The minister, citing a local newspaper report that the ceasefire had collapsed, called for calm.', 'citing a local newspaper report that'],
    ]) {
      expect(await anonymous(text!), text).toEqual([`attribution/anonymous: ${cue}`])
    }
  })

  it('leaves the verb "reports", a named body’s or outlet’s report, a named person’s reaction to reports and calls for help alone', async () => {
    for (const text of [
      'Separately, the carmaker denied reports that it plans to shut its plant in Ohio.',
      'He declined to confirm or deny reports that the chief executive is planning a buy-out.',
      'The ministry declined comment on a local newspaper report that the talks had collapsed.',
      'The agency reports that inflation rose 3.2 percent in March.',
      'The company said in its annual report that revenue rose 12 percent.',
      'The spokeswoman declined to comment on a New York Times report that the studio was for sale.',
      'She confirmed reports that the company would close the plant.',
      'Officials are responding to reports that a dam has burst upstream.',
      'Police are investigating reports that shots were fired near the school.',
    ]) {
      expect(await anonymous(text), text).toEqual([])
    }
  })

  it('flags sources as the agent of a figure or a report, not sources that are things', async () => {
    expect(await anonymous('This year’s harvest is 8 percent below the 31 million tonnes estimated by private sources for last season.')).toEqual(['attribution/anonymous: estimated by private sources'])
    expect(await anonymous('That matches an earlier report by Western diplomatic sources.')).toEqual(['attribution/anonymous: report by Western diplomatic sources'])
    for (const text of ['Power was supplied by renewable sources for the first time.', 'Most of the electricity is generated by fossil sources.', 'The plant’s output is forecast by energy sources to double.', 'The site’s funding is provided by private sources.']) {
      expect(await anonymous(text), text).toEqual([])
    }
  })

  it('flags a firm’s lawyers or scientists after "according to", not a crowd or a nation’s', async () => {
    expect(await anonymous('The settlement lets the trust keep its stake in the team, according to Disney attorneys.')).toEqual(['attribution/anonymous: according to Disney attorneys'])
    expect(await anonymous('The flaw was found last year, according to Google engineers.')).toEqual(['attribution/anonymous: according to Google engineers'])
    for (const text of ['The evidence was weak, according to defence lawyers.', 'The claim is false, according to the lawyers.', 'The glacier is melting faster than expected, according to Swiss scientists.', 'The flaw was found last year, according to Monday engineers.']) {
      expect(await anonymous(text), text).toEqual([])
    }
  })

  it('flags one person placed by a phrase of any length in a tag that ends the sentence, not a named person’s apposition', async () => {
    for (const [text, cue] of [
      ['The miners agreed to cut the contract price by $14 a tonne, an official at a company involved in the talks said.', 'an official at a company involved in the talks said'],
      ['"The order book was strong from the start," said an officer on Citigroup’s syndicate desk.', 'said an officer on Citigroup’s syndicate desk'],
      ['The cocoa crop will be smaller than expected after the dry spell, an analyst of West African weather and harvests said.', 'an analyst of West African weather and harvests said'],
      ['The strike will continue, a manager at the plant in Ohio said on Monday.', 'a manager at the plant in Ohio said'],
    ]) {
      expect(await anonymous(text!), text).toEqual([`attribution/anonymous: ${cue}`])
    }
    for (const text of [
      'Prices fell sharply on Tuesday, Jane Doe, an analyst at a Tokyo brokerage, said.',
      'Maria Lopez, an analyst with Evercore ISI said a takeover cannot be ruled out.',
      '"The water is rising," said a resident of the village near the dam.',
    ]) {
      expect(await anonymous(text), text).toEqual([])
    }
  })

  it('flags one official placed by a long phrase as the subject, in the view of officials, and officials with knowledge of a matter', async () => {
    for (const [text, cue] of [
      ['One syndicate official at a bank not involved in the offering said the notes looked cheap.', 'One syndicate official at a bank not involved in the offering said'],
      ["An official at Kenya's national association of tea growers and packers said prices would recover.", "An official at Kenya's national association of tea growers and packers said"],
      ['The drone strike showed the need for new air defences, in the view of U.S. officials.', 'in the view of U.S. officials'],
      ['The paper quoted police officials with knowledge of the inquiry as saying the suspect fled abroad.', 'officials with knowledge of'],
    ]) {
      expect(await anonymous(text!), text).toEqual([`attribution/anonymous: ${cue}`])
    }
    for (const text of ['The wife of an official at the Ministry of Foreign Affairs in Moscow said she had been detained.', 'A man who attacked an official at the city’s main tax office in Lyon said he was angry.', 'Officials with knowledge of first aid treated the injured.']) {
      expect(await anonymous(text), text).toEqual([])
    }
  })
})

describe('round 20: a trade crowd after a name that ends the claim', () => {
  it('reads a capitalised word before a comma as the claim’s, not the crowd’s firm', async () => {
    expect(await flagged('In the primary market, issuance centred on bonds in currencies other than the U.S. Dollar, dealers noted.')).toEqual(['attribution/weasel: dealers noted'])
    expect(await flagged('The sell-off came after Moody’s cut its outlook for Evergrande, traders noted.')).toEqual(['attribution/weasel: traders noted'])
    for (const text of ['Goldman Sachs economists said growth would slow.', "Salomon Brothers' analysts said the bid was low.", "Morgan Stanley's analysts said the bid was low.", 'The bid is too low, JPMorgan analysts said.']) {
      expect(await flagged(text), text).toEqual([])
    }
  })
})

describe('round 20: more trade crowds', () => {
  it('flags underwriters, exporters, importers, businessmen and securities or fund managers as a crowd', async () => {
    for (const [text, cue] of [
      ['Egypt bought 240,000 tonnes of Black Sea wheat in its latest tender, European exporters said.', 'exporters said'],
      ['Because the green bonds were priced below similar debt, the sale drew strong demand, underwriters said.', 'underwriters said'],
      ['Tokyo brokerages are considering letting foreign banks take a larger share of bond sales, securities managers said.', 'securities managers said'],
      ['Businessmen said the new visa rules would hurt trade with the Gulf.', 'Businessmen said'],
    ]) {
      expect(await flagged(text!), text).toEqual([`attribution/weasel: ${cue}`])
    }
  })

  it('leaves a body of them, the ones a story has named, a firm’s, a part of them and the USDA’s sales data alone', async () => {
    for (const text of [
      'Vietnam imported about 1.2 million tonnes of corn in the first quarter, the association of feed importers said.',
      'A spokeswoman for the council of rice importers told reporters stocks were low.',
      // Round 22: "the" points back to underwriters the story has named (with none before, they are a crowd).
      'Nomura led the underwriters of the bond. The underwriters said the deal had priced at par.',
      'Underwriters at Morgan Stanley said the deal priced at par.',
      'Three of the five largest exporters expect smaller coffee harvests next year.',
      'The U.S. Agriculture Department said private exporters reported sales of 132,000 tonnes of soybeans to China.',
    ]) {
      expect((await flagged(text)).filter((finding) => finding.startsWith('attribution/weasel')), text).toEqual([])
    }
  })
})

describe('review of round 20: the regressions', () => {
  const anonymous = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous'))

  it('leaves a relative clause on "reports that" alone, not a claim they carry', async () => {
    for (const text of [
      'The index was undercut by reports that Nvidia released after the close showing slowing growth.',
      'The issue was raised by reports that the committee published in May.',
      'The confusion was caused by reports that contradicted each other.',
      'The panel was swayed by reports that engineers filed after the crash.',
      'Investors were reassured by reports that the regulator had issued on Friday.',
      'Traders were spooked by reports that were later denied.',
    ]) {
      expect(await anonymous(text), text).toEqual([])
    }
    for (const text of [
      'The stock was hit by reports that the study published in May showed serious side effects.',
      'The shares were hit by reports that the company filed for bankruptcy protection.',
      'The shares were hit by reports that armed men had stormed the plant.',
      'The market was lifted by reports that the agency had released two hostages.',
      // Final read of round 20: a time or a place, then an object or a complement.
      'Shares were hit by reports that Evergrande filed on Monday for bankruptcy protection in New York.',
      'The yen was lifted by reports that Tokyo issued on Friday a warning to speculators.',
    ]) {
      expect(await anonymous(text), text).toEqual(['attribution/anonymous: by reports that'])
    }
  })

  it('flags a bare report as the agent of a passive, not a relative clause on it', async () => {
    expect(await anonymous('The shares were dented by a report that the Justice Department planned an antitrust suit.')).toEqual(['attribution/anonymous: by a report that'])
    for (const text of ['The issue was raised by a report that the committee published in May.', 'The inquiry was prompted by a report that contradicted the official account.']) {
      expect(await anonymous(text), text).toEqual([])
    }
  })

  it('reads sources of a thing after the cue', async () => {
    expect(await anonymous('A report by two independent sources of funding was delayed.')).toEqual([])
    expect(await anonymous('Output was estimated by private sources at 12 million tonnes.')).toEqual(['attribution/anonymous: estimated by private sources'])
  })

  it('wants their own word of saying after people with knowledge of or familiar with a matter, not another’s', async () => {
    for (const text of ['Officials with knowledge of the risks approved the launch anyway, the report found.', 'People familiar with the plan approved the launch anyway, the report found.']) {
      expect(await anonymous(text), text).toEqual([])
    }
    for (const [text, cue] of [
      ['The company is exploring a sale, people familiar with the matter said.', 'people familiar with'],
      ['People familiar with the matter, who asked not to be identified because the talks are private, said the deal was close.', 'People familiar with'],
      ['Bloomberg reported, citing people familiar with the matter, that the firm was for sale.', 'people familiar with'],
    ]) {
      expect((await anonymous(text!))[0], text).toEqual(`attribution/anonymous: ${cue}`)
    }
  })

  it('leaves a crowd that closes a list of named firms alone', async () => {
    expect(await flagged('Toyota, Honda and other exporters said profits would rise on the weak yen.')).toEqual([])
    expect(await flagged('Samsung and other importers said chip prices would fall.')).toEqual([])
    expect(await flagged('Japanese and other exporters said the rules were too strict.')).toEqual(['attribution/weasel: exporters said'])
  })
})

describe('review of round 20: one list of posts and trades for a placed person', () => {
  const anonymous = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous'))

  it('flags a worker, nurse, doctor, forecaster, aid worker, person or former employee placed by a long phrase in an end tag', async () => {
    for (const [text, cue] of [
      ['The roof gave way within minutes, a worker at the plant in Ohio said on Tuesday.', 'a worker at the plant in Ohio said'],
      ['"We have no more insulin," said a nurse at a hospital in central Gaza.', 'said a nurse at a hospital in central Gaza'],
      ['The striker will miss the final, a doctor at the national team’s training camp said.', 'a doctor at the national team’s training camp said'],
      ['The storm will make landfall on Thursday, a forecaster at a private weather company in Texas said.', 'a forecaster at a private weather company in Texas said'],
      ['The fighting has reached the capital’s outskirts, an aid worker with an international charity in Khartoum said.', 'an aid worker with an international charity in Khartoum said'],
      ['The drug will be priced below $1,000 a month, a person at the company familiar with its plans said.', 'a person at the company familiar with its plans said'],
      ['The board knew of the flaw in 2022, a former employee of the company’s safety team said.', 'a former employee of the company’s safety team said'],
    ]) {
      expect(await anonymous(text!), text).toEqual([`attribution/anonymous: ${cue}`])
    }
  })

  it('flags a manager or a trader placed by a phrase of four words or more as the subject, not a named one', async () => {
    for (const [text, cue] of [
      ['A senior manager at a large Asian chipmaker with plants in Arizona said hiring was difficult.', 'A senior manager at a large Asian chipmaker with plants in Arizona said'],
      ['A senior manager at a large Asian chipmaker said hiring was difficult.', 'A senior manager at a large Asian chipmaker said'],
      ['A fund manager at another big Japanese insurer said the sell-off was overdone.', 'A fund manager at another big Japanese insurer said'],
    ]) {
      expect(await anonymous(text!), text).toEqual([`attribution/anonymous: ${cue}`])
    }
    for (const text of [
      'Ana Silva, an analyst at the Brazilian brokerage XP Investimentos said the rate cut was priced in.',
      'Demand will slow, Maria Lopez, a former analyst with Evercore ISI said.',
      'The wife of a worker at a plant owned by the firm in Ohio said she had not been paid.',
      'He said a worker at the plant in Ohio had been hurt.',
    ]) {
      expect(await anonymous(text), text).toEqual([])
    }
  })
})

describe('review of round 20: a trade crowd with its place', () => {
  const weasel = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/weasel'))

  it('flags one trade placed by "in|at" and one to three words, before or after the verb', async () => {
    for (const [text, cue] of [
      ['The rate cut came too late, businessmen in Milan said.', 'businessmen in Milan said'],
      ['Japanese government bonds are too expensive, securities managers in Tokyo said.', 'securities managers in Tokyo said'],
      ['The tender was undersubscribed, underwriters at several banks said.', 'underwriters at several banks said'],
      ['Traders in Singapore said spot prices for Dubai crude would rise this week.', 'Traders in Singapore said'],
      ['The ban has hurt farmers, said exporters in Vietnam.', 'said exporters in Vietnam'],
      ['The yen fell, said traders.', 'said traders'],
    ]) {
      expect(await weasel(text!), text).toEqual([`attribution/weasel: ${cue}`])
    }
  })

  it('leaves a firm’s traders, ones the story has named, a body of them and a crowd that is the claim’s subject alone', async () => {
    for (const text of [
      'Prices will keep falling, traders at Goldman Sachs said.',
      'The yen fell, said dealers at Mizuho.',
      'Traders in London sold the yen on Monday. The traders in London said the yen would fall.',
      'The council of rice importers in Manila said stocks were low.',
      'He said traders in London were nervous.',
    ]) {
      expect(await weasel(text), text).toEqual([])
    }
  })
})

describe('round 21: a ticker or an acronym in brackets after a name', () => {
  const anonymous = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous'))

  it('reads past "(6502.T)", "(LIFFE)" and wire markup "<TSBA.T>", "<Kumagai Gumi>"', async () => {
    for (const [text, cue] of [
      ['Officials at Toshiba <TSBA.T> told reporters they have developed a new kind of wire.', 'Officials at Toshiba <TSBA.T> told'],
      ['Officials at Toshiba Corp (6502.T) told reporters they had developed a new kind of wire.', 'Officials at Toshiba Corp (6502.T) told'],
      ['A <Kumagai Gumi> official said the flotation was planned for June.', 'A <Kumagai Gumi> official said'],
      ['An official at the London International Financial Futures Exchange (LIFFE) said the exchange had no plans for new contracts.', 'An official at the London International Financial Futures Exchange (LIFFE) said'],
    ]) {
      expect(await anonymous(text!), text).toEqual([`attribution/anonymous: ${cue}`])
    }
  })

  it('starts no cue on the code itself, and leaves a named person or a word in brackets alone', async () => {
    expect(await flagged('May Department Stores Co <MAY> and K Mart Corp <KM> were among the strong performers.')).toEqual([])
    for (const text of ['Jane Doe, an analyst at Nomura (8604.T), said the yen would fall.', 'Officials at Toshiba (the company said in May) had left.']) {
      expect(await anonymous(text), text).toEqual([])
    }
  })
})

describe('round 21: unnamed people as a passive agent, a view denied, officials beside a crowd, participants, circles', () => {
  const anonymous = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous'))

  it('flags each wording', async () => {
    for (const [text, cue] of [
      ['The town of Whakatane was said by officials to be virtually isolated.', 'said by officials to'],
      ['The reform has been described by bourse officials as Amsterdam’s “little bang.”', 'described by bourse officials as'],
      ['The unit is valued by people familiar with the matter at $2 billion.', 'valued by people familiar with'],
      ['But government officials do not expect the summit to go beyond restating policy goals.', 'officials do not expect'],
      ['Commission officials did not rule out retaliatory measures.', 'officials did not rule out'],
      ['But bankers who attended the meeting with Gros said it was inconclusive.', 'bankers who attended'],
      ['Sources who attended the G-10 conference this morning said the reference was added.', 'Sources who attended'],
      ['Businessmen who took part in the mission told reporters the trip had been a success.', 'Businessmen who took part'],
      ['An official involved in the talks said agreement was near.', 'An official involved in'],
      ['Western traders received larger discounts, Japanese traders involved in the transactions told Reuters.', 'traders involved in'],
      ['Informed quarters said the plan had been dropped.', 'Informed quarters said'],
      ['The visit would be postponed, according to diplomatic circles.', 'according to diplomatic circles'],
    ]) {
      expect(await anonymous(text!), text).toEqual([`attribution/anonymous: ${cue}`])
    }
  })

  it('marks only the officials beside a trade crowd, so the crowd keeps its weasel finding', async () => {
    expect(await flagged('Imports will rise, Chinese officials and Japanese traders told Reuters.')).toEqual(['attribution/anonymous: officials', 'attribution/weasel: traders told'])
  })

  it('leaves acts, non-answers, attendance with no word of saying, a named attendee and circles that are no people alone', async () => {
    for (const text of [
      'The exhibition was seen by officials from 40 countries.',
      'Officials did not say when the talks would resume.',
      'Four men who attended all the schools have never been called on to use that knowledge.',
      'Douglas Pratt, president of the PTC, who attended the meeting, said the work was under review.',
      'A trader involved in the market for decades retired on Friday.',
      'In financial circles, the view is that rates will rise.',
      'The birds flew in circles over the lake.',
    ]) {
      expect(await anonymous(text), text).toEqual([])
    }
  })
})

describe('round 21: "the official said" with no official and no named source before it', () => {
  const anonymous = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous'))

  it('flags one official no sentence before introduced, and leaves a refusal, a trade’s person and plural officials to their own cues', async () => {
    expect(await anonymous('Sandoz had a hard year. The Sandoz official said the reserves would cover any claims.')).toEqual(['attribution/anonymous: The Sandoz official said'])
    expect(await anonymous('Exports were small. The French source declined to estimate volumes.')).toEqual([])
    expect(await anonymous('Bonds fell. The analyst said the bid was too low.')).toEqual([])
    expect(await anonymous('At the Kremlin officials told TASS that the talks had stalled.')).toEqual(['attribution/anonymous: officials told'])
  })

  it('leaves the official alone after a named source, who may be the same person under another noun', async () => {
    expect(await anonymous('K Mart will sell more goods this year, chairman Bernard Fauber predicted. The K Mart official also said stores would get scanners.')).toEqual([])
  })
})

describe('round 21: the rank’s own noun capitalised is no name', () => {
  it('flags "A top U.S. Official said" as "A top U.S. official said", and still reads a name before the verb', async () => {
    expect(await flagged('A top U.S. Official said Japan had little chance of avoiding the tariffs.')).toEqual(['attribution/anonymous: A top U.S. Official said'])
    expect(await flagged('A senior Treasury official Ivan Petrov said Japan had little chance.')).toEqual([])
  })
})

describe('round 21: an unnamed paper or person that quotes or speaks, and a day between the people and the verb', () => {
  const anonymous = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous'))

  it('flags each wording', async () => {
    for (const [text, cue] of [
      ['One West German newspaper today quoted currency dealers as saying the losses could be higher.', 'One West German newspaper today quoted'],
      ['But the trade paper quoted an unnamed spokesman as saying Chrysler was bidding.', 'unnamed spokesman'],
      ['The newspaper quoted ruling Liberal Democratic Party (LDP) sources.', 'quoted ruling Liberal Democratic Party (LDP) sources'],
      ['Officials today said the plan was dead.', 'Officials today said'],
      ['But some delegates said the bank was lending too much.', 'some delegates said'],
    ]) {
      expect(await anonymous(text!), text).toEqual([`attribution/anonymous: ${cue}`])
    }
  })

  it('leaves an unnamed person who is acted on or is another’s topic, and market participants as a crowd', async () => {
    for (const text of [
      'An unnamed manager was fired last week.',
      'In November, B and C said an unnamed employee had resigned after he was found buying shares.',
      'Also, many participants believed inflation would gather momentum.',
    ]) {
      expect(await anonymous(text), text).toEqual([])
    }
  })
})

describe('round 21: "it was learned" as a lead or a tag', () => {
  it('flags it opening or closing the sentence, not inside a clause that tells when a fact came out', async () => {
    expect(await flagged('It was learned today that the board had met twice in secret.')).toEqual(['attribution/anonymous: It was learned'])
    expect(await flagged('The board had met twice in secret, it was learned.')).toEqual(['attribution/anonymous: it was learned'])
    expect(await flagged('Investors breathed more freely when it was learned that the loan was safe.')).toEqual([])
  })
})

describe('round 21: legislators, bankers and businessmen returning from or attending an event', () => {
  it('flags them as officials and delegates are, not their acts', async () => {
    expect(await flagged('Congressmen returning from recess say the people admire the President.')).toEqual(['attribution/anonymous: Congressmen returning'])
    expect(await flagged('Bankers attending the meeting said the talks were useful.')).toEqual(['attribution/anonymous: Bankers attending'])
    expect(await flagged('Lawmakers working on the bill have approved it.')).toEqual([])
  })
})

describe('round 21: a crowd "here" and scientists as a crowd', () => {
  it('flags trade crowds and delegates with "here" before the verb, and "according to scientists", not a nation’s scientists', async () => {
    expect(await flagged('The plan would fail, economists here said.')).toEqual(['attribution/weasel: economists here said'])
    expect(await flagged('Delegates here said the move was connected to ties with Asia.')).toEqual(['attribution/anonymous: Delegates here said'])
    expect(await flagged('The drug works, according to scientists.')).toEqual(['attribution/weasel: according to scientists'])
    expect(await flagged('The glacier is melting faster than expected, according to Swiss scientists.')).toEqual([])
    expect(await flagged('The bankers here are worried about the loan.')).toEqual([])
  })
})

describe('round 21: inherited false findings', () => {
  it('leaves an official a subject reports on, and a crowd in a reduced passive, alone; keeps the inverted tags', async () => {
    for (const text of [
      'He said an official at the ministry had resigned.',
      'It said an insider trading definition should exempt securities firms from liability.',
      'Bankers said to be close to the deal include Goldman Sachs and Morgan Stanley.',
    ]) {
      expect(await flagged(text), text).toEqual([])
    }
    expect(await flagged('The talks failed, said an official at the ministry.')).toEqual(['attribution/anonymous: said an official at the ministry'])
    expect(await flagged('"The talks failed," said a senior official.')).toEqual(['attribution/anonymous: said a senior official'])
  })
})

describe('round 21: officials citing a concern, a paper with no name quoting, a name before the officials', () => {
  it('flags them, and reads "State Department" as a name, not the verb "state"', async () => {
    expect(await flagged('State Department officials cited concern about the safety of ships in the Gulf.')).toEqual(['attribution/anonymous: officials cited concern'])
    expect(await flagged('The minister was quoted by a local newspaper as saying the plan was dead.')).toEqual(['attribution/anonymous: quoted by a local newspaper as saying'])
    for (const text of ['Officials cited for bravery were honoured on Friday.', 'The minister was quoted by the newspaper Asahi as saying the plan was dead.', 'The report states that officials cited security concerns.']) {
      expect(await flagged(text), text).toEqual([])
    }
  })
})

describe('round 21: press reports a named subject reacts to, and "it" as a thing', () => {
  it('leaves them alone and keeps the reports that carry a claim', async () => {
    for (const text of [
      'European consortium Airbus Industrie said it had no comment on press reports that it had resumed talks.',
      'The LZB spokesman was commenting on press reports that banks had parked currency positions.',
      'He categorically denied press reports suggesting the firm was developing a buyout bid.',
      'The stock amounts to 1,462,000 shares and most of it was reported in an earlier 13-G filing.',
    ]) {
      expect(await flagged(text), text).toEqual([])
    }
    expect(await flagged('Shares rose on press reports that the firm would be sold.')).toEqual(['attribution/anonymous: press reports that'])
    expect(await flagged('It was reported that the talks had resumed.')).toEqual(['attribution/anonymous: It was reported'])
  })
})

describe('round 21: older press wordings of an unnamed source', () => {
  it('flags a participant placed at an event, "who would not be identified" and "persons in a position to know"', async () => {
    expect(await flagged('A participant in the talks said the bill would pass.')).toEqual(['attribution/anonymous: A participant in the talks said'])
    expect(await flagged('Pentagon officials, who would not be identified, said the plan was dead.')).toEqual(['attribution/anonymous: who would not be identified'])
    expect(await flagged('Persons in a position to know said the bill would pass.')).toEqual(['attribution/anonymous: Persons in a position to know'])
    expect(await flagged('She was a participant in the talks and said nothing.')).toEqual([])
  })
})

describe('round 21 fixes: a science\'s crowd right after a sentence that names a study', () => {
  it('leaves the study\'s authors alone and keeps a crowd after no study, an unnamed study or a press report', async () => {
    expect(await flagged('A study published in Nature found that the drug cut deaths. Scientists say the drug could save lives.')).toEqual([])
    expect(await flagged('A Harvard study found that the drug cut deaths. According to researchers, it cut deaths by half.')).toEqual([])
    expect(await flagged('Scientists say the drug could save lives.')).toEqual(['attribution/weasel: Scientists say'])
    expect(await flagged('A study found that Britons sleep less. Scientists say the trend could worsen.')).toEqual(['attribution/weasel: Scientists say'])
    expect(await flagged('A report in The New York Times said the drug cut deaths. Scientists say the drug could save lives.')).toEqual(['attribution/weasel: Scientists say'])
    expect(await flagged('A study published in Nature found that the drug cut deaths. Investors say the drug could lift sales.')).toEqual(['attribution/weasel: Investors say'])
  })
})

describe('review of round 21: "the official said" after a person named by an act', () => {
  it('reads the official as that person, and leaves non-answers and reduced passives alone', async () => {
    for (const text of [
      'Deputy Finance Minister Maria Ruiz met investors on Tuesday. The official said the budget would be balanced by 2027.',
      'John Kirby, the White House national security spokesman, briefed reporters on Monday. He took questions for an hour. Reporters pressed him on Gaza. The official said the pause would hold.',
      'The Pentagon spokesman, Maj. Gen. Pat Ryder, was asked about the drone. He declined to give details. The official said an inquiry was under way.',
      'The official said nothing about the drone when reporters asked.',
      'The official said to be leading the inquiry has resigned.',
      'The diplomat said to be the spy was expelled on Friday.',
    ]) {
      expect(await flagged(text), text).toEqual([])
    }
    // A body's name is no person ("General Motors"), and "said nothing had changed" still reports.
    expect(await flagged('General Motors cut output. The official said sales were weak.')).toEqual(['attribution/anonymous: The official said'])
    // A name with no post is not who "the official" is (FactBank tuning: the victim's name before "The official said…").
    expect(await flagged("The FBI is testing the hair found outside Dr. Slepian's home. The official said the hair was in a cap.")).toEqual(['attribution/anonymous: The official said'])
    expect(await flagged('The official said nothing had changed.')).toEqual(['attribution/anonymous: The official said'])
  })
})

describe('review of round 21: "it was learned" as the reporter sourcing only', () => {
  it('flags the lead with its "that" and the closing tag, not a thing learned or a source given', async () => {
    expect(await flagged('It was learned on Tuesday that the bank had been raided.')).toEqual(['attribution/anonymous: It was learned'])
    expect(await flagged('The bank had been raided, it was learnt on Tuesday.')).toEqual(['attribution/anonymous: it was learnt'])
    expect(await flagged('But it was learned that the police had been warned days before.')).toEqual(['attribution/anonymous: it was learned'])
    for (const text of [
      'It was learned behaviour, not instinct.',
      'It was learned, she insists, not inherited.',
      'It was learned from the inquiry report published on Monday that the memo had been shredded.',
      'It was learned that the victim had no enemies, police said.',
    ]) {
      expect(await flagged(text), text).toEqual([])
    }
  })
})

describe('review of round 21: "quoted … sources" with what they said', () => {
  it('flags sources quoted as saying or closing the sentence, not sources by name, as examples or of funding', async () => {
    expect(await flagged('The newspaper quoted ruling Liberal Democratic Party (LDP) sources.')).toEqual(['attribution/anonymous: quoted ruling Liberal Democratic Party (LDP) sources'])
    expect(await flagged('A report from Rotterdam quoted industry sources there saying processors were unhappy.')).toEqual(['attribution/anonymous: quoted industry sources'])
    expect(await flagged('The paper quoted sources in the ministry as saying the budget would be cut.')).toEqual(['attribution/anonymous: quoted sources'])
    for (const text of ['He quoted his sources by name in the footnotes.', 'The report quoted sources such as Reuters, the BBC and the Financial Times.', 'The study quoted sources of funding for each author.', 'Wikipedia articles quoted sources that no longer exist.']) {
      expect(await flagged(text), text).toEqual([])
    }
  })
})

describe('review of round 21: "who would not be identified" as a source withheld', () => {
  it('leaves people not identified by others, until later or otherwise, and things', async () => {
    expect(await flagged('Pentagon officials, who would not be identified, said the plan was dead.')).toEqual(['attribution/anonymous: who would not be identified'])
    expect(await flagged('Officials, who would not be identified by name, said the plan was dead.')).toEqual(['attribution/anonymous: who would not be identified'])
    for (const text of ['Suspects who would not be identified by the victims were released.', 'Victims who would not be identified until relatives were told were taken to hospital.', 'The bodies, which could not be identified, were buried on Sunday.']) {
      expect(await flagged(text), text).toEqual([])
    }
  })
})

describe('review of round 21: participants and people in a position to know', () => {
  it('flags them as sources only when they say something', async () => {
    expect(await flagged('According to persons in a position to know, the minister will resign.')).toEqual(['attribution/anonymous: According to persons in a position to know'])
    expect(await flagged('One participant at the meeting said the vote was close.')).toEqual(['attribution/anonymous: One participant at the meeting said'])
    for (const text of ['People who attended the concert were told to get tested.', 'Lawyers involved in the case said nothing.', 'A participant in the study said she had lost 10 kilograms.', 'People in a position to know the rules should follow them.', 'Those in a position to know said nothing, and the rest guessed.']) {
      expect(await flagged(text), text).toEqual([])
    }
  })
})

describe('review of round 21: officials citing and views denied', () => {
  it('flags a concern cited and a view denied, not an act nor a view under a source tag', async () => {
    expect(await flagged('Officials cited the growing risk of a strike.')).toEqual(['attribution/anonymous: Officials cited the growing risk'])
    expect(await flagged('Officials in the ministry did not rule out further cuts.')).toEqual(['attribution/anonymous: Officials in the ministry'])
    for (const text of ['Officials cited the wrong statute, the judge ruled.', 'Officials did not expect the fans to arrive so early, police chief Mark Rowley said.', "Officials do not expect guests to tip, the hotel's manual says.", 'Officials in the city did not rule on the appeal.']) {
      expect(await flagged(text), text).toEqual([])
    }
  })
})

describe('final read of round 21: the review guards that cleared real crowds', () => {
  it('counts only people who saw or called something behind a passive (`count-agent`)', async () => {
    expect(await flagged('He is considered by many the best player of his generation.')).toEqual(['attribution/weasel: considered by many'])
    expect(await flagged('The film was hailed by critics this week.')).toEqual(['attribution/weasel: hailed by critics'])
    expect(await flagged('The sculpture was seen by many visitors over the weekend.')).toEqual([])
  })
  it('takes a trade’s verb before "in|by" for a participle only when the crowd is its object and a main verb follows (`view-object`)', async () => {
    expect(await flagged('Analysts speculated in a note to clients that the Fed would cut rates.')).toEqual(['attribution/weasel: Analysts speculated'])
    expect(await flagged('Traders projected in March that exports would rise.')).toEqual(['attribution/weasel: Traders projected'])
    for (const text of ['Analysts questioned by Reuters expected a rise of 0.3 percent.', 'Investors cited in the lawsuit say they lost $2 billion.']) {
      expect(await flagged(text), text).toEqual([])
    }
  })
  it('takes "doubt|question|dispute" with a noun object for a view (`noun-object`)', async () => {
    expect(await flagged('Scientists dispute the findings.')).toEqual(['attribution/weasel: Scientists dispute'])
    expect(await flagged("Investors doubt the company's forecasts.")).toEqual(['attribution/weasel: Investors doubt'])
    expect(await flagged('Opponents question the wisdom of the merger.')).toEqual(['attribution/weasel: Opponents question'])
    for (const text of ['Investors question the board at the annual meeting each May.', 'Opponents claimed the seat in 2020.']) {
      expect(await flagged(text), text).toEqual([])
    }
  })
  it('names a study by its publisher in one check: not "of", a day, a nationality nor an outlet (`namesStudy`)', async () => {
    for (const text of ['Investors say the market will recover, a survey of 1,000 investors found.', "Scientists say the ice is melting faster, Tuesday's report showed.", 'Investors say the market will recover, a Reuters report said.', 'A study of Britons found that they sleep less. Scientists say the trend could worsen.', 'A Chinese study found that they sleep less. Scientists say the trend could worsen.']) {
      expect(await flagged(text), text).toEqual(['attribution/weasel: ' + (text.includes('Investors') ? 'Investors say' : 'Scientists say')])
    }
    for (const text of ['Researchers say the river is warming, a survey by the council found.', 'A study published in Nature found that the drug cut deaths. Scientists say the drug could save lives.', 'Researchers doubted the results at first, but repeated tests confirmed them, the journal Science reported.']) {
      expect(await flagged(text), text).toEqual([])
    }
  })
  it('takes a closing source tag from `source-outside`, not an outlet passing a view on nor a reported clause (`source-tag`)', async () => {
    expect(await flagged('Officials do not expect a deal, CNN reported.')).toEqual(['attribution/anonymous: Officials do not expect'])
    expect(await flagged('It was learned that Smith, the chairman, said he would resign.')).toEqual(['attribution/anonymous: It was learned'])
    for (const text of ['It was learned that the victim had no enemies, police said.', 'Officials did not expect the fans to arrive so early, police chief Mark Rowley said.']) {
      expect(await flagged(text), text).toEqual([])
    }
  })
  it('takes "said to be|have" for a reduced passive, not "said to" a recipient (`said-to`)', async () => {
    expect(await flagged('Dealers said to Reuters that the bank had bought dollars.')).toEqual(['attribution/weasel: Dealers said'])
    expect(await flagged('Bankers said to be close to the deal include two from Paris.')).toEqual([])
  })
  it('takes "it was learned that" after a time word for a lead (`not-lead`)', async () => {
    expect(await flagged('Today it was learned that the plant will close.')).toEqual(['attribution/anonymous: it was learned'])
    expect(await flagged('Investors breathed more freely when it was learned that the plant will stay open.')).toEqual([])
  })
  it('takes no measure or time for an agent (`agent-later`), and no board "in" a state for one met (`view-object`)', async () => {
    expect(await flagged('The plan is considered a success by any measure.')).toEqual(['attribution/weasel: is considered'])
    expect(await flagged('Analysts see the board in a difficult position.')).toEqual(['attribution/weasel: Analysts see'])
    for (const text of ['The company is considered a strategic asset by the French government.', "Analysts see the company's chief executive at its investor day on Thursday."]) {
      expect(await flagged(text), text).toEqual([])
    }
  })
  it('takes a named speaker\'s closing tag in a lighter key as "said" (`named-end-tag`), an unnamed one\'s as naming no one', async () => {
    for (const text of ['Investors say the darnedest things at annual meetings, Buffett once joked.', 'Investors say the darnedest things at annual meetings, Smith quipped.', 'Investors say the darnedest things at annual meetings, Jones mused.']) {
      expect(await flagged(text), text).toEqual([])
    }
    // As "…, one trader said" keeps the crowd's finding; its anonymous cue lists "said", not "joked".
    expect(await flagged('Investors say the darnedest things at annual meetings, one trader joked.')).toEqual(['attribution/weasel: Investors say'])
    const {file} = await claims('Investors say the darnedest things at annual meetings, Buffett once joked.')
    expect(file.data.sourcing!.named).toEqual(['Buffett'])
  })
  it('takes "it was learned that" after an opening time phrase for a lead, not after a clause (`not-lead`)', async () => {
    for (const text of ['On Tuesday, it was learned that the company would sell its unit.', 'Earlier, it was learned that the company would sell its unit.', 'Yesterday it was learned that the company would sell its unit.', 'Earlier this week, it was learned that the company would sell its unit.']) {
      expect(await flagged(text), text).toEqual(['attribution/anonymous: it was learned'])
    }
    for (const text of ['When the talks collapsed on Tuesday, it was learned that the company would sell its unit.', 'Investors breathed more freely when it was learned that the company would sell its unit.']) {
      expect(await flagged(text), text).toEqual([])
    }
  })
  it('takes a named body\'s one post for an office holder (`office-holder`), not an unnamed officer', async () => {
    for (const text of ["The concept has put a new floor under USSR grain production, the U.S. Agriculture Department's officer in Moscow said in a field report.", "Conditions are good for the emerging winter wheat crop, the U.S. embassy's agricultural officer in Belgrade said."]) {
      expect(await flagged(text), text).toEqual([])
    }
    expect(await flagged('An officer in Moscow said the crop was poor.')).toEqual(['attribution/anonymous: officer in Moscow said'])
  })
  it('takes the sources of a report a named subject responds to as the report\'s (`report-responded`)', async () => {
    for (const text of ['The company said it was issuing the statement in response to a published report that quoted unidentified industry sources as saying Sears Business Centers will shortly discontinue carrying Tandon computer products.', 'Tandon declined to comment on a report that quoted unidentified sources as saying Sears will stop.']) {
      expect(await flagged(text), text).toEqual([])
    }
    expect(await flagged('A published report quoted unidentified industry sources as saying Sears will stop.')).toEqual(['attribution/anonymous: quoted unidentified industry sources as saying'])
  })
  it('takes one unnamed person of a trade in the lead only when the next sentence names a person, or the lead comes alone (`story-lead`)', async () => {
    expect(await flagged('Uganda plans to export roasted coffee to Europe by the end of 1988, a prominent local businessman said.')).toEqual([])
    expect(await flagged('Uganda plans to export roasted coffee to Europe by the end of 1988, a prominent local businessman said. Trade Minister Paul Ssemogerere told Reuters the plan was approved.')).toEqual([])
    expect(await flagged('One Japanese refiner said crude prices would rise further in the second quarter. Prices rose 2 percent on Monday.')).toEqual(['attribution/anonymous: One Japanese refiner said'])
    expect(await flagged('Prices rose sharply. Uganda plans to export roasted coffee, a prominent local businessman said.')).toEqual(['attribution/anonymous: a prominent local businessman said'])
  })
  it('takes "the source(s)" for unnamed whatever came before (`not-after-anonymous`)', async () => {
    expect(await flagged('Spot prices firmed. The source acknowledged the shift may have been caused partly by the decision to press commercial banks to limit lending.')).toEqual(['attribution/anonymous: The source acknowledged'])
    expect(await flagged('Spot prices firmed. The sources declined to estimate the volume.')).toEqual([])
  })
  it('takes unnamed reports a named subject answers, or a named writer\'s own, for theirs (`named-response`)', async () => {
    for (const text of ['Nippon Steel Corp denied local newspaper reports that China has been seeking to buy steel plants from Japan.', 'In response to market reports that the board opposes the ban, Sandner pointed out that it had approved a partial ban.', 'Calgary-based independent analyst James Hamilton has said in recent reports that Amoco has also been in talks with Dome.']) {
      expect(await flagged(text), text).toEqual([])
    }
    expect(await flagged('Her remarks coincided with newspaper reports that a continuing heat wave has destroyed thousands of acres of crops.')).toEqual(['attribution/anonymous: newspaper reports that'])
  })

  it('reads a company marked up in angle brackets, as Reuters wire copy writes it, as the speaker (round 22)', async () => {
    // Reworded from the Reuters-21578 tuning half (research-only text): a ticker after the name, and the name inside the brackets.
    for (const text of ['Geonex Corp <GEOX> said the delay could hurt its revenues.', '<Wilderness Experience Inc> said it may be forced to file for bankruptcy.', 'Hong Kong Land Co Ltd <HKLD.HK> said it might look for overseas investments.']) {
      expect(await flagged(text), text).toEqual([])
    }
    // A ticker in the claim leaves the crowd's tag flagged (round 23: with the hedge inside the claim the crowd's).
    expect(await flagged('Dart Group <DARTA> is likely seeking to buy Supermarkets General <SGL>, analysts said.')).toEqual(['attribution/weasel: analysts said'])
  })

  it('reads a nation\'s or a kind\'s word before a crowd in a closing tag as part of the tag (round 22)', async () => {
    for (const text of ['Prices will rise, Japanese investors said.', 'Prices will rise, foreign investors said.']) {
      expect(await flagged(text), text).toEqual(['attribution/weasel: investors said'])
    }
    expect(await flagged('He said Japanese investors were nervous.')).toEqual([])
  })

  it('reads one unnamed person of a trade or post in a plot, a vote or a named apposition as no source (review of round 22)', async () => {
    for (const text of ['The novel follows three friends. A Chinese journalist tells her story to a stranger on a train.', 'Delegates voted by a show of hands. One union leader said no, and the motion passed.', 'The quake struck at 0400 GMT. Ken Ito, a government seismologist said it measured 6.1.']) {
      expect(await flagged(text), text).toEqual([])
    }
    expect(await flagged('The strike spread. A union leader said no decision had been made.')).toEqual(['attribution/anonymous: A union leader said'])
  })

  it('answers a rumour only in its own clause, not in a later one (final read of round 22)', async () => {
    for (const text of ['Shares rose on rumours of a takeover, and the company confirmed its earnings forecast for the year.', 'Rumours circulated on Wall Street that the bank would be sold, and its shares jumped in response.', 'Shares rose on rumours of a takeover after the company reported false figures for the year.']) {
      expect((await flagged(text)).filter((finding) => finding.startsWith('attribution/weasel')), text).toHaveLength(1)
    }
    for (const text of ['The bank denied market rumors that it had written off its loans.', 'Rumours of losses are not true, spokesmen said.', 'Rumours circulating here yesterday said Funaro was on his way out of the cabinet, but both he and Sarney denied this.']) {
      expect(await flagged(text), text).toEqual([])
    }
  })
  it('reads a plot only after a work of fiction in the sentence or the one before, and officials only after two named (final read of round 22)', async () => {
    for (const text of ['The coup plot was uncovered in March. An observer says the plotters had foreign backing.', 'The film festival opened in Cannes on Monday. A French journalist says the jury is split over the prize.', 'Smith said the levees would hold. The officials feel the levees are too weak.', 'Mayor Karen Bass visited the flooded district on Monday. The officials feel the city\'s levees are too weak.', 'Shares fell on reports of 300 job losses at the plant.']) {
      expect((await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous')), text).toHaveLength(1)
    }
    for (const text of ['In the film, a businessman tells his wife he is leaving.', 'The novel follows three friends. A Chinese journalist tells her story.']) {
      expect(await flagged(text), text).toEqual([])
    }
  })
  it('takes "the" before a trade as pointing back only to the trade\'s own forms or to managers who led the issue (`determined`, final read of round 22)', async () => {
    expect((await flagged('It is an important week for the coffee market. The importers said prices would rise again in May.')).filter((finding) => finding.startsWith('attribution/weasel'))).toHaveLength(1)
    for (const text of ['Coffee importers met in May. The importers said prices would rise again.', 'Nomura and Daiwa led the issue. The securities managers said demand was strong.']) {
      expect(await flagged(text), text).toEqual([])
    }
  })
  it('gives "amid|following|after reports" the reports rule\'s guards (final read of round 22)', async () => {
    expect(await flagged('Nippon Steel Corp denied the claims amid reports that China was buying steel plants.')).toEqual([])
    expect(await flagged('Shares fell following reports that the plant would close.')).toEqual(['attribution/anonymous: following reports that'])
  })
  it('reads officials who see or feel with their senses, or named the sentence before, as no view (review of round 22)', async () => {
    for (const text of ['Health Minister Ana Lopes and her deputy, Rui Costa, toured the ward. The officials felt the hospital needed more staff.', 'Mayor Jo Park and police chief Ed Ruiz visited the scene. Both officials see signs of progress in the inquiry.', 'Race officials saw a rider fall on the final bend.', 'Officials see a rise in visitors every summer, park records show.']) {
      expect(await flagged(text), text).toEqual([])
    }
    for (const text of ['Senior officials increasingly feel isolated.', 'Officials see no reason to cut rates.', 'Officials have opposed the plan since farmers tried to play golf on the site.', 'Officials see the cuts as part of a broader strategy to curb spending.', 'Officials see a sharp rise in inflation next year.', 'Officials tried to play a bigger role in the talks.']) {
      expect((await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous')), text).toHaveLength(1)
    }
  })

  it('reads a named owner\'s reports and reports as pieces of work as no unnamed source (`report-sense`, review of round 22)', async () => {
    expect(await flagged('Coverage of the war relied on reports of stringers paid by the piece.')).toEqual([])
    expect(await flagged('Shares fell on reports of heavy losses at the unit.')).toEqual(['attribution/anonymous: on reports of'])
  })

  it('reads sources that are texts, or a degree word with no stance, as no unnamed people (`literal-source`, review of round 22)', async () => {
    expect(await flagged('The historian compared two medieval chronicles. Both sources were more concerned with kings than with peasants.')).toEqual([])
    expect(await flagged('Western diplomatic sources were more blunt.')).toEqual(['attribution/anonymous: sources were more blunt'])
    // Final read of round 22: a plural noun that opens the stance's own clause is its subject, not what the sources are.
    expect(await flagged('The sources were not sure guides to income.')).toEqual([])
    for (const text of ['Sources were not sure talks would resume next week.', 'Sources were confident prices would rise again in the spring.']) {
      expect((await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous')), text).toHaveLength(1)
    }
  })

  it('takes a report no one or a crowd answers for unnamed (`report-responded`, `named-response`, review of round 22)', async () => {
    expect(await flagged('No one has responded to a report that quoted unnamed sources as saying the bank was insolvent.')).toEqual(['attribution/anonymous: quoted unnamed sources as saying'])
    expect(await flagged('Analysts called it a buy on reports that the firm would be sold.')).toContain('attribution/anonymous: on reports that')
    expect(await flagged('The group had no immediate comment on reports of greater than expected losses at its Spanish subsidiary.')).toEqual([])
  })
})

describe('round 23: a belief with no believer, set off or after an adverb (Reuters-21578 tuning half)', () => {
  it('flags the bare participle set off by a comma or opening the sentence', async () => {
    expect(await flagged('It reported a 1986 loss of 2.2 billion dlrs (1.65 billion dlrs U.S.), believed to be the largest ever by a Canadian company.')).toEqual(['attribution/weasel: believed'])
    expect(await flagged('Three people were killed and two others injured when a huge explosion, believed to be a bomb, went off in a suburb of Botswana\'s capital Gaborone.')).toEqual(['attribution/weasel: believed'])
    expect(await flagged('He bought what he believed to be a bargain.')).toEqual([])
  })

  it('flags "was originally|still|also believed to"', async () => {
    expect(await flagged('The Bank was originally believed to have favoured requiring the dealers to underwrite auctions, which are patterned after those in the U.S. Treasury market.')).toEqual(['attribution/weasel: was originally believed to'])
  })

  it('flags a crowd placed in a trade by "in the" and more words', async () => {
    expect(await flagged('He noted that some in the sugar industry believe an increase in the quota is justified.')).toEqual(['attribution/weasel: some in the sugar industry believe'])
    expect(await flagged('He said the company acquired competitive businesses as a matter of routine, and might add others in 1987, but declined to say how much the company planned to spend on them.')).toEqual([])
  })

  it('flags a market trade "familiar with" the matter, not bankers (anonymous sources)', async () => {
    expect(await flagged('Traders familiar with the opinion said the recommendation noted that a possible operating rate reduction had already been discounted in the stock yesterday when it fell 1-7/8, making the stock a good buy today.')).toEqual(['attribution/weasel: Traders familiar with the opinion said'])
    expect(await flagged('Bankers familiar with the deal said it would close.')).toEqual(['attribution/anonymous: Bankers familiar with'])
  })

  it('flags a trade that stresses, explains or cautions a claim, not one that does a thing', async () => {
    expect(await flagged('Economists stressed that gains in hours worked signal much larger gains in February U.S. production and income than previously forecast.')).toEqual(['attribution/weasel: Economists stressed'])
    expect(await flagged('Inflation is the number one enemy of fixed-rate investments, analysts explained.')).toEqual(['attribution/weasel: analysts explained'])
    expect(await flagged('And initially, traders indicated their respect for the accord by refraining from pushing the dollar lower.')).toEqual([])
    expect(await flagged('In its World Production and Trade Report, the department said traders indicated China may lack supplies or be unwilling to sell at current low world prices.')).toEqual(['attribution/weasel: traders indicated'])
    expect(await flagged('The government economists acknowledged that the improved export performance in the January/March quarter was unlikely to be repeated.')).not.toContain('attribution/weasel: economists acknowledged')
  })
})

describe('round 23 (anonymous): the unnamed person "the official said" points back to', () => {
  it('takes one unnamed official brought in by a refusal or an act, with no finding, for the one who speaks next', async () => {
    // Reuters-21578 tuning half (tune6 and story 11771).
    expect(await flagged('Another official declined to speculate under what circumstances BP might raise its bid. The BP official said the 70 dlrs a share offer is 7.2 times Standard\'s 1986 cash flow and 56 pct above an independent evaluation of the company\'s assets.')).toContain('attribution/anonymous: The BP official said')
    expect(await flagged('Taiwan\'s imports in the second quarter of 1987 are expected to rise to 7.75 billion U.S. Dlrs, the statistics department said. A department official attributed the increase to growing domestic investment by the private and public sectors. The official said Taiwan\'s trade surplus is expected to climb to 4.28 billion U.S. Dlrs in the second quarter of 1987.')).toContain('attribution/anonymous: The official said')
    // A name in apposition, and "official" before a thing, bring in no unnamed official.
    expect(await flagged('The minister named Jane Doe, a senior official, to lead the talks. The official said the talks went well.')).toEqual([])
    expect(await flagged('Deputy Minister Ana Ruiz arrived on an official visit on Monday. The official said the talks went well.')).toEqual([])
  })
})

describe('round 23 (anonymous): "is understood to" hides an informant', () => {
  it('flags "is|are also understood to" as an unnamed source, not a crowd, and leaves one with its own source alone', async () => {
    // Reuters-21578 tuning half (tune6; stories 965 and 5290).
    expect(await flagged('New IMF managing director Michel Camdessus is understood to be worried about the Fund\'s image in the developing world, where it is often depicted as the source of economic ills.')).toEqual(['attribution/anonymous: is understood to'])
    expect(await flagged('British authorities are also understood to have intervened to curb sterling\'s strength.')).toEqual(['attribution/anonymous: are also understood to'])
    expect((await flagged('They added Denmark did not formally state its final position but was understood to remain against.')).filter((finding) => finding.startsWith('attribution/anonymous') && finding.includes('understood'))).toEqual([])
    expect(await flagged('The terms are easily understood to mean a cut.')).toEqual([])
  })
})

describe('round 23 (anonymous): reports a named source corrects', () => {
  it('leaves "and not X as reports suggested" under a named source alone (`named-response`), not under unnamed ones nor without "not"', async () => {
    // Reuters-21578 tuning half (tune6): the labelling guide's round-23 decision, after round 22's first lead decision.
    expect(await flagged('Chief state prosecutor Carl Hermann Retemeyer told Reuters his office would focus its attention on Wolfsburg, and not Frankfurt as newspaper reports suggested over the weekend.')).toEqual([])
    expect(await flagged('Prosecutor Karl Braun said the inquiry will focus on Wolfsburg, as newspaper reports suggested.')).toEqual(['attribution/anonymous: newspaper reports suggested'])
    expect(await flagged('The inquiry will focus on Wolfsburg, and not Frankfurt as newspaper reports suggested.')).toEqual(['attribution/anonymous: newspaper reports suggested'])
  })
})

describe('round 23 (anonymous): "he" points back to the story\'s last speaker, an unnamed one, over the writer\'s own sentences', () => {
  it('flags "He said" after writer\'s sentences when the last speaker was unnamed, not when a name came between', async () => {
    // Reuters-21578 tuning half (story 4619).
    expect(await flagged('The Finance Ministry will institute a study to consider changing the corporate disclosure rules to provide more information for investors, a ministry official said. The study will look at whether companies should include data on profits for separate divisions, products and overseas regions in corporate earnings statements the official said. At present, companies give such breakdowns for sales only. He said no time limit has been set for the study.')).toContain('attribution/anonymous: He said')
    for (const text of ['An official said the deal was close. Talks began in May. When asked about the delay, Sindt discounted the idea. He said the talks would go on.', 'An official said the deal was close. Talks began in May. Deputy Minister Ana Ruiz met the buyers on Monday. He said the talks would go on.', 'An official said the deal was close. Nhek Bunchhay, who had been closely involved in the search, appeared confident. He said the talks would go on.']) {
      expect(await flagged(text), text).toEqual(['attribution/anonymous: An official said'])
    }
  })
})


describe('round 23 second pass (weasel): crowds and estimators worded otherwise', () => {
  it('flags a belief placed in a crowd, market talk, unnamed analysis, a figure put by nobody, a commodity trade and campaign groups', async () => {
    // Blind review set (round 23) and the Reuters-21578 tuning half (stories 4694, 4898, 5587).
    const cases: Array<[string, string]> = [
      ['There is a growing belief in financial circles that the government will have to seek support from the IMF.', 'attribution/weasel: There is a growing belief in financial circles that'],
      ['The ruling sparked fears among exporters that Washington would retaliate with duties on steel.', 'attribution/weasel: fears among exporters that'],
      ['Market talk had the central bank selling dollars through state-owned banks during the Asian afternoon.', 'attribution/weasel: Market talk had'],
      ['According to analysis, the sales of new energy vehicles will continue to grow rapidly this year.', 'attribution/weasel: According to analysis'],
      ['Initial investment by Walt Disney and a group of French and other investors has been put at around eight billion francs for the project\'s central theme park.', 'attribution/weasel: has been put at'],
      ['Cuban sugar export figures for January suggest that this year\'s crop may be at least as large as last year\'s 7.35 mln tonnes, according to sugar analysts.', 'attribution/weasel: according to sugar analysts'],
      ['Consumer groups say ATT\'s concern for its business clients underscores a danger that any increased costs will be passed onto the consumer.', 'attribution/weasel: Consumer groups say'],
      ['The plan has drawn criticism from those who say it rewards companies that moved production abroad.', 'attribution/weasel: from those who say'],
      ['Private forecasts put the budget shortfall at around 12 billion dollars for the current fiscal year.', 'attribution/weasel: Private forecasts put'],
      ['Shares jumped on market speculation and press reports that the group was about to receive a takeover bid.', 'attribution/weasel: on market speculation and'],
    ]
    for (const [text, finding] of cases) expect(await flagged(text), text).toContain(finding)
  })

  it('leaves named analysis, a named estimator and an ordinary "put at" alone', async () => {
    for (const text of ['Sales will grow, according to analysis by Morgan Stanley.', 'The company has put at risk its entire European business.', 'Analysts at Nomura view the reshuffle as a sign of weakness.']) {
      expect((await flagged(text)).filter((finding) => finding.startsWith('attribution/weasel')), text).toEqual([])
    }
  })
})

describe('round 23 second pass (anonymous; booster openers): unnamed informants in modern and machine-translated wire copy', () => {
  it('flags "according to relevant persons|people in the room", "it is understood that" and "said to" giving a witnessed state or act', async () => {
    // Round 23 blind review set (b47, b178, b142, b85, b118).
    expect(await flagged('According to relevant persons, the project has entered the final stage of approval by the provincial authorities.')).toEqual(['attribution/anonymous: According to relevant persons'])
    expect(await flagged('According to people in the room, the chancellor told the delegation she would not back down on the tariffs.')).toEqual(['attribution/anonymous: According to people in the room'])
    expect(await flagged('It is understood that the relevant departments have launched an investigation into the incident.')).toEqual(['attribution/anonymous: It is understood that'])
    expect(await flagged('The plant was said to be running at half capacity because of a shortage of spare parts.')).toEqual(['attribution/anonymous: was said to be running'])
    expect(await flagged('The minister is said to have threatened to resign if the cuts to the defence budget went ahead.')).toEqual(['attribution/anonymous: is said to have threatened'])
    // A trade's people are a crowd; a reputation after "was said to be" is no witnessed state.
    expect((await flagged('According to people in the industry, prices have been falling.')).filter((finding) => finding.startsWith('attribution/anonymous'))).toEqual([])
    expect((await flagged('The hotel was said to be something of a landmark.')).filter((finding) => finding.startsWith('attribution/anonymous'))).toEqual([])
  })

  it('flags unnamed officials who let a message out, concede in private or doubt, and unnamed papers the newsroom saw', async () => {
    // Round 23 blind review set (b111, b24, b184, b138, b100).
    expect(await flagged('Palace officials let it be known that the king would not attend the ceremony in the capital.')).toEqual(['attribution/anonymous: officials let it be known'])
    expect(await flagged('Officials at the finance ministry privately concede that the deficit target for next year will be missed.')).toEqual(['attribution/anonymous: Officials at the finance ministry privately concede'])
    expect(await flagged('There appear to be growing doubts among senior officials about the timetable for leaving the bloc.')).toContain('attribution/anonymous: doubts among senior officials')
    expect(await flagged('The fund has quietly begun selling its Chinese holdings, according to a document reviewed by reporters.')).toEqual(['attribution/anonymous: according to a document reviewed by'])
    expect(await flagged('Intelligence assessments seen by this newspaper indicate that the militia has acquired drones with a longer range.')).toEqual(['attribution/anonymous: assessments seen by this newspaper indicate'])
    // A report the story named, set off by commas, and a crowd's doubts are not unnamed sources.
    expect((await flagged('The report, obtained by Reuters this week, is expected to be made public next month.')).filter((finding) => finding.startsWith('attribution/anonymous'))).toEqual([])
    expect((await flagged('There are growing doubts among investors about the timetable.')).filter((finding) => finding.startsWith('attribution/anonymous'))).toEqual([])
  })

  it('leaves market participants and a trade\'s strategists, a crowd, to the weasel rule (`trade-crowd`), not a government\'s strategists', async () => {
    // Round 23 blind review set (b83, b60) and Reuters-21578 tuning half (story 12967).
    const anonymous = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous'))
    expect(await anonymous('Currency strategists expect the euro to weaken further once the European Central Bank begins cutting rates.')).toEqual([])
    expect(await anonymous('The drop in prices was blamed on heavy selling by hedge funds ahead of the holiday weekend, market participants said.')).toEqual([])
    expect(await anonymous('Although the Bank has not yet formally announced a definite intention to proceed with the auctions, most market participants assume that they will go ahead.')).toEqual([])
    expect(await anonymous('Pentagon strategists expect the conflict to last for years.')).toEqual(['attribution/anonymous: strategists expect'])
  })

  it('flags "Unmistakably," and "Plainly," opening a sentence as the writer\'s booster, not inside it', async () => {
    // Round 23 blind review set (b45, b75).
    expect(await flagged('Unmistakably, the market\'s mood has turned against high-yield debt since the summer.')).toEqual(['hedge/booster: Unmistakably'])
    expect(await flagged('Plainly, the government cannot keep subsidising fuel at current prices for much longer.')).toEqual(['hedge/booster: Plainly'])
    expect(await flagged('She was plainly dressed for the funeral.')).toEqual([])
  })
  it('leaves a placed crowd that says no view, a legal presumption and a set-off belief whose believer follows (review of round 23)', async () => {
    // Review of round 23 set (a58, a164, a44, a45, a27); Reuters-21578 tuning half ("China was still believed to be in the market").
    const weasel = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/weasel'))
    expect(await weasel('Nobody was hurt, though some in the crowd said nothing for minutes afterwards.')).toEqual([])
    expect(await weasel('Before the meal, some at the table said grace.')).toEqual([])
    expect(await weasel('Many in the oil industry say prices have bottomed out.')).toEqual(['attribution/weasel: Many in the oil industry say'])
    expect(await weasel('Until the jury returns its verdict, Harris is still presumed to be innocent.')).toEqual([])
    expect(await weasel('China was still believed to be in the market for U.S. wheat.')).toEqual(['attribution/weasel: was still believed to'])
    expect(await weasel('The painting, thought to be a fake by its former owner, sold for 40,000 dlrs, auctioneer Sotheby\'s said.')).toEqual([])
    expect(await weasel('It reported a loss of 2.2 billion dlrs, believed to be the largest ever by a Canadian company.')).toEqual(['attribution/weasel: believed'])
  })
  it('points "the official said" back only to an unnamed official who did or refused something, not to "an official protest" (review of round 23)', async () => {
    // Review of round 23 set (a110, a111, a109); Reuters-21578 tuning half ("However, one analyst who follows the stock…").
    const anonymous = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous'))
    expect(await anonymous('Deputy Minister Ana Ruiz spoke to reporters on Monday. The ministry lodged an official protest with Chile. The official said the talks would go on.')).toEqual([])
    expect(await anonymous('Ana Ruiz, the deputy minister, spoke to reporters on Monday. She was appointed an official of the ministry in 2010. The official said exports would rise.')).toEqual([])
    expect(await anonymous('One senior official left the meeting early. Talks went on through the night. The official said agreement was near.')).toEqual(['attribution/anonymous: The official said'])
  })
  it('ends "He said" pointing back to an unnamed speaker at a person the writer\'s sentences bring in (review of round 23)', async () => {
    // Review of round 23 set (a124, a126, a168, a169, a171, a118).
    const anonymous = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/anonymous'))
    expect(await anonymous('The deal is worth 2 billion dlrs, a banker said. The bid was made by Carl Icahn in January. He said he would not raise it.')).toEqual(['attribution/anonymous: a banker said'])
    expect(await anonymous('The plant will close, a company official said. Smith, 54, joined the firm in 1980. He said he would fight the closure.')).toEqual(['attribution/anonymous: a company official said'])
    expect(await anonymous('Shares of Texaco fell 2 dlrs, a trader said. Texaco chairman Alfred DeCrane met the company\'s bankers on Monday. He said the company would not file for bankruptcy.')).toEqual(['attribution/anonymous: a trader said'])
    expect(await anonymous('The talks broke down, a diplomat said. Thatcher spoke to Reagan by telephone on Sunday. She said Britain would not give way.')).toEqual(['attribution/anonymous: a diplomat said'])
    expect(await anonymous('The mine will close in June, a company official said. Jones, the mine manager, gave the news to workers. He said 200 would be retrained.')).toEqual(['attribution/anonymous: a company official said'])
    expect(await anonymous('The talks broke down on Friday, a diplomat said. The two sides had met four times. He said they would meet again next month.')).toEqual(['attribution/anonymous: a diplomat said', 'attribution/anonymous: He said'])
  })
  it('reads "the economists" after two named ones as those two, not a crowd (review of round 23)', async () => {
    // Review of round 23 set (a94).
    const weasel = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/weasel'))
    expect(await weasel('Jane Li and Tom Park of Morgan Stanley said inflation would rise. The economists stressed that the data were noisy.')).toEqual([])
    expect(await weasel('Tom Park of Morgan Stanley said inflation would rise. The economists stressed that the data were noisy.')).toEqual(['attribution/weasel: economists stressed'])
  })
  it('leaves analysts whose firm the aside after their verb names (review of round 23)', async () => {
    // Review of round 23 set (a158).
    const weasel = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/weasel'))
    expect(await weasel('The analysts explained, in a note to clients of Salomon Brothers, that the loss stemmed from a one-off charge.')).toEqual([])
    expect(await weasel('The analysts explained, in a note to clients, that the loss stemmed from a one-off charge.')).toEqual(['attribution/weasel: analysts explained'])
  })
  it('reads a trade\'s verb of saying past a day before its clause (review of round 23)', async () => {
    // Review of round 23 set (a87).
    const weasel = async (text: string) => (await flagged(text)).filter((finding) => finding.startsWith('attribution/weasel'))
    expect(await weasel('Traders indicated Tuesday that supplies were tight.')).toEqual(['attribution/weasel: Traders indicated'])
    expect(await weasel('Traders indicated Tuesday their respect for the accord.')).toEqual([])
  })
})

describe('eighteenth stop: a Reuters-21578 wire-copy audit (tuning half)', () => {
  it('reads "the researchers" after a study as the study\'s authors, whose hedges are theirs', async () => {
    // Reuters-21578 r4004.
    const text = 'The study, reported in the New England Journal of Medicine, also found that all types of oral contraceptives were equally effective.\n\nThe researchers estimated that the use of birth control pills in this country probably prevented about 1,700 cases of ovarian cancer in 1982.'
    expect(await flagged(text)).toEqual([])
    // As "the researcher" is; without "the" they are no source ("Researchers estimated…" leaves the guess unsourced, as before).
    expect(await flagged('The researchers estimated that the pills probably prevented about 1,700 cases.')).toEqual(await flagged('The researcher estimated that the pills probably prevented about 1,700 cases.'))
    expect(await flagged('Researchers estimated that the pills probably prevented about 1,700 cases.')).toEqual(['hedge/unsupported: probably'])
  })
  it('reads "it has said" as a body\'s own words, not a hidden speaker (Reuters-21578 r3222)', async () => {
    expect(await flagged('The bank had not paid foreign exchange since January 28.\n\nIt has said the auctions were suspended because it planned a modified system.')).toEqual([])
    expect(await flagged('It has been said that the auctions were suspended.')).toEqual(['attribution/weasel: It has been said'])
  })
})

describe('recall of issue 6: a market\'s participants are its trade', () => {
  it('flags "market participants" as it flags "market watchers" (Reuters-21578 tuning half, r1867 and r295)', async () => {
    expect(await flagged('It said many market participants saw little scope for a further decline in long-term rates and anticipate a slowdown in the pace of fixed-rate activity in the months ahead.')).toEqual(['attribution/weasel: market participants saw'])
    expect(await flagged('Market participants expect the new issue methods to be applied beginning in April.')).toEqual(['attribution/weasel: Market participants expect'])
  })

  it('leaves participants in a meeting and a firm\'s market participants alone', async () => {
    expect((await flagged('Participants in the meeting said the talks were useful.')).filter((finding) => finding.startsWith('attribution/weasel'))).toEqual([])
    expect(await flagged('Market participants at Goldman Sachs said the issue was fully booked.')).toEqual([])
  })
})

describe('recall of issue 6: "there are some * who claim"', () => {
  it('flags a crowd that claims, brought in by "there are" (Brown tuning half)', async () => {
    expect(await flagged('There are some clubs which claim they learned something about pitching to him last year.')).toEqual(['attribution/weasel: There are some clubs which claim'])
  })

  it('leaves a thing claimed and a count that claims alone', async () => {
    expect(await flagged('There were many residents who claimed compensation after the flood.')).toEqual([])
    expect(await flagged('Some 200 people claimed asylum last year.')).toEqual([])
  })
})

describe('recall of issue 6: a crowd after a company\'s abbreviation opens a new sentence', () => {
  it('reads "…and Co. Industry analysts said" as two sentences, the crowd no firm\'s (Reuters-21578 tuning half)', async () => {
    const text = '"The area clearly has significant applications but it won\'t be commercially viable for a few years," said Thomas Murtha, technology analyst with James Capel and Co. Industry analysts said the use of superconductors could bring sharp cuts in electricity costs if present problems can be overcome.'
    expect(await flagged(text)).toEqual(['attribution/weasel: analysts said'])
  })

  it('still joins a title after the abbreviation', async () => {
    expect(await flagged('The order went to Acme Co. Chairman John Smith said the plant could open in May.')).toEqual([])
  })
})

describe('recall of issue 6: a crowd placed by a rank word, a "-based" place or a region is no firm\'s', () => {
  it('flags crowds the named-before guard took for a firm\'s (Reuters-21578 tuning half: r18126, r19164, r20632)', async () => {
    expect(await flagged('Leading Italian economists said they regretted Paul Volcker\'s decision not to serve another term as chairman of the Federal Reserve Board.')).toEqual(['attribution/weasel: economists said'])
    expect(await flagged('Sudan has an annual debt liability of 900 mln dlrs, Khartoum-based Western experts say.')).toEqual(['attribution/weasel: experts say'])
    expect(await flagged('U.S. military planners ruled out Iran\'s Silkworm missiles as a target in the retaliatory attack mounted on Monday for fear of being drawn more deeply into the Iran-Iraq war, defense and Middle East experts said.')).toEqual(['attribution/weasel: experts said'])
  })

  it('still reads a firm whose name opens on an ordinary word as the crowd\'s employer', async () => {
    expect(await flagged('First Chicago economists said rates would rise.')).toEqual([])
    expect(await flagged('State Street economists said the Fed would cut rates.')).toEqual([])
  })
})

describe('precision of issue 6: a crowd that a named poll finds', () => {
  it('leaves "Most Americans feel …, according to a poll by <pollster>" alone (Reuters-21578 tune4, labelled 0)', async () => {
    expect(await flagged('Most Americans feel that hostile corporate takeovers do more harm than good, according to a public opinion poll by Louis Harris and Assoc Inc.')).toEqual([])
    expect(await flagged('Most voters believe the economy is getting worse, according to a Gallup poll released on Tuesday.')).toEqual([])
  })
})

describe('a finding across Markdown emphasis (summary fixes, twentieth stop)', () => {
  it('takes each marker inside its span with its partner', async () => {
    expect(await flagged('Some *say* the deal will fail.', 'markdown')).toEqual(['attribution/weasel: Some *say*'])
    expect(await flagged('*Experts* believe the deal will fail.', 'markdown')).toEqual(['attribution/weasel: *Experts* believe'])
    expect(await flagged('Some **say** the deal will fail.', 'markdown')).toEqual(['attribution/weasel: Some **say**'])
    // Markers outside the words stay out: the span is exactly the words.
    expect(await flagged('*Some say the deal will fail.*', 'markdown')).toEqual(['attribution/weasel: Some say'])
  })

  it('gives an unsourced section\'s heading its emphasis markers in pairs', async () => {
    const {messages} = await claims(seed.replace('### US Perspective:', '### *US Perspective*:'), 'markdown')
    expect(messages.filter((message) => message.ruleId === 'unsourced-section').map((message) => message.actual)).toEqual(['*US Perspective*: A Complex Dialogue'])
  })
})

describe('a finding across HTML inline elements (html spans, twentieth stop)', () => {
  it('takes each tag inside its span with its partner', async () => {
    expect(await flagged('<p>Some <em>say</em> the deal will fail.</p>', 'html')).toEqual(['attribution/weasel: Some <em>say</em>'])
    expect(await flagged('<p><em>Experts</em> believe the deal will fail.</p>', 'html')).toEqual(['attribution/weasel: <em>Experts</em> believe'])
    expect(await flagged('<p>Some <b><i>say</i></b> the deal will fail.</p>', 'html')).toEqual(['attribution/weasel: Some <b><i>say</i></b>'])
    // Markup outside the words stays out: the span is exactly the words.
    expect(await flagged('<p><em>Some say the deal will fail.</em></p>', 'html')).toEqual(['attribution/weasel: Some say'])
  })

  it('does so in ninjs body_html, whose tags keep their file offsets, and not for "<u>" written as copy in body_text', async () => {
    expect(await flagged('{"headline": "Talks", "body_html": "<p><a href=\\"https://example.com\\">Experts</a> believe the deal will fail.</p>"}', 'ninjs')).toEqual(['attribution/weasel: <a href=\\"https://example.com\\">Experts</a> believe'])
    expect(await flagged('{"headline": "Talks", "body_text": "Some <u>say the deal will fail, and others disagree.</u>"}', 'ninjs')).toEqual(['attribution/weasel: Some <u>say'])
  })

  it('does so for the inline HTML Markdown allows, after its emphasis', async () => {
    expect(await flagged('Some <em>say</em> the deal will fail.', 'markdown')).toEqual(['attribution/weasel: Some <em>say</em>'])
    expect(await flagged('<em>Experts</em> believe the deal will fail.', 'markdown')).toEqual(['attribution/weasel: <em>Experts</em> believe'])
    expect(await flagged('Some **say** the deal will fail.', 'markdown')).toEqual(['attribution/weasel: Some **say**'])
  })

  it('takes emphasis and inline HTML in pairs where they interleave, whichever is outside', async () => {
    expect(await flagged('Some *<em>say</em>* the deal will fail.', 'markdown')).toEqual(['attribution/weasel: Some *<em>say</em>*'])
    expect(await flagged('Some **<em>say</em>** the deal will fail.', 'markdown')).toEqual(['attribution/weasel: Some **<em>say</em>**'])
    expect(await flagged('Some <em>*say*</em> the deal will fail.', 'markdown')).toEqual(['attribution/weasel: Some <em>*say*</em>'])
  })

  it('gives an unsourced section\'s heading its tags in pairs', async () => {
    const section = '<h2><em>US Perspective</em>: A Complex Dialogue</h2><p>The merger will reshape the regional market next year. Prices for consumers will probably fall after the deal. Rival firms are preparing a response to the merger.</p>'
    const {messages} = await claims(section, 'html')
    expect(messages.filter((message) => message.ruleId === 'unsourced-section').map((message) => message.actual)).toEqual(['<em>US Perspective</em>: A Complex Dialogue'])
  })
})

describe('recall on whole wire stories (round 24): an apostrophe typed as a double quote', () => {
  it('does not open a quotation at `world"s` and so keeps the sources after it', async () => {
    // Reuters-21578 tuning half: some 1987 stories type every apostrophe as `"`; the mark quoted the rest of the paragraph.
    expect(await flagged('The lower production levels indicated Saudi Arabia, the world"s largest oil exporter, was insisting on getting Opec official prices, the sources said.')).toEqual(['attribution/anonymous: the sources said'])
    expect(await flagged('Sales have been running well down on the nation"s OPEC quota of 285,000, oil sources said.')).toEqual(['attribution/anonymous: sources said'])
    // A real quotation around it is still the speaker's.
    expect(await flagged('"It isn"t likely that prices will rise," Smith said.')).toEqual([])
  })
})

describe('recall on whole wire stories (round 24): a trade crowd\'s doubts, hopes and expectations', () => {
  it('flags the crowd that expressed doubts, had expected, hoped or argued, disagreed, worries or foresees', async () => {
    // Reuters-21578 tuning stories, reworded; silent while "dealers said" was flagged.
    expect(await flagged('The market is in surplus, and dealers expressed doubts purchases can counter bearish pressure.')).toEqual(['attribution/weasel: dealers expressed doubts'])
    expect(await flagged('Many foreign sugar experts voiced doubts during the harvest that raw sugar production would exceed last year\'s mark.')).toEqual(['attribution/weasel: experts voiced doubts'])
    expect(await flagged('Economists had expected the rise of the mark to have started biting into the surpluses.')).toEqual(['attribution/weasel: Economists had expected'])
    expect(await flagged('Following the accord, bankers had hoped that talks would commence on a resumption of cover.')).toEqual(['attribution/weasel: bankers had hoped'])
    expect(await flagged('However, some foreign exchange dealers disagreed, saying the local dollar is driven by interest rates.')).toEqual(['attribution/weasel: dealers disagreed'])
    expect(await flagged('Some experts worry the central banks have lost more than a temporary battle.')).toEqual(['attribution/weasel: experts worry'])
    // The crowd's hedge is theirs, not the writer's.
    expect(await flagged('But most private economists disagreed and said consumers were likely to remain pessimistic.')).toEqual(['attribution/weasel: economists disagreed'])
  })

  it('leaves a benchmark after "than" with a quantity, the story\'s named bankers and a named tag alone', async () => {
    expect(await flagged('The sale, at a higher price than some analysts had expected, helps the company raise funds.')).toEqual([])
    expect(await flagged('Smith and Jones, the bankers in the talks, met Funaro. The bankers also expressed disappointment at the delay.')).toEqual([])
    expect(await flagged('Distant contracts are at a discount to cash because traders anticipated high farrowing intentions, she noted.')).toEqual([])
  })
})

describe('recall on whole wire stories (round 24): one unnamed person with "has", a verb of judging, a welcome or a shared view', () => {
  // Reuters-21578 tuning stories, reworded; each after a first sentence, since a wire lead may name its person next (`story-lead`).
  it('flags them', async () => {
    expect(await flagged('Tokyo prices fell. A top Japanese official has insisted that the country was living up to its pact.')).toEqual(['attribution/anonymous: A top Japanese official has insisted'])
    expect(await flagged('Brazil stopped payments. One official today described Funaro\'s argument as nonsense.')).toEqual(['attribution/anonymous: One official today described'])
    expect(await flagged('Output rose in March. A department official attributed the increase to growing domestic investment.')).toEqual(['attribution/anonymous: A department official attributed'])
    expect(await flagged('Borg-Warner shares rose. One analyst speculated an offer from GAF would be forthcoming shortly.')).toEqual(['attribution/anonymous: One analyst speculated'])
    expect(await flagged('Rates eased. While denying the bank was tightening policy, a senior source welcomed the change in market expectations.')).toEqual(['attribution/anonymous: a senior source welcomed'])
    expect(await flagged('Baker spoke on Tuesday. A foreign exchange analyst at a major Japanese bank here shared Baker\'s doubts.')).toEqual(['attribution/anonymous: A foreign exchange analyst at a major Japanese bank here shared'])
    expect(await flagged('Oil stocks were mixed. But one industry source doesn\'t think oil prices will hold recent gains.')).toEqual(['attribution/anonymous: one industry source doesn\'t think'])
    expect(await flagged('Funaro angered the banks. Commenting on Funaro, a foreign banker here recently told Reuters the banks want him out.')).toEqual(['attribution/anonymous: a foreign banker here recently told'])
  })

  it('leaves a named person, an act and a welcome of people alone', async () => {
    expect(await flagged('The market was quiet. A senior official of the bank, John Smith, has insisted that rates will not change.')).toEqual([])
    expect(await flagged('The market was quiet. A senior ministry official welcomed the visiting delegation at the airport.')).toEqual([])
  })
})

describe('recall on whole wire stories (round 24): official or government figures whose office is not named', () => {
  it('flags "official figures show" and "according to government statistics" and their kin', async () => {
    // Reuters-21578 tuning stories, reworded (twenty "…, official figures show." in the tuning half).
    expect(await flagged('Japan now produces only 30 pct of its grain needs, down from 61 pct 20 years ago, official figures show.')).toEqual(['attribution/anonymous: official figures show'])
    expect(await flagged('Government figures show that total loans rose by 13.8 pct in 1986.')).toEqual(['attribution/anonymous: Government figures show'])
    expect(await flagged('The current account deficit rose to a record 34.5 billion crowns in 1986, according to government statistics.')).toEqual(['attribution/anonymous: according to government statistics'])
    expect(await flagged('Mexico had an output of about 73.9 mln troy ounces last year, according to preliminary government figures.')).toEqual(['attribution/anonymous: according to preliminary government figures'])
    expect(await flagged('Unemployment was running at 11.6 pct last October according to the latest official data.')).toEqual(['attribution/anonymous: according to the latest official data'])
  })

  it('leaves a named body\'s official statistics alone', async () => {
    expect(await flagged('Argentine maize sales fell to 15,000 tonnes from 994,000, official EC statistics show.')).toEqual([])
  })
})

describe('recall on whole wire stories (round 24): a trade\'s reaction, and a market\'s participants in a mood', () => {
  it('flags them, not when a named source tells the mood', async () => {
    // Reuters-21578 tuning stories, reworded.
    expect(await flagged('Analysts were surprised this week when the government sanctioned a cut in interest rates.')).toEqual(['attribution/weasel: Analysts were surprised'])
    expect(await flagged('But market participants were dumbfounded.')).toEqual(['attribution/weasel: market participants were dumbfounded'])
    expect(await flagged('Market participants are understandably nervous and cautious about future developments.')).toEqual(['attribution/weasel: Market participants are understandably nervous'])
    expect(await flagged('Most dealers were surprised by the dollar\'s fall, a Bank of Japan spokesman said.')).toEqual([])
  })
})

describe('recall on whole wire stories (round 24): "most" and "some" as the crowd that expects, agrees or says', () => {
  it('flags them, and takes the crowd\'s hedge from the writer', async () => {
    // Reuters-21578 tuning stories, reworded.
    expect(await flagged('Bond trading will stay cautious, economists said. Most expect the Fed will keep policy steady, perhaps for months.')).toEqual(['attribution/weasel: economists said', 'attribution/weasel: Most expect'])
    expect(await flagged('Forecasts vary widely. However most agree on one point -- that the deficit will narrow.')).toEqual(['attribution/weasel: most agree'])
    expect(await flagged('The declines surprised some dealers. However, most said this had not occurred.')).toEqual(['attribution/weasel: most said'])
    expect(await flagged('Bankers said the format is not yet clear. Some expect a maturity of 91 days.')).toEqual(['attribution/weasel: Bankers said', 'attribution/weasel: Some expect'])
  })

  it('leaves a poll\'s finding and a noun after "some" alone', async () => {
    expect(await flagged('POLL FINDS MOST THINK HOSTILE TAKEOVERS HARMFUL')).toEqual([])
    expect(await flagged('Smith said there is still some doubt as to how much cocoa is available.')).toEqual([])
    expect(await flagged('Most expect prices to rise this year, according to a Gallup poll.')).toEqual([])
  })
})

describe('recall on whole wire stories (round 24): a crowd or unnamed sources ending a wire headline\'s tag', () => {
  it('flags the tag', async () => {
    // Reuters-21578 tuning headlines. The hedge before a crowd's tag stays reported (eighteenth stop, tests/hedge.test.ts).
    expect(await flagged('BP <BP> MAY HAVE TO RAISE BID - ANALYSTS')).toEqual(['hedge/unsupported: MAY HAVE', 'attribution/weasel: ANALYSTS'])
    expect(await flagged('GERMAN INTERVENTION SUGAR FOR EXPORT - LDN TRADE')).toEqual(['attribution/weasel: TRADE'])
    expect(await flagged('UGANDA PULLS OUT OF COFFEE MARKET - TRADE SOURCES')).toEqual(['attribution/anonymous: SOURCES'])
    expect(await flagged('STOCK CLOSURE MAY HARM REPUTATION - OFFICIALS')).toEqual(['hedge/unsupported: MAY HARM', 'attribution/anonymous: OFFICIALS'])
  })

  it('leaves a named tag, a crowd inside the headline, one official and prose alone', async () => {
    expect(await flagged('U.S. MAY DROP TARIFFS IF JAPAN OPENS UP - YEUTTER')).toEqual([])
    expect(await flagged('TRADE TALKS RESUME IN GENEVA AFTER DEALERS MEET')).toEqual([])
    expect(await flagged('IRAQI OIL MINISTER REPLACED - OFFICIAL')).toEqual([])
    // Prose with a dash keeps its hedge: only a headline in capitals has a tag.
    expect(await flagged('The bank may have to raise its bid - analysts')).toEqual(['hedge/unsupported: may have'])
  })
})

describe('review of round 24 on modern copy: consent, superlatives, labels and named owners', () => {
  it('leaves "agreed to", "the most expected", a label with a colon and figures whose body is named alone', async () => {
    expect(await flagged('Of the 40 families evicted last month, some agreed to move into temporary housing.')).toEqual([])
    expect(await flagged('Most agreed to leave their homes after the second warning.')).toEqual([])
    expect(await flagged('The most expected event of the festival is the closing concert.')).toEqual([])
    expect(await flagged('EXPLAINER: FREE TRADE')).toEqual([])
    expect(await flagged('AT A GLANCE: WORLD TRADE')).toEqual([])
    // (Its older `weasel` on "statistics show that" is another rule's: left.)
    expect((await flagged("Rosstat's official statistics show that unemployment fell to a record low.")).filter((found) => found.startsWith('attribution/anonymous'))).toEqual([])
    expect(await flagged("The Scottish government's official figures show a rise in waiting times.")).toEqual([])
    expect(await flagged('The ministry was silent on Monday. Not one official has said why the plant was closed.')).toEqual([])
    expect(await flagged('The ministry was silent on Monday. Not a single official has said why the plant was closed.')).toEqual([])
  })

  it('still flags the crowd that agrees or expects, and figures with no body named', async () => {
    expect(await flagged('Forecasts vary. Most agree that the deficit will narrow.')).toEqual(['attribution/weasel: Most agree'])
    expect(await flagged('Rates are high. Most expected the central bank to hold them.')).toEqual(['attribution/weasel: Most expected'])
    expect(await flagged('Unemployment fell to a record low, official figures show.')).toEqual(['attribution/anonymous: official figures show'])
    expect(await flagged('The ministry was silent on Monday. One official has said the plant will close.')).toEqual(['attribution/anonymous: One official has said'])
  })
})

describe('the rest of the review of round 24: a poll named before, a yardstick amount, bodies that report', () => {
  it('leaves a named poll\'s respondents, the amount a crowd expected and a body\'s report alone', async () => {
    expect(await flagged('A Gallup poll of 1,000 adults was published on Tuesday. Most said the economy was getting worse.')).toEqual([])
    expect(await flagged('Revenue of $4.1 billion beat the $3.9 billion analysts had expected.')).toEqual([])
    expect(await flagged('Sales came in at $3.2 billion, short of the $3.5 billion that analysts expected.')).toEqual([])
    expect(await flagged('It is not clear how many people were hurt, the emergency services reported.')).toEqual([])
    expect(await flagged('It is likely that more were trapped, the fire brigade reported.')).toEqual([])
    expect(await flagged('It is likely that more were trapped, the committee reported.')).toEqual([])
    // A firm's one-word name opening the sentence, known by the capital inside it.
    expect((await flagged('JPMorgan economists had expected a rise of 0.3 percent.')).filter((found) => found.startsWith('attribution'))).toEqual([])
  })

  it('still flags the crowd with no poll before it, an expectation that is no amount, and a hedge with no one reporting', async () => {
    expect(await flagged('The economy was the main issue. Most said it was getting worse.')).toEqual(['attribution/weasel: Most said'])
    expect(await flagged('A study in Nature was published on Tuesday. Most said the economy was getting worse.')).toEqual(['attribution/weasel: Most said'])
    expect(await flagged('The company reported on Friday. Analysts had expected a loss of $3.9 billion.')).toEqual(['attribution/weasel: Analysts had expected'])
    expect(await flagged('It is likely that more were trapped in the building.')).toEqual(['hedge/unsupported: likely'])
    // A market or an acronym opening the sentence is no firm (round 24's "FRN dealers said").
    expect(await flagged('FRN dealers had expected a rise.')).toEqual(['attribution/weasel: dealers had expected'])
  })
})

describe('round 25: what unnamed people said after a non-answer (`no-said-after`)', () => {
  it('flags the non-answer\'s unnamed subject when "but" goes on to what they said, past a comma', async () => {
    expect(await flagged('Commerce officials declined to say if any Canadian companies had been evading the charge, but said following the talks they were convinced all exporters were complying.')).toEqual(['attribution/anonymous: officials'])
    expect(await flagged('Ministry officials declined to say when they would give formal approval, but said they were working on the issue.')).toEqual(['attribution/anonymous: officials'])
  })

  it('leaves a non-answer alone, and one after which a named person or another clause speaks', async () => {
    expect(await flagged('Officials declined to comment.')).toEqual([])
    expect(await flagged('Officials declined to comment, but Smith said the talks would go on.')).toEqual([])
    expect(await flagged('Officials would not say when the plant will reopen, but the union expects a long closure.')).toEqual([])
  })
})

describe('round 25: an aside set off by commas between unnamed people and their verb (`no-aside-saying`)', () => {
  it('flags the unnamed people past a participle, "who" or "close to" aside', async () => {
    expect(await flagged('But U.S. officials, who are fighting off demands for change by Congress, are confident they will retain support for their strategy.')).toEqual(['attribution/anonymous: officials'])
    expect(await flagged('Prices fell on Monday. The source, close to the top levels of Japanese economic policymaking, said the yen would be kept at around 154.')).toEqual(['attribution/anonymous: The source'])
  })

  it('leaves an apposition that names them, an object before the aside and an aside the anonymity cues read', async () => {
    expect(await flagged('But two top German officials, State Secretaries Otto Schlecht and Hans Tietmeyer, told reporters Bonn saw no need for action.')).not.toContain('attribution/anonymous: officials')
    expect(await flagged('He met officials, including the finance minister, and said the talks went well.')).toEqual([])
    expect(await flagged('The official, who asked that his name not be used, said a meeting was held yesterday.')).toEqual(['attribution/anonymous: that his name not be used'])
  })
})

describe('round 25: unnamed officials placed by a long body, place or participle phrase', () => {
  it('flags officials of a body or place of six or seven words, and a six-word participle phrase', async () => {
    expect(await flagged('Broking house officials in the Sri Lankan capital Colombo yesterday told Reuters Pakistan had suspended the licences.')).toEqual(['attribution/anonymous: officials in the Sri Lankan capital Colombo yesterday told'])
    expect(await flagged("Officials working on the government's short-term economic package said it would include interest rate cuts.")).toEqual(['attribution/anonymous: Officials working'])
  })

  it('leaves the officials alone when no verb of saying follows the place', async () => {
    expect(await flagged('Senior officials from the Ministry of International Trade and Industry met the union in Tokyo on Monday.')).toEqual([])
  })
})

describe('round 25: a trade crowd\'s view in the negative', () => {
  it('flags "do not expect", "did not detect", "do not hold out" and "are not so sure"', async () => {
    expect(await flagged('But despite this upward push on real Dutch rates, money dealers do not expect the Central Bank to cut official rates.')).toEqual(['attribution/weasel: dealers do not expect'])
    expect(await flagged('Economists and traders do not hold out high hopes for any major new initiatives from this week\'s talks.')).toEqual(['attribution/weasel: traders do not hold out'])
    expect(await flagged('The plan has support in Manila, but bankers are not so sure.')).toEqual(['attribution/weasel: bankers are not so sure'])
  })

  it('leaves the economists the story named, and a thing not seen', async () => {
    expect(await flagged('Jane Li and Tom Park of Morgan Stanley said inflation would rise. The economists did not expect a cut.')).toEqual([])
    expect(await flagged('Dealers did not see the report before it was published.')).toEqual([])
  })
})

describe('round 25: a trade crowd placed by a longer phrase before its verb', () => {
  it('flags a long place after "in the", what the trade follows and where it came back from', async () => {
    expect(await flagged('Bankers in the financial capital of Istanbul expect the trend to continue.')).toEqual(['attribution/weasel: Bankers in the financial capital of Istanbul expect'])
    expect(await flagged('Traders recently returned from West Africa say some producers there are dismayed by the buffer stock action.')).toEqual(['attribution/weasel: Traders recently returned from West Africa say'])
  })

  it('leaves a firm\'s traders alone, and a place holding a verb of its own (`verb-in-place`)', async () => {
    expect(await flagged('Traders at the New York office of Goldman Sachs said prices fell.')).toEqual([])
    expect((await flagged('Bankers in the U.S. declined to comment but said the response would be crucial.')).filter((found) => found.startsWith('attribution/'))).toEqual([])
    expect((await flagged('Officials at the plant where the fire started yesterday told reporters it was out.')).filter((found) => found.startsWith('attribution/'))).toEqual([])
  })
})

describe('a place after a preposition and its adjective is no speaker\'s name (round 25)', () => {
  it('flags the unnamed officials of a place', async () => {
    expect(await flagged('Weather officials in neighbouring Sweden said the icy conditions in the Baltic were easing.')).toEqual(['attribution/anonymous: officials in neighbouring Sweden said'])
  })

  it('still takes a person\'s name after a noun or a title', async () => {
    expect(await flagged('International Sugar Organization officer in charge Constantin Politoff told Reuters the talks would resume.')).toEqual([])
    expect(await flagged('A member of the team Smith said the plan would work.')).toEqual([])
  })
})

describe('review of round 25 on modern copy', () => {
  it('leaves named people in an aside, participles, relative clauses, firms and a poll\'s critics as they were', async () => {
    const attribution = async (text: string) => (await flagged(text)).filter((found) => found.startsWith('attribution/'))
    expect(await attribution('Officials would not confirm the figure, which Smith disputed but said was "in the ballpark."')).toEqual([])
    expect(await attribution('Officials, including Governor Kathy Hochul, said the storm could dump two feet of snow on Buffalo.')).toEqual([])
    expect(await attribution('Energy sources, including wind and solar, expected to supply half of the grid by 2030, are growing fast.')).toEqual([])
    expect(await attribution('A member of parliament Mahama said the bill would be withdrawn.')).toEqual([])
    expect(await attribution('Brokers are not sure to benefit from the new rules.')).toEqual([])
    expect(await attribution('Experts do not expect the variant to spread widely, according to a WHO report.')).toEqual([])
    expect(await attribution("Analysts at the ratings agency Moody's said the downgrade was unlikely.")).toEqual([])
  })

  it('still flags the crowds and unnamed people these spare', async () => {
    expect(await flagged('Sources, including two former employees, said the firm had hidden losses.')).toEqual(['attribution/anonymous: Sources'])
    expect(await flagged('Bankers are not so sure that the rally will last.')).toEqual(['attribution/weasel: Bankers are not so sure'])
    expect(await flagged('McAllen residents say the border wall has divided the town.')).toEqual(['attribution/weasel: residents say'])
    expect(await flagged('PhD economists say the model is flawed.')).toEqual(['attribution/weasel: economists say'])
    expect((await flagged('A YouGov poll found support for the policy had fallen. Some people say the poll was biased.')).filter((found) => found.startsWith('attribution/'))).toEqual(['attribution/weasel: Some people say'])
  })
})

describe('round 26: a perspective opener names whose view the sentence is', () => {
  it('counts "In Collins\'s view, …" and "In the eyes of …" as sourced sentences, not "To Collins, …"', async () => {
    for (const [text, name] of [
      ['In Collins\'s view, the vote may signal a shift in the party.', 'Collins'],
      ['In the eyes of Senator Susan Collins, the vote may signal a shift in the party.', 'Susan Collins'],
    ] as const) {
      const {file} = await claims(text)
      expect(file.data.sourcing!.named, text).toEqual([name])
      expect(file.data.sourcing!.counts.attributedSentences, text).toBe(1)
    }
    // Review of round 26 on modern copy: "To X," tells what is at stake for X as often as X's view.
    const {file} = await claims('To Apple, the deal could be worth $5 billion a year.')
    expect(file.data.sourcing!.named).toEqual([])
  })
})
