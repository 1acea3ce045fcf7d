import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ListingContext, ListingRowInput, RowError, validateListingRows, ValidListing } from "../../lib/listing-rules"
import { loadListingContext } from "../../lib/listing-context"

export type ValidateListingRowsInput = {
  distributor_id: string
  rows: ListingRowInput[]
  /** Row number of the first row in errors: 2 for a CSV file under its header line, 1 for a JSON body. */
  first_row?: number
}

export type ValidateListingRowsResult = { listings: ValidListing[]; errors: RowError[] }

/** Checks every row against the catalogue and the distributor's listings; throws with all row errors if any. */
export const validateListingRowsStep = createStep(
  "validate-listing-rows",
  async (input: ValidateListingRowsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const context: ListingContext = await loadListingContext(query, input.distributor_id, input.rows)
    const result = validateListingRows(input.rows, context, input.first_row ?? 1)
    if (result.errors.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        result.errors.map((e) => (input.rows.length > 1 ? `row ${e.row}: ${e.field}: ${e.message}` : `${e.field}: ${e.message}`)).join("; ")
      )
    }
    return new StepResponse(result.listings)
  }
)
