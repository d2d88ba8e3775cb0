import { isAbsolute, resolve } from "node:path";

/** Where the running stack is; the test runner sets these, defaults suit a local `npm start`. */
export const stack = {
  storefrontUrl: process.env.CHO_PHIEN_STOREFRONT_URL ?? "http://localhost:4321",
  medusaUrl: process.env.CHO_PHIEN_MEDUSA_URL ?? "http://localhost:9000",
  dataDir: resolveOutDir(process.env.CHO_PHIEN_DATA_DIR ?? ".data"),
  chromiumPath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  outDir: resolveOutDir(process.env.STOREFRONT_OUT_DIR ?? "dist"),
};

function resolveOutDir(dir: string): string {
  return isAbsolute(dir) ? dir : resolve(process.cwd(), dir);
}
