import { chromium, type Browser, type Page } from "playwright-core";
import { stack } from "./stack.ts";

export interface Viewport {
  width: number;
  height: number;
}

export const PHONE: Viewport = { width: 360, height: 640 };
export const DESKTOP: Viewport = { width: 1280, height: 800 };

/** Debian's Chromium, never a downloaded one; flags keep it quiet and offline. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: stack.chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export async function openPage(browser: Browser, viewport: Viewport): Promise<Page> {
  const context = await browser.newContext({ viewport, baseURL: stack.storefrontUrl });
  return context.newPage();
}
