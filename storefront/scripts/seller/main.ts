import { api, ApiError } from "./api.ts";
import { part, showView, t } from "./dom.ts";
import { showEarnings } from "./earnings.ts";
import { openForm } from "./form.ts";
import { showHouseholds } from "./households.ts";
import { showOrders } from "./orders.ts";
import { dropJob, isOffline, pendingJob, sendJob } from "./outbox.ts";
import { showProducts } from "./products.ts";
import { clearSession, getHousehold, getToken, setHousehold } from "./session.ts";
import { initSignIn } from "./sign-in.ts";
import type { Household, Product } from "./types.ts";

let households: Household[] | null = null;
let products: Product[] = [];
const notice = part("notice");

function signOut(message = ""): void {
  clearSession();
  households = null;
  products = [];
  history.replaceState(null, "", location.pathname);
  void route().then(() => (notice.textContent = message));
}

/** Every 401 means the token is gone (expired, password changed, account disabled). */
function handleError(error: unknown): void {
  if (error instanceof ApiError && error.status === 401) signOut(t.signInAgain);
  else notice.textContent = isOffline(error) ? t.offline : error instanceof ApiError && error.message ? error.message : t.serverError;
}

function showChrome(signedIn: boolean): void {
  part("bar").hidden = !signedIn;
  part("tabs").hidden = !signedIn;
}

function updatePending(): void {
  part("pending").hidden = !pendingJob();
}

/** Sends a save that could not reach the server; called on `online` and on demand. */
async function retryPending(): Promise<void> {
  const job = pendingJob();
  if (!job || !getToken()) return;
  try {
    await sendJob(job, () => {});
    if (location.hash === "#hang" || location.hash === "") void route();
  } catch (error) {
    if (!isOffline(error) && !(error instanceof ApiError && error.status === 401)) {
      dropJob();
      handleError(error);
    }
  }
  updatePending();
}

function afterSave(): void {
  updatePending();
  if (location.hash === "#hang") void route();
  else location.hash = "#hang";
}

async function route(): Promise<void> {
  notice.textContent = "";
  updatePending();
  if (!getToken()) {
    showChrome(false);
    showView("sign-in");
    return;
  }
  try {
    households ??= (await api.me()).seller.households;
  } catch (error) {
    handleError(error);
    return;
  }
  showChrome(true);
  const [view = "", arg = ""] = location.hash.slice(1).split("/");
  if (view === "hang" && arg) {
    setHousehold(decodeURIComponent(arg));
    location.replace("#hang");
    return;
  }
  const current = households.find((h) => h.handle === getHousehold()) ?? (households.length === 1 ? households[0] : undefined);
  part("switch").hidden = households.length < 2;
  part("household-name").textContent = current?.name ?? "";
  part("helper-note").hidden = current?.role !== "helper";
  part("verify-note").hidden = current?.verification_status === "verified";
  if (view === "chon-ho" || !current) {
    // No household chosen yet: its tabs and the "change" link would lead nowhere.
    part("tabs").hidden = true;
    part("switch").hidden = true;
    showHouseholds(households);
    return;
  }
  setHousehold(current.handle);
  if (view === "don-hang") await showOrders(current.handle, handleError);
  else if (view === "tien") await showEarnings(current.handle, handleError);
  else if (view === "them") openForm(current.handle, null, afterSave);
  else if (view === "sua") {
    const product = products.find((p) => p.id === arg) ?? (await api.get(current.handle, arg).catch(handleError))?.product;
    if (product) openForm(current.handle, product, afterSave);
  } else products = await showProducts(current.handle, handleError);
}

initSignIn(() => {
  households = null;
  if (location.hash === "#hang") void route();
  else location.hash = "#hang";
  void retryPending();
});
part("sign-out").addEventListener("click", () => signOut());
part("retry").addEventListener("click", () => void retryPending());
window.addEventListener("hashchange", () => void route());
window.addEventListener("online", () => void retryPending());
void route().then(retryPending);
