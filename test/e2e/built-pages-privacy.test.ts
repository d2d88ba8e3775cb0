import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { seed } from "./support/catalog.ts";
import { stack } from "./support/stack.ts";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name));
}

// Words like "poor" and "none" also occur in ordinary text, CSS and SVG (fill="none"), so
// they are only searched for as data values (:"poor", >poor<); the rest anywhere.
const statuses = [...new Set(seed.producers.map((producer) => producer.household_status))];
const forbidden = [
  "household_status",
  ...statuses.filter((status) => status.includes("_")),
  ...statuses.flatMap((status) => [`:"${status}"`, `: "${status}"`, `>${status}<`]),
  ...seed.producers.map((producer) => producer.phone),
];

describe("the built storefront keeps households' private data out", () => {
  it("has been built", () => {
    expect(existsSync(stack.outDir), `no build at ${stack.outDir}`).toBe(true);
  });

  it("renders no household status and no phone number in any page", () => {
    const files = htmlFiles(stack.outDir);
    expect(files.length).toBeGreaterThan(50);
    const leaks = files.flatMap((file) => {
      const html = readFileSync(file, "utf8");
      return forbidden.filter((word) => html.includes(word)).map((word) => `${file}: ${word}`);
    });
    expect(leaks).toEqual([]);
  });
});
