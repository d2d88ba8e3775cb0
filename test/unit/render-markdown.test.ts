import { describe, expect, it } from "vitest"
import { Parser } from "htmlparser2"
import { renderMarkdown, sanitizeFragment } from "@/lib/markdown/render-markdown.ts"

type Found = { tags: string[]; attributes: { tag: string; name: string; value: string }[] }

/** What a browser would build from the HTML: its elements and their attributes. */
function parse(html: string): Found {
  const found: Found = { tags: [], attributes: [] }
  const parser = new Parser({
    onopentag(tag, attributes) {
      found.tags.push(tag)
      for (const [name, value] of Object.entries(attributes)) found.attributes.push({ tag, name, value })
    },
  }, { decodeEntities: true })
  parser.write(html)
  parser.end()
  return found
}

const SCHEME = /^\s*([a-z][a-z0-9+.-]*):/i

const HOSTILE = [
  ["a script element", "Chào <script>alert(1)</script> bạn"],
  ["a script with attributes", '<script src="https://evil.example/x.js"></script>'],
  ["an image with onerror", '<img src="x" onerror="alert(1)">'],
  ["a link with onclick", '<a href="https://example.com" onclick="alert(1)">bấm</a>'],
  ["a Markdown javascript: link", "[bấm vào đây](javascript:alert(1))"],
  ["an HTML javascript: link", '<a href="javascript:alert(1)">x</a>'],
  ["an obfuscated javascript: link", '<a href="jav&#x09;ascript:alert(1)">x</a>'],
  ["an upper-case JAVASCRIPT: link", "[x](JAVASCRIPT:alert(1))"],
  ["a data: URL image", "![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
  ["an iframe", '<iframe src="https://evil.example"></iframe>'],
  ["an svg onload", '<svg onload="alert(1)"><circle r="1"/></svg>'],
  ["a style attribute", '<p style="background:url(javascript:alert(1))">x</p>'],
  ["a form with a javascript action", '<form action="javascript:alert(1)"><button>x</button></form>'],
] as const

function expectInert(html: string) {
    const { tags, attributes } = parse(html)
    expect(tags.filter((tag) => ["script", "iframe", "svg", "form", "style", "object", "embed"].includes(tag))).toEqual([])
    expect(attributes.filter((a) => a.name.startsWith("on") || a.name === "style")).toEqual([])
    const urls = attributes.filter((a) => ["href", "src", "action", "formaction"].includes(a.name))
    for (const url of urls) {
      // Browsers ignore tabs and newlines inside a scheme, so compare without them.
      const scheme = SCHEME.exec(url.value.replace(/[\t\n\r]/g, ""))?.[1]?.toLowerCase()
      expect(scheme === undefined || ["http", "https", "mailto", "tel"].includes(scheme)).toBe(true)
    }
}

describe("renderMarkdown", () => {
  it.each(HOSTILE)("leaves %s inert", (_name, input) => {
    expectInert(renderMarkdown(input))
  })

  // markdown-it already escapes raw HTML; the sanitiser must hold even if that changed.
  it.each(HOSTILE)("sanitises %s given as HTML", (_name, input) => {
    expectInert(sanitizeFragment(input))
  })

  it("drops a script's content with its tags", () => {
    expect(sanitizeFragment("a<script>alert(1)</script>b")).toBe("ab")
  })

  it("shows raw HTML as text instead of running it", () => {
    expect(renderMarkdown("a<script>alert(1)</script>b")).toBe("<p>a&lt;script&gt;alert(1)&lt;/script&gt;b</p>")
  })

  it.each([
    ["a heading becomes h2 (the page title is the h1)", "# Thác Bản Giốc", "<h2>Thác Bản Giốc</h2>"],
    ["a paragraph with emphasis", "Nước **trong** và *mát*", "<p>Nước <strong>trong</strong> và <em>mát</em></p>"],
    ["a list", "- một\n- hai", "<ul>\n<li>một</li>\n<li>hai</li>\n</ul>"],
    [
      "an outside link gets rel",
      "[OSM](https://www.openstreetmap.org/)",
      '<p><a href="https://www.openstreetmap.org/" rel="noopener nofollow">OSM</a></p>',
    ],
    ["a relative link stays as it is", "[Hạt dẻ](/san-pham/hat-de/)", '<p><a href="/san-pham/hat-de/">Hạt dẻ</a></p>'],
    ["a phone link", "[Gọi](tel:0912345678)", '<p><a href="tel:0912345678">Gọi</a></p>'],
  ])("keeps %s", (_name, input, expected) => {
    expect(renderMarkdown(input)).toBe(expected)
  })

  it("turns a javascript: link into plain text", () => {
    expect(renderMarkdown("[bấm vào đây](javascript:alert(1))")).toBe("<p>[bấm vào đây](javascript:alert(1))</p>")
  })

  it("keeps an image with an https address", () => {
    expect(renderMarkdown("![Thác](https://example.com/thac.jpg)")).toBe(
      '<p><img src="https://example.com/thac.jpg" alt="Thác" loading="lazy" decoding="async" /></p>'
    )
  })

  it("normalises Vietnamese text to NFC", () => {
    const decomposed = "Cao Bằng".normalize("NFD")
    expect(renderMarkdown(decomposed)).toBe("<p>Cao Bằng</p>")
  })
})
