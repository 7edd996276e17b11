// npm run twilio:check: what the app can see with a Connect grant, for operators. Changes nothing.
export { runTwilioCheck, type CheckExitCode, type CheckInput } from "./check";
