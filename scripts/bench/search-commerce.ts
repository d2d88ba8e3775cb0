import { createRequire } from "node:module"
import path from "node:path"

/**
 * The commerce code the benchmark measures is TypeScript with `@/` imports, loaded the
 * way the medusa CLI loads it (ts-node + tsconfig-paths), so the numbers are for the code
 * that serves buyers, not a copy.
 */
const root = path.resolve(import.meta.dirname, "../..")
const commerceDir = path.join(root, "commerce")
const require = createRequire(path.join(commerceDir, "package.json"))
process.env.CHO_PHIEN_CONTENT_DIR ??= path.join(root, "content")
require("ts-node").register({ project: path.join(commerceDir, "tsconfig.json"), transpileOnly: true })
require("tsconfig-paths").register({ baseUrl: commerceDir, paths: { "@/*": ["./src/*"] } })

type Loaded = {
  VietnameseSearchService: new (deps: { manager: unknown }) => import("./search-types.ts").BenchProvider
  VIETNAMESE_SEARCH_SCHEMA_SQL: string[]
  catalogSearchFields: { toFields(): Record<string, import("./search-types.ts").FieldDefinition> }
  CATALOG_SEARCH_SETTINGS: Record<string, unknown>
  expandSynonyms: (text: string, groups: string[][]) => string[]
  loadSynonyms: () => string[][]
  toCatalogSearch: (input: Record<string, unknown>) => import("./search-types.ts").CatalogSearch
  TYPO_KEYS_TABLE_SQL: string
  LEXICON_SEEN_SQL: string
  typoKeysBackfillSql: (lexicon: string) => string
  rememberWords: (manager: unknown, texts: string[]) => Promise<void>
  wordFacts: (manager: unknown, terms: string[], sizes: { one: number; two: number }, via: "keys" | "scan") => Promise<unknown>
  queryTerms: (q: string) => string[]
}

export function loadCommerce(): Loaded {
  return {
    ...require("@/modules/search-vietnamese/service"),
    ...require("@/modules/search-vietnamese/schema-sql"),
    ...require("@/search/lib/fields"),
    ...require("@/search/lib/settings"),
    ...require("@/search/lib/synonyms"),
    ...require("@/api/store/search/query-config"),
    ...require("@/modules/search-vietnamese/typo-keys"),
    ...require("@/modules/search-vietnamese/lexicon"),
    ...require("@/modules/search-vietnamese/query-terms"),
  } as Loaded
}
