import type { Metadata } from "next";
import { connectButtonHtml } from "@/components/twilio/connect-button-html";
import { ConnectButton } from "@/components/twilio/connect-button";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth";
import { env } from "@/lib/env";
import { siteOrigin } from "@/lib/viewer";

export const metadata: Metadata = { title: "Connect button HTML" };

export default async function ConnectButtonHtmlPage() {
  await requireUser("/connections/button");
  const settings = env();
  const html = connectButtonHtml(`${await siteOrigin()}/twilio/connect`);
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Connect button HTML</h1>
        <p className="text-sm text-slate-600 wrap-anywhere dark:text-slate-400">
          For operators: paste this where your users should connect their Twilio account, as Twilio&apos;s
          &quot;Generate Connect Button HTML&quot; does. It links to this app first, which adds a single-use{" "}
          <code>state</code> tied to the signed-in user, then sends them to Twilio&apos;s authorize page for Connect App{" "}
          <code className="font-mono">{settings.TWILIO_CONNECT_APP_SID}</code>.
        </p>
      </div>
      <Card className="space-y-3">
        <h2 className="text-sm font-medium">Preview</h2>
        <ConnectButton />
      </Card>
      <Card className="space-y-3">
        <label htmlFor="button-html" className="text-sm font-medium">
          HTML
        </label>
        <textarea
          id="button-html"
          readOnly
          rows={6}
          value={html}
          className="w-full rounded-lg border border-control bg-slate-50 p-3 font-mono text-xs dark:bg-slate-950"
        />
      </Card>
      {/* URLs are long words: on a phone they break rather than widen the page. */}
      <Card className="space-y-2 text-sm wrap-anywhere">
        <h2 className="font-medium">Your Connect App&apos;s settings in the Twilio Console</h2>
        <p>
          Authorize URL: <code className="font-mono">{`${await siteOrigin()}/twilio/authorize`}</code>
        </p>
        <p>
          Deauthorize URL: <code className="font-mono">{`${await siteOrigin()}/twilio/deauthorize`}</code> (GET or POST)
        </p>
      </Card>
    </div>
  );
}
