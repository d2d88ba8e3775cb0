import { describe, expect, it } from "vitest"
import {
  addToGallery,
  type DestinationPhoto,
  galleryItems,
  MAX_GALLERY_PHOTOS,
  photoIdFromFiles,
  removeFromGallery,
} from "./destination-photos"

const photo = (id: string): DestinationPhoto => ({ id, width: 10, height: 10, placeholder: "", variants: [], file_ids: [] })

describe("photoIdFromFiles", () => {
  it("takes the random stem of the stored names", () => {
    expect(photoIdFromFiles([`photos/${"a1".repeat(16)}-640.jpg`, "x"])).toBe("a1".repeat(16))
  })
  it("refuses a name it does not recognise", () => {
    expect(() => photoIdFromFiles(["someone.jpg"])).toThrow()
  })
})

describe("gallery", () => {
  it.each([
    ["null", null, 0],
    ["an empty object", {}, 0],
    ["items that are not a list", { items: "x" }, 0],
    ["two items", { items: [photo("a"), photo("b")] }, 2],
  ])("reads %s", (_name, column, length) => {
    expect(galleryItems(column)).toHaveLength(length)
  })

  it("adds at the end and keeps the order", () => {
    expect(addToGallery({ items: [photo("a")] }, photo("b"))?.items.map((p) => p.id)).toEqual(["a", "b"])
  })

  it("refuses a photo past the limit", () => {
    const full = { items: Array.from({ length: MAX_GALLERY_PHOTOS }, (_, i) => photo(String(i))) }
    expect(addToGallery(full, photo("x"))).toBeNull()
  })

  it("removes exactly one photo, and says when it was not there", () => {
    expect(removeFromGallery({ items: [photo("a"), photo("b")] }, "a")?.items.map((p) => p.id)).toEqual(["b"])
    expect(removeFromGallery({ items: [photo("a")] }, "z")).toBeNull()
  })
})
