import {describe, expect, it} from 'vitest'
import {defaultConfig} from '../src/config.js'
import {checkText, createPipeline} from '../src/pipeline.js'
import type {CopydeskMessage} from '../src/types.js'

// A Spanish paragraph is Latin script: without routing, the spelling stage
// would flag most of its words and the hedge stage its "probablemente".
const spanish = 'El ministro dijo que las conversaciones probablemente continuarán la próxima semana en la capital, y que ambas partes están dispuestas a buscar una solución duradera al conflicto.'
const text = [
  'Diplomats from both countries met in Istanbul on Thursday for a second round of talks on the work of their embassies.',
  spanish,
  'The meeting lasted nearly six hours and ended without a joint statement, officials said.',
].join('\n\n')
const start = text.indexOf(spanish)
const end = start + spanish.length

async function messagesWith(languageStage: boolean): Promise<CopydeskMessage[]> {
  const config = {...defaultConfig(), stages: {language: languageStage}}
  const file = await checkText(createPipeline(config), text, {format: 'markdown'})
  return file.messages as CopydeskMessage[]
}

const inside = (message: CopydeskMessage) => {
  const place = message.place as {start: {offset: number}; end: {offset: number}}
  return place.start.offset >= start && place.end.offset <= end
}

describe('routing foreign passages away from the English-only stages', () => {
  it('gives an untranslated paragraph one finding, not one per word', async () => {
    const unrouted = (await messagesWith(false)).filter(inside)
    // Without the language stage the other stages do read the paragraph.
    expect(unrouted.filter((message) => message.source === 'spelling').length).toBeGreaterThan(3)
    const routed = (await messagesWith(true)).filter(inside)
    expect(routed.map((message) => `${message.source}/${message.ruleId}`)).toEqual(['language/untranslated'])
  })
})

describe('copy expected in another language (`--lang ru`)', () => {
  const russian = 'Министр иностранных дел Сергей Лавров заявил, что переговоры продолжатся на следующей неделе в Стамбуле.'
  const english = 'The minister said the talks would probably resume next week in Istanbul after a short break.'

  it('leaves the expected language to the language stage alone: no English spelling, script or hedge findings on it', async () => {
    const file = await checkText(createPipeline(defaultConfig()), `${russian}\n\n${english}`, {format: 'markdown', lang: 'ru'})
    const messages = file.messages as CopydeskMessage[]
    // The Russian paragraph raises nothing (it was two script errors and English spelling before).
    expect(messages.map((message) => [`${message.source}/${message.ruleId}`, message.line])).toEqual([['language/untranslated', 3]])
    // The English paragraph is named English, not Scots (franc's guess without the function words).
    expect(messages[0]!.reason).toBe('Paragraph appears to be in English')
    // The function words only settle franc's Scots-or-English: Dutch, with `was`, `had`, `over`, stays Dutch.
    const dutch = 'Het was een lange dag, maar de minister had het over de toekomst van het land en over de economie.'
    const mixed = await checkText(createPipeline(defaultConfig()), `${russian}\n\n${dutch}`, {format: 'markdown', lang: 'ru'})
    expect((mixed.messages as CopydeskMessage[]).map((message) => message.reason)).toEqual(['Paragraph appears to be in Dutch'])
  })

  it('names English in copy expected in another Latin-script language, and expects English of a ninjs item in `und`', async () => {
    const german = 'Der Minister sagte am Montag, dass die Gespräche in der nächsten Woche in Moskau fortgesetzt werden.'
    const file = await checkText(createPipeline(defaultConfig()), `${german}\n\n${english}`, {format: 'markdown', lang: 'de'})
    expect((file.messages as CopydeskMessage[]).map((message) => message.reason)).toEqual(['Paragraph appears to be in English'])
    const item = JSON.stringify({uri: '1', language: 'und', body_text: english})
    const ninjs = await checkText(createPipeline(defaultConfig()), item, {format: 'ninjs'})
    expect((ninjs.messages as CopydeskMessage[]).filter((message) => message.source === 'language')).toEqual([])
  })
})
