import { Module } from "@medusajs/framework/utils"
import DestinationModuleService from "./service"

export const DESTINATION_MODULE = "destination"

export default Module(DESTINATION_MODULE, { service: DestinationModuleService })
