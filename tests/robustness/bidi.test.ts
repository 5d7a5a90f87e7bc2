import fc from 'fast-check'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {defaultConfig} from '../../src/config.js'
import copydeskParse from '../../src/parse/index.js'
import bidiStage from '../../src/stages/bidi.js'
import type {CopydeskMessage, Format} from '../../src/types.js'
import {cleanCopy, parameters} from './arbitraries.js'

// The stage alone, so these tests do not depend on the other stages' data.
const processor = unified()
  .use(copydeskParse)
  .use(() => bidiStage(defaultConfig()))

async function findings(text: string, format: Format = 'markdown'): Promise<CopydeskMessage[]> {
  const file = new VFile({value: text})
  file.data.format = format
  await processor.run(processor.parse(file) as Root, file)
  return file.messages as CopydeskMessage[]
}

/** What `copydesk fix` does with a finding: replace `actual` by `expected[0]`, last first. */
function applyAll(text: string, messages: CopydeskMessage[]): string {
  let result = text
  for (const message of [...messages].sort((a, b) => b.place!.start!.offset! - a.place!.start!.offset!)) {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    result = result.slice(0, place.start.offset) + message.expected![0] + result.slice(place.end.offset)
  }
  return result
}

describe('script/bidi-control', () => {
  it('flags the Trojan Source override and suggests the token without it', async () => {
    const text = 'The minister said access\u202E nimda\u202C was granted.'
    const [message, pop, ...rest] = await findings(text)
    expect(rest).toEqual([])
    expect(pop).toMatchObject({actual: 'nimda\u202C', expected: ['nimda']})
    expect(message).toMatchObject({source: 'script', ruleId: 'bidi-control', severity: 'error', fix: 'safe'})
    expect(message!.actual).toBe('access\u202E')
    expect(message!.expected).toEqual(['access'])
    expect(message!.reason).toContain('U+202E RIGHT-TO-LEFT OVERRIDE')
    expect(applyAll(text, await findings(text))).toBe('The minister said access nimda was granted.')
  })

  it('treats a word split by a control as one token', async () => {
    const [message] = await findings('Officials in Mos\u2066cow\u2069 declined.', 'text')
    expect(message!.actual).toBe('Mos\u2066cow\u2069')
    expect(message!.expected).toEqual(['Moscow'])
  })

  it('finds a control written as an HTML entity or a JSON escape, and suggests the decoded token', async () => {
    const [html] = await findings('<p>Caf&eacute;&#x202E; opens</p>', 'html')
    expect(html!.actual).toBe('Caf&eacute;&#x202E;')
    expect(html!.expected).toEqual(['Café'])
    const [json] = await findings('{"headline": "Talks \\u202eresume\\u202c today"}', 'ninjs')
    expect(json!.actual).toBe('\\u202eresume\\u202c')
    expect(json!.expected).toEqual(['resume'])
  })

  it('spans markup inside the token, suggesting its text (the fixer leaves such spans to an editor)', async () => {
    const [message] = await findings('He said **no\u202E**.')
    expect(message!.actual).toBe('no\u202E**.')
    expect(message!.expected).toEqual(['no.'])
  })

  it('flags LRM/RLM/ALM in left-to-right copy but leaves them alone in Hebrew or Arabic', async () => {
    expect((await findings('Kyiv\u200E said no.')).map((m) => m.actual)).toEqual(['Kyiv\u200E'])
    expect(await findings('הוא אמר\u200F 12 שנים.')).toEqual([])
    expect(await findings('قال\u061C 12 عاما.')).toEqual([])
    // The explicit overrides are flagged even there.
    expect((await findings('הוא\u202E אמר.')).map((m) => m.actual)).toEqual(['הוא\u202E'])
  })

  it('ignores code, attributes and scripts: only prose is checked', async () => {
    expect(await findings('Run `a\u202Eb` now.\n\n```\nx\u202Ey\n```\n')).toEqual([])
    expect(await findings('<p title="a\u202Eb">Fine.</p><script>x="\u202E"</script>', 'html')).toEqual([])
  })

  it('any copy: fixing every finding removes every flagged control and changes nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(cleanCopy([], 40), async (text) => {
        const messages = await findings(text, 'text')
        const fixed = applyAll(text, messages)
        const strip = (value: string) => value.replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '')
        // Nothing but controls was removed…
        expect(strip(fixed)).toBe(strip(text))
        // …no explicit control remains in prose, and a second pass finds nothing (idempotent).
        expect(fixed).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
        expect(await findings(fixed, 'text')).toEqual([])
      }),
      parameters,
    )
  })
})
