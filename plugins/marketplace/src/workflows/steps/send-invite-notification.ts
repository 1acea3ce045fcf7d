import { MedusaError, Modules, NotificationStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { InviteEmail } from "./prepare-invite-email"

/**
 * Sends the invite through Medusa's notification module, to whichever provider serves the "email" channel.
 * An email cannot be unsent, so there is nothing to compensate.
 *
 * Each attempt gets its own idempotency key (the base key, then `:retry-1`, `:retry-2` … after failures),
 * so two deliveries of one event racing each other share a key and Medusa sends once. Medusa 2.21 does
 * retry a failed notification under the same key, but then updates a row id it never inserted and throws
 * "Notification with id … not found" after the email went out; a fresh key per attempt avoids that path.
 */
export const sendInviteNotificationStep = createStep(
  "send-invite-notification",
  async (email: InviteEmail, { container }) => {
    const notifications = container.resolve(Modules.NOTIFICATION)
    const earlier = await notifications.listNotifications(
      { resource_type: email.resource_type, resource_id: email.resource_id, template: email.template },
      { order: { created_at: "ASC" } }
    )
    const sent = earlier.find((n) => n.status === NotificationStatus.SUCCESS)
    if (sent) {
      return new StepResponse({ id: sent.id, sent_at: new Date(sent.created_at) })
    }
    const failures = earlier.filter((n) => n.status === NotificationStatus.FAILURE)
    const idempotencyKey = failures.length ? `${email.idempotency_key}:retry-${failures.length}` : email.idempotency_key
    const created = await notifications.createNotifications({
      ...email,
      idempotency_key: idempotencyKey,
      original_notification_id: failures[0]?.id,
    })
    if (!created) {
      // Medusa skipped the key: another delivery of the same event holds it and is sending right now.
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `The invite email to ${email.to} is being sent by another delivery of the same event`
      )
    }
    return new StepResponse({ id: created.id, sent_at: new Date() })
  }
)
