import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveGstSupplyWorkflow } from "@haat/gst/workflows"
import { distributorSuppliers } from "../../marketplace-gst/distributor-suppliers"

// Marketplace meets GST: a line a distributor sells (metadata.listing_id → listing → distributor) is supplied
// under the distributor's GSTIN, so it is taxed from the distributor's State to the place of supply (IGST Act
// s.7, s.8, s.10(1)(a)) and invoiced in the distributor's GSTIN and number series (CGST Act s.31). @haat/gst
// asks through this hook of its own; the app is the only one that claims it.
resolveGstSupplyWorkflow.hooks.resolveSupplier(async ({ supply }, { container }) => {
  // HAAT_PLUGINS without the marketplace: every line is the store's own.
  if (!container.hasRegistration("marketplace")) {
    return new StepResponse({})
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  return new StepResponse(await distributorSuppliers(query, supply.lines))
})
