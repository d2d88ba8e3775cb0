import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "@/modules/producer"
import type ProducerModuleService from "@/modules/producer/service"
import { createProducersStep } from "@/workflows/producer/steps/create-producers"

const failAfterCreate = createStep("fail-after-create", async () => {
  throw new Error("the step after the households failed")
})

const createThenFail = createWorkflow("test-create-producers-then-fail", (input: { handle: string }) => {
  const created = createProducersStep([
    { handle: input.handle, name: "Hộ thử", area: "ha-quang", area_name: "Hà Quảng" },
  ])
  failAfterCreate()
  return new WorkflowResponse(created)
})

medusaIntegrationTestRunner({
  cwd: path.resolve(import.meta.dirname, "../../commerce"),
  testSuite: ({ getContainer }) => {
    describe("createProducersStep", () => {
      it("deletes the households it created when a later step fails", async () => {
        const container = getContainer()
        const { errors } = await createThenFail(container).run({
          input: { handle: "ho-thu-rollback" },
          throwOnError: false,
        })
        expect(errors[0]?.error?.message).toBe("the step after the households failed")
        const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
        expect(await service.listProducers({ handle: "ho-thu-rollback" })).toEqual([])
      })
    })
  },
})
