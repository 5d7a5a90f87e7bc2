import {mkdtempSync, mkdirSync, readFileSync, readdirSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {resolveConfig} from '../src/commands/check.js'
import {ConfigError, findConfig, loadConfig} from '../src/config.js'
import {ignoredBy} from '../src/inputs.js'
import {compiledPathOf, parseYaml, readIfFresh, readRuleYaml, readYamlFile, rulesRoot} from '../src/guard.js'
import {checkText, createPipeline} from '../src/pipeline.js'

function write(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-config-'))
  const file = path.join(dir, name)
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, text)
  return file
}

describe('configuration', () => {
  it('is found from the working directory upwards', () => {
    const file = write('.copydeskrc.yml', 'lang: en\n')
    const nested = path.join(path.dirname(file), 'desk', 'today')
    mkdirSync(nested, {recursive: true})
    expect(findConfig(nested)).toBe(file)
  })

  it('resolves dictionaries and style sheets against its own folder', () => {
    const file = write('conf/.copydeskrc.yml', 'dictionaries: [words.txt]\nstyleSheets: [../names.yml]\n')
    const config = loadConfig(file)
    expect(config.dictionaries).toEqual([path.join(path.dirname(file), 'words.txt')])
    expect(config.styleSheets).toEqual([path.join(path.dirname(file), '..', 'names.yml')])
  })

  it('anchors `ignore` patterns to its own folder', () => {
    const file = write('conf/.copydeskrc.yml', 'ignore: ["arch/**", "/old/*.md", "!arch/keep.md", "**/drafts/**"]\n')
    const base = path.dirname(file)
    expect(loadConfig(file).ignore).toEqual([`${base}/arch/**`, `${base}/old/*.md`, `!${base}/arch/keep.md`, `${base}/**/drafts/**`])
  })

  it('leaves out what a walk with its `ignore` would: all below a folder named, and not what a `!` pattern takes back', () => {
    const file = write('conf/.copydeskrc.yml', 'ignore: ["drafts/", "sub/*", "arch/**", "!arch/keep.md"]\n')
    const base = path.dirname(file)
    const ignored = ignoredBy(loadConfig(file).ignore)
    const verdicts = ['a.md', 'drafts/d.md', 'drafts/x/y.md', 'sub/s.md', 'sub/x/y.md', 'arch/old.md', 'arch/keep.md', 'other/drafts.md'].map((file) => [file, ignored(base, file)])
    expect(verdicts).toEqual([
      ['a.md', false],
      ['drafts/d.md', true],
      ['drafts/x/y.md', true],
      ['sub/s.md', true],
      ['sub/x/y.md', true],
      ['arch/old.md', true],
      ['arch/keep.md', false],
      ['other/drafts.md', false],
    ])
    // A `!` pattern alone leaves nothing out.
    expect(ignoredBy([`!${base}/arch/keep.md`])(base, 'a.md')).toBe(false)
  })

  it.each([
    ['lang: 12\n', /`lang` must be an ISO 639 code/],
    ['lang: xx\n', /`lang` must be an ISO 639 code such as `en` \(`xx` is not one\)/],
    ['lang: english\n', /`lang` must be an ISO 639 code/],
    ['lang: und\n', /`lang` must be an ISO 639 code such as `en` \(`und` is not one\)/],
    ['rules:\n  hedge/booster: loud\n', /`rules.hedge\/booster` must be error, warning, info or off/],
    ['stages: {spelling: maybe}\n', /`stages` must map stage names to true or false/],
    ['- a list\n', /must be a mapping/],
    ['a: &a [1]\nb: !!js/function "x"\n', /not valid YAML|unknown key/],
  ])('rejects %j with a reason naming the file', (text, reason) => {
    const file = write('.copydeskrc.yml', text)
    expect(() => loadConfig(file)).toThrow(ConfigError)
    expect(() => loadConfig(file)).toThrow(reason)
    expect(() => loadConfig(file)).toThrow(file)
  })

  it.each([
    ['rules:\n  hedge/boosters: off\n', '`rules.hedge/boosters` is not a rule; did you mean `hedge/booster`?'],
    ['rules:\n  nosuch/rule: off\n', '`rules.nosuch/rule` is not a rule'],
    ['stages:\n  Style: false\n', '`stages.Style` is not a stage; did you mean `style`?'],
    ['stages: {bogus: false}\n', '`stages.bogus` is not a stage'],
    // `bidi` is a stage (`stages: {bidi: false}`), not a rule: its findings are `script/bidi-control`.
    ['rules:\n  bidi: off\n', '`rules.bidi` is not a rule'],
  ])('refuses %j, a rule or stage that does not exist, naming the file and the key', async (text, reason) => {
    const file = write('.copydeskrc.yml', text)
    await expect(resolveConfig(undefined, path.dirname(file))).rejects.toThrow(new ConfigError(`${file}: ${reason}`))
  })

  it('accepts every rule and stage name there is, whole sources, and languages with a region', async () => {
    const file = write('.copydeskrc.yml', 'lang: en-GB\nrules: {hedge/booster: error, style: off, copydesk/unknown-rule: off, spelling/unknown-name: info}\nstages: {spelling: false, bidi: true}\n')
    expect((await resolveConfig(undefined, path.dirname(file))).rules).toMatchObject({'hedge/booster': 'error', style: 'off'})
  })

  it('bounds alias expansion (billion laughs)', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let level = 1; level < 9; level++) lines.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${String.fromCharCode(96 + level)}`).join(',')}]`)
    const file = write('.copydeskrc.yml', `${lines.join('\n')}\n`)
    expect(() => loadConfig(file)).toThrow(ConfigError)
  })

  it('switches a rule off and changes a severity', async () => {
    const text = 'In conclusion, the talks will undoubtedly resume.\n'
    const base = loadConfig(write('.copydeskrc.yml', 'lang: en\n'))
    const tuned = loadConfig(write('.copydeskrc.yml', 'rules:\n  hedge/booster: error\n  style: off\n'))
    const before = await checkText(createPipeline(base), text, {format: 'markdown'})
    const after = await checkText(createPipeline(tuned), text, {format: 'markdown'})
    const booster = (file: typeof before) => file.messages.find((message) => message.ruleId === 'booster') as unknown as {severity: string}
    expect(booster(before).severity).toBe('warning')
    expect(booster(after).severity).toBe('error')
    expect(before.messages.some((message) => message.source === 'style')).toBe(true)
    expect(after.messages.some((message) => message.source === 'style')).toBe(false)
  })

  it('switches a whole stage off', async () => {
    const text = 'The talks will ceace.\n'
    const on = await checkText(createPipeline(loadConfig(write('.copydeskrc.yml', 'lang: en\n'))), text, {format: 'markdown'})
    const off = await checkText(createPipeline(loadConfig(write('.copydeskrc.yml', 'stages:\n  spelling: false\n'))), text, {format: 'markdown'})
    expect(on.messages.filter((message) => message.source === 'spelling')).not.toEqual([])
    expect(off.messages.filter((message) => message.source === 'spelling')).toEqual([])
  })
})

