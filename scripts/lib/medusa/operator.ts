import { existsSync } from "node:fs"
import { readFile, writeFile } from "node:fs/promises"
import path from "node:path"
import { z } from "zod"
import { newSecret } from "../secrets.ts"
import { runMedusa, type MedusaContext } from "./cli.ts"

const OperatorSchema = z.object({ email: z.string().email(), password: z.string().min(12) })
export type Operator = z.infer<typeof OperatorSchema>

export const OPERATOR_EMAIL = "operator@cho-phien.local"

/**
 * Creates the platform operator's admin account once per data folder and keeps the login
 * in <data>/operator.json (mode 0600). `created` tells the caller to show it: it is printed
 * only on the run that created it.
 */
export async function ensureOperator(dataDir: string, context: MedusaContext): Promise<{ operator: Operator; created: boolean }> {
  const file = path.join(dataDir, "operator.json")
  if (existsSync(file)) {
    return { operator: OperatorSchema.parse(JSON.parse(await readFile(file, "utf8"))), created: false }
  }
  // 24 characters is plenty and still typeable by a person reading it off the terminal.
  const operator = { email: OPERATOR_EMAIL, password: newSecret().slice(0, 24) }
  await runMedusa("operator account", ["user", "-e", operator.email, "-p", operator.password], context)
  await writeFile(file, `${JSON.stringify(operator, null, 2)}\n`, { mode: 0o600 })
  return { operator, created: true }
}
