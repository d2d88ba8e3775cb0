import { encode } from "uqr";

const SVG = "http://www.w3.org/2000/svg";

/** One SVG path for the dark modules of a QR code: a unit square per module, row by row. */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  let d = "";
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return d;
}

/**
 * Draws `payload` as a QR code that scales with its box. Built as DOM nodes, never as HTML
 * text, so nothing the server sends is parsed as markup. Error correction M, as banks' apps print.
 */
export function qrSvg(payload: string, label: string): SVGSVGElement {
  const { data, size } = encode(payload, { ecc: "M", border: 4 });
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  svg.setAttribute("shape-rendering", "crispEdges");
  const background = document.createElementNS(SVG, "rect");
  background.setAttribute("width", String(size));
  background.setAttribute("height", String(size));
  background.setAttribute("fill", "#fff");
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", qrPath(data));
  path.setAttribute("fill", "#000");
  svg.append(background, path);
  return svg;
}
