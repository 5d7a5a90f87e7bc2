import fc from 'fast-check'

/**
 * Generators for hostile copy. Text is built from tokens rather than
 * uniformly random code points so that runs hit the parser's hard cases
 * (escapes, entities, markup, look-alikes, invisible characters) and the
 * stages' trigger words often enough to produce findings to check.
 */

/** Property runs: a quick run in CI, `FUZZ_RUNS=5000 npm run fuzz` for a long one. */
export const runs = Number(process.env.FUZZ_RUNS ?? 60)
/** Set `FUZZ_SEED` to replay a failure that fast-check printed. */
export const parameters: fc.Parameters<unknown> = {
  numRuns: runs,
  ...(process.env.FUZZ_SEED ? {seed: Number(process.env.FUZZ_SEED)} : {}),
}

/** Characters that break naive text handling. */
export const nasty = [
  '\uD83D\uDE00', // 😀 surrogate pair
  '\uD835\uDD4F', // 𝕏 astral letter
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
  'e\u0301', // combining acute
  '\u0308', // bare combining diaeresis
  '\u200D', // zero-width joiner
  '\u200C', // zero-width non-joiner
  '\u200B', // zero-width space
  '\uFEFF', // BOM / zero-width no-break space
  '\u202E', // right-to-left override
  '\u202A', // left-to-right embedding
  '\u202C', // pop directional formatting
  '\u2066', // left-to-right isolate
  '\u2069', // pop directional isolate
  '\u200E', // left-to-right mark
  '\u200F', // right-to-left mark
  '\u061C', // Arabic letter mark
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '\u2028', // line separator
  '\u0085', // next line
  '\u0000', // NUL
  '\t',
  '\u00A0', // no-break space
  '\uFFFD',
  '\uFFFF', // noncharacter
]

const words = [
  'the', 'minister', 'said', 'talks', 'would', 'likely', 'resume', 'Moscow', 'Kyiv', 'Zelensky', 'Zelenskyy',
  'recieve', 'teh', 'ceace', 'clearly', 'undoubtedly', 'appears', 'to', 'be', 'some', 'say', 'experts', 'believe',
  'citing', 'anonymous', 'sources', 'mln', '1,5', '12.03.2024', 'in', 'a', 'surprising', 'turn', 'of', 'events',
  'Мoscow', 'Сергей', 'Лавров', 'заявил', 'παράδειγμα', 'مرحبا', 'שלום', '北京', 'naïve', 'café', 'straße', 'İstanbul',
  'https://example.com/a_b?c=d&e=f', 'www.example.org', 'user@example.com', '@newsdesk', '#breaking', "don't", 'co-operate',
  'U.S.', 'e.g.', '...', '—', '–', '«', '»', '“', '”', '„', '‘', '’', '"', "'", '(', ')', '.', ',', ';', ':', '!', '?',
]

const markdownSyntax = ['*', '**', '_', '`', '``', '\\', '\\*', '\\\\', '[', ']', '(', ')', '![', '](', '<', '>', '&amp;', '&#x202E;', '&#xD800;', '&#0;', '&nbsp;', '&', '|', '~~', '^', '[^1]', '<br>', '<!-- copydesk-disable -->', '<!-- copydesk-enable -->', '<!--', '-->', '$']
const htmlSyntax = ['<', '>', '</', '&amp;', '&lt;', '&#8238;', '&#x1F600;', '&#xD800;', '&#0;', '&#x110000;', '&notin', '&eacute;', '&', '"', "'", '=', '<!--', '-->', '<![CDATA[', ']]>']

/** One token of copy: mostly words and spaces, sometimes nasty characters or markup. */
function token(extra: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    {weight: 6, arbitrary: fc.constantFrom(...words)},
    {weight: 5, arbitrary: fc.constantFrom(' ', ' ', ' ', '. ', ', ', '\n')},
    {weight: 2, arbitrary: fc.constantFrom(...nasty)},
    {weight: extra.length > 0 ? 2 : 0, arbitrary: fc.constantFrom(...(extra.length > 0 ? extra : [' ']))},
    {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 6})},
    {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 6})},
  )
}

