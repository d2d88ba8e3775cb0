import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

/** Medusa's own admin sign-in form, at /app/login. */
export class AdminLoginPage {
  constructor(private readonly page: Page) {}

  async open(medusaUrl: string): Promise<void> {
    await this.page.goto(`${medusaUrl}/app/login`);
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.getByPlaceholder("Email").fill(email);
    await this.page.getByPlaceholder("Password").fill(password);
    await this.page.getByRole("button", { name: "Continue with Email" }).click();
  }

  async waitForPath(pattern: RegExp): Promise<string> {
    await this.page.waitForURL(pattern, { timeout: 30_000 });
    return new URL(this.page.url()).pathname;
  }

  /**
   * Signs in with the operator login the stack printed at first start (operator.json), waits
   * for the orders list, and gives back that login.
   */
  async signInAsOperator(medusaUrl: string, dataDir: string): Promise<{ email: string; password: string }> {
    const operator = JSON.parse(readFileSync(join(dataDir, "operator.json"), "utf8")) as { email: string; password: string };
    await this.open(medusaUrl);
    await this.signIn(operator.email, operator.password);
    await this.waitForPath(/\/app\/orders/);
    return operator;
  }
}
