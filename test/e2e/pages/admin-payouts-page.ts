import type { Locator, Page } from "playwright-core";

/** Our admin extension at /app/payouts ("Trả tiền cho hộ"): what the market owes each household. */
export class AdminPayoutsPage {
  constructor(private readonly page: Page) {}

  async openFromSidebar(): Promise<void> {
    await this.page.getByRole("link", { name: "Trả tiền cho hộ" }).click();
    await this.page.getByRole("heading", { name: "Trả tiền cho hộ", level: 1 }).waitFor();
  }

  row(householdName: string): Locator {
    return this.page.getByRole("row").filter({ has: this.page.getByRole("cell", { name: householdName, exact: true }) });
  }

  /** Earned, paid and owed as shown in the household's row. */
  async figuresOf(householdName: string): Promise<{ earned: string; paid: string; owed: string }> {
    await this.row(householdName).waitFor();
    const cells = (await this.row(householdName).getByRole("cell").allInnerTexts()).map((text) => text.replace(/\u00a0/g, " ").trim());
    return { earned: cells[1] ?? "", paid: cells[2] ?? "", owed: cells[3] ?? "" };
  }

  /** "Ghi đã trả": keeps the amount the drawer suggests (all that is owed), writes how it was paid, confirms. */
  async recordPayout(householdName: string, reference: string): Promise<string> {
    await this.row(householdName).getByRole("button", { name: `Ghi đã trả cho ${householdName}`, exact: true }).click();
    const drawer = this.page.getByRole("dialog");
    const suggested = await drawer.getByLabel("Số tiền đã trả").inputValue();
    await drawer.getByLabel("Mã giao dịch hoặc cách trả").fill(reference);
    await drawer.getByRole("button", { name: "Ghi đã trả", exact: true }).click();
    await this.page.getByRole("alertdialog").getByRole("button", { name: "Đúng, đã trả" }).click();
    return suggested.replace(/\u00a0/g, " ");
  }

  async waitForOwed(householdName: string, owed: string): Promise<void> {
    await this.row(householdName).getByRole("cell", { name: owed, exact: true }).nth(0).waitFor({ timeout: 15_000 });
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
}
