import { createStockLocationsWorkflow, emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreateDistributorInput, createDistributorStep } from "./steps/create-distributor"
import { createDistributorMemberStep } from "./steps/create-distributor-member"
import { setUpDistributorWarehouseWorkflow } from "./set-up-distributor-warehouse"
import { linkDistributorStockLocationStep } from "./steps/link-distributor-stock-location"

export type RegisterDistributorInput = {
  auth_identity_id: string
  member: { email: string; name?: string | null }
  distributor: CreateDistributorInput
  /** The warehouse the distributor ships from: becomes a Medusa stock location linked to it. */
  warehouse: {
    name: string
    address_1: string
    address_2?: string | null
    city: string
    province: string
    postal_code: string
    phone?: string | null
  }
}

export const DISTRIBUTOR_REGISTERED = "distributor.registered"

/**
 * Creates a distributor (pending), its owner member and warehouse (with a fulfilment set for India and the
 * sales channels listings are sold in), and binds the caller's auth identity
 * to the member, so the next login returns a token with actor_type "distributor".
 */
export const registerDistributorWorkflow = createWorkflow("register-distributor", (input: RegisterDistributorInput) => {
  const distributor = createDistributorStep(
    transform({ input }, ({ input }) => ({ distributor: input.distributor, auth_identity_id: input.auth_identity_id }))
  )
  const member = createDistributorMemberStep(
    transform({ input, distributor }, ({ input, distributor }) => ({
      distributor_id: distributor.id,
      email: input.member.email,
      name: input.member.name ?? null,
      role: "owner" as const,
      status: "active" as const,
      auth_identity_id: input.auth_identity_id,
    }))
  )
  setAuthAppMetadataStep(
    transform({ input, member }, ({ input, member }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: "distributor",
      value: member.id,
    }))
  )
  const locations = createStockLocationsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      locations: [
        {
          name: input.warehouse.name,
          address: {
            address_1: input.warehouse.address_1,
            address_2: input.warehouse.address_2 ?? undefined,
            city: input.warehouse.city,
            province: input.warehouse.province,
            postal_code: input.warehouse.postal_code,
            phone: input.warehouse.phone ?? undefined,
            country_code: "in",
          },
        },
      ],
    })),
  })
  linkDistributorStockLocationStep(
    transform({ distributor, locations }, ({ distributor, locations }) => ({
      distributor_id: distributor.id,
      stock_location_id: locations[0].id,
    }))
  )
  setUpDistributorWarehouseWorkflow.runAsStep({
    input: transform({ input, locations }, ({ input, locations }) => ({
      stock_location_id: locations[0].id,
      name: input.warehouse.name,
    })),
  })
  emitEventStep({
    eventName: DISTRIBUTOR_REGISTERED,
    data: transform({ distributor, member }, ({ distributor, member }) => ({ id: distributor.id, member_id: member.id })),
  })
  return new WorkflowResponse({ distributor, member })
})
