/**
 * The little of Stripe.js the checkout uses, loaded from a URL set at build time only when
 * the buyer picks a card, so other buyers download none of it.
 */
interface StripeCardElement {
  mount(target: HTMLElement): void;
}

interface StripeJs {
  elements(): { create(type: "card", options?: object): StripeCardElement };
  confirmCardPayment(
    clientSecret: string,
    data: { payment_method: { card: StripeCardElement; billing_details?: object } },
  ): Promise<{ error?: { message?: string }; paymentIntent?: { id: string; status: string } }>;
}

declare global {
  interface Window {
    Stripe?: (publishableKey: string) => StripeJs;
  }
}

export interface CardForm {
  /** Confirms the payment intent with the card typed into the mounted element. */
  pay(clientSecret: string, billing: { name: string; phone: string; email?: string }): Promise<{ error?: string }>;
}

let loading: Promise<void> | null = null;

function loadScript(url: string): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement("script");
    script.src = url;
    script.onload = () => resolve();
    script.onerror = () => {
      loading = null;
      script.remove();
      reject(new Error(`Stripe.js did not load from ${url}`));
    };
    document.head.append(script);
  });
  return loading;
}

export async function mountCard(url: string, publishableKey: string, target: HTMLElement): Promise<CardForm> {
  await loadScript(url);
  if (!window.Stripe) throw new Error("Stripe.js loaded but defined no Stripe()");
  const stripe = window.Stripe(publishableKey);
  const card = stripe.elements().create("card", { hidePostalCode: true, style: { base: { fontSize: "18px" } } });
  card.mount(target);
  return {
    async pay(clientSecret, billing) {
      const result = await stripe.confirmCardPayment(clientSecret, { payment_method: { card, billing_details: billing } });
      return result.error ? { error: result.error.message ?? "" } : {};
    },
  };
}
