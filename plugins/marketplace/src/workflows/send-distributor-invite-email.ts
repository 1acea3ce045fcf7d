import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DistributorMemberInvitedData } from "./invite-distributor-member"
import { prepareInviteEmailStep } from "./steps/prepare-invite-email"
import { sendInviteNotificationStep } from "./steps/send-invite-notification"
import { updateDistributorMemberStep } from "./steps/update-distributor-member"

/** Mails an invite once: send through the notification module, then record the notification on the member. */
export const sendDistributorInviteEmailWorkflow = createWorkflow(
  "send-distributor-invite-email",
  (input: DistributorMemberInvitedData) => {
    const prepared = prepareInviteEmailStep(input)
    const sent = when({ prepared }, ({ prepared }) => prepared.email !== null).then(() => {
      const notification = sendInviteNotificationStep(transform({ prepared }, ({ prepared }) => prepared.email!))
      updateDistributorMemberStep(
        transform({ prepared, notification }, ({ prepared, notification }) => ({
          id: prepared.member_id,
          invite_notification_id: notification.id,
          invite_email_sent_at: notification.sent_at,
        }))
      )
      return notification
    })
    return new WorkflowResponse(
      transform({ prepared, sent }, ({ prepared, sent }) => ({
        member_id: prepared.member_id,
        notification_id: sent?.id ?? null,
        skipped: prepared.skipped,
      }))
    )
  }
)
