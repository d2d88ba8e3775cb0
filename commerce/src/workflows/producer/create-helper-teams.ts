import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type CreateHelperTeamInput, createHelperTeamsStep } from "./steps/create-helper-teams"

export type CreateHelperTeamsWorkflowInput = { teams: CreateHelperTeamInput[] }

/** Registers the commune helper teams that act for households. */
export const createHelperTeamsWorkflow = createWorkflow(
  "create-helper-teams",
  (input: CreateHelperTeamsWorkflowInput) => {
    const teams = createHelperTeamsStep(input.teams)
    return new WorkflowResponse(teams)
  }
)
