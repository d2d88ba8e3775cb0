import { MedusaService } from "@medusajs/framework/utils"
import { HelperTeam } from "./models/helper-team"
import { Producer } from "./models/producer"

class ProducerModuleService extends MedusaService({ Producer, HelperTeam }) {}

export default ProducerModuleService
