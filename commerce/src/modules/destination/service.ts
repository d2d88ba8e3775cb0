import { MedusaService } from "@medusajs/framework/utils"
import { Destination } from "./models/destination"

class DestinationModuleService extends MedusaService({ Destination }) {}

export default DestinationModuleService
