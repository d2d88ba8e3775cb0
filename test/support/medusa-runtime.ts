import { createRequire } from "node:module"
import path from "node:path"

/**
 * Medusa loads medusa-config and custom modules with Node's own `require`, which vitest's
 * transform never sees; registering ts-node and the `@/` alias the way the medusa CLI does
 * lets @medusajs/test-utils boot the app from TypeScript sources inside a test worker.
 */
const commerceDir = path.resolve(import.meta.dirname, "../../commerce")
const require = createRequire(path.join(commerceDir, "package.json"))

require("ts-node").register({ project: path.join(commerceDir, "tsconfig.json"), transpileOnly: true })
require("tsconfig-paths").register({
  baseUrl: commerceDir,
  paths: { "@/*": ["./src/*"] },
})

// Medusa resolves `./src/modules/...` in medusa-config against the working directory.
process.chdir(commerceDir)
