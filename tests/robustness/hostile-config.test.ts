import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigError, defaultConfig, loadConfig} from '../../src/config.js'
import {maxDataFileBytes} from '../../src/guard.js'
import {createPipeline} from '../../src/pipeline.js'

/**
 * Configuration and style sheets are YAML written by people, sometimes
 * copied from elsewhere: loading one never runs code, never expands
 * without bound, never pollutes prototypes, and a wrong file fails with a
 * one-line reason naming it.
 */
function write(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'copydesk-hostile-')), name)
  writeFileSync(file, text)
  return file
}

/** Nine levels of ten aliases each: a billion `lol`s if expanded. */
const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
for (const [index, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) {
  const previous = String.fromCharCode(97 + index)
  laughs.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(',')}]`)
}

describe('hostile configuration files', () => {
  it.each([
    ['a JavaScript function tag', 'accept: !!js/function "function () { globalThis.pwned = true }"\n'],
    ['a long-form function tag', 'accept: !<tag:yaml.org,2002:js/function> "() => { globalThis.pwned = true }"\n'],
    ['a Python object tag', 'accept: !!python/object/apply:os.system ["touch /tmp/pwned"]\n'],
    ['a regexp tag', 'accept: [!!js/regexp /(a+)+$/]\n'],
  ])('never runs %s', (_name, text) => {
    const file = write('.copydeskrc.yml', text)
    let loaded: unknown
    try {
      loaded = loadConfig(file).accept
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError)
    }
    expect((globalThis as {pwned?: boolean}).pwned).toBeUndefined()
    // If it loads at all, the tag's content is plain text, never a function or a RegExp.
    if (loaded !== undefined) expect(JSON.stringify(loaded)).not.toBeUndefined()
  })

  it('refuses exponential alias expansion (billion laughs) with a clear error', () => {
    const file = write('.copydeskrc.yml', `${laughs.join('\n')}\n`)
    expect(() => loadConfig(file)).toThrow(ConfigError)
    expect(() => loadConfig(file)).toThrow(/alias/i)
  })

  it.each([
    ['__proto__', '__proto__: {polluted: true}\n'],
    ['constructor', 'constructor: {polluted: true}\n'],
    ['toString', 'toString: x\n'],
    ['hasOwnProperty', 'hasOwnProperty: x\n'],
  ])('treats %s as an unknown key, and pollutes nothing', (key, text) => {
    const file = write('.copydeskrc.yml', text)
    expect(() => loadConfig(file)).toThrow(new RegExp(`unknown key \`${key}\``))
    expect(({} as {polluted?: boolean}).polluted).toBeUndefined()
  })

  it('keeps a __proto__ key inside a map as data', () => {
    const config = loadConfig(write('.copydeskrc.yml', 'rules:\n  __proto__: off\nreject:\n  __proto__: x\n'))
    expect(({} as {polluted?: unknown}).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(config.rules)).toBe(Object.prototype)
  })

  it('refuses a configuration file larger than the limit before reading it', () => {
    const file = write('.copydeskrc.yml', `# ${'x'.repeat(maxDataFileBytes)}\nlang: en\n`)
    expect(() => loadConfig(file)).toThrow(`${file}: configuration too large`)
  })

  it('refuses a directory, a missing file and binary data with a reason naming the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-hostile-'))
    mkdirSync(path.join(dir, '.copydeskrc.yml'))
    expect(() => loadConfig(path.join(dir, '.copydeskrc.yml'))).toThrow(/configuration not a file/)
    expect(() => loadConfig(path.join(dir, 'missing.yml'))).toThrow(/cannot read configuration \(ENOENT\)/)
    const binary = write('.copydeskrc.yml', '\u0000\u0001\u0002lang: en')
    expect(() => loadConfig(binary)).toThrow(ConfigError)
  })

  it('refuses deeply nested YAML without overflowing the stack', () => {
    const file = write('.copydeskrc.yml', `rules: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`)
    expect(() => loadConfig(file)).toThrow(ConfigError)
  })
})

describe('hostile style sheets (configured `styleSheets`)', () => {
  const withSheet = (text: string) => ({...defaultConfig(), styleSheets: [write('names.yml', text)]})

  it('refuses a function tag without running it', () => {
    expect(() => createPipeline(withSheet('names: !!js/function "() => { globalThis.pwned = true }"\n')).freeze()).toThrow(ConfigError)
    expect((globalThis as {pwned?: boolean}).pwned).toBeUndefined()
  })

  // Found by this suite (yaml's ReferenceError escaped as an internal error); fixed in 32e64f0.
  it('refuses exponential alias expansion with a clear error', () => {
    expect(() => createPipeline(withSheet(`${laughs.join('\n')}\nnames: [*i]\n`)).freeze()).toThrow(ConfigError)
  })
})
