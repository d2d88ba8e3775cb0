import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { StripeVnProviderService } from "./service"

/** Registered as id "stripe": provider `pp_stripe_stripe`, webhooks at /hooks/payment/stripe_stripe. */
export default ModuleProvider(Modules.PAYMENT, { services: [StripeVnProviderService] })