describe('suppression comments', () => {
  it('notes a rule name that does not exist, at the name, and suppresses by the names that do', async () => {
    const text = 'Talks resumed.\n\n<!-- copydesk-disable-next-line nosuch/rule, hedge -->\nThe talks will undoubtedly resume.\n\n<!-- copydesk-disable hedge/boosters -->\nIt clearly shows the deal.\n'
    const file = await checkText(createPipeline(loadConfig(write('.copydeskrc.yml', 'lang: en\n'))), text, {format: 'markdown'})
    const unknown = file.messages.filter((message) => message.ruleId === 'unknown-rule')
    expect(unknown.map((message) => [message.actual, message.severity, message.line])).toEqual([['nosuch/rule', 'info', 3], ['hedge/boosters', 'info', 6]])
    for (const message of unknown) {
      const place = message.place as {start: {offset: number}; end: {offset: number}}
      expect(text.slice(place.start.offset, place.end.offset)).toBe(message.actual)
    }
    expect(file.messages.filter((message) => message.source === 'hedge').map((message) => message.line)).toEqual([7])
    const off = await checkText(createPipeline(loadConfig(write('.copydeskrc.yml', 'rules: {copydesk/unknown-rule: off}\n'))), text, {format: 'markdown'})
    expect(off.messages.some((message) => message.ruleId === 'unknown-rule')).toBe(false)
  })

  it('leave the sourcing counts of findings counting only the findings reported (summary fixes, twentieth stop)', async () => {
    const config = loadConfig(write('.copydeskrc.yml', 'lang: en\n'))
    const text = 'The minister spoke on Tuesday.\n\n<!-- copydesk-disable-next-line hedge/booster -->\nThe deal will undoubtedly fail, and some say the talks are over.\n'
    const file = await checkText(createPipeline(config), text, {format: 'markdown'})
    expect(file.messages.map((message) => `${message.source}/${message.ruleId}`)).toEqual(['attribution/weasel'])
    expect(file.data.sourcing?.counts).toMatchObject({sentences: 2, weasel: 1, boosters: 0})
    // A sentence counts by its sources whatever is suppressed: an accepted anonymous source is still one.
    const anonymous = 'The minister spoke on Tuesday.\n\n<!-- copydesk-disable-next-line attribution -->\nThe deal will fail, a source told Reuters.\n'
    const accepted = await checkText(createPipeline(config), anonymous, {format: 'markdown'})
    expect(accepted.messages.filter((message) => message.source === 'attribution')).toEqual([])
    expect(accepted.data.sourcing?.counts).toMatchObject({anonymousSentences: 1})
  })
})

