// The token lives in localStorage so a seller on a flaky phone stays signed in across
// reloads and lost connections. The trade-off: any script running on this origin could
// read it (XSS). The storefront loads no third-party script and inserts API text with
// textContent only, which keeps that door shut; a cookie would need CSRF defences and a
// same-site API, which the static storefront on its own origin does not have.
const TOKEN_KEY = "chophien.seller.token";
const HOUSEHOLD_KEY = "chophien.seller.household";

export function getToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export function setToken(token: string): void {
  localStorage.setItem(TOKEN_KEY, token);
}

export function getHousehold(): string | null {
  return localStorage.getItem(HOUSEHOLD_KEY);
}

export function setHousehold(handle: string): void {
  localStorage.setItem(HOUSEHOLD_KEY, handle);
}

/** Forgets the session; drafts stay, so nothing typed offline is lost by signing out. */
export function clearSession(): void {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(HOUSEHOLD_KEY);
}
