import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {listFixtures, reportFixture} from './fixtures.js'

// Rewrites every fixtures/<name>/expected.json on purpose; review the diff before committing.
const root = fileURLToPath(new URL('../../', import.meta.url))
for (const fixture of listFixtures(root)) {
  const report = await reportFixture(root, fixture)
  writeFileSync(fixture.expected, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`${fixture.name}: ${report.messages.length} findings${report.error ? ` (error: ${report.error})` : ''}`)
}
