import { readFileSync } from "node:fs"
import path from "node:path"
import { call } from "./seller-api"

/** The demo tourism-staff login that `npm start` writes beside operator.json. */
export function tourismStaffLogin(): { email: string; password: string } {
  const dataDir = process.env.CHO_PHIEN_DATA_DIR ?? ".data"
  return JSON.parse(readFileSync(path.join(dataDir, "tourism-staff.json"), "utf8")) as { email: string; password: string }
}

export async function tourismStaffToken(): Promise<string> {
  const reply = await call<{ token: string }>("POST", "/auth/user/emailpass", { body: tourismStaffLogin() })
  if (reply.status !== 200) throw new Error(`Tourism staff sign-in answered ${reply.status}`)
  return reply.body.token
}

let counter = 0

/** A destination body with a slug unique to this run. */
export function destinationBody(overrides: Record<string, unknown> = {}) {
  counter += 1
  const slug = `thu-nghiem-${Date.now().toString(36)}-${counter}`
  return {
    slug,
    title: `Điểm thử nghiệm ${counter}`,
    title_en: `Test place ${counter}`,
    summary: "Một nơi để thử trang điểm đến.",
    summary_en: "A place to try the destination page.",
    body: "## Câu chuyện\n\nNước **trong** và mát.",
    area: "trung-khanh",
    latitude: 22.85,
    longitude: 106.72,
    best_season: "Tháng 8 - tháng 10",
    ...overrides,
  }
}
