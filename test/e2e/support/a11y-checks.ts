import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"];

/** Serious and critical axe violations, one line per rule with the first offending nodes. */
export async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => {
      const nodes = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ");
      return `${v.impact} ${v.id} (${v.nodes.length}×): ${v.help} → ${nodes}`;
    });
}

/**
 * Interactive elements smaller than 44×44 CSS px. The rule (WCAG 2.5.5 at 44 px, with
 * 2.5.8's inline exception): a visible link, button, field or control must have a box of at
 * least 44×44, except a link laid out inline (display: inline) inside a block that has other
 * text, i.e. a link in a sentence, whose size is set by the line of text around it. A checkbox
 * or radio inside a <label> is measured by its label, which is what a finger actually taps.
 * Elements drawn out of sight (sr-only, hidden, zero size) are skipped.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex="0"]';
    const describe = (el: Element): string => {
      const text = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 30);
      const id = el.id ? `#${el.id}` : "";
      return `<${el.tagName.toLowerCase()}${id}> "${text}"`;
    };
    const problems: string[] = [];
    for (const el of Array.from(document.querySelectorAll(selector))) {
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.display === "none") continue;
      const input = el as HTMLInputElement;
      const wrapped = (input.type === "checkbox" || input.type === "radio") && el.closest("label");
      const box = (wrapped || el).getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue; // sr-only or not drawn
      if (box.width >= 44 && box.height >= 44) continue;
      if (el.tagName === "A" && style.display === "inline") {
        const block = el.parentElement;
        const own = (el.textContent ?? "").trim().length;
        if (block && (block.textContent ?? "").trim().length > own) continue; // inline in a sentence
      }
      problems.push(`${describe(el)} ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return problems;
  });
}

/** How many CSS px the page is wider than the viewport (0 when nothing scrolls sideways). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Elements sticking out past the right edge, to name the culprit when the page scrolls sideways. */
export function widestElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    return Array.from(document.body.querySelectorAll("*"))
      .filter((el) => el.getBoundingClientRect().right > limit + 1)
      .filter((el) => !Array.from(el.children).some((c) => c.getBoundingClientRect().right > limit + 1))
      .slice(0, 5)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}"> right=${Math.round(el.getBoundingClientRect().right)}`);
  });
}

export interface FocusStop {
  presses: number;
  /** Outline or box-shadow drawn while the element has :focus-visible; empty when none. */
  indicator: string;
}

/**
 * Tabs until `selector` has focus; null when it is never reached. Call it on a freshly loaded
 * page: Chromium starts sequential focus from the last focused element, not from the top.
 */
export async function tabTo(page: Page, selector: string, maxPresses = 60): Promise<FocusStop | null> {
  for (let presses = 1; presses <= maxPresses; presses += 1) {
    await page.keyboard.press("Tab");
    const indicator = await page.evaluate((target) => {
      const el = document.activeElement;
      if (!el || !el.matches(target) || !el.matches(":focus-visible")) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      if (outline) return `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
      return style.boxShadow !== "none" ? `box-shadow ${style.boxShadow}` : "";
    }, selector);
    if (indicator !== null) return { presses, indicator };
  }
  return null;
}

/**
 * Cumulative layout shift so far, from the buffered layout-shift entries (not in the DOM
 * typings, hence the narrow local shape). Shifts right after input are the user's doing.
 */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
        // Buffered entries arrive in the first callback; one frame later the sum is complete.
        requestAnimationFrame(() => setTimeout(() => done(total), 50));
      }),
  );
}
