import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../../modules/gst"
import type { InvoiceSupplier } from "../build-tax-invoice"

type Registration = InvoiceSupplier & { id: string; status: string; is_default: boolean }

/**
 * The registration the goods are supplied under: the GSTIN of the State they ship from (CGST Act s.22 and
 * s.25: one registration per State), found through the order's shipping option → fulfilment set → stock
 * location → gst_registration link; else the default registration. With `optional` (the store supplies none of
 * the order), null instead of an error when there is none.
 */
export const resolveGstSupplierStep = createStep(
  "resolve-gst-supplier",
  async (input: { shipping_option_ids: string[]; order_label: string; optional?: boolean }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const gst: GstModuleService = container.resolve(GST_MODULE)

    let locationIds: string[] = []
    if (input.shipping_option_ids.length) {
      const { data: options } = await query.graph({
        entity: "shipping_option",
        fields: ["id", "service_zone.fulfillment_set.location.id"],
        filters: { id: input.shipping_option_ids },
      })
      locationIds = (options as { service_zone?: { fulfillment_set?: { location?: { id: string } | null } | null } | null }[])
        .map((o) => o.service_zone?.fulfillment_set?.location?.id)
        .filter((id): id is string => !!id)
    }
    if (locationIds.length) {
      const { data: locations } = await query.graph({
        entity: "stock_location",
        fields: ["id", "gst_registration.*"],
        filters: { id: locationIds },
      })
      const linked = (locations as { gst_registration?: Registration | null }[])
        .map((l) => l.gst_registration)
        .find((r): r is Registration => !!r && r.status === "active")
      if (linked) {
        return new StepResponse(linked as InvoiceSupplier | null)
      }
    }
    const [fallback] = await gst.listGstRegistrations({ is_default: true, status: "active" })
    if (!fallback && input.optional) {
      // Every line is another supplier's and there is no delivery charge: the store invoices nothing.
      return new StepResponse(null as InvoiceSupplier | null)
    }
    if (!fallback) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `No tax invoice for order ${input.order_label}: no active GST registration is linked to its stock location and none is the default. Add one under Settings → GST and issue the invoice again`
      )
    }
    return new StepResponse(fallback as unknown as InvoiceSupplier | null)
  }
)
