import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <Card className="space-y-3 text-center">
      <h1 className="text-xl font-semibold">Check your email</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        A sign-in link is on its way. It works once and expires in 24 hours.
      </p>
      <Link href="/signin" className="text-sm text-link underline">
        Use another method
      </Link>
    </Card>
  );
}
