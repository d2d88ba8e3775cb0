import { Button, Heading, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { type AdminDestination, type DestinationPhoto, errorText, removePhoto, smallestUrl, uploadPhoto } from "../lib/destinations-api"

type Props = { destination: AdminDestination; onChanged: () => void }

/** Cover and gallery: each upload goes through the photo pipeline (checked, rotated, stripped of GPS, resized). */
export function DestinationPhotos({ destination, onChanged }: Props) {
  const [busy, setBusy] = useState<"cover" | "gallery" | null>(null)

  const upload = async (role: "cover" | "gallery", file: File | undefined) => {
    if (!file) return
    setBusy(role)
    try {
      await uploadPhoto(destination.id, role, file)
      toast.success(role === "cover" ? "Đã đổi ảnh bìa" : "Đã thêm ảnh")
      onChanged()
    } catch (e: unknown) {
      toast.error(errorText(e))
    } finally {
      setBusy(null)
    }
  }

  const remove = async (photo: DestinationPhoto) => {
    try {
      await removePhoto(destination.id, photo.id)
      toast.success("Đã bỏ ảnh")
      onChanged()
    } catch (e: unknown) {
      toast.error(errorText(e))
    }
  }

  const gallery = destination.gallery?.items ?? []
  const cover = smallestUrl(destination.cover)

  return (
    <div className="flex flex-col gap-4">
      <Heading level="h2">Ảnh</Heading>
      <div className="flex flex-wrap items-end gap-4">
        <div className="flex flex-col gap-1">
          <span className="txt-compact-small-plus">Ảnh bìa</span>
          {cover ? (
            <img src={cover} alt="Ảnh bìa hiện tại" data-testid="destination-cover" className="h-28 w-44 rounded object-cover" />
          ) : (
            <Text className="text-ui-fg-subtle">Chưa có ảnh bìa</Text>
          )}
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="destination-cover-file">{busy === "cover" ? "Đang gửi ảnh…" : "Chọn ảnh bìa"}</Label>
          <input
            id="destination-cover-file"
            type="file"
            accept="image/*"
            disabled={busy !== null}
            onChange={(e) => void upload("cover", e.target.files?.[0])}
          />
        </div>
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor="destination-gallery-file">{busy === "gallery" ? "Đang gửi ảnh…" : "Thêm ảnh vào bộ ảnh"}</Label>
        <input
          id="destination-gallery-file"
          type="file"
          accept="image/*"
          disabled={busy !== null}
          onChange={(e) => void upload("gallery", e.target.files?.[0])}
        />
        <ul className="flex flex-wrap gap-3">
          {gallery.map((photo, index) => (
            <li key={photo.id} className="flex flex-col items-start gap-1">
              <img src={smallestUrl(photo) ?? ""} alt={`Ảnh ${index + 1}`} className="h-20 w-32 rounded object-cover" />
              <Button size="small" variant="transparent" onClick={() => void remove(photo)}>
                Bỏ ảnh {index + 1}
              </Button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
