import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCER_MODULE } from "@/modules/producer"
import { normalizeVnPhone } from "@/modules/producer/normalize-vn-phone"
import type ProducerModuleService from "@/modules/producer/service"
import { createSellerAccountWorkflow } from "@/workflows/seller/create-seller-account"
import { createSellerMembershipsStep } from "@/workflows/seller/steps/create-seller-memberships"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CatalogProducersData } from "./catalog"

/** One demo password for every seeded seller; the README lists it. Never for production data. */
export const DEMO_SELLER_PASSWORD = "chophien2026"

/** Helper accounts get 0920000001, 0920000002… in the catalog's team order. */
export function helperPhone(teamIndex: number): string {
  return `092${String(teamIndex + 1).padStart(7, "0")}`
}

const addMemberships = createWorkflow(
  "seed-add-seller-memberships",
  (input: { memberships: { seller_id: string; producer_id: string; role: "helper" }[] }) =>
    new WorkflowResponse(createSellerMembershipsStep(input.memberships))
)

/** An owner account per household with a phone, a helper account per team; only what is missing. */
export async function seedSellers(
  container: MedusaContainer,
  catalog: CatalogProducersData,
  producerIds: Map<string, string>
) {
  const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const known = new Set((await service.listSellerAccounts({}, { take: null })).map((a) => a.phone))
  for (const producer of catalog.producers) {
    const phone = producer.phone ? normalizeVnPhone(producer.phone) : null
    const producerId = producerIds.get(producer.handle)
    if (!phone || !producerId || known.has(phone)) {
      continue
    }
    await createSellerAccountWorkflow(container).run({
      input: {
        phone,
        password: DEMO_SELLER_PASSWORD,
        name: producer.name.normalize("NFC"),
        memberships: [{ producer_id: producerId, role: "owner" }],
      },
    })
  }
  await seedHelpers(container, catalog, producerIds)
}

async function seedHelpers(container: MedusaContainer, catalog: CatalogProducersData, producerIds: Map<string, string>) {
  const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const teams = new Map((await service.listHelperTeams({}, { take: null })).map((t) => [t.handle, t.id]))
  for (const [index, team] of catalog.helper_teams.entries()) {
    const phone = helperPhone(index)
    const households = catalog.producers
      .filter((p) => p.helper_team === team.handle)
      .map((p) => producerIds.get(p.handle))
      .filter((id): id is string => Boolean(id))
    const [account] = await service.listSellerAccounts({ phone }, { relations: ["memberships"] })
    if (!account) {
      await createSellerAccountWorkflow(container).run({
        input: {
          phone,
          password: DEMO_SELLER_PASSWORD,
          name: team.name.normalize("NFC"),
          helper_team_id: teams.get(team.handle) ?? null,
          memberships: households.map((producer_id) => ({ producer_id, role: "helper" as const })),
        },
      })
      continue
    }
    // A household that joined the team since the last seed is added to its helper.
    const member = new Set(account.memberships.map((m) => m.producer_id))
    const missing = households.filter((id) => !member.has(id))
    if (missing.length) {
      await addMemberships(container).run({
        input: { memberships: missing.map((producer_id) => ({ seller_id: account.id, producer_id, role: "helper" })) },
      })
    }
  }
}
