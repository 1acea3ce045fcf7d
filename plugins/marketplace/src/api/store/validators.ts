import { z } from "@medusajs/framework/zod"

/** POST /store/carts/:id/listing-items: units of a distributor's listing, at the listing's price. */
export const PostStoreListingItem = z
  .object({
    listing_id: z.string().trim().min(1, "listing_id is required: the id of the distributor's listing (lst_…)"),
    // Whole and at least 1 is checked with the listing (lib/sellable.ts), with the same message as on Medusa's route.
    quantity: z.number(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()

export type PostStoreListingItemType = z.infer<typeof PostStoreListingItem>
