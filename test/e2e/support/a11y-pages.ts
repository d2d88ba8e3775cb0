/** One storefront page type in one language, as the accessibility journey visits it. */
export interface A11yPage {
  name: string;
  path: string;
  lang: "vi" | "en";
  /** A selector to wait for when the page draws its content in the browser (search, seller). */
  ready?: string;
  /** Selectors for the page's main actions; each must be reached by Tab from the top. */
  keyTargets: string[];
}

// The language switch is the one link that carries hreflang to the other language.
const switchTo = (lang: "vi" | "en"): string => `header a[hreflang="${lang}"]`;

export const A11Y_PAGES: A11yPage[] = [
  { name: "home vi", path: "/", lang: "vi", keyTargets: [switchTo("en"), 'main a[href^="/san-pham/"]'] },
  { name: "home en", path: "/en/", lang: "en", keyTargets: [switchTo("vi"), 'main a[href^="/en/products/"]'] },
  {
    name: "category vi",
    path: "/danh-muc/nong-san/",
    lang: "vi",
    keyTargets: [switchTo("en"), 'main a[href^="/san-pham/"]'],
  },
  {
    name: "category en",
    path: "/en/categories/nong-san/",
    lang: "en",
    keyTargets: [switchTo("vi"), 'main a[href^="/en/products/"]'],
  },
  {
    name: "product vi",
    path: "/san-pham/hat-de-trung-khanh/",
    lang: "vi",
    keyTargets: [switchTo("en"), 'main a[href="/nguoi-ban/ho-nong-thi-hoa/"]'],
  },
  {
    name: "product en",
    path: "/en/products/hat-de-trung-khanh/",
    lang: "en",
    keyTargets: [switchTo("vi"), 'main a[href="/en/producers/ho-nong-thi-hoa/"]'],
  },
  {
    name: "producer vi",
    path: "/nguoi-ban/ho-nong-thi-hoa/",
    lang: "vi",
    keyTargets: [switchTo("en"), 'main a[href^="/san-pham/"]'],
  },
  {
    name: "producer en",
    path: "/en/producers/ho-nong-thi-hoa/",
    lang: "en",
    keyTargets: [switchTo("vi"), 'main a[href^="/en/products/"]'],
  },
  { name: "destinations vi", path: "/diem-den/", lang: "vi", keyTargets: [switchTo("en"), 'main a[href="/diem-den/pac-bo/"]'] },
  {
    name: "destinations en",
    path: "/en/destinations/",
    lang: "en",
    keyTargets: [switchTo("vi"), 'main a[href="/en/destinations/pac-bo/"]'],
  },
  { name: "destination vi", path: "/diem-den/pac-bo/", lang: "vi", keyTargets: [switchTo("en")] },
  { name: "destination en", path: "/en/destinations/pac-bo/", lang: "en", keyTargets: [switchTo("vi")] },
  {
    name: "search vi",
    path: "/tim-kiem/?q=hat+de",
    lang: "vi",
    ready: 'main a[href^="/san-pham/"]',
    keyTargets: ['header input[role="combobox"]', 'main a[href^="/san-pham/"]'],
  },
  {
    name: "search en",
    path: "/en/search/?q=chestnut",
    lang: "en",
    ready: 'main a[href^="/en/products/"]',
    keyTargets: ['header input[role="combobox"]', 'main a[href^="/en/products/"]'],
  },
  {
    name: "seller vi",
    path: "/ban-hang/",
    lang: "vi",
    ready: "#seller-phone",
    keyTargets: ["#seller-phone", 'main form button[type="submit"]'],
  },
  {
    name: "seller en",
    path: "/en/sell/",
    lang: "en",
    ready: "#seller-phone",
    keyTargets: ["#seller-phone", 'main form button[type="submit"]'],
  },
  // The buyer's pages as a first visit sees them: an empty cart, and the lookup form.
  { name: "cart vi", path: "/gio-hang/", lang: "vi", ready: 'main a[href="/"]', keyTargets: [switchTo("en"), 'main a[href="/"]'] },
  { name: "cart en", path: "/en/cart/", lang: "en", ready: 'main a[href="/en/"]', keyTargets: [switchTo("vi"), 'main a[href="/en/"]'] },
  { name: "checkout vi", path: "/thanh-toan/", lang: "vi", ready: 'main a[href="/"]', keyTargets: ['main a[href="/"]'] },
  { name: "checkout en", path: "/en/checkout/", lang: "en", ready: 'main a[href="/en/"]', keyTargets: ['main a[href="/en/"]'] },
  {
    name: "order lookup vi",
    path: "/don-hang/",
    lang: "vi",
    keyTargets: ["#lookup-number", 'main form button[type="submit"]'],
  },
  {
    name: "order lookup en",
    path: "/en/orders/",
    lang: "en",
    keyTargets: ["#lookup-number", 'main form button[type="submit"]'],
  },
  { name: "404", path: "/khong-co-trang-nay/", lang: "vi", keyTargets: ['main a[href="/"]', 'main a[href="/en/"]'] },
];
