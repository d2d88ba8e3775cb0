import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MAX_GALLERY_PHOTOS } from "@/lib/destination/destination-photos"
import { DESTINATION_MODULE } from "@/modules/destination"
import type DestinationModuleService from "@/modules/destination/service"
import { gpsJpeg } from "@/modules/photo/test-images"
import { seedDestinations } from "@/scripts/seed/destinations"
import { addDestinationPhotoWorkflow } from "@/workflows/destination/add-destination-photo"
import { deleteDestinationStep } from "@/workflows/destination/steps/delete-destination"
import { updateDestinationStep } from "@/workflows/destination/steps/update-destination"

const fail = createStep("fail-after-destination-write", async () => {
  throw new Error("the next step failed")
})

const updateThenFail = createWorkflow("test-update-destination-then-fail", (input: { id: string }) => {
  const updated = updateDestinationStep({ id: input.id, changes: { title: "Tên mới", status: "published", best_season: null } })
  fail()
  return new WorkflowResponse(updated)
})

const deleteThenFail = createWorkflow("test-delete-destination-then-fail", (input: { id: string }) => {
  deleteDestinationStep(input.id)
  fail()
  return new WorkflowResponse(input.id)
})

const draft = (slug: string) => ({
  slug,
  title: "Điểm thử",
  title_en: "Test place",
  summary: "Tóm tắt",
  summary_en: "Summary",
  body: "Bài",
  area: "trung-khanh",
  latitude: 22.8,
  longitude: 106.7,
  coordinates_approximate: true,
  best_season: "Tháng 8 - tháng 10",
})

medusaIntegrationTestRunner({
  cwd: path.resolve(import.meta.dirname, "../../commerce"),
  testSuite: ({ getContainer }) => {
    const service = () => getContainer().resolve<DestinationModuleService>(DESTINATION_MODULE)

    describe("seedDestinations", () => {
      it("publishes the content/ pages with their '## Đi lại' section as how to get there", async () => {
        await seedDestinations(getContainer(), path.resolve(import.meta.dirname, "../../content"))
        const [banGioc] = await service().listDestinations({ slug: "ban-gioc-khuoi-ky" })
        expect(banGioc.status).toBe("published")
        expect(banGioc.body).not.toContain("Đi lại")
        expect(banGioc.how_to_get_there).toMatch(/^Từ thành phố Cao Bằng/)
        const [hoaAn] = await service().listDestinations({ slug: "hoa-an-then" })
        expect(hoaAn.how_to_get_there).toBeNull()
      })
    })

    describe("updateDestinationStep", () => {
      it("puts back every field it changed when a later step fails", async () => {
        const [created] = await service().createDestinations([draft("thu-sua-hoan-tac")])
        const { errors } = await updateThenFail(getContainer()).run({ input: { id: created.id }, throwOnError: false })
        expect(errors[0]?.error?.message).toBe("the next step failed")
        const after = await service().retrieveDestination(created.id)
        expect([after.title, after.status, after.best_season]).toEqual(["Điểm thử", "draft", "Tháng 8 - tháng 10"])
      })
    })

    describe("deleteDestinationStep", () => {
      it("restores the destination when a later step fails", async () => {
        const [created] = await service().createDestinations([draft("thu-xoa-hoan-tac")])
        const { errors } = await deleteThenFail(getContainer()).run({ input: { id: created.id }, throwOnError: false })
        expect(errors[0]?.error?.message).toBe("the next step failed")
        expect((await service().listDestinations({ id: created.id })).map((d) => d.slug)).toEqual(["thu-xoa-hoan-tac"])
      })
    })

    describe("addDestinationPhotoWorkflow", () => {
      it("refuses a photo past the gallery's limit and deletes the files it had stored", async () => {
        const photo = { id: "x", width: 1, height: 1, placeholder: "", variants: [], file_ids: [] }
        const items = Array.from({ length: MAX_GALLERY_PHOTOS }, (_, i) => ({ ...photo, id: String(i) }))
        const [created] = await service().createDestinations([{ ...draft("thu-bo-anh-day"), gallery: { items } }])
        const files = getContainer().resolve(Modules.FILE)
        const stored: string[] = []
        const deleted: string[] = []
        const createFiles = files.createFiles.bind(files)
        const deleteFiles = files.deleteFiles.bind(files)
        files.createFiles = (async (data: Parameters<typeof createFiles>[0]) => {
          const result = await createFiles(data)
          stored.push(...(Array.isArray(result) ? result : [result]).map((file) => file.id))
          return result
        }) as typeof files.createFiles
        files.deleteFiles = (async (ids: string | string[]) => {
          deleted.push(...(Array.isArray(ids) ? ids : [ids]))
          return deleteFiles(ids as string[])
        }) as typeof files.deleteFiles
        try {
          const { errors } = await addDestinationPhotoWorkflow(getContainer()).run({
            input: { id: created.id, role: "gallery", bytes: await gpsJpeg(640, 480) },
            throwOnError: false,
          })
          expect(errors[0]?.error?.message).toMatch(/đã có đủ 12 ảnh/)
          expect(stored.length).toBeGreaterThan(0)
          expect(deleted.sort()).toEqual(stored.sort())
          const after = await service().retrieveDestination(created.id)
          expect((after.gallery as { items: unknown[] }).items).toHaveLength(MAX_GALLERY_PHOTOS)
        } finally {
          files.createFiles = createFiles
          files.deleteFiles = deleteFiles
        }
      })
    })
  },
})
