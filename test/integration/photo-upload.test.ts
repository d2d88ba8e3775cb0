import { existsSync, readFileSync, rmSync, statSync } from "node:fs"
import path from "node:path"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { PHOTO_MODULE } from "@/modules/photo"
import type PhotoModuleService from "@/modules/photo/service"
import { CAMERA_MAKE, gpsJpeg, splitJpeg } from "@/modules/photo/test-images"
import { uploadPhotoWorkflow } from "@/workflows/photo/upload-photo"
import { createPhotoRecordStep } from "@/workflows/photo/steps/create-photo-record"
import { processPhotoStep } from "@/workflows/photo/steps/process-photo"
import { storePhotoFilesStep } from "@/workflows/photo/steps/store-photo-files"

const commerceDir = path.resolve(import.meta.dirname, "../../commerce")

/** The local File provider writes under commerce/static and serves it at /static. */
function storedPath(url: string): string {
  const key = decodeURIComponent(new URL(url).pathname).replace(/^\/static\//, "")
  return path.join(commerceDir, "static", key)
}

const failAfterRecord = createStep("fail-after-photo-record", async () => {
  throw new Error("the step after the photo failed")
})

const uploadThenFail = createWorkflow("test-upload-photo-then-fail", (input: { bytes: string }) => {
  const processed = processPhotoStep({ bytes: input.bytes })
  const stored = storePhotoFilesStep({ variants: processed.variants })
  const photo = createPhotoRecordStep({
    owner: { type: "product", id: "prod_rollback" },
    width: processed.width,
    height: processed.height,
    placeholder: processed.placeholder,
    variants: stored.variants,
    file_ids: stored.file_ids,
  })
  failAfterRecord()
  return new WorkflowResponse(photo)
})

medusaIntegrationTestRunner({
  cwd: commerceDir,
  testSuite: ({ getContainer }) => {
    const storedUrls: string[] = []

    afterAll(() => {
      // Leave no test photos behind in commerce/static.
      for (const url of storedUrls) rmSync(storedPath(url), { force: true })
    })

    describe("uploadPhotoWorkflow", () => {
      it("stores upright, metadata-free variants through the File Module and records them", async () => {
        const { result } = await uploadPhotoWorkflow(getContainer()).run({
          input: { bytes: await splitJpeg(6), owner: { type: "product", id: "prod_chestnut" } },
        })
        storedUrls.push(...result.variants.map((variant) => variant.url))
        expect(result.id).toMatch(/^pho_/)
        expect(result).toMatchObject({ width: 100, height: 200, owner: { type: "product", id: "prod_chestnut" } })
        expect(result.variants.map((v) => v.format)).toEqual(["avif", "webp", "jpeg"])
        for (const variant of result.variants) {
          expect(path.basename(variant.url)).toMatch(/^\d+-[0-9a-f]{32}-100\.(avif|webp|jpg)$/)
          const stored = await sharp(storedPath(variant.url)).metadata()
          expect([stored.width, stored.height]).toEqual([100, 200])
          expect(statSync(storedPath(variant.url)).size).toBe(variant.bytes)
        }
        const [record] = await getContainer().resolve<PhotoModuleService>(PHOTO_MODULE).listPhotos({ id: result.id })
        expect(record).toMatchObject({ owner_id: "prod_chestnut", placeholder: result.placeholder })
      })

      it("accepts base64 from a JSON body and stores no GPS or camera name in any file", async () => {
        const { result } = await uploadPhotoWorkflow(getContainer()).run({
          input: { bytes: (await gpsJpeg(1700, 1275)).toString("base64"), owner: { type: "product", id: "prod_gps" } },
        })
        storedUrls.push(...result.variants.map((variant) => variant.url))
        expect(result.variants.map((v) => v.width)).toEqual([320, 320, 320, 640, 640, 640, 1024, 1024, 1024, 1600, 1600, 1600])
        for (const variant of result.variants) {
          const stored = await sharp(storedPath(variant.url)).metadata()
          expect([stored.exif, stored.icc, stored.xmp]).toEqual([undefined, undefined, undefined])
          expect(readFileSync(storedPath(variant.url)).includes(CAMERA_MAKE)).toBe(false)
        }
      })

      it("refuses an SVG with INVALID_DATA in Vietnamese and records nothing", async () => {
        const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
        const { errors } = await uploadPhotoWorkflow(getContainer()).run({
          input: { bytes: svg, owner: { type: "product", id: "prod_svg" } },
          throwOnError: false,
        })
        expect(errors[0]?.error).toMatchObject({ type: MedusaError.Types.INVALID_DATA, message: expect.stringMatching(/SVG/) })
        const service = getContainer().resolve<PhotoModuleService>(PHOTO_MODULE)
        expect(await service.listPhotos({ owner_id: "prod_svg" })).toEqual([])
      })

      it("deletes the stored files and the record when a later step fails", async () => {
        const bytes = (await splitJpeg(1)).toString("base64")
        const { errors, result } = await uploadThenFail(getContainer()).run({ input: { bytes }, throwOnError: false })
        expect(errors[0]?.error?.message).toBe("the step after the photo failed")
        const service = getContainer().resolve<PhotoModuleService>(PHOTO_MODULE)
        expect(await service.listPhotos({ owner_id: "prod_rollback" })).toEqual([])
        const urls = (result?.variants ?? []).map((variant) => variant.url)
        expect(urls.length).toBe(3)
        for (const url of urls) expect(existsSync(storedPath(url))).toBe(false)
      })
    })
  },
})
