import { Input, Label, Switch, Textarea } from "@medusajs/ui"
import type { DestinationFields } from "../lib/destinations-api"
import { MarkdownField } from "./markdown-field"

type Props = { fields: DestinationFields; onChange: (fields: DestinationFields) => void }

type TextKey = "slug" | "title" | "title_en" | "area"

const LINES: { key: TextKey; label: string; hint?: string }[] = [
  { key: "title", label: "Tên điểm đến" },
  { key: "title_en", label: "Tên tiếng Anh" },
  { key: "slug", label: "Địa chỉ trang", hint: "chữ thường không dấu, ví dụ thac-ban-gioc" },
  { key: "area", label: "Khu vực", hint: "không dấu, ví dụ trung-khanh" },
]

/** Every field of a destination; the page decides whether saving creates or updates. */
export function DestinationForm({ fields, onChange }: Props) {
  const set = <K extends keyof DestinationFields>(key: K, value: DestinationFields[K]) => onChange({ ...fields, [key]: value })
  const number = (text: string) => (text.trim() === "" ? Number.NaN : Number(text.replace(",", ".")))

  return (
    <div className="flex flex-col gap-4">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        {LINES.map(({ key, label, hint }) => (
          <div key={key} className="flex flex-col gap-1">
            <Label htmlFor={`destination-${key}`}>{label}</Label>
            <Input id={`destination-${key}`} value={fields[key]} onChange={(e) => set(key, e.target.value)} />
            {hint && <span className="txt-compact-small text-ui-fg-subtle">{hint}</span>}
          </div>
        ))}
        <div className="flex flex-col gap-1">
          <Label htmlFor="destination-latitude">Vĩ độ</Label>
          <Input
            id="destination-latitude"
            inputMode="decimal"
            defaultValue={Number.isFinite(fields.latitude) ? String(fields.latitude) : ""}
            onChange={(e) => set("latitude", number(e.target.value))}
          />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="destination-longitude">Kinh độ</Label>
          <Input
            id="destination-longitude"
            inputMode="decimal"
            defaultValue={Number.isFinite(fields.longitude) ? String(fields.longitude) : ""}
            onChange={(e) => set("longitude", number(e.target.value))}
          />
        </div>
        <div className="flex items-center gap-2">
          <Switch
            id="destination-approximate"
            checked={fields.coordinates_approximate}
            onCheckedChange={(checked) => set("coordinates_approximate", checked)}
          />
          <Label htmlFor="destination-approximate">Tọa độ gần đúng</Label>
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="destination-best_season">Mùa đẹp nhất</Label>
          <Input id="destination-best_season" value={fields.best_season ?? ""} onChange={(e) => set("best_season", e.target.value)} />
        </div>
      </div>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor="destination-summary">Tóm tắt (tối đa 300 ký tự)</Label>
          <Textarea id="destination-summary" rows={3} value={fields.summary} onChange={(e) => set("summary", e.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="destination-summary_en">Tóm tắt tiếng Anh</Label>
          <Textarea id="destination-summary_en" rows={3} value={fields.summary_en} onChange={(e) => set("summary_en", e.target.value)} />
        </div>
      </div>
      <MarkdownField id="destination-body" label="Bài viết (Markdown)" value={fields.body} onChange={(v) => set("body", v)} />
      <MarkdownField id="destination-body_en" label="Bài viết tiếng Anh (có thể để trống)" value={fields.body_en ?? ""} onChange={(v) => set("body_en", v)} />
      <MarkdownField
        id="destination-how_to_get_there"
        label="Đường đi"
        rows={5}
        value={fields.how_to_get_there ?? ""}
        onChange={(v) => set("how_to_get_there", v)}
      />
      <MarkdownField
        id="destination-how_to_get_there_en"
        label="Đường đi (tiếng Anh)"
        rows={5}
        value={fields.how_to_get_there_en ?? ""}
        onChange={(v) => set("how_to_get_there_en", v)}
      />
    </div>
  )
}
