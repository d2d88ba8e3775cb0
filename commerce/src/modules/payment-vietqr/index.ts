import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { VietQrProviderService } from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [VietQrProviderService] })
