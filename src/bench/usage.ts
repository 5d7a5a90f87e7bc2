import {writeFileSync} from 'node:fs'

/**
 * Preloaded (`node --import`) into every process the benchmark measures:
 * at exit, writes its peak resident set (worker threads included, they share
 * the process) and CPU time to the file named by COPYDESK_BENCH_USAGE.
 */
const target = process.env.COPYDESK_BENCH_USAGE
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    writeFileSync(target, JSON.stringify({maxRssKb: usage.maxRSS, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6}))
  })
}
