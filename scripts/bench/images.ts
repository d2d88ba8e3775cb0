import { execFileSync, spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"

/**
 * `npm run bench:images`: a 12-megapixel phone-like JPEG through the whole photo pipeline
 * (validate, decode, auto-rotate, strip, 4 widths × AVIF/WebP/JPEG, placeholder), once
 * alone and four at once, each in a fresh process pinned to one core with one libuv
 * thread. Budget (DESIGN.md): ≤ 2 s on one core, ≤ 350 MB peak memory.
 */
const root = path.resolve(import.meta.dirname, "../..")
const commerceDir = path.join(root, "commerce")
const require = createRequire(path.join(commerceDir, "package.json"))
const BUDGET = { seconds: 2, megabytes: 350 }
const MB = 1024 * 1024

type Variant = { format: string; width: number; height: number; content: Buffer }
type Processed = { variants: Variant[]; placeholder: string }
type SharpModule = (typeof import("sharp"))["default"]
type JobResult = { seconds: number; variants: { format: string; width: number; height: number; bytes: number }[]; placeholderBytes: number }
type Run = { label?: string; jobs: number; wallSeconds: number; jobSeconds: number[]; baselineMB: number; peakMB: number; growthMB: number; results: JobResult[] }

const { values } = parseArgs({ options: { child: { type: "string" }, input: { type: "string" } } })

/** VmHWM/VmRSS from /proc: the kernel's own account, including libvips' native memory. */
function procMB(field: "VmHWM" | "VmRSS"): number {
  const line = readFileSync("/proc/self/status", "utf8").split("\n").find((l) => l.startsWith(`${field}:`))
  return Number(line?.replace(/\D/g, "") ?? 0) / 1024
}

/** Writing 5 to clear_refs resets VmHWM, so the peak covers the jobs and not the loading. */
function resetPeak(): void {
  writeFileSync("/proc/self/clear_refs", "5")
}

function loadPipeline(): (bytes: Buffer) => Promise<Processed> {
  // The code under test is commerce's TypeScript, loaded as the medusa CLI loads it.
  require("ts-node").register({ project: path.join(commerceDir, "tsconfig.json"), transpileOnly: true })
  require("tsconfig-paths").register({ baseUrl: commerceDir, paths: { "@/*": ["./src/*"] } })
  return (require("@/modules/photo/process-photo") as { processPhoto: (bytes: Buffer) => Promise<Processed> }).processPhoto
}

async function runChild(jobs: number, input: string): Promise<Run> {
  const processPhoto = loadPipeline()
  const sharp = require("sharp") as SharpModule
  await processPhoto(await sharp({ create: { width: 64, height: 48, channels: 3, background: "#6a8" } }).jpeg().toBuffer())
  const bytes = readFileSync(input)
  const baselineMB = procMB("VmRSS")
  resetPeak()
  const started = performance.now()
  const results = await Promise.all(
    Array.from({ length: jobs }, async () => {
      const t = performance.now()
      const photo = await processPhoto(bytes)
      return {
        seconds: (performance.now() - t) / 1000,
        variants: photo.variants.map((v) => ({ format: v.format, width: v.width, height: v.height, bytes: v.content.length })),
        placeholderBytes: photo.placeholder.length,
      }
    })
  )
  const wallSeconds = (performance.now() - started) / 1000
  const peakMB = procMB("VmHWM")
  return { jobs, wallSeconds, jobSeconds: results.map((r) => r.seconds), baselineMB, peakMB, growthMB: peakMB - baselineMB, results }
}

/** Multi-scale noise (shapes, texture, sensor grain): as hard to compress as a real photo. */
async function makeSample(file: string): Promise<number> {
  const sharp = require("sharp") as SharpModule
  const [width, height] = [4000, 3000]
  const raw = { width, height, channels: 3 as const }
  const layer = (w: number, h: number, sigma: number) =>
    sharp({ create: { width: w, height: h, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma } } })
      .resize(width, height, { kernel: "cubic" })
      .raw()
      .toBuffer()
  const [coarse, mid, fine] = await Promise.all([layer(16, 12, 70), layer(200, 150, 40), layer(width, height, 12)])
  const jpeg = await sharp(coarse, { raw })
    .composite([{ input: mid, raw, blend: "overlay" }, { input: fine, raw, blend: "soft-light" }])
    .jpeg({ quality: 88 })
    .withExif({ IFD0: { Make: "BenchCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "22/1 40/1 0/1" } })
    .toBuffer()
  writeFileSync(file, jpeg)
  return jpeg.length
}

function hasTaskset(): boolean {
  return spawnSync("taskset", ["-c", "0", "true"]).status === 0
}

/** One core and one libuv thread for the budget; `serverLike` keeps Node's defaults on all cores. */
function spawnRun(label: string, jobs: number, input: string, pinned: boolean, serverLike = false): Run {
  const self = path.join(import.meta.dirname, "images.ts")
  const node = [process.execPath, self, "--child", String(jobs), "--input", input]
  const [command, ...args] = pinned && !serverLike ? ["taskset", "-c", "0", ...node] : node
  const env = serverLike ? process.env : { ...process.env, UV_THREADPOOL_SIZE: "1" }
  const out = execFileSync(command, args, { env, encoding: "utf8", maxBuffer: 16 * MB })
  return { label, ...(JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as Run) }
}

function verdict(ok: boolean): string {
  return ok ? "ok" : "OVER"
}

function printTable(runs: Run[], inputBytes: number, pinned: boolean): void {
  const single = runs[0]
  const lines = [
    `Input: 4000×3000 JPEG, ${(inputBytes / MB).toFixed(2)} MB; ${pinned ? "pinned to CPU 0 (taskset)" : "NOT pinned (no taskset)"}; MALLOC_ARENA_MAX=${process.env.MALLOC_ARENA_MAX ?? "unset"}`,
    "Growth = peak RSS (VmHWM) minus the RSS of the loaded process (Node, ts-node, Medusa utils, sharp) before the jobs.",
    "",
    "run                          wall s   per job s        baseline MB  peak MB  growth MB  budget",
    ...runs.map((run) =>
      [
        (run.label ?? `${run.jobs} at once`).padEnd(28),
        run.wallSeconds.toFixed(2).padStart(7),
        run.jobSeconds.map((s) => s.toFixed(2)).join(" ").padEnd(17).padStart(20),
        run.baselineMB.toFixed(0).padStart(11),
        run.peakMB.toFixed(0).padStart(8),
        run.growthMB.toFixed(0).padStart(10),
        `  time ${run.jobs === 1 ? verdict(run.wallSeconds <= BUDGET.seconds) : "n/a"}, memory ${verdict(run.growthMB <= BUDGET.megabytes)}`,
      ].join(" ")
    ),
    "",
    "variant            bytes",
    ...single.results[0].variants.map((v) => `${`${v.format} ${v.width}×${v.height}`.padEnd(18)} ${String(v.bytes).padStart(8)}`),
    `${"placeholder URI".padEnd(18)} ${String(single.results[0].placeholderBytes).padStart(8)}`,
  ]
  process.stdout.write(`${lines.join("\n")}\n`)
}

async function main(): Promise<void> {
  if (values.child) {
    process.stdout.write(`${JSON.stringify(await runChild(Number(values.child), values.input ?? ""))}\n`)
    return
  }
  const scratch = mkdtempSync(path.join(os.tmpdir(), "bench-images-"))
  try {
    const input = path.join(scratch, "photo-12mp.jpg")
    const inputBytes = await makeSample(input)
    const pinned = hasTaskset()
    const single = spawnRun("1 photo, one core", 1, input, pinned)
    const quad = spawnRun("4 at once, one core", 4, input, pinned)
    const server = spawnRun("4 at once, all cores, libuv 4", 4, input, pinned, true)
    printTable([single, quad, server], inputBytes, pinned)
    const outDir = path.join(root, ".data/bench")
    mkdirSync(outDir, { recursive: true })
    // `seconds`/`peakMb` are what scripts/bench/main.ts reads into its budget table.
    const summary = (run: Run) => ({ seconds: run.wallSeconds, peakMb: run.growthMB, ...run })
    const report = { date: new Date().toISOString(), budget: BUDGET, pinned, inputBytes, single: summary(single), quad: summary(quad), quadServerLike: summary(server) }
    writeFileSync(path.join(outDir, "images.json"), `${JSON.stringify(report, null, 2)}\n`)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

await main()
