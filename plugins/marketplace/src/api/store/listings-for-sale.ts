import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { ListingForSale } from "../../lib/sellable"

type Query = Omit<RemoteQueryFunction, symbol>

type ListingRow = {
  id: string
  variant_id: string | null
  status: ListingForSale["status"]
  stocked_quantity: number
  distributor: {
    status: ListingForSale["distributor_status"]
    legal_name: string
    trade_name: string | null
    gstin: string
    gstin_status: ListingForSale["distributor_gstin_status"]
  } | null
}

/** The listings with what decides whether they can be sold (one query), by id; unknown ids are absent. */
export async function listingsForSale(query: Query, ids: string[]): Promise<Map<string, ListingForSale>> {
  const { data } = await query.graph({
    entity: "listing",
    fields: [
      "id",
      "variant_id",
      "status",
      "stocked_quantity",
      "distributor.status",
      "distributor.legal_name",
      "distributor.trade_name",
      "distributor.gstin",
      "distributor.gstin_status",
    ],
    filters: { id: [...new Set(ids)] },
  })
  return new Map(
    (data as ListingRow[]).map((l): [string, ListingForSale] => [
      l.id,
      {
        id: l.id,
        variant_id: l.variant_id,
        status: l.status,
        stocked_quantity: l.stocked_quantity,
        distributor_status: l.distributor?.status ?? "pending",
        distributor_name: l.distributor?.trade_name || l.distributor?.legal_name || "The distributor",
        distributor_gstin: l.distributor?.gstin,
        distributor_gstin_status: l.distributor?.gstin_status,
      },
    ])
  )
}
