import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  GetAdminCommissionRules,
  GetAdminDistributors,
  GetAdminKycDocuments,
  GetAdminListings,
  PostAdminCommissionResolve,
  PostAdminCommissionRule,
  PostAdminCommissionRuleUpdate,
  PostAdminDistributorGstinStatus,
  PostAdminDistributorStatus,
  PostAdminKycReview,
  PostAdminListingReview,
} from "./admin/validators"
import {
  GetDistributorList,
  GetDistributorListings,
  PostDistributorBankDetails,
  PostDistributorInvite,
  PostDistributorInviteAccept,
  PostDistributorListing,
  PostDistributorListingUpdate,
  PostDistributorMe,
  PostDistributorRegister,
  PostKycDocument,
} from "./distributor/validators"
import { ordersAndSettlementsMiddlewares } from "./admin/marketplace/middleware-routes"
import { guardCartCompletion } from "./store/cart-completion"
import { guardSellableListings } from "./store/sellable-listings"
import { distributorCors } from "./utils/cors"
import { singleFile } from "./utils/upload"

const list = { isList: true }
const asDistributor = authenticate("distributor", ["session", "bearer"])
/** Sign-up and invite acceptance come from an auth identity that is not yet a distributor member. */
const asNewDistributor = authenticate("distributor", ["session", "bearer"], { allowUnregistered: true })

export default defineMiddlewares({
  routes: [
    ...ordersAndSettlementsMiddlewares,
    { matcher: "/distributor*", middlewares: [distributorCors] },

    { method: ["POST"], matcher: "/distributor/register", middlewares: [asNewDistributor, validateAndTransformBody(PostDistributorRegister)] },
    { method: ["POST"], matcher: "/distributor/invites/accept", middlewares: [asNewDistributor, validateAndTransformBody(PostDistributorInviteAccept)] },

    { method: ["GET"], matcher: "/distributor/me", middlewares: [asDistributor] },
    { method: ["POST"], matcher: "/distributor/me", middlewares: [asDistributor, validateAndTransformBody(PostDistributorMe)] },
    { method: ["POST"], matcher: "/distributor/me/submit", middlewares: [asDistributor] },
    {
      method: ["POST"],
      matcher: "/distributor/me/bank-details",
      middlewares: [asDistributor, validateAndTransformBody(PostDistributorBankDetails)],
    },
    {
      method: ["GET"],
      matcher: "/distributor/members",
      middlewares: [asDistributor, validateAndTransformQuery(GetDistributorList, list)],
    },
    { method: ["POST"], matcher: "/distributor/members/invite", middlewares: [asDistributor, validateAndTransformBody(PostDistributorInvite)] },
    {
      method: ["GET"],
      matcher: "/distributor/kyc-documents",
      middlewares: [asDistributor, validateAndTransformQuery(GetDistributorList, list)],
    },
    {
      method: ["POST"],
      matcher: "/distributor/kyc-documents",
      middlewares: [asDistributor, singleFile("file"), validateAndTransformBody(PostKycDocument)],
    },
    { method: ["GET"], matcher: "/distributor/kyc-documents/:id", middlewares: [asDistributor] },
    {
      method: ["GET"],
      matcher: "/distributor/listings",
      middlewares: [asDistributor, validateAndTransformQuery(GetDistributorListings, list)],
    },
    { method: ["POST"], matcher: "/distributor/listings", middlewares: [asDistributor, validateAndTransformBody(PostDistributorListing)] },
    { method: ["POST"], matcher: "/distributor/listings/import", middlewares: [asDistributor, singleFile("file")] },
    { method: ["GET"], matcher: "/distributor/listings/:id", middlewares: [asDistributor] },
    {
      method: ["POST"],
      matcher: "/distributor/listings/:id",
      middlewares: [asDistributor, validateAndTransformBody(PostDistributorListingUpdate)],
    },

    { method: ["GET"], matcher: "/admin/distributors", middlewares: [validateAndTransformQuery(GetAdminDistributors, list)] },
    {
      method: ["POST"],
      matcher: "/admin/distributors/:id/status",
      middlewares: [validateAndTransformBody(PostAdminDistributorStatus)],
    },
    {
      method: ["POST"],
      matcher: "/admin/distributors/:id/gstin-status",
      middlewares: [validateAndTransformBody(PostAdminDistributorGstinStatus)],
    },
    { method: ["GET"], matcher: "/admin/kyc-documents", middlewares: [validateAndTransformQuery(GetAdminKycDocuments, list)] },
    { method: ["POST"], matcher: "/admin/kyc-documents/:id/review", middlewares: [validateAndTransformBody(PostAdminKycReview)] },
    { method: ["GET"], matcher: "/admin/listings", middlewares: [validateAndTransformQuery(GetAdminListings, list)] },
    { method: ["POST"], matcher: "/admin/listings/:id/review", middlewares: [validateAndTransformBody(PostAdminListingReview)] },
    {
      method: ["GET"],
      matcher: "/admin/commission-rules",
      middlewares: [validateAndTransformQuery(GetAdminCommissionRules, list)],
    },
    { method: ["POST"], matcher: "/admin/commission-rules", middlewares: [validateAndTransformBody(PostAdminCommissionRule)] },
    {
      method: ["POST"],
      matcher: "/admin/commissions/resolve",
      middlewares: [validateAndTransformBody(PostAdminCommissionResolve)],
    },
    {
      method: ["POST"],
      matcher: "/admin/commission-rules/:id",
      middlewares: [validateAndTransformBody(PostAdminCommissionRuleUpdate)],
    },

    { method: ["POST"], matcher: "/store/carts", middlewares: [guardSellableListings] },
    { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [guardSellableListings] },
    { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [guardCartCompletion] },
  ],
})
