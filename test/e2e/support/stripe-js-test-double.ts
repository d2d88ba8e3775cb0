/**
 * stripe-js-test-double: stands in for Stripe.js (https://js.stripe.com/v3/), which cannot be
 * downloaded here. It is NOT Stripe: its card field is a plain input, and confirmCardPayment
 * always reports success without calling anyone. It records what the page asked it to
 * confirm on `window.__stripeJsTestDouble`, so the test can send the webhook Stripe would.
 * The payment intent itself is real: Medusa created it on stripe-mock.
 */
export const STRIPE_JS_URL = "https://js.stripe.com/v3/";

export const STRIPE_JS_TEST_DOUBLE = `
(() => {
  window.__stripeJsTestDouble = { publishableKey: null, confirmed: [] };
  window.Stripe = function (publishableKey) {
    window.__stripeJsTestDouble.publishableKey = publishableKey;
    return {
      elements() {
        return {
          create() {
            return {
              mount(target) {
                const input = document.createElement("input");
                input.setAttribute("aria-label", "Số thẻ (stripe-js-test-double)");
                input.autocomplete = "cc-number";
                input.style.width = "100%";
                target.append(input);
              },
            };
          },
        };
      },
      confirmCardPayment(clientSecret, data) {
        window.__stripeJsTestDouble.confirmed.push({ clientSecret, billing: data && data.payment_method && data.payment_method.billing_details });
        const id = String(clientSecret).split("_secret_")[0];
        return Promise.resolve({ paymentIntent: { id, status: "succeeded" } });
      },
    };
  };
})();
`;
