// npm run twilio:check -- <AccountSid> – prints what the app can see with that Connect grant
// (TWILIO_CONNECT_APP_SID, TWILIO_AUTH_TOKEN, TWILIO_API_BASE_URL from the environment).
import { runTwilioCheck } from "@/lib/twilio-check";

runTwilioCheck({ env: process.env, accountSid: process.argv[2], print: (line) => console.log(line) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(`twilio:check: ${error.message}`);
    process.exitCode = 1;
  },
);
