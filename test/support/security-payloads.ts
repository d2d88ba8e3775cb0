/** Classic SQL-injection strings, and the awkward characters that break naive queries. */
export const SQL_INJECTION = [
  "' OR 1=1 --",
  '" OR ""="',
  "') OR ('a'='a",
  "'; DROP TABLE product; --",
  "1; DROP TABLE producer CASCADE; --",
  "' UNION SELECT id, password_hash, null FROM provider_identity --",
  "' UNION SELECT household_status FROM producer --",
  "1' AND pg_sleep(3) --",
  "%27%20OR%201%3D1--",
  "\u2019 OR 1=1 --",
  "\uff07 OR 1=1 --",
  "'||(SELECT current_setting('server_version'))||'",
  "abc\u0000def",
  "\u0000",
  "\ud800",
  "x".repeat(5000),
  "' OR 1=1 --".repeat(400),
] as const

/** Markup that runs script if a page or the admin renders it as HTML instead of text. */
export const XSS = {
  script: `<script>window.__xss=(window.__xss||0)+1</script>`,
  img: `<img src=x onerror="window.__xss=(window.__xss||0)+1">`,
  svg: `<svg onload="window.__xss=(window.__xss||0)+1"></svg>`,
  breakout: `"><img src=x onerror=window.__xss=(window.__xss||0)+1>`,
  singleBreakout: `'><svg/onload=window.__xss=(window.__xss||0)+1>`,
  iframe: `<iframe srcdoc="<script>parent.__xss=(parent.__xss||0)+1</script>"></iframe>`,
  markdownLink: `[bấm vào đây](javascript:window.__xss=(window.__xss||0)+1)`,
  markdownImage: `![ảnh](x" onerror="window.__xss=(window.__xss||0)+1)`,
  markdownHtml: `<details open ontoggle="window.__xss=(window.__xss||0)+1">x</details>`,
  dataUrl: `[tải](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  styleTag: `<style>body{background:url("javascript:window.__xss=1")}</style>`,
  jsonBreak: `</script><script>window.__xss=(window.__xss||0)+1</script>`,
} as const
