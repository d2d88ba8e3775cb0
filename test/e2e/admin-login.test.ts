import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { AdminLoginPage } from "./pages/admin-login-page.ts";
import { DESKTOP, launchChromium, openPage } from "./support/browser.ts";
import { stack } from "./support/stack.ts";

type Operator = { email: string; password: string };

/**
 * Guards the session cookie: served over plain http, a Secure cookie is dropped by the
 * browser and the operator is sent back to the login form however right the password is.
 */
describe("the operator signs in to the admin over http://localhost", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("reaches the orders list with the login printed at first start", async () => {
    const operator = JSON.parse(readFileSync(join(stack.dataDir, "operator.json"), "utf8")) as Operator;
    const login = new AdminLoginPage(await openPage(browser, DESKTOP));
    await login.open(stack.medusaUrl);
    await login.signIn(operator.email, operator.password);
    expect(await login.waitForPath(/\/app\/orders/)).toBe("/app/orders");
  });

  it("stays on the login form with a wrong password", async () => {
    const login = new AdminLoginPage(await openPage(browser, DESKTOP));
    await login.open(stack.medusaUrl);
    await login.signIn("operator@cho-phien.local", "not-the-password");
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await login.waitForPath(/\/app\/login/)).toBe("/app/login");
  });
});
