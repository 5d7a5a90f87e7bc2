import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {listFixtures, reportFixture} from '../src/tools/fixtures.js'

const root = fileURLToPath(new URL('../', import.meta.url))

describe('fixtures', () => {
  for (const fixture of listFixtures(root)) {
    it(`${fixture.name}: report matches expected.json`, async () => {
      const report = await reportFixture(root, fixture)
      expect(existsSync(fixture.expected), 'run `npm run fixtures:update`').toBe(true)
      expect(report).toEqual(JSON.parse(readFileSync(fixture.expected, 'utf8')))
    })

    it(`${fixture.name}: every finding points at exactly its text`, async () => {
      const text = readFileSync(new URL(`../${fixture.input}`, import.meta.url), 'utf8')
      const report = await reportFixture(root, fixture)
      for (const message of report.messages) {
        expect(text.slice(message.place.start.offset, message.place.end.offset)).toBe(message.actual)
        expect(message.line).toBe(message.place.start.line)
      }
    })
  }
})
