"use client";

import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_LOCALE, formatsFor, type Formats } from "@/lib/format";

// The locale the server rendered the page in: client components write values the same way on
// both sides, so hydration finds the text it expects.
const LocaleContext = createContext(DEFAULT_LOCALE);

export function LocaleProvider({ locale, children }: { locale: string; children: ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

/** Every formatter in the viewer's locale, for client components. */
export function useFormats(): Formats {
  return formatsFor(useContext(LocaleContext));
}
