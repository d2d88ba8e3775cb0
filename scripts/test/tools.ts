import { execFileSync, spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { homedir } from "node:os"
import path from "node:path"
import { say, step } from "#scripts/lib/progress.ts"

export class MissingToolError extends Error {}

/** Debian's Chromium only: the tests must never download a browser. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]
  const found = candidates.find((candidate): candidate is string => Boolean(candidate) && existsSync(candidate ?? ""))
  if (!found) throw new MissingToolError("Install Chromium: sudo apt-get install chromium")
  return found
}

function onPath(name: string): string | undefined {
  const result = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" })
  return result.status === 0 ? result.stdout.trim() || undefined : undefined
}

function goBinDir(): string | undefined {
  const go = onPath("go")
  if (!go) return undefined
  const gobin = execFileSync(go, ["env", "GOBIN"], { encoding: "utf8" }).trim()
  return gobin || path.join(execFileSync(go, ["env", "GOPATH"], { encoding: "utf8" }).trim(), "bin")
}

/**
 * stripe-mock stands in for Stripe in payment tests. Found through STRIPE_MOCK_PATH, PATH
 * or Go's bin folder; installed with `go install` when Go is present and it is not.
 */
export async function findStripeMock(): Promise<string> {
  const known = [process.env.STRIPE_MOCK_PATH, onPath("stripe-mock"), path.join(homedir(), "go/bin/stripe-mock")]
  const found = known.find((candidate): candidate is string => Boolean(candidate) && existsSync(candidate ?? ""))
  if (found) return found
  const go = onPath("go")
  if (!go) {
    throw new MissingToolError(
      "Install stripe-mock: install Go (sudo apt-get install golang) and run `go install github.com/stripe/stripe-mock@latest`, or set STRIPE_MOCK_PATH.",
    )
  }
  await step("Installing stripe-mock with `go install`", async () => {
    const result = spawnSync(go, ["install", "github.com/stripe/stripe-mock@latest"], { encoding: "utf8" })
    if (result.status !== 0) {
      throw new MissingToolError(`go install github.com/stripe/stripe-mock@latest failed:\n${result.stderr}`)
    }
  })
  const installed = path.join(goBinDir() ?? path.join(homedir(), "go/bin"), "stripe-mock")
  if (!existsSync(installed)) throw new MissingToolError(`stripe-mock was installed but is not at ${installed}; set STRIPE_MOCK_PATH.`)
  say(`  stripe-mock is at ${installed}`)
  return installed
}
