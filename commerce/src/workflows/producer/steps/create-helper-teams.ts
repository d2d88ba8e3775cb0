import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "@/modules/producer"
import type ProducerModuleService from "@/modules/producer/service"

export type CreateHelperTeamInput = { handle: string; name: string; area: string }

export const createHelperTeamsStepId = "create-helper-teams"

/** Creates helper teams; compensation deletes exactly the teams it created. */
export const createHelperTeamsStep = createStep(
  createHelperTeamsStepId,
  async (input: CreateHelperTeamInput[], { container }) => {
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const teams = await service.createHelperTeams(input)
    return new StepResponse(
      teams,
      teams.map((team) => team.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await service.deleteHelperTeams(createdIds)
  }
)
