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
}
