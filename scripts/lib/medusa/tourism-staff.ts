import { existsSync } from "node:fs"
import { readFile, writeFile } from "node:fs/promises"
import path from "node:path"
import { z } from "zod"
import { newSecret } from "../secrets.ts"
import { runMedusa, type MedusaContext } from "./cli.ts"

const StaffSchema = z.object({ email: z.string().email(), password: z.string().min(12) })
export type TourismStaff = z.infer<typeof StaffSchema>

export const TOURISM_STAFF_EMAIL = "du-lich@cho-phien.local"

/**
 * Creates the demo tourism-staff account once per data folder (an admin user whose
 * metadata limits it to destination pages) and keeps its login in <data>/tourism-staff.json.
 */
export async function ensureTourismStaff(dataDir: string, context: MedusaContext): Promise<TourismStaff> {
  const file = path.join(dataDir, "tourism-staff.json")
  if (existsSync(file)) {
    return StaffSchema.parse(JSON.parse(await readFile(file, "utf8")))
  }
  const staff = { email: TOURISM_STAFF_EMAIL, password: newSecret().slice(0, 24) }
  await runMedusa("tourism staff account", ["user", "-e", staff.email, "-p", staff.password], context)
  await runMedusa("tourism staff role", ["exec", "./src/scripts/mark-tourism-staff.ts", staff.email], context)
  // Written last: a start that failed half-way tries again instead of keeping an unflagged admin.
  await writeFile(file, `${JSON.stringify(staff, null, 2)}\n`, { mode: 0o600 })
  return staff
}
