import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { ZoneWeightFulfillmentService } from "./service"

export default ModuleProvider(Modules.FULFILLMENT, { services: [ZoneWeightFulfillmentService] })
