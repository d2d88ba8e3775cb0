import { MedusaService } from "@medusajs/framework/utils"
import { HelperTeam } from "./models/helper-team"
import { Producer } from "./models/producer"
import { SellerAccount } from "./models/seller-account"
import { SellerAction } from "./models/seller-action"
import { SellerMembership } from "./models/seller-membership"
import { StatusRead } from "./models/status-read"

class ProducerModuleService extends MedusaService({
  Producer,
  HelperTeam,
  SellerAccount,
  SellerMembership,
  SellerAction,
  StatusRead,
}) {}

export default ProducerModuleService
