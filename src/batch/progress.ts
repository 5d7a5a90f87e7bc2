import {createRequire} from 'node:module'
import type cliProgressModule from 'cli-progress'

export interface Progress {
  /** One more file done, with this many findings. */
  tick(findings: number): void
  stop(): void
}

const silent: Progress = {tick() {}, stop() {}}

/**
 * A progress line on standard error: files, files/s, ETA and findings so far.
 * Only on a terminal: silent in CI (`CI` set), with `--quiet`, or when
 * standard error is redirected, so that logs and pipes stay clean.
 */
export function progressBar(options: {total?: number; quiet?: boolean}): Progress {
  const stream = process.stderr
  if (options.quiet || process.env.CI || !stream.isTTY) return silent
  const known = options.total !== undefined && options.total > 1
  // Loaded only for a terminal: most runs (CI, pipes, one file) never draw a bar and skip its start-up cost.
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof cliProgressModule
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: known
        ? '{bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted} | {findings} findings'
        : '{value} files | {rate} files/s | {findings} findings',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 100,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  )
  const started = performance.now()
  let done = 0
  let findings = 0
  bar.start(known ? options.total! : 0, 0, {rate: '0', findings: 0})
  return {
    tick(count) {
      done++
      findings += count
      const seconds = (performance.now() - started) / 1000
      bar.update(done, {rate: seconds > 0 ? (done / seconds).toFixed(1) : '0', findings})
    },
    stop() {
      bar.stop()
    },
  }
}
