import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build, type Plugin} from 'esbuild'

/**
 * Build step (`npm run build`, after tsc): bundles the command-line entry
 * (`dist/cli.js`) and the worker-pool entry (`dist/batch/worker.js`), each into
 * one file written over tsc's output. Resolving, reading and linking some 380
 * ES modules one by one was about a fifth of a cold `copydesk check`; one file
 * each removes most of that for the CLI and for every worker thread the batch
 * pool starts. The rest of `dist/` (the programmatic API, bench and eval
 * scripts) stays as tsc wrote it; tests run the TypeScript sources.
 *
 * Each is bundled as CommonJS (`dist/cli.cjs`, `dist/batch/worker.cjs`) and
 * tsc's file becomes a small ES module launcher that runs it with a V8 code
 * cache (src/code-cache.ts): Node 20 keeps no code cache for ES modules. The
 * worker's launcher is what piscina loads; it hands on the bundle's task
 * function and writes the worker's cache after its first task.
 */
const dist = fileURLToPath(new URL('../', import.meta.url))
const root = path.dirname(dist)
const entries = ['cli.js', 'batch/worker.js']
const marker = '/* copydesk: bundled by dist/tools/bundle.js */'

/**
 * Modules find their data (`rules/`, `package.json`, the worker file) relative
 * to `import.meta.url`. In the bundle each module's `import.meta.url` becomes
 * the URL of the file it was compiled to, so those paths stay right wherever
 * the package is installed.
 */
function moduleUrls(entry: string): Plugin {
  const from = path.dirname(path.join(dist, entry))
  return {
    name: 'module-urls',
    setup(bundler) {
      bundler.onLoad({filter: /\.js$/}, (args) => {
        if (path.relative(dist, args.path).startsWith('..')) return undefined
        const code = readFileSync(args.path, 'utf8')
        if (!code.includes('import.meta.url')) return undefined
        const relative = path.relative(from, args.path).split(path.sep).join('/')
        const url = `new URL(${JSON.stringify(relative.startsWith('.') ? relative : `./${relative}`)}, import.meta.url).href`
        return {contents: code.replaceAll('import.meta.url', url), loader: 'js'}
      })
    },
  }
}

for (const entry of entries) {
  const file = path.join(dist, entry)
  if (readFileSync(file, 'utf8').includes(marker)) throw new Error(`${entry} is already bundled: run tsc first (npm run build)`)
  const outfile = file.replace(/\.js$/, '.cjs')
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    absWorkingDir: root,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // esbuild cannot tell which Unicode properties an engine knows, so for any target it rewrites a regular-expression
    // literal with \p{…} outside brackets as `new RegExp(…)`, built again at every call (three in the spelling
    // stage's per-word checks). Node 20 knows every property the sources use: keep them literals.
    // In CommonJS, import() of the external packages becomes require(), so the launcher's vm.Script needs no module loader.
    supported: {'regexp-unicode-property-escapes': true, 'dynamic-import': false},
    // piscina starts its own worker script from a path relative to its module; recheck and
    // cli-progress are required at run time, on first use.
    external: ['piscina', 'recheck', 'cli-progress'],
    // jsonc-parser's main file is a UMD wrapper whose require() calls a bundler cannot follow; its ES module build is the same code.
    alias: {'jsonc-parser': 'jsonc-parser/lib/esm/main.js'},
    // CommonJS has require() and no import.meta: dependencies that build a require from `import.meta.url` get the bundle's URL.
    define: {'import.meta.url': '__copydeskBundleUrl'},
    banner: {js: `${marker}\n"use strict";\nvar __copydeskBundleUrl = require('node:url').pathToFileURL(__filename).href;`},
    outfile,
    sourcemap: 'linked',
    sourcesContent: false,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [moduleUrls(entry)],
  })
  for (const output of result.outputFiles) writeFileSync(output.path, output.contents)
  writeLauncher(entry, file, outfile)
}

/** Writes over tsc's file the launcher that runs the bundle with a code cache. */
function writeLauncher(entry: string, file: string, bundle: string): void {
  const codeCache = path.relative(path.dirname(file), path.join(dist, 'code-cache.js')).split(path.sep).join('/')
  const from = codeCache.startsWith('.') ? codeCache : `./${codeCache}`
  const url = `new URL('./${path.basename(bundle)}', import.meta.url)`
  const lines = entry === 'cli.js'
    ? ['#!/usr/bin/env node', marker, `import {runWithCodeCache} from '${from}'`, `runWithCodeCache(${url})`]
    : [
        marker,
        `import {compileWithCodeCache} from '${from}'`,
        `const bundle = compileWithCodeCache(${url})`,
        'const work = bundle.run().default',
        'export default async function (jobs) {',
        '  const results = await work(jobs)',
        '  bundle.saveCache()',
        '  return results',
        '}',
      ]
  writeFileSync(file, `${lines.join('\n')}\n`, {mode: entry === 'cli.js' ? 0o755 : 0o644})
  rmSync(`${file}.map`, {force: true})
}
console.log(`bundle: ${entries.join(', ')}`)
