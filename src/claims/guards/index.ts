import type {GuardName} from '../rules.js'
import {clauseGuards} from './clause.js'
import type {Guard} from './context.js'
import {namedSourceGuards} from './named-source.js'
import {reportsGuards} from './reports.js'
import {sourceSenseGuards} from './source-sense.js'
import {storyGuards} from './story.js'
import {verbSenseGuards} from './verb-sense.js'
import {wordSenseGuards} from './word-sense.js'

/** Every guard a rule's `unless:` may name, by name: the type makes each name in `guardNames` have one. */
export const guards: Record<GuardName, Guard> = {
  ...wordSenseGuards,
  ...verbSenseGuards,
  ...sourceSenseGuards,
  ...namedSourceGuards,
  ...reportsGuards,
  ...clauseGuards,
  ...storyGuards,
}
