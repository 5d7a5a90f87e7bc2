import type {Root} from 'nlcst'
import retextSyntaxUrls from 'retext-syntax-urls'
import {type Processor, unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {defaultConfig} from '../src/config.js'
import {FrancNotLoaded, createDetector, loadFranc} from '../src/language/detector.js'
import copydeskParse from '../src/parse/index.js'
import languageStage from '../src/stages/language.js'

// Its own file, so that franc is not loaded yet when these tests begin (vitest gives each file its own modules).
const processor = unified().use(copydeskParse).use(retextSyntaxUrls).use(function () {
  return languageStage(defaultConfig())
}) as unknown as Processor<Root, Root, Root>

async function findings(text: string): Promise<string[]> {
  const file = new VFile({value: text})
  file.data.format = 'markdown'
  await processor.run(processor.parse(file), file)
  return file.messages.map((message) => `${message.reason} @ ${message.place && 'start' in message.place ? message.place.start.offset : '?'}`)
}

const english = 'Russian and American diplomats met in Istanbul on Thursday for a second round of talks on the work of their embassies, which have run with skeleton staff since the two countries expelled each other\'s envoys.'
// Latin script and few English function words: only franc can name it.
const german = 'Die Außenminister beider Länder trafen sich am Donnerstag in Istanbul zu einer zweiten Gesprächsrunde über die Arbeit ihrer Botschaften, die seit der gegenseitigen Ausweisung der Diplomaten nur mit kleiner Besetzung arbeiten.'

describe('franc, loaded on first need', () => {
  it('is left unloaded by plain English; the stage loads it for a passage that needs it and judges the file again', async () => {
    const detector = createDetector({expected: 'eng', candidates: []})
    expect(() => detector.classify(german)).toThrow(FrancNotLoaded)
    expect(await findings(english)).toEqual([])
    expect(() => detector.classify(german)).toThrow(FrancNotLoaded)

    const mixed = await findings(`${english}\n\n${german}\n`)
    expect(mixed).toEqual([`Paragraph appears to be in German @ ${english.length + 2}`])
    expect(detector.classify(german).lang).toBe('deu')
    await loadFranc()
    expect(await findings(`${english}\n\n${german}\n`)).toEqual(mixed)
  })
})
