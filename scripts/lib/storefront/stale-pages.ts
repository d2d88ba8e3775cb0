import type { PagesTouched } from "../../../storefront/lib/data/partial-build.ts"
import type { Locale } from "../../../storefront/lib/locale.ts"
import { laterPagesFolder, pagePath } from "../../../storefront/lib/routes.ts"

/**
 * What a partial build takes out of its copy of the live build before laying its own pages
 * over it: the pages of products that are gone or renamed, and the later pages of every
 * category and household it renders again (it renders all the pages they have now, so a
 * listing that shrank leaves no `/trang/7/` behind from when it was longer).
 */
export function pagesToClear(touched: Record<Locale, Pick<PagesTouched, "removedProducts" | "categories" | "producers">>): string[] {
  const paths = (["vi", "en"] as const).flatMap((locale) => [
    ...touched[locale].removedProducts.map((handle) => pagePath("product", locale, handle)),
    ...touched[locale].categories.map((handle) => laterPagesFolder("category", locale, handle)),
    ...touched[locale].producers.map((handle) => laterPagesFolder("producer", locale, handle)),
  ])
  return [...new Set(paths)].sort()
}
