import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { topUpExperienceDates } from "@/workflows/experience/top-up-experience-dates"

/** Every night (00:10 in Vietnam): each experience gains the new last day of its booking horizon. */
export default async function topUpExperienceDatesJob(container: MedusaContainer) {
  const added = await topUpExperienceDates(container)
  if (added) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Experiences: ${added} bookable dates added`)
  }
}

// 17:10 UTC is 00:10 in Vietnam; running hourly instead would also be harmless (it adds only what is missing).
export const config = { name: "top-up-experience-dates", schedule: "10 17 * * *" }
