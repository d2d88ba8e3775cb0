import MarkdownIt from "markdown-it"
import sanitizeHtml from "sanitize-html"

/**
 * What a destination body may contain once rendered: text structure, links and images,
 * nothing that runs. Attributes are listed per tag, so every `on*=` handler and `style`
 * is dropped; URLs must be http(s), mailto or tel (relative paths too), so `javascript:`
 * and `data:` links lose their href.
 */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2", "h3", "h4", "p", "br", "hr", "blockquote", "ul", "ol", "li", "strong", "em", "del",
    "code", "pre", "a", "img", "table", "thead", "tbody", "tr", "th", "td",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title", "width", "height", "loading", "decoding"],
    th: ["align"],
    td: ["align"],
    ol: ["start"],
  },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  // The page title is the only h1; a body heading "# …" becomes h2.
  transformTags: {
    h1: "h2",
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:/i.test(attribs.href ?? "") ? { ...attribs, rel: "noopener nofollow" } : attribs,
    }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: "lazy", decoding: "async" } }),
  },
  // A <script> or <style> disappears with its content, not only its tags.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object"],
  disallowedTagsMode: "discard",
}

// Two layers: markdown-it with `html: false` prints raw HTML as text (and refuses
// javascript:/vbscript:/data: link targets); sanitize-html then drops anything not allowed
// above, so a future option or plugin cannot let markup through on its own.
const parser = new MarkdownIt({ html: false, linkify: false, typographer: false })

/**
 * Turns Markdown written by staff into HTML that is safe to put in a page as it is:
 * no script, no event handler, no `javascript:` URL survives. The storefront and the
 * admin preview both call this, so what staff see is what visitors get.
 */
export function renderMarkdown(markdown: string): string {
  return sanitizeFragment(parser.render(markdown.normalize("NFC")))
}

/** The second layer on its own: keeps only the allowed tags, attributes and URL schemes. */
export function sanitizeFragment(html: string): string {
  return sanitizeHtml(html, SANITIZE).trim()
}
