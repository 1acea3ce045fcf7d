import type { ItemTaxLineDTO, ITaxProvider, ShippingTaxLineDTO, TaxTypes } from "@medusajs/framework/types"
import { readGstTaxContext } from "../../utils/gst-tax-context"
import { gstTaxLines } from "./gst-tax-lines"

/**
 * GST as a Medusa tax provider, registered as `tp_gst_gst`. It decides only: the HSN, its rate on the day and
 * the supplier's GSTIN of every line come from @haat/gst's setTaxLineContext hooks (additional_context.gst),
 * since a tax provider sees nothing but ids, prices and the address.
 */
export default class GstTaxProvider implements ITaxProvider {
  static identifier = "gst"

  getIdentifier(): string {
    return GstTaxProvider.identifier
  }

  async getTaxLines(
    itemLines: TaxTypes.ItemTaxCalculationLine[],
    shippingLines: TaxTypes.ShippingTaxCalculationLine[],
    context: TaxTypes.TaxCalculationContext
  ): Promise<(ItemTaxLineDTO | ShippingTaxLineDTO)[]> {
    const gst = readGstTaxContext(context.additional_context)
    if (!gst) {
      // Only the Store API's product prices ask without a cart or order (no hook runs there): show them with the
      // rates of the tax region, as Medusa's system provider would. Carts and orders always carry the context.
      return this.regionRates(itemLines, shippingLines)
    }
    return gstTaxLines({
      items: itemLines.map((line) => line.line_item),
      shipping: shippingLines.map((line) => line.shipping_line),
      address: context.address,
      gst,
      provider_id: this.getIdentifier(),
    })
  }

  private regionRates(
    itemLines: TaxTypes.ItemTaxCalculationLine[],
    shippingLines: TaxTypes.ShippingTaxCalculationLine[]
  ): (ItemTaxLineDTO | ShippingTaxLineDTO)[] {
    const line = (rate: TaxTypes.TaxRateDTO) => ({
      rate_id: rate.id,
      rate: rate.rate ?? 0,
      name: rate.name,
      code: rate.code,
      provider_id: this.getIdentifier(),
    })
    return [
      ...itemLines.flatMap((l) => l.rates.map((rate) => ({ ...line(rate), line_item_id: l.line_item.id }))),
      ...shippingLines.flatMap((l) => l.rates.map((rate) => ({ ...line(rate), shipping_line_id: l.shipping_line.id }))),
    ]
  }
}
