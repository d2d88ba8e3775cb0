import { describe, expect, it } from "vitest"
import { renderMarkdown } from "./render-markdown"

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

describe("renderMarkdown", () => {
  it.each(HOSTILE)("leaves %s inert", (_name, input) => {
    const html = renderMarkdown(input)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/\son[a-z]+\s*=/i)
    expect(html).not.toMatch(/javascript:/i)
    expect(html).not.toMatch(/data:/i)
    expect(html).not.toMatch(/<(iframe|svg|form|style)/i)
    expect(html).not.toMatch(/style=/i)
  })

  it("drops a script's content, not only its tags", () => {
    expect(renderMarkdown("a<script>alert('xin chào')</script>b")).not.toContain("alert")
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

  it("removes the href of a javascript: link but keeps its text", () => {
    expect(renderMarkdown("[bấm vào đây](javascript:alert(1))")).toBe("<p><a>bấm vào đây</a></p>")
  })

  it("normalises Vietnamese text to NFC", () => {
    const decomposed = "Cao Bằng".normalize("NFD")
    expect(renderMarkdown(decomposed)).toBe("<p>Cao Bằng</p>")
  })
})
