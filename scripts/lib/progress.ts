/** Deliberate, plain-words progress output for people watching `npm start` or `npm test`. */
export function say(message: string): void {
  process.stdout.write(`${message}\n`)
}

export function seconds(sinceMs: number): string {
  return `${((performance.now() - sinceMs) / 1000).toFixed(1)} s`
}

/** Prints "Doing X…", runs it, then "  done in 1.2 s", so slow steps are visible as they happen. */
export async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now()
  say(`${label}…`)
  const result = await work()
  say(`  done in ${seconds(started)}`)
  return result
}
