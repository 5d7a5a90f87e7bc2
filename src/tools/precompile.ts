import {mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {isDeepStrictEqual} from 'node:util'
import {compiledPathOf, compiledRulesRoot, parseYaml, rulesRoot} from '../guard.js'

/**
 * Build step (`npm run build`): compiles every `.yml` file of the bundled rule
 * data (`rules/`) to JSON under `dist/rules/`, which `readYamlFile`
 * and `readRuleYaml` (src/guard.ts) read instead while it is up to date.
 * JSON.parse needs a fraction of the time of the yaml library, which on a cold
 * start also compiles its own code. A file whose data JSON cannot hold exactly
 * (YAML's .inf or .nan) is left to be parsed at run time.
 */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return yamlFiles(full)
    return entry.isFile() && entry.name.endsWith('.yml') ? [full] : []
  })
}

rmSync(compiledRulesRoot, {recursive: true, force: true})
let count = 0
for (const file of yamlFiles(rulesRoot)) {
  const data = parseYaml(readFileSync(file, 'utf8'), file, (message) => new Error(message))
  const json = JSON.stringify(data)
  if (!isDeepStrictEqual(JSON.parse(json), data)) {
    console.warn(`precompile: ${path.relative(rulesRoot, file)} has values JSON cannot hold; it is parsed at run time`)
    continue
  }
  const target = compiledPathOf(file)!
  mkdirSync(path.dirname(target), {recursive: true})
  writeFileSync(target, json)
  count++
}
console.log(`precompile: ${count} rule files compiled to ${path.relative(process.cwd(), compiledRulesRoot) || '.'}`)
