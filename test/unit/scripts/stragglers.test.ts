import { spawn } from "node:child_process"
import { once } from "node:events"
import { findStragglers, stopStragglers } from "../../../scripts/lib/process/stragglers.ts"

/** A real process standing in for a left-behind `medusa exec`: `sleep` with the marker in its arguments. */
function straggler(dataDir: string, marker: string) {
  const child = spawn("sh", ["-c", `sleep 60 # ${marker}`], { env: { ...process.env, CHO_PHIEN_DATA_DIR: dataDir }, stdio: "ignore" })
  return child
}

describe("stopStragglers", () => {
  it("stops what runs with the data folder and the marker, and leaves the rest", async () => {
    const marker = `straggler-${process.pid}-${Date.now()}`
    const mine = straggler("/tmp/chaos-under-test", marker)
    const otherFolder = straggler("/tmp/someone-else", marker)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(findStragglers(["/tmp/chaos-under-test"], marker)).toEqual([mine.pid])
    const exited = once(mine, "exit")
    expect(await stopStragglers(["/tmp/chaos-under-test"], marker, 2_000)).toEqual([mine.pid])
    await exited
    expect(mine.exitCode !== null || mine.signalCode !== null).toBe(true)
    expect(otherFolder.exitCode).toBeNull()
    expect(otherFolder.signalCode).toBeNull()
    otherFolder.kill("SIGKILL")
  })

  it("finds nothing when nothing matches", () => {
    expect(findStragglers(["/tmp/no-such-folder-anywhere"], "no-such-marker")).toEqual([])
  })
})
