/** The slice of the provider and query shapes the benchmark touches. */
export type FieldDefinition = Record<string, unknown>
export type BenchIndex = Record<string, unknown> & { physical_name: string }
export type BenchProvider = {
  upsertIndex(input: { index: BenchIndex }): Promise<unknown>
  upsertDocuments(input: { index: string; definition: BenchIndex; documents: Record<string, unknown>[] }): Promise<unknown>
  search(input: Record<string, unknown>): Promise<{ hits: { document: Record<string, unknown> }[]; metadata: { count: number | null } }>
}
export type CatalogSearch = {
  fields: string[]
  filters: Record<string, unknown>
  pagination: Record<string, unknown>
  search_options: Record<string, unknown>
}
