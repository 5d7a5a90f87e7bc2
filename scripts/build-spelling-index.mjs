// Writes the index of each generated word list (rules/spelling/{words,words-rare,people-names}.txt)
// to dist/spelling-index/, so that a process reads it in a few ms instead of building it (80–115 ms
// of CPU for words.txt). Run by `npm run build` after tsc; the index holds its list's CRC-32 and is
// ignored when the list changes, so a stale or missing index only costs the build at run time.
// Also writes the known misspellings, sorted, from the installed @cspell/dict-en-common-misspellings
// (src/spelling/misspellings.ts) and the error model learned from them (src/spelling/error-model.ts):
// generated at each build, never committed (the list is CC BY-SA 4.0).
import {mkdirSync, writeFileSync} from 'node:fs'
import {indexDir, loadBaseLexicon, sortedLists} from '../dist/spelling/lexicon.js'
import {commonKeyBytes, commonKeysFile} from '../dist/spelling/common-keys.js'
import {ErrorModel, errorModelFile, errorModelTableFile, learnErrorModel, textChecksum, trainingPairs} from '../dist/spelling/error-model.js'
import {misspellingLines, misspellingsFile} from '../dist/spelling/misspellings.js'
import {soundIndexFile, soundIndexLines} from '../dist/spelling/sound-index.js'
import {SortedLines} from '../dist/spelling/sorted-lines.js'

const dataDir = new URL('../rules/spelling/', import.meta.url)
mkdirSync(indexDir, {recursive: true})
let bytes = 0
for (const name of sortedLists) {
  // No prebuilt index given: the index is built from the list as it is now.
  // Only the main list is searched for words two edits away: the others need no keys.
  const index = new SortedLines(new URL(`${name}.txt`, dataDir)).indexBytes({keys: name === 'words'})
  writeFileSync(new URL(`${name}.index`, indexDir), index)
  bytes += index.length
}
const misspellings = misspellingLines()
writeFileSync(misspellingsFile, misspellings, 'latin1')
bytes += misspellings.length
// The suggestions' error model, learned from the same list (src/spelling/error-model.ts; CC BY-SA 4.0 too).
const errorModel = learnErrorModel(trainingPairs(misspellings))
writeFileSync(errorModelFile, errorModel)
bytes += errorModel.length
// The same as a hash table, read in place (~1 ms where parsing the text cost ~13 ms of CPU a process).
const errorModelTable = new ErrorModel(errorModel).tableBytes(textChecksum(errorModel))
writeFileSync(errorModelTableFile, errorModelTable)
bytes += errorModelTable.length
// The word list's keys by sound, for misspellings by ear (src/spelling/sound-index.ts), after the indexes it reads.
const sounds = soundIndexLines(loadBaseLexicon().baseKeys())
writeFileSync(soundIndexFile, sounds)
bytes += sounds.length
// The common words' keys, for the search of words two slips away beside a common one a slip away (src/spelling/common-keys.ts).
const common = commonKeyBytes(loadBaseLexicon())
writeFileSync(commonKeysFile, common)
bytes += common.length
console.log(`build-spelling-index: ${sortedLists.length} indexes, ${(bytes / 1e6).toFixed(1)} MB in dist/spelling-index`)
