import path from "node:path"
import { fileURLToPath } from "node:url"

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")

/**
 * Where the chaos tests put their servers: ports no other start uses (`npm start` 54329/9000,
 * `npm test` 54339/9100/4421), and a data folder kept between runs so migrations and the seed
 * run only when their sources change. Each can be moved by its CHAOS_* variable.
 */
export function chaosSettings(env: NodeJS.ProcessEnv = process.env) {
  const port = (name: string, fallback: number) => Number(env[name] || fallback)
  return {
    dataDir: path.resolve(repoRoot, env.CHAOS_DATA_DIR || ".data/chaos"),
    /** The scale-out test's own folder (its seed has no cards), beside the chaos one. */
    scaleOutDataDir: path.resolve(env.SCALE_OUT_DATA_DIR || `${path.resolve(repoRoot, env.CHAOS_DATA_DIR || ".data/chaos")}-scale-out`),
    pgPort: port("CHAOS_PG_PORT", 54349),
    medusaPort: port("CHAOS_MEDUSA_PORT", 9110),
    storefrontPort: port("CHAOS_STOREFRONT_PORT", 4431),
    stripeMockPort: port("CHAOS_STRIPE_MOCK_PORT", 12221),
  }
}
