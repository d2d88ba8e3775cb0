import { api, ApiError } from "./api.ts";
import { clearErrors, part, setError, t } from "./dom.ts";
import { setToken } from "./session.ts";

const form = part<HTMLFormElement>("sign-in-form");
const toggle = part<HTMLButtonElement>("toggle-password", form);
const password = form.elements.namedItem("password") as HTMLInputElement;

toggle.addEventListener("click", () => {
  const show = password.type === "password";
  password.type = show ? "text" : "password";
  toggle.setAttribute("aria-pressed", String(show));
  toggle.textContent = (show ? toggle.dataset["hide"] : toggle.dataset["show"]) ?? "";
});

/** Wires the sign-in form; `onSignedIn` runs once the token is stored. */
export function initSignIn(onSignedIn: () => void): void {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    const phone = (form.elements.namedItem("phone") as HTMLInputElement).value.trim();
    if (!phone) setError(form, "phone", t.needPhone);
    if (!password.value) setError(form, "password", t.needPassword);
    if (!phone || !password.value) return;
    const button = form.querySelector<HTMLButtonElement>("[type=submit]");
    if (button) {
      button.disabled = true;
      button.textContent = t.signingIn;
    }
    try {
      const { token } = await api.signIn(phone, password.value);
      setToken(token);
      password.value = "";
      onSignedIn();
    } catch (error) {
      const status = error instanceof ApiError ? error.status : -1;
      // The server's own Vietnamese words for rate limits and bad input; a plain line otherwise.
      const message =
        status === 0 ? t.offline : status === 401 ? t.wrongSignIn : error instanceof ApiError && error.message ? error.message : t.serverError;
      setError(form, "password", message);
    } finally {
      if (button) {
        button.disabled = false;
        button.textContent = t.signIn;
      }
    }
  });
}
