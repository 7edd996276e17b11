// Mail the app sends (invitations; later alerts and digests): by SMTP when configured, else into
// the outbox each addressee reads in the app. lib/mail owns OutboxMail.
export { listOutbox, mailDelivery, sendMail, type Mail } from "./mail";
