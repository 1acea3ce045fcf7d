import { MedusaService } from "@medusajs/framework/utils"
import GstRegistration from "./models/gst-registration"

class GstModuleService extends MedusaService({
  GstRegistration,
}) {}

export default GstModuleService
