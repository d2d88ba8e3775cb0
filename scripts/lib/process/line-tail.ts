/** Keeps the last lines a child printed, so a failure can show them without flooding the screen. */
export class LineTail {
  private readonly lines: string[] = []
  private partial = ""
  private readonly limit: number

  constructor(limit: number) {
    this.limit = limit
  }

  push(text: string): void {
    const parts = (this.partial + text).split("\n")
    this.partial = parts.pop() ?? ""
    for (const line of parts) {
      this.lines.push(line)
      if (this.lines.length > this.limit) this.lines.shift()
    }
  }

  text(): string {
    const all = this.partial ? [...this.lines, this.partial] : this.lines
    return all.map((line) => `  │ ${line}`).join("\n")
  }

  includes(fragment: string): boolean {
    return this.lines.some((line) => line.includes(fragment)) || this.partial.includes(fragment)
  }
}
