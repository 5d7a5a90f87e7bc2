import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {type Config, ConfigError, defaultConfig, loadConfig} from '../../src/config.js'
import {MalformedInputError} from '../../src/parse/index.js'
import {checkMarkup, defaultLimits, markdownNesting} from '../../src/parse/limits.js'
import {checkText, createPipeline} from '../../src/pipeline.js'
import type {Format} from '../../src/types.js'
import {checkSoundly} from './invariants.js'

/**
 * Size and shape. Each case either finishes (and its report is sound) or
 * fails that one file with a one-line "too large"/"too deep" reason; the
 * timings behind the default limits are in docs/robustness.md, measured by
 * scripts, not asserted here.
 */
const processor = createPipeline(defaultConfig())

async function outcome(text: string, format: Format, config?: Config): Promise<string> {
  try {
    const file = await checkText(config ? createPipeline(config) : processor, text, {format})
    return `ok ${file.messages.length}`
  } catch (error) {
    if (error instanceof MalformedInputError) return error.message
    throw error
  }
}

const list = (depth: number) => Array.from({length: depth}, (_, i) => `${' '.repeat(i * 2)}- item ${i}`).join('\n')

describe('huge and deep files', () => {
  it('refuses a 20 MB article at once, naming the limit', async () => {
    const article = 'The minister said talks would resume in Moscow next week, citing officials.\n\n'.repeat(260_000)
    expect(await outcome(article, 'markdown')).toBe(`too large (${article.length} characters; the limit is ${defaultLimits.maxLength})`)
  })

  it('checks a 200,000-line plain-text file', async () => {
    const text = 'a\n'.repeat(200_000)
    expect(await outcome(text, 'text')).toMatch(/^ok/)
  })

  it('fails a single 1 MB line with no spaces in every format, naming the limit', async () => {
    const line = 'x'.repeat(1_000_000)
    for (const format of ['text', 'markdown', 'html'] as const) {
      expect(await outcome(line, format)).toBe(`too long a word (more than ${defaultLimits.maxToken} characters without a space, from offset 0; the limit is ${defaultLimits.maxToken})`)
    }
    expect(await outcome(JSON.stringify({headline: line}), 'ninjs')).toMatch(/^too long a word .*from offset 13;/)
  })

  it('checks the longest word allowed, and long tokens outside prose, with sound offsets', async () => {
    const word = 'x'.repeat(defaultLimits.maxToken)
    for (const format of ['text', 'markdown', 'html'] as const) await checkSoundly(processor, `A ${word} b.`, format)
    // A data URI in an image or an attribute is not prose, so it does not count.
    const data = `data:image/png;base64,${'A'.repeat(50_000)}`
    await checkSoundly(processor, `Photo: ![x](${data}) here.`, 'markdown')
    await checkSoundly(processor, `<p>Photo: <img src="${data}"> here.</p>`, 'html')
  })

  it.each([
    ['a 1,000-deep nested Markdown list', list(1000), 'markdown', /^too deep \(1000 levels of nesting; the limit is 200\)$/],
    ['10,000 nested block quotes', `${'>'.repeat(10_000)} deep`, 'markdown', /^too deep \(10000 levels/],
    ['list markers chained on one line', `${'- '.repeat(5000)}x`, 'markdown', /^too deep \(5000 levels/],
    ['HTML with 10,000 nested elements', `${'<div>'.repeat(10_000)}text${'</div>'.repeat(10_000)}`, 'html', /^too deep/],
    ['10,000 unclosed inline elements', `<p>${'<span>'.repeat(10_000)}text`, 'html', /^too deep/],
    ['the same HTML inside a ninjs body', JSON.stringify({body_html: `${'<b>'.repeat(10_000)}x`}), 'ninjs', /^too deep/],
    ['10,000 nested JSON arrays in a ninjs item', `{"headline": "Talks", "x": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`, 'ninjs', /^too deep/],
    ['1,000 nested JSON arrays in a ninjs item', `{"headline": "Talks", "x": ${'['.repeat(1000)}${']'.repeat(1000)}}`, 'ninjs', /^too deep \(100\d levels/],
    ['40,000 emphasis markers in one paragraph', `${'*'.repeat(20_000)}a${'*'.repeat(20_000)}`, 'markdown', /^too much inline markup \(more than 1000 of \* _ ~ \[ \] in the paragraph at line 1/],
    ['5,000 nested links', `${'['.repeat(5000)}a${'](x)'.repeat(5000)}`, 'markdown', /^too much inline markup/],
  ] as const)('fails %s alone with a clear reason', async (_name, text, format, reason) => {
    expect(await outcome(text, format)).toMatch(reason)
  })

  it('checks nesting and markup within the limits', async () => {
    expect(await outcome(list(150), 'markdown')).toMatch(/^ok/)
    expect(await outcome(`${'<div>'.repeat(150)}text${'</div>'.repeat(150)}`, 'html')).toMatch(/^ok/)
    expect(await outcome(`{"headline": "Talks", "x": ${'['.repeat(150)}${']'.repeat(150)}}`, 'ninjs')).toMatch(/^ok/)
    expect(await outcome('A *b* and _c_ [d](e). '.repeat(100), 'markdown')).toMatch(/^ok/)
    // Markers are counted per paragraph, so a long article with ordinary emphasis passes.
    expect(await outcome('A *b* and _c_ [d](e).\n\n'.repeat(2000), 'markdown')).toMatch(/^ok/)
  })

  it('applies the limits from the configuration', async () => {
    const config = {...defaultConfig(), limits: {maxLength: 100, maxDepth: 3, maxMarkup: 4, maxToken: 5}}
    expect(await outcome('ab cdefgh', 'text', config)).toMatch(/^too long a word \(more than 5 characters without a space, from offset 3;/)
    expect(await outcome('x'.repeat(101), 'text', config)).toBe('too large (101 characters; the limit is 100)')
    expect(await outcome('> > > > deep', 'markdown', config)).toBe('too deep (4 levels of nesting; the limit is 3)')
    expect(await outcome('<div><div><div><p>x</p></div></div></div>', 'html', config)).toMatch(/^too deep/)
    expect(await outcome('*a* *b* _c_', 'markdown', config)).toMatch(/^too much inline markup/)
    expect(await outcome('*a* *b*\n\n_c_ _d_', 'markdown', config)).toMatch(/^ok/)
  })
})

describe('limits in the configuration file', () => {
  const write = (text: string) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'copydesk-limits-')), '.copydeskrc.yml')
    writeFileSync(file, text)
    return file
  }

  it('merges given limits over the defaults', () => {
    expect(loadConfig(write('limits: {maxDepth: 50}\n')).limits).toEqual({...defaultLimits, maxDepth: 50})
  })

  it.each([
    ['limits: {maxDepth: -1}\n', /`limits.maxDepth` must be a positive whole number/],
    ['limits: {maxDepth: 1.5}\n', /`limits.maxDepth` must be a positive whole number/],
    ['limits: {maxBytes: 10}\n', /`limits.maxBytes` is not a limit/],
    ['limits: 5\n', /`limits` must map/],
  ])('rejects %j', (text, reason) => {
    expect(() => loadConfig(write(text))).toThrow(ConfigError)
    expect(() => loadConfig(write(text))).toThrow(reason)
  })
})

describe('the Markdown pre-scan', () => {
  it.each([
    ['plain prose', 'Talks resumed.\n\nThey ended.', 0],
    ['a flat list', '- a\n- b\n- c', 1],
    ['a nested list', '- a\n  - b\n    - c\n- d', 3],
    ['an ordered list in a quote', '> 1. a\n>    - b', 3],
    ['a thematic break', '- - -', 3],
    ['CRLF line ends', '- a\r\n  - b\r\n', 2],
  ])('estimates the nesting of %s', (_name, text, depth) => {
    expect(markdownNesting(text)).toBe(depth)
  })

  it('never underestimates micromark: the estimate is at least the real depth', async () => {
    // A blank line between items keeps the list open in CommonMark; the estimate must not drop it.
    expect(markdownNesting('- a\n\n  - b\n\n    - c')).toBe(3)
  })

  it('counts markup per paragraph', () => {
    const limits = {...defaultLimits, maxMarkup: 2}
    expect(() => checkMarkup('*a*\n\n*b*\r\n\r\n_c_', limits)).not.toThrow()
    expect(() => checkMarkup('*a*\n*b*', limits)).toThrow(/at line 2/)
  })
})
