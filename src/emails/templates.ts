/**
 * The app's email templates, by the `template` name a notification is created with. The SMTP provider
 * fills `{{ key }}` from the notification's data (HTML-escaped in the html part); the marketplace README
 * lists the data each of its emails carries.
 */
export const emailTemplates: Record<string, { subject: string; text: string; html?: string }> = {
  "distributor-invite": {
    subject: "{{ invited_by }} invited you to {{ distributor_name }} on Haat",
    text: [
      "Hello {{ name }},",
      "",
      "{{ invited_by }} invited you to act for {{ distributor_name }} on Haat: manage listings, orders and settlements.",
      "",
      "Accept the invite: {{ accept_url }}",
      "",
      "The link works until {{ expires_on }}. Sign up with this email address ({{ email }}) to accept it.",
      "If the page asks for a code, enter: {{ token }}",
      "",
      "If you did not expect this email, ignore it; nothing happens until you accept.",
    ].join("\n"),
    html: [
      "<p>Hello {{ name }},</p>",
      "<p><strong>{{ invited_by }}</strong> invited you to act for <strong>{{ distributor_name }}</strong> on Haat: manage listings, orders and settlements.</p>",
      '<p><a href="{{ accept_url }}">Accept the invite</a></p>',
      "<p>The link works until {{ expires_on }}. Sign up with this email address ({{ email }}) to accept it.<br>",
      "If the page asks for a code, enter: <code>{{ token }}</code></p>",
      "<p>If you did not expect this email, ignore it; nothing happens until you accept.</p>",
    ].join("\n"),
  },
}
