import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const envSchema = z.object({
  MEDUSA_URL: z.url({ error: "MEDUSA_URL must be a URL such as http://localhost:9000" })
    .default("http://localhost:9000"),
  MEDUSA_PUBLISHABLE_KEY: z.string().trim().min(1).optional(),
});

export interface StorefrontConfig {
  medusaUrl: string;
  publishableKey: string;
}

/**
 * Reads the storefront's settings once at start-up. The key falls back to the file the
 * backend writes on first start, so a fresh `npm start` needs no manual step.
 */
export function loadStorefrontConfig(
  env: NodeJS.ProcessEnv,
  repoRoot: string,
): StorefrontConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Storefront configuration is invalid: ${z.prettifyError(parsed.error)}`);
  }
  const keyFile = join(repoRoot, ".data", "publishable-key");
  const publishableKey = parsed.data.MEDUSA_PUBLISHABLE_KEY
    ?? (existsSync(keyFile) ? readFileSync(keyFile, "utf8").trim() : "");
  if (publishableKey === "") {
    throw new Error(
      `No publishable API key: set MEDUSA_PUBLISHABLE_KEY or start the backend once so it writes ${keyFile}.`,
    );
  }
  return { medusaUrl: parsed.data.MEDUSA_URL.replace(/\/+$/u, ""), publishableKey };
}
