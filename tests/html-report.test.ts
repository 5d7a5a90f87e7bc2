import {existsSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {type Browser, chromium} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {FileReport} from '../src/file-report.js'
import {copydesk, workspace} from './gate-helpers.js'

const executablePath = '/usr/bin/chromium'
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
const available = existsSync(executablePath)
if (!available) console.warn(`html-report browser test skipped: no Chromium at ${executablePath} (.ci/run installs Debian's chromium; apt-get install -y chromium)`)

const articles = {
  'story.md': [
    '# Geneva talks',
    '',
    'Officials confirmed on 12.03.2024 that both sides would ceace fire.',
    '',
    'Prices rose by 3,5 mln. The deal will likely collapse.',
    '',
    '<script>window.pwned = "markdown"</script>',
    '',
  ].join('\n'),
  'wire.html': '<article><h1>Wire</h1><p>The minister posted &lt;script&gt;window.pwned = "html"&lt;/script&gt; on 01.02.2024, aides said.</p><script>window.pwned = "tag"</script></article>\n',
  'note.txt': 'A reader wrote <img src=x onerror="window.pwned=1"> and the the editor laughed, colleagues said.\n',
}

describe.skipIf(!available)('HTML report in Chromium', () => {
  let browser: Browser
  let report: string
  let reports: FileReport[]

  beforeAll(async () => {
    const dir = workspace(articles, 'copydesk-html-')
    const names = Object.keys(articles)
    const html = await copydesk(['check', '--format', 'html', ...names], dir)
    expect(html.stdout).toMatch(/^<!doctype html>/)
    report = path.join(dir, 'report.html')
    writeFileSync(report, html.stdout)
    reports = JSON.parse((await copydesk(['check', '--format', 'json', ...names], dir)).stdout) as FileReport[]
    browser = await chromium.launch({executablePath, args: flags})
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('highlights every finding of the JSON report, makes no request and runs no article script', async () => {
    const page = await browser.newPage({viewport: {width: 1100, height: 900}})
    const requests: string[] = []
    const problems: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(error.message))
    await page.goto(pathToFileURL(report).href)

    // Only the report itself was loaded; the CSP held and our own hashed style and script were allowed.
    expect(requests).toEqual([pathToFileURL(report).href])
    expect(problems).toEqual([])
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(/default-src 'none'/)

    // One highlight per finding, per file, with the same rules.
    const total = reports.reduce((sum, entry) => sum + entry.messages.length, 0)
    expect(total).toBeGreaterThanOrEqual(5)
    expect(await page.locator('mark.finding').count()).toBe(total)
    for (const [index, entry] of reports.entries()) {
      const rules = await page.locator(`article:has(#file-${index}) mark.finding`).evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-rule')))
      expect(rules.sort()).toEqual(entry.messages.map((message) => `${message.source}/${message.ruleId}`).sort())
    }
    // Placed in the text, not only in the list.
    expect(await page.locator('.text mark.finding').count()).toBe(total)

    // Article text is shown as text: the script did not run, and its words are readable.
    expect(await page.evaluate(() => (window as unknown as {pwned?: unknown}).pwned)).toBeUndefined()
    await expect.poll(() => page.locator('.text').nth(1).innerText()).toContain('<script>window.pwned = "html"</script>')
    expect(await page.locator('.text').nth(2).innerText()).toContain('<img src=x onerror="window.pwned=1">')
    expect(await page.locator('img').count()).toBe(0)

    // Severity colours come from the (CSP-allowed) style sheet.
    const typo = page.locator('mark.finding[data-rule="spelling/misspelling"]').first()
    expect(await typo.evaluate((mark) => getComputedStyle(mark).backgroundColor)).toBe('rgb(253, 228, 228)')

    // Summary by stage and rule, and the sourcing summary beside it.
    expect(await page.locator('article').first().locator('table.summary tbody tr').count()).toBe(new Set(reports[0]!.messages.map((message) => `${message.source}/${message.ruleId}`)).size)
    expect(await page.locator('article').first().locator('.sourcing').count()).toBe(1)

    // Keyboard: J and K move between findings in reading order, and focus shows the reason and suggestion.
    await page.keyboard.press('j')
    const first = await page.evaluate(() => document.activeElement?.id)
    expect(first).toBe('f-0-0')
    await page.keyboard.press('j')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-0-1')
    await page.keyboard.press('k')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-0-0')
    await page.locator('#f-0-1').focus()
    const tip = page.locator('#f-0-1-tip')
    expect(await tip.isVisible()).toBe(true)
    expect(await tip.innerText()).toContain(reports[0]!.messages[1]!.reason)
    await page.locator('mark.finding[data-rule="spelling/misspelling"]').first().hover()
    const hovered = page.locator('mark.finding[data-rule="spelling/misspelling"] .tip').first()
    expect(await hovered.isVisible()).toBe(true)
    expect(await hovered.innerText()).toContain('cease')
    // A finding whose reason does not name the replacement gets a separate suggestion.
    expect(await page.locator('mark.finding[data-rule="typography/mln"] .tip').first().innerText()).toMatch(/million/)

    const shot = path.join(tmpdir(), 'copydesk-html-report.png')
    await page.screenshot({path: shot, fullPage: true})
    console.info(`html report screenshot: ${shot}`)
    await page.close()
  })

  it('reads without JavaScript, and Tab still reaches every finding', async () => {
    const context = await browser.newContext({javaScriptEnabled: false})
    const page = await context.newPage()
    await page.goto(pathToFileURL(report).href)
    expect(await page.locator('mark.finding').count()).toBe(reports.reduce((sum, entry) => sum + entry.messages.length, 0))
    expect(await page.locator('.text').first().innerText()).toContain('Officials confirmed on 12.03.2024')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-0-0')
    expect(await page.locator('#f-0-0-tip').isVisible()).toBe(true)
    await context.close()
  })
})
