/** Twilio's familiar red "Connect" button, pointing at our own route that adds a single-use state. */
export function ConnectButton({
  label = "Connect with Twilio",
  href = "/twilio/connect",
}: {
  label?: string;
  href?: string;
}) {
  return (
    <a
      href={href}
      className="inline-flex items-center gap-2.5 rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700"
    >
      <TwilioMark />
      {label}
    </a>
  );
}

export function TwilioMark({ className = "h-5 w-5" }: { className?: string }) {
  return (
    <svg aria-hidden viewBox="0 0 30 30" className={className}>
      <circle cx="15" cy="15" r="13" fill="none" stroke="currentColor" strokeWidth="3" />
      <circle cx="11" cy="11" r="2.6" fill="currentColor" />
      <circle cx="19" cy="11" r="2.6" fill="currentColor" />
      <circle cx="11" cy="19" r="2.6" fill="currentColor" />
      <circle cx="19" cy="19" r="2.6" fill="currentColor" />
    </svg>
  );
}
