import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCER_MODULE } from "@/modules/producer"
import type ProducerModuleService from "@/modules/producer/service"
import { createHelperTeamsWorkflow } from "@/workflows/producer/create-helper-teams"
import { createProducersWorkflow } from "@/workflows/producer/create-producers"
import type { CatalogProducersData } from "./catalog"

/** Helper teams and households from the catalog; returns producer ids by handle. */
export async function seedProducers(
  container: MedusaContainer,
  catalog: CatalogProducersData
): Promise<Map<string, string>> {
  const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)

  const knownTeams = await service.listHelperTeams({}, { take: null })
  const teamIds = new Map(knownTeams.map((team) => [team.handle, team.id]))
  const newTeams = catalog.helper_teams.filter((team) => !teamIds.has(team.handle))
  if (newTeams.length) {
    const { result } = await createHelperTeamsWorkflow(container).run({ input: { teams: newTeams } })
    result.forEach((team) => teamIds.set(team.handle, team.id))
  }

  const knownProducers = await service.listProducers({}, { take: null })
  const producerIds = new Map(knownProducers.map((producer) => [producer.handle, producer.id]))
  const seededAt = new Date()
  const newProducers = catalog.producers
    .filter((producer) => !producerIds.has(producer.handle))
    .map((producer) => ({
      handle: producer.handle,
      name: producer.name.normalize("NFC"),
      area: producer.area,
      area_name: producer.area_name.normalize("NFC"),
      ethnicity: producer.ethnicity,
      story_vi: producer.story.vi.normalize("NFC"),
      story_en: producer.story.en,
      public_profile_consent: producer.public_profile_consent,
      consent_updated_at: seededAt,
      verification_status: "verified" as const,
      household_status: producer.household_status,
      phone: producer.phone,
      helper_team_id: producer.helper_team ? (teamIds.get(producer.helper_team) ?? null) : null,
    }))
  if (newProducers.length) {
    const { result } = await createProducersWorkflow(container).run({
      input: { producers: newProducers },
    })
    result.forEach((producer) => producerIds.set(producer.handle, producer.id))
  }
  return producerIds
}
