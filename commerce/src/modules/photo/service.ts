import { MedusaService } from "@medusajs/framework/utils"
import { Photo } from "./models/photo"

const PhotoServiceBase = MedusaService({ Photo })

/**
 * Medusa 2.21 names the generated methods `createPhotos`, `listPhotos`… at run time, but
 * its type-level pluraliser says `createPhotoes`; this gives the real names their types.
 */
type RunTimeNames<T> = {
  [K in keyof T as K extends `${infer Verb}Photoes` ? `${Verb}Photos` : never]: T[K]
}

// Declaration merging is the point: the methods exist, only their names' types are wrong.
interface PhotoModuleService extends RunTimeNames<InstanceType<typeof PhotoServiceBase>> {}

/** Records of processed photos; the processing itself is the pure `processPhoto`. */
class PhotoModuleService extends PhotoServiceBase {}

export default PhotoModuleService
