import {expect} from 'vitest'
import {defaultConfig} from '../src/config.js'
import {checkText, createPipeline} from '../src/pipeline.js'
import type {CopydeskMessage, Format} from '../src/types.js'

/** The claims stages alone (hedge, attribution, style): fast, and findings from other stages do not interfere. */
const config = defaultConfig()
config.stages = {language: false, spelling: false, script: false, names: false, typography: false}
const processor = createPipeline(config)

export async function claims(text: string, format: Format = 'text') {
  const file = await checkText(processor, text, {format})
  const messages = file.messages as CopydeskMessage[]
  for (const message of messages) {
    expect(text.slice(message.place && 'start' in message.place ? message.place.start.offset : -1, message.place && 'end' in message.place ? message.place.end.offset : -1)).toBe(message.actual)
  }
  return {file, messages}
}

/** `source/ruleId: actual` for each finding, in order. */
export async function flagged(text: string, format: Format = 'text'): Promise<string[]> {
  const {messages} = await claims(text, format)
  return messages.map((message) => `${message.source}/${message.ruleId}: ${message.actual}`)
}
