import { Badge, Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { Link, useNavigate, useParams } from "react-router-dom"
import { DestinationForm } from "../../../components/destination-form"
import { DestinationPhotos } from "../../../components/destination-photos"
import { DestinationProducts } from "../../../components/destination-products"
import {
  type AdminDestination,
  createDestination,
  type DestinationFields,
  deleteDestination,
  errorText,
  getDestination,
  setPublished,
  STATUS_LABELS,
  updateDestination,
} from "../../../lib/destinations-api"

const EMPTY: DestinationFields = {
  slug: "",
  title: "",
  title_en: "",
  summary: "",
  summary_en: "",
  body: "",
  body_en: null,
  how_to_get_there: null,
  how_to_get_there_en: null,
  area: "",
  latitude: Number.NaN,
  longitude: Number.NaN,
  coordinates_approximate: true,
  best_season: null,
}

const fieldsOf = (destination: AdminDestination): DestinationFields => {
  const fields = { ...EMPTY }
  for (const key of Object.keys(EMPTY) as (keyof DestinationFields)[]) {
    ;(fields as Record<string, unknown>)[key] = destination[key]
  }
  return fields
}

/** Writes one destination page: text with preview, photos, linked products, publish and delete. */
const DestinationEditorPage = () => {
  const { id = "new" } = useParams()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const isNew = id === "new"
  const [destination, setDestination] = useState<AdminDestination | null>(null)
  const [fields, setFields] = useState<DestinationFields>(EMPTY)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const load = useCallback(async () => {
    if (isNew) return
    try {
      const reply = await getDestination(id)
      setDestination(reply.destination)
      setFields(fieldsOf(reply.destination))
      setError(null)
    } catch (e: unknown) {
      setError(errorText(e))
    }
  }, [id, isNew])

  useEffect(() => {
    void load()
  }, [load])

  const save = async () => {
    setSaving(true)
    try {
      if (isNew) {
        const reply = await createDestination(fields)
        toast.success("Đã lưu bản nháp. Bây giờ có thể thêm ảnh và gắn sản phẩm.")
        navigate(`/destinations/${reply.destination.id}`)
      } else {
        await updateDestination(id, fields)
        toast.success("Đã lưu")
        await load()
      }
    } catch (e: unknown) {
      toast.error(errorText(e))
    } finally {
      setSaving(false)
    }
  }

  const publish = async (published: boolean) => {
    if (!destination) return
    const confirmed = await prompt({
      title: published ? `Đăng "${destination.title}"?` : `Gỡ "${destination.title}" xuống?`,
      description: published
        ? "Trang sẽ hiện công khai trên chợ trong khoảng một phút."
        : "Khách sẽ không xem được trang này nữa. Bài viết vẫn được giữ làm bản nháp.",
      confirmText: published ? "Đăng" : "Gỡ xuống",
      cancelText: "Hủy",
    })
    if (!confirmed) return
    try {
      await setPublished(destination.id, published)
      toast.success(published ? "Đã đăng" : "Đã gỡ xuống")
      await load()
    } catch (e: unknown) {
      toast.error(errorText(e))
    }
  }

  const remove = async () => {
    if (!destination) return
    const confirmed = await prompt({
      title: `Xóa "${destination.title}"?`,
      description: "Trang và các liên kết tới sản phẩm sẽ bị xóa. Không lấy lại được.",
      confirmText: "Xóa",
      cancelText: "Hủy",
    })
    if (!confirmed) return
    try {
      await deleteDestination(destination.id)
      toast.success("Đã xóa")
      navigate("/destinations")
    } catch (e: unknown) {
      toast.error(errorText(e))
    }
  }

  if (error) {
    return (
      <Container>
        <Text className="text-ui-fg-error">{error}</Text>
        <Link to="/destinations" className="underline">Về danh sách điểm đến</Link>
      </Container>
    )
  }
  if (!isNew && !destination) return <Container><Text>Đang tải…</Text></Container>

  return (
    <div className="flex flex-col gap-3">
      <Container className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-3">
          <Link to="/destinations" className="underline">← Điểm đến</Link>
          <Heading level="h1">{isNew ? "Điểm đến mới" : destination?.title}</Heading>
          {destination && (
            <Badge size="2xsmall" color={destination.status === "published" ? "green" : "grey"}>
              {STATUS_LABELS[destination.status]}
            </Badge>
          )}
        </div>
        <div className="flex gap-2">
          <Button size="small" isLoading={saving} onClick={() => void save()}>
            {isNew ? "Lưu bản nháp" : "Lưu"}
          </Button>
          {destination?.status === "draft" && (
            <Button size="small" variant="secondary" onClick={() => void publish(true)}>Đăng</Button>
          )}
          {destination?.status === "published" && (
            <Button size="small" variant="secondary" onClick={() => void publish(false)}>Gỡ xuống</Button>
          )}
          {destination && (
            <Button size="small" variant="danger" onClick={() => void remove()}>Xóa</Button>
          )}
        </div>
      </Container>
      <Container>
        <DestinationForm fields={fields} onChange={setFields} />
      </Container>
      {destination && (
        <>
          <Container>
            <DestinationPhotos destination={destination} onChanged={() => void load()} />
          </Container>
          <Container>
            <DestinationProducts destination={destination} onChanged={() => void load()} />
          </Container>
        </>
      )}
    </div>
  )
}

export default DestinationEditorPage
