import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import type { PostgresSearchProviderOptions } from "@medusajs/search-postgres/dist/utils/plan"
import { accentedWords, fold, hasMarks } from "@/search/lib/fold"
import { type FastResult, fastSearch } from "./fast-path"
import { addHighlights } from "./hit-highlights"
import { dropKeysTables, ensureKeysTable, KEYS_VERSION, keysTableName } from "./keys-table"
import { rememberWords, type SqlManager, withoutUnmatchableWords, wordFacts } from "./lexicon"
import { preparedReader } from "./prepared-reader"
import { queryTerms, shorterQueries, type TermGroup, toTsQuery } from "./query-terms"

type Deps = ConstructorParameters<typeof PostgresSearchService>[0]
type Query = SearchTypes.ProviderSearchQuery
type Analysis = { groups: TermGroup[]; mode: "all" | "any"; accented: string[] }
type KeywordInput = Parameters<PostgresSearchService["keywordFragments"]>[0]
type KeywordFragments = ReturnType<PostgresSearchService["keywordFragments"]>
type Catalog = Awaited<ReturnType<PostgresSearchService["retrieve"]>>

/** Index-only copy of a document's accented words, read by the ranking, never returned. */
const ACCENTED_KEY = "__accented"
/** Small next to a title match, enough to put "hạt dẻ" before "hát dê" for an accented query. */
const ACCENT_BONUS = 0.05
/** How much more a word typed in full counts than a prefix of a longer word. */
const EXACT_WEIGHT = 10
/**
 * How long a search trusts the index's catalog row (table, plan, document count) read
 * earlier: it changes only when an index is created or rebuilt, and re-reading it on every
 * search is one more round trip. This process forgets it at once when it changes it.
 */
const CATALOG_TTL_MS = 5_000

/**
 * Medusa's PostgreSQL search provider, taught Vietnamese: documents and queries are folded
 * the same way (tone marks, đ→d, NFC/NFD), typos are corrected against the words the index
 * holds (one from 4 letters, two from 8, per the index settings) so the match stays on
 * the GIN index, a query whose words do not all match drops its last words, an
 * accented query ranks the exactly-accented item first, and hits carry highlights.
 * Queries run on a narrow keys table (see keys-table.ts) so that large match sets stay fast.
 */
export class VietnameseSearchService extends PostgresSearchService {
  static identifier = "search-vietnamese"
  private readonly analyses_ = new WeakMap<Query, Analysis>()
  /** Index tables whose keys table is known to exist in this process. */
  private readonly keyed_ = new Set<string>()
  private readonly catalogs_ = new Map<string, { at: number; catalog: Catalog }>()
  /** The search statements' own connections, with prepared generic plans (see prepared-reader.ts). */
  private readonly reader_: SqlManager

  constructor(deps: Deps, options: PostgresSearchProviderOptions = {}) {
    super(deps, { ...options, engine: "native", language: "vietnamese" })
    this.reader_ = preparedReader(deps.manager as SqlManager, (error) =>
      deps.logger?.warn(`search-vietnamese: a search connection closed (${error.message}); searches go on through a new one`)
    )
  }

  private get sql_(): SqlManager {
    return this.manager_ as SqlManager
  }

  protected buildSearchVectorSql(
    weightedParts: { text: string; weight: "A" | "B" | "C" | "D" }[],
    params: unknown[]
  ): string {
    return super.buildSearchVectorSql(
      weightedParts.map((part) => ({ ...part, text: fold(part.text) })),
      params
    )
  }

  async upsertIndex(input: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    this.catalogs_.delete(input.index.physical_name)
    const task = await super.upsertIndex(input)
    const { table_name } = await this.retrieve(input.index.physical_name)
    await ensureKeysTable(this.sql_, table_name, this.tsConfig_)
    this.keyed_.add(table_name)
    return task
  }

