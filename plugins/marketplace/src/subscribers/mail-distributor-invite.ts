import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DISTRIBUTOR_MEMBER_INVITED, type DistributorMemberInvitedData } from "../workflows/invite-distributor-member"
import { sendDistributorInviteEmailWorkflow } from "../workflows/send-distributor-invite-email"

/** Mails each invite to the invited address; a replayed event finds the invite mailed and sends nothing. */
export default async function mailDistributorInvite({ event, container }: SubscriberArgs<DistributorMemberInvitedData>) {
  await sendDistributorInviteEmailWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = {
  event: DISTRIBUTOR_MEMBER_INVITED,
  context: { subscriberId: "haat-marketplace-mail-distributor-invite" },
}
