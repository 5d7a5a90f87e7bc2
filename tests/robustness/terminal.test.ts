import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {defaultConfig} from '../../src/config.js'
import {toFileReport} from '../../src/file-report.js'
import {checkText, createPipeline} from '../../src/pipeline.js'
import {reporters} from '../../src/reporters/index.js'
import {visible} from '../../src/report.js'
import {copy, parameters} from './arbitraries.js'

/**
 * Copy that carries terminal escapes or bidi controls must not carry them
 * into a report: an OSC 52 sequence in a reason printed by `pretty` would
 * write the editor's clipboard, an RLO would reorder the line. Reasons and
 * notes show them as visible stand-ins; the text formats print no control.
 */
const escapes = ['\u001B]52;c;cHduZWQ=\u0007', '\u001B[2J', '\u001B[31m', '\u009B31m', '\u001B]8;;http://example.invalid\u001B\\', '\u202E', '\u2066', '\u0008', '\u007F']
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/
const processor = createPipeline(defaultConfig())

describe('terminal escapes and bidi controls in the copy', () => {
  it('shows them visibly in reasons', () => {
    expect(visible('a\u001B]52;c;x\u0007b\u202Ec\u009Bd\u007F')).toBe('a\u241B]52;c;x\u2407b⟨U+202E⟩c⟨U+009B⟩d\u2421')
    expect(visible('tab\tand\nnewline stay')).toBe('tab\tand\nnewline stay')
  })

  it('never reach a reason or a note', async () => {
    await fc.assert(
      fc.asyncProperty(copy(escapes, 40), fc.constantFrom('text', 'markdown', 'html') as fc.Arbitrary<'text' | 'markdown' | 'html'>, async (text, format) => {
        const file = await checkText(processor, text, {format})
        for (const message of file.messages) {
          expect(message.reason).not.toMatch(controls)
          if (message.note) expect(message.note).not.toMatch(controls)
        }
      }),
      parameters,
    )
  })

  // Suggestions keep the copy's other characters (so that a fix changes nothing else), and file
  // names are what they are: the text reports escape controls at output.
  it('print no control character in pretty and GitHub reports', async () => {
    const file = await checkText(processor, 'The minister said talks\u202E\u001B]52;c;cHduZWQ=\u0007 would resume.', {format: 'text'})
    const report = [toFileReport('copy\u001B[31m.txt', file)]
    expect(file.messages.length).toBeGreaterThan(0)
    expect(reporters.pretty!(report, {color: false})).not.toMatch(controls)
    expect(reporters.github!(report, {color: false})).not.toMatch(controls)
  })
})
