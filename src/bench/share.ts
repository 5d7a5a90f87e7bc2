import {cpuUsage} from 'node:process'
import {defaultConfig} from '../config.js'
import {checkText, createPipeline} from '../pipeline.js'
import type {Format} from '../types.js'

type Pipeline = ReturnType<typeof createPipeline>

/** The whole pipeline, or the same without the spelling stage: spelling's share of a batch is what the first costs more. */
export function pipelineWith(spelling: boolean): Pipeline {
  const config = defaultConfig()
  if (!spelling) config.stages = {spelling: false}
  return createPipeline(config)
}

/**
 * CPU milliseconds of both pipelines over the texts, added to `totals`. They take turns document by
 * document, in alternating order, so that the machine's load and the JIT's warm-up fall on both alike
 * (timing one whole batch after the other made the share swing from 32% to 56% between runs).
 */
export async function alternating(
  pipelines: {all: Pipeline; rest: Pipeline},
  texts: Iterable<string>,
  format: Format,
  totals = {all: 0, rest: 0},
): Promise<{all: number; rest: number}> {
  const timed = async (processor: Pipeline, text: string) => {
    const started = cpuUsage()
    await checkText(processor, text, {format})
    const used = cpuUsage(started)
    return (used.user + used.system) / 1000
  }
  let index = 0
  for (const text of texts) {
    if (index % 2 === 0) totals.all += await timed(pipelines.all, text)
    totals.rest += await timed(pipelines.rest, text)
    if (index % 2 === 1) totals.all += await timed(pipelines.all, text)
    index++
  }
  return totals
}
