import { mkdirSync } from "node:fs";
import { resolve } from "node:path";

/** Screenshots go to test-results/ (ignored by git) for a person to look at. */
export function screenshotPath(name: string): string {
  const dir = resolve(process.cwd(), "test-results");
  mkdirSync(dir, { recursive: true });
  return resolve(dir, `${name}.png`);
}
