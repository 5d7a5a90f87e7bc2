import {closeSync, openSync} from 'node:fs'

/**
 * Opens `file` on descriptor number `wanted`, just freed: the system gives the lowest free number,
 * so opening until that one comes (and closing the lower ones taken on the way) lands on it
 * however many descriptors the test runner holds. Throws if it never comes.
 */
export function openAs(wanted: number, file: string): number {
  const taken: number[] = []
  try {
    for (let tries = 0; tries < 1000; tries++) {
      const handle = openSync(file, 'r')
      if (handle === wanted) return handle
      taken.push(handle)
    }
    throw new Error(`descriptor ${wanted} never came free`)
  } finally {
    for (const handle of taken) closeSync(handle)
  }
}
