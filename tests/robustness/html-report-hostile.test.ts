import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import fc from 'fast-check'
import {chromium} from 'playwright-core'
import {describe, expect, it} from 'vitest'
import {runCheck} from '../../src/commands/check.js'

/**
 * Hostile articles in the HTML report, in a real browser: whatever the copy,
 * its file name or the findings about it contain, nothing from the article
 * runs, loads or navigates. Generated with fast-check from known injection
 * payloads, in every format and in file names.
 */
const executablePath = '/usr/bin/chromium'
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']

/** Each payload sets `window.pwned`, opens a dialog or makes a request when it runs. */
const payloads = [
  '<script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=2">',
  '<svg onload="window.pwned=3"></svg>',
  '<a href="javascript:window.pwned=4">click the minister</a>',
  '[the minister](javascript:window.pwned=5)',
  '<iframe srcdoc="<script>parent.pwned=6</script>"></iframe>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.pwned=7">',
  '<base href="http://example.invalid/">',
  '<link rel=stylesheet href="http://example.invalid/x.css">',
  '</textarea></style></script><script>window.pwned=8</script>',
  '"><img src=x onerror=window.pwned=9>',
  "'><svg/onload=window.pwned=10>",
  '<details open ontoggle="window.pwned=11">x</details>',
  '<!--<script>window.pwned=12</script>-->',
  '&lt;script&gt;window.pwned=13&lt;/script&gt;',
  '<object data="javascript:window.pwned=14"></object>',
  '<form action="javascript:window.pwned=15"><button>x</button></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.pwned=16>',
  '\u2028<script>window.pwned=17</script>\u2029',
  '<p style="background:url(http://example.invalid/x.png)">recieve</p>',
  '\u202Eevil\u202C <scr\u200Dipt>window.pwned=18</scr\u200Dipt>',
]
const words = ['The minister recieved', 'talks would likely resume', 'some say', 'ceace fire', '3,5 mln', 'the the', 'on 12.03.2024', '.']

const article = fc.array(fc.oneof(fc.constantFrom(...payloads), fc.constantFrom(...words), fc.constantFrom(' ', '\n\n')), {minLength: 4, maxLength: 14}).map((parts) => parts.join(' '))

describe.skipIf(!existsSync(executablePath))('hostile copy in the HTML report (Chromium)', () => {
  it('runs, loads and navigates nothing from the copy', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-hostile-html-'))
    const samples = fc.sample(article, {numRuns: 12, seed: 9})
    const names: string[] = []
    for (const [index, text] of samples.entries()) {
      const extension = ['.md', '.html', '.txt', '.json'][index % 4]!
      // File names carry payloads too (a slash cannot appear in a name, so none needs one).
      const name = `${index}-"><img src=x onerror=window.pwned=${100 + index}>${extension}`
      writeFileSync(path.join(dir, name), extension === '.json' ? JSON.stringify({headline: text, body_html: text}) : text)
      names.push(name)
    }
    let out = ''
    const code = await runCheck(names, {format: 'html', failOn: 'error'} as Parameters<typeof runCheck>[1], {
      cwd: dir,
      stdout: (text) => {
        out += text
      },
      stderr: () => {},
      color: false,
    })
    expect([0, 1]).toContain(code)
    const report = path.join(dir, 'report.html')
    writeFileSync(report, out)

    const browser = await chromium.launch({executablePath, args: flags})
    try {
      for (const javaScriptEnabled of [true, false]) {
        const context = await browser.newContext({javaScriptEnabled})
        const page = await context.newPage()
        const requests: string[] = []
        const dialogs: string[] = []
        page.on('request', (request) => requests.push(request.url()))
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message())
          void dialog.dismiss()
        })
        await page.goto(pathToFileURL(report).href)
        // Give event handlers (onload, onerror, ontoggle, refresh) their chance to fire.
        await page.waitForTimeout(300)
        expect(page.url()).toBe(pathToFileURL(report).href)
        expect(requests).toEqual([pathToFileURL(report).href])
        expect(dialogs).toEqual([])
        if (javaScriptEnabled) expect(await page.evaluate(() => (window as unknown as {pwned?: unknown}).pwned)).toBeUndefined()
        // Nothing from the copy became markup: one script (the report's own), no active elements, no event handlers.
        expect(await page.locator('script').count()).toBe(1)
        expect(await page.locator('img, svg, iframe, object, embed, form, base, link, details, math, meta[http-equiv="refresh"]').count()).toBe(0)
        const handlers = await page.evaluate(() =>
          [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => attribute.name)),
        )
        expect(handlers).toEqual([])
        expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0)
        // The payloads are shown as text, so an editor can see them.
        expect(await page.locator('body').innerText()).toContain('onerror=window.pwned=100')
        await context.close()
      }
    } finally {
      await browser.close()
    }
  }, 120_000)
})
