import type { Page } from "playwright-core"

export type XssFinding = { flag: unknown; live: string[]; dialogs: string[] }

/**
 * Everything on the page that would run an injected payload: the window flag the payloads
 * set, event-handler attributes or script bodies carrying it, script URLs in links and
 * sources, and framed documents. Text that merely shows the payload is fine.
 */
export async function inspectPage(page: Page, dialogs: string[]): Promise<XssFinding> {
  const found = await page.evaluate(() => {
    const live: string[] = []
    for (const element of Array.from(document.querySelectorAll("*"))) {
      const tag = element.tagName.toLowerCase()
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase()
        const value = attribute.value
        if (name.startsWith("on") && /__xss|alert/.test(value)) live.push(`<${tag} ${name}="${value.slice(0, 60)}">`)
        if (/^(href|src|action|formaction|xlink:href|data)$/.test(name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(value)) {
          live.push(`<${tag} ${name}="${value.slice(0, 60)}">`)
        }
        if (name === "srcdoc") live.push(`<${tag} srcdoc>`)
      }
      if (tag === "script" && /__xss|alert\(/.test(element.textContent ?? "")) {
        const type = element.getAttribute("type") ?? ""
        // JSON-LD holding the text is data, as long as it did not break out into a script.
        if (!/ld\+json|application\/json/.test(type)) live.push(`<script>${(element.textContent ?? "").slice(0, 60)}`)
      }
    }
    return { flag: (window as unknown as { __xss?: unknown }).__xss, live }
  })
  return { ...found, dialogs: [...dialogs] }
}

/** Opens `url` in a fresh page that records every dialog, waits for islands, and inspects it. */
export async function openAndInspect(newPage: () => Promise<Page>, url: string, settle?: (page: Page) => Promise<void>): Promise<XssFinding> {
  const page = await newPage()
  const dialogs: string[] = []
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.goto(url, { waitUntil: "load" })
  await settle?.(page)
  // Hover and focus handlers are a common payload; give them their chance too.
  await page.mouse.move(200, 200)
  await page.keyboard.press("Tab")
  await page.waitForTimeout(300)
  const finding = await inspectPage(page, dialogs)
  await page.close()
  return finding
}