  async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    const { plan } = await this.retrieve(input.index)
    const texts = input.documents.map((document) => searchableText(document, plan.searchable))
    const documents = input.documents.map((document, i) => ({
      ...document,
      [ACCENTED_KEY]: [...new Set(accentedWords(texts[i]))].join(" "),
    }))
    const task = await super.upsertDocuments({ ...input, documents })
    await rememberWords(this.sql_, texts)
    return task
  }

  async deleteIndex(input: { index: string }): Promise<SearchTypes.SearchTask> {
    this.catalogs_.delete(input.index)
    const catalog = await this.retrieve(input.index).catch(() => null)
    const task = await super.deleteIndex(input)
    if (catalog?.table_name) {
      await dropKeysTables(this.sql_, catalog.table_name)
      this.keyed_.delete(catalog.table_name)
    }
    return task
  }

  /** The catalog row, re-read at most every CATALOG_TTL_MS while searching. */
  private async cachedCatalog(name: string): Promise<Catalog> {
    const cached = this.catalogs_.get(name)
    if (cached && Date.now() - cached.at < CATALOG_TTL_MS) return cached.catalog
    const catalog = await this.retrieve(name)
    this.catalogs_.set(name, { at: Date.now(), catalog })
    return catalog
  }

  async search(input: Query): Promise<SearchTypes.SearchResult> {
    const options = input.search_options ?? {}
    const q = input.q?.trim()
    if (options.attributes_to_search_on?.length || options.vector) {
      return await super.search(input)
    }
    const terms = q ? queryTerms(q) : []
    if (!terms.length) {
      const browse: Query = { ...input, q: undefined, search_options: { ...options, highlight: undefined } }
      return (await this.searchAnalysed(browse, undefined)).result
    }
    const groups = await this.termGroups(input, terms)
    const accented = q && hasMarks(q) ? accentedWords(q) : []
    const mode = options.match_strategy === "any" ? "any" : "all"
    const first = await this.searchAnalysed(input, { groups, mode, accented })
    let result = first.result
    // Like Meilisearch dropping words: a buyer who adds a word too many still finds
    // something. Dropping from the end keeps the match narrow, unlike "any word". The
    // keys statement already says how many words to keep; the general path is asked in turn.
    const isEmpty = (r: SearchTypes.SearchResult) => !r.hits.length && !(r.metadata.count ?? 0)
    if (mode === "all" && first.kept !== null && isEmpty(result)) {
      if (first.kept > 0) result = (await this.searchAnalysed(input, { groups: groups.slice(0, first.kept), mode, accented })).result
    } else {
      for (let kept = groups.length - 1; mode === "all" && kept > 0 && isEmpty(result); kept -= 1) {
        result = (await this.searchAnalysed(input, { groups: groups.slice(0, kept), mode, accented })).result
      }
    }
    return options.highlight ? addHighlights(result, groups, options.highlight, input.index) : result
  }

  /** The query's words with their corrections, less the words that can match nothing. */
  private async termGroups(input: Query, terms: string[]): Promise<TermGroup[]> {
    const typo = input.index.settings.typo_tolerance
    const useTypos = input.search_options?.typo_tolerance !== false && (typo?.enabled ?? true)
    const sizes = useTypos ? { one: typo?.min_word_size_for_one_typo ?? 4, two: typo?.min_word_size_for_two_typos ?? 8 } : null
    const { known, corrections } = await wordFacts(this.reader_, terms, sizes)
    const typeahead = input.search_options?.match_strategy === "last"
    const groups = terms.map((term, i) => ({
      term,
      alternatives: corrections.get(term) ?? [],
      // A word the index knows was typed in full ("de" is dẻ, not the start of "đen").
      prefix: typeahead && i === terms.length - 1 && !known.has(term),
    }))
    return withoutUnmatchableWords(groups, known)
  }

  private async searchAnalysed(input: Query, analysis: Analysis | undefined): Promise<FastResult> {
    // Highlighting is done here after the query; the parent rejects it, and its own
    // trigram typo path is replaced by the lexicon corrections above.
    const prepared: Query = {
      ...input,
      search_options: { ...input.search_options, highlight: undefined, typo_tolerance: false },
    }
    if (analysis) this.analyses_.set(prepared, analysis)
    const catalog = await this.cachedCatalog(input.index.physical_name)
    await this.ensureKeyed(catalog.table_name)
    const rankParams: unknown[] = []
    const rankSql = analysis ? this.keywordFragments({ query: prepared, catalog }).rankSql(rankParams) : "0::float4"
    const fast = await fastSearch(this.reader_, {
      query: prepared,
      table: catalog.table_name,
      tsquery: analysis ? toTsQuery(analysis.groups, analysis.mode) : null,
      exactTsquery: analysis?.groups.some((g) => g.prefix) ? toTsQuery(analysis.groups.map((g) => ({ ...g, prefix: false })), analysis.mode) : null,
      rank: { sql: rankSql, params: rankParams },
      finalOrder: this.resolveOrderBy(prepared, catalog.plan, Boolean(analysis)),
      shorter: analysis ? shorterQueries(analysis.groups, analysis.mode) : [],
    })
    return fast ?? { result: await super.search(prepared), kept: null }
  }

  /** An index built before the keys table existed (or with an older one) gets one on its first search. */
  private async ensureKeyed(table: string): Promise<void> {
    if (this.keyed_.has(table)) return
    const [row] = await this.sql_.execute(`SELECT obj_description(to_regclass(?), 'pg_class') AS version`, [`"${keysTableName(table)}"`])
    if (row?.version !== KEYS_VERSION) await ensureKeysTable(this.sql_, table, this.tsConfig_)
    this.keyed_.add(table)
  }

  protected keywordFragments(input: KeywordInput): KeywordFragments {
    const analysis = this.analyses_.get(input.query)
    if (!analysis) {
      return super.keywordFragments(input)
    }
    const tsquery = toTsQuery(analysis.groups, analysis.mode)
    // A tsquery value, not to_tsquery(config, ?): the words are already folded as the
    // configuration folds them (unaccent, then simple, which keeps every word), and under
    // the prepared generic plans searches run, to_tsquery would be parsed again for every
    // ranked row.
    const tsq = (params: unknown[]) => {
      params.push(tsquery)
      return `?::tsquery`
    }
    // A word still being typed matches as a prefix, but the word typed in full ranks
    // first: "che" is tea (chè) before it is the start of "chestnut".
    const exact = analysis.groups.some((group) => group.prefix)
      ? toTsQuery(analysis.groups.map((group) => ({ ...group, prefix: false })), "any")
      : undefined
    const rankSql = (params: unknown[]) => {
      let base = `ts_rank_cd("search_vector", ${tsq(params)})`
      if (exact) {
        params.push(exact)
        base += ` + ${EXACT_WEIGHT} * ts_rank_cd("search_vector", ?::tsquery)`
      }
      const bonuses = analysis.accented.map((word) => {
        params.push(` ${word} `)
        return `(CASE WHEN position(? in (' ' || coalesce("document"->>'${ACCENTED_KEY}', '') || ' ')) > 0 THEN ${ACCENT_BONUS} ELSE 0 END)`
      })
      return [base, ...bonuses].join(" + ")
    }
    const matchSql = (params: unknown[]) => `"search_vector" @@ ${tsq(params)}`
    return { q: input.query.q, needsBm25Limit: false, rankSql, matchSql }
  }
}

/** The searchable text of a flat or nested document, as the index weighs it. */
function searchableText(document: SearchTypes.SearchDocument, paths: string[]): string {
  return paths
    .flatMap((path) => {
      const value = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], document)
      return Array.isArray(value) ? value : [value]
    })
    .filter((value): value is string | number => typeof value === "string" || typeof value === "number")
    .join(" \n ")
}
