import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { stack } from "./support/stack.ts";

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Problems of one <img> tag: what makes a page jump, or load every photo at once. */
export function imgProblems(tag: string, insidePicture: string | null): string[] {
  const problems: string[] = [];
  if (!/ width="\d+"/.test(tag) || !/ height="\d+"/.test(tag)) problems.push("no width/height (the page jumps when it loads)");
  // Astro writes alt="" as a bare ` alt`, which HTML reads as the same empty text.
  if (!/ alt(="|[\s/>])/.test(tag)) problems.push("no alt");
  if (insidePicture !== null) {
    if (!insidePicture.includes('type="image/avif"') || !insidePicture.includes('type="image/webp"')) problems.push("no AVIF/WebP source");
    if (!/ loading="(lazy|eager)"/.test(tag)) problems.push("loading not stated");
  }
  return problems;
}

describe("the built storefront's fonts and images suit a slow phone", () => {
  it("ships no web font above 30 KB and loads none from elsewhere", () => {
    const fonts = files(stack.outDir, /\.(woff2?|ttf|otf)$/);
    const heavy = fonts.filter((file) => statSync(file).size > 30 * 1024);
    expect(heavy).toEqual([]);
    const remote = files(stack.outDir, /\.css$/).filter((file) => /@font-face[^}]*url\(\s*["']?https?:/.test(readFileSync(file, "utf8")));
    expect(remote).toEqual([]);
  });

  it("sizes every image in every page, and gives photos AVIF and WebP sources", () => {
    const pages = files(stack.outDir, /\.html$/);
    expect(pages.length).toBeGreaterThan(50);
    const problems = pages.flatMap((file) => {
      // Text inside scripts (JSON-LD) and inside attribute values (og:title of a hostile title) is not markup.
      const html = readFileSync(file, "utf8")
        .replace(/<script[\s\S]*?<\/script>/g, "")
        .replace(/="[^"]*"/g, (value) => (/^="[^"]*</.test(value) ? '=""' : value));
      const pictures = [...html.matchAll(/<picture>[\s\S]*?<\/picture>/g)].map((m) => m[0]);
      const inPictures = pictures.flatMap((picture) => [...picture.matchAll(/<img [^>]*>/g)].map((m) => ({ tag: m[0], picture })));
      const loose = [...html.replace(/<picture>[\s\S]*?<\/picture>/g, "").matchAll(/<img [^>]*>/g)].map((m) => ({ tag: m[0], picture: null }));
      return [...inPictures, ...loose].flatMap(({ tag, picture }) => imgProblems(tag, picture).map((p) => `${file}: ${p}: ${tag.slice(0, 120)}`));
    });
    expect(problems).toEqual([]);
  });

  it.each([
    ["an image without size", '<img src="a.jpg" alt="">', null, "no width/height (the page jumps when it loads)"],
    ["an image without alt", '<img src="a.jpg" altitude="2" width="4" height="3">', null, "no alt"],
    ["a photo without AVIF", '<img src="a.jpg" alt="" width="4" height="3" loading="lazy">', '<picture><source type="image/webp" srcset="a.webp"></picture>', "no AVIF/WebP source"],
  ])("would report %s", (_name, tag, picture, problem) => {
    expect(imgProblems(tag, picture)).toContain(problem);
  });

  it("takes Astro's bare alt (an empty alt) as an alt", () => {
    expect(imgProblems('<img src="a.jpg" alt width="4" height="3">', null)).toEqual([]);
  });
});