describe('one word, one finding', () => {
  it('drops the generic unknown-word finding where another stage explains the word', async () => {
    const file = await checkText(createPipeline(loadConfig(write('.copydeskrc.yml', 'lang: en\n'))), 'Moscow offered property worth 1.2 bln dollars.\n', {format: 'markdown'})
    const onBln = file.messages.filter((message) => message.actual === 'bln')
    expect(onBln.map((message) => `${message.source}/${message.ruleId}`)).toEqual(['typography/mln'])
  })

  it('keeps the spelling finding when the typography rule is switched off', async () => {
    const file = await checkText(createPipeline(loadConfig(write('.copydeskrc.yml', 'rules:\n  typography: off\n'))), 'Moscow offered property worth 1.2 bln dollars.\n', {format: 'markdown'})
    expect(file.messages.filter((message) => message.actual === 'bln').map((message) => message.source)).toEqual(['spelling'])
  })
})

describe('precompiled rule data', () => {
  const yamlFiles = (dir: string): string[] =>
    readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
      entry.isDirectory() ? yamlFiles(path.join(dir, entry.name)) : entry.name.endsWith('.yml') ? [path.join(dir, entry.name)] : [])

  it('reads every bundled rule file as its YAML says (from the build\'s JSON when that is up to date)', () => {
    const files = yamlFiles(rulesRoot)
    expect(files.length).toBeGreaterThan(5)
    for (const file of files) {
      const parsed = parseYaml(readFileSync(file, 'utf8'), file, (message) => new Error(message))
      expect(readRuleYaml(file), file).toEqual(parsed)
    }
  })

  it('uses a compiled copy only while it is not older than its source', () => {
    const source = write('data.yml', 'words: [from the YAML]\n')
    const compiled = path.join(path.dirname(source), 'data.yml.json')
    writeFileSync(compiled, JSON.stringify({words: ['from the JSON']}))
    utimesSync(source, new Date(2_000_000_000_000), new Date(2_000_000_000_000))
    utimesSync(compiled, new Date(2_000_000_001_000), new Date(2_000_000_001_000))
    expect(readIfFresh(source, compiled)).toEqual({found: true, data: {words: ['from the JSON']}})
    // The source edited after the build: the JSON is stale and ignored.
    utimesSync(source, new Date(2_000_000_002_000), new Date(2_000_000_002_000))
    expect(readIfFresh(source, compiled)).toEqual({found: false})
    expect(readIfFresh(source, `${compiled}.missing`)).toEqual({found: false})
  })

  it('never looks for a compiled copy of a newsroom\'s own configuration or style sheet', () => {
    const file = write('.copydeskrc.yml', 'lang: en\n')
    expect(compiledPathOf(file)).toBeUndefined()
    expect(compiledPathOf(path.join(rulesRoot, 'lookalikes.tsv'))).toBeUndefined()
    expect(compiledPathOf(path.join(rulesRoot, 'style-sheet.yml'))).toMatch(/style-sheet\.yml\.json$/)
    expect(readYamlFile(file, 'configuration', (message) => new ConfigError(message))).toEqual({lang: 'en'})
  })
})
