import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadStorefrontConfig } from "./config.ts";

function repoWithKey(key?: string): string {
  const root = mkdtempSync(join(tmpdir(), "cho-phien-config-"));
  if (key !== undefined) {
    mkdirSync(join(root, ".data"));
    writeFileSync(join(root, ".data", "publishable-key"), key);
  }
  return root;
}

describe("loadStorefrontConfig", () => {
  it("defaults to the local backend and reads the key the backend wrote", () => {
    expect(loadStorefrontConfig({}, repoWithKey("pk_file\n"))).toEqual({
      medusaUrl: "http://localhost:9000",
      publishableKey: "pk_file",
    });
  });

  it("prefers the environment over the key file", () => {
    const config = loadStorefrontConfig(
      { MEDUSA_URL: "https://shop.example/", MEDUSA_PUBLISHABLE_KEY: "pk_env" },
      repoWithKey("pk_file"),
    );
    expect(config).toEqual({ medusaUrl: "https://shop.example", publishableKey: "pk_env" });
  });

  it("stops with one sentence naming both ways to give a key", () => {
    expect(() => loadStorefrontConfig({}, repoWithKey())).toThrow(
      /^No publishable API key: set MEDUSA_PUBLISHABLE_KEY or start the backend once/u,
    );
  });

  it("rejects a MEDUSA_URL that is not a URL", () => {
    expect(() => loadStorefrontConfig({ MEDUSA_URL: "localhost" }, repoWithKey("pk"))).toThrow(/MEDUSA_URL/u);
  });
});