/** Arbitrary copy: words, punctuation and the nasty characters, any Unicode. */
export function copy(extra: string[] = [], maxLength = 60): fc.Arbitrary<string> {
  return fc.array(token(extra), {maxLength}).map((tokens) => tokens.join(''))
}

/** Same, with no NUL (what the input layer lets through). */
export function cleanCopy(extra: string[] = [], maxLength = 60): fc.Arbitrary<string> {
  return copy(extra, maxLength).map((text) => text.replaceAll('\u0000', ''))
}

const blockPrefixes = ['', '', '', '# ', '## ', '###### ', '> ', '> > ', '- ', '* ', '1. ', '  - ', '    ', '```\n', '~~~js\n', '| ', '---\n', '***\n', '<div>', '</div>', '---\ntitle: x\n---\n', '[a]: https://example.com\n', '- [ ] ', '+++\n']
const lineEnds = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', ' |\n|---|---|\n', '  \n', '\\\n']

/** Markdown documents: blocks with headings, quotes, lists, code, tables, front matter and inline markup. */
export const markdown: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...blockPrefixes), cleanCopy(markdownSyntax, 20), fc.constantFrom(...lineEnds)), {maxLength: 12})
  .map((blocks) => blocks.map(([prefix, body, end]) => prefix + body + end).join(''))

const tags = ['p', 'div', 'span', 'b', 'i', 'a', 'h1', 'h3', 'blockquote', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'script', 'style', 'code', 'pre', 'br', 'img', 'figcaption', 'svg', 'math', 'template', 'noscript', 'textarea', 'iframe', 'title', 'head', 'body', 'html', 'button', 'select', 'option', 'plaintext', 'xmp']
const attributes = ['', ' class="x"', ' onclick="alert(1)"', ' href="javascript:alert(1)"', " title='a &amp; b'", ' lang="ru"', ' dir="rtl"', ' data-x=unquoted', ' src=x onerror=alert(1)', ' style="x:expression(alert(1))"']

/** HTML fragments and documents, including script, event handlers and unbalanced tags. */
export const html: fc.Arbitrary<string> = fc.letrec<{node: string}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    cleanCopy(htmlSyntax, 12),
    fc
      .tuple(fc.constantFrom(...tags), fc.constantFrom(...attributes), fc.array(tie('node'), {maxLength: 4}), fc.boolean())
      .map(([tag, attribute, children, closed]) => `<${tag}${attribute}>${children.join('')}${closed ? `</${tag}>` : ''}`),
  ),
})).node

/** Writes a JSON string literal, escaping non-ASCII as `\uXXXX` when asked, so the offset map meets both forms. */
function jsonString(value: string, escapeAll: boolean): string {
  const json = JSON.stringify(value)
  return escapeAll ? json.replace(/[^\x20-\x7E]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json
}

/** ninjs items: prose fields in text and HTML, escaped or not, sometimes missing or of the wrong type. */
export const ninjs: fc.Arbitrary<string> = fc
  .record(
    {
      headline: fc.oneof(cleanCopy([], 12), fc.constant(42 as unknown as string)),
      description_text: cleanCopy([], 20),
      body_text: copy([], 40),
      body_html: html,
      language: fc.constantFrom('en', 'ru', 'uk', 'xx', ''),
      uri: fc.constantFrom('urn:x', '../../etc/passwd', '/tmp/x', 'C:\\x'),
    },
    {requiredKeys: []},
  )
  .chain((item) =>
    fc.tuple(fc.boolean(), fc.constantFrom('', ' ', '\n  ', '\r\n\t')).map(([escapeAll, space]) => {
      const fields = Object.entries(item).map(([key, value]) =>
        `${space}${JSON.stringify(key)}:${space}${typeof value === 'string' ? jsonString(value, escapeAll) : JSON.stringify(value)}`,
      )
      return `{${fields.join(',')}${space}}`
    }),
  )
