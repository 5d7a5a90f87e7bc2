import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {InputError, decodeInput, defaultMaxBytes} from '../../src/inputs.js'
import {parameters} from './arbitraries.js'

const encode = (text: string) => new TextEncoder().encode(text)

/** What decodeInput may do with any bytes: return the exact text, or refuse with a one-line InputError. */
function decodeOrRefuse(bytes: Uint8Array, maxBytes = defaultMaxBytes): string | InputError {
  try {
    return decodeInput(bytes, maxBytes)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(/^[^\n]+$/)
    return error as InputError
  }
}

describe('input layer', () => {
  it('any bytes: the exact text back, or one clear refusal', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 64}), (bytes) => {
        const result = decodeOrRefuse(bytes)
        if (typeof result === 'string') expect(Buffer.from(encode(result)).equals(Buffer.from(bytes))).toBe(true)
      }),
      parameters,
    )
  })

  it('any well-formed text without NUL round-trips byte for byte, BOM included', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme'}), fc.boolean(), (text, bom) => {
        const value = (bom ? '\uFEFF' : '') + text.replaceAll('\u0000', '') + 'x'
        expect(decodeInput(encode(value), defaultMaxBytes)).toBe(value)
      }),
      parameters,
    )
  })

  it.each([
    ['a NUL byte', Uint8Array.from([0x61, 0x00, 0x62]), /binary file/],
    ['a lone surrogate encoded as CESU/WTF-8', Uint8Array.from([0x61, 0xed, 0xa0, 0x80]), /not valid UTF-8/],
    ['an overlong encoding of "/"', Uint8Array.from([0xc0, 0xaf]), /not valid UTF-8/],
    ['a truncated four-byte sequence', Uint8Array.from([0x61, 0xf0, 0x9f, 0x98]), /not valid UTF-8/],
    ['a code point above U+10FFFF', Uint8Array.from([0xf4, 0x90, 0x80, 0x80]), /not valid UTF-8/],
    ['Latin-1 text', Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), /not valid UTF-8/],
    ['UTF-16 with a BOM', Uint8Array.from([0xff, 0xfe, 0x61, 0x00]), /binary file|not valid UTF-8/],
    ['only a BOM', Uint8Array.from([0xef, 0xbb, 0xbf]), /empty file/],
    ['only white space', encode(' \r\n\t\n'), /empty file/],
    ['nothing', new Uint8Array(0), /empty file/],
  ])('refuses %s with a clear reason', (_name, bytes, reason) => {
    expect(() => decodeInput(bytes, defaultMaxBytes)).toThrow(InputError)
    expect(() => decodeInput(bytes, defaultMaxBytes)).toThrow(reason)
  })

  it('keeps CR, CRLF, U+2028, BOM and invisible characters exactly as they are', () => {
    const text = '\uFEFFa\r\nb\rc\u2028d\u200De\u202Ef\u0301'
    expect(decodeInput(encode(text), defaultMaxBytes)).toBe(text)
  })

  it('refuses a file over the configured limit before decoding it', () => {
    expect(() => decodeInput(encode('x'.repeat(101)), 100)).toThrow(/too large \(101 bytes; the limit is 100\)/)
    expect(decodeInput(encode('x'.repeat(100)), 100)).toHaveLength(100)
  })
})
