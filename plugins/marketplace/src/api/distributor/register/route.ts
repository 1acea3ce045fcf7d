import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { stateFromGstin, validateGstin } from "@haat/india"
import { registerDistributorWorkflow } from "../../../workflows/register-distributor"
import { checkAddressesInGstinState, provinceFor } from "../../utils/address-rules"
import { DISTRIBUTOR_FIELDS } from "../../utils/query-fields"
import { slugify } from "../../utils/slug"
import type { PostDistributorRegisterType } from "../validators"

/**
 * Second half of sign-up: the caller registered an auth identity at /auth/distributor/emailpass/register and
 * sends its token here. Creates the distributor (pending), its owner member and its warehouse; the caller
 * then logs in again to get a token that carries the member as actor_id.
 */
export async function POST(req: AuthenticatedMedusaRequest<PostDistributorRegisterType>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This login already acts for a distributor; log in again to use it")
  }
  const body = req.validatedBody
  const gstin = validateGstin(body.gstin)
  if (gstin.valid && gstin.pan && gstin.pan !== body.pan) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `PAN ${body.pan} does not match GSTIN ${body.gstin}, which is issued to PAN ${gstin.pan} (characters 3-12)`
    )
  }
  const stateCode = stateFromGstin(body.gstin)!.code
  checkAddressesInGstinState(body.addresses, stateCode)

  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.[0]?.entity_id?.toLowerCase()
  if (!email) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Register with email and password first (/auth/distributor/emailpass/register)")
  }

  const warehouse = body.addresses.find((a) => a.type === "pickup") ?? body.addresses[0]
  const displayName = body.trade_name || body.legal_name
  const { result } = await registerDistributorWorkflow(req.scope).run({
    input: {
      auth_identity_id: req.auth_context.auth_identity_id,
      member: { email, name: body.member_name ?? body.contact_name ?? null },
      distributor: {
        slug: body.slug ?? slugify(displayName),
        legal_name: body.legal_name,
        trade_name: body.trade_name ?? null,
        email: body.email ?? email,
        phone: body.phone ?? null,
        website: body.website ?? null,
        description: body.description ?? null,
        contact_name: body.contact_name ?? body.member_name ?? null,
        contact_email: body.contact_email ?? email,
        contact_phone: body.contact_phone ?? body.phone ?? null,
        addresses: body.addresses,
        gstin: body.gstin,
        state_code: stateCode,
        pan: body.pan,
      },
      warehouse: {
        name: `${displayName} — ${warehouse.city}`,
        address_1: warehouse.address_1,
        address_2: warehouse.address_2 ?? null,
        city: warehouse.city,
        province: provinceFor(warehouse.state),
        postal_code: warehouse.postal_code,
        phone: warehouse.phone ?? body.phone ?? null,
      },
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "distributor",
    fields: [...DISTRIBUTOR_FIELDS, "stock_locations.id", "stock_locations.name"],
    filters: { id: result.distributor.id },
  })
  res.status(201).json({ distributor: data[0], member: { id: result.member.id, email: result.member.email, role: result.member.role } })
}
