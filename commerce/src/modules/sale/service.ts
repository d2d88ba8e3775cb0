import { MedusaService } from "@medusajs/framework/utils"
import { HouseholdParcel } from "./models/household-parcel"
import { PayoutEntry } from "./models/payout-entry"

class SaleModuleService extends MedusaService({ HouseholdParcel, PayoutEntry }) {}

export default SaleModuleService
