"use client";

import { useEffect, type FocusEvent, type KeyboardEvent, type RefObject } from "react";

/**
 * Closes a <details> popup the way menus close: Escape (focus back on its summary), focus moving
 * outside it, or a pointer press outside it.
 */
export function useDismiss(popup: RefObject<HTMLDetailsElement | null>) {
  const close = (returnFocus: boolean) => {
    const details = popup.current;
    if (!details?.open) return;
    details.removeAttribute("open");
    if (returnFocus) details.querySelector("summary")?.focus();
  };

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (popup.current?.open && !popup.current.contains(event.target as Node)) popup.current.removeAttribute("open");
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [popup]);

  return {
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== "Escape" || !popup.current?.open) return;
      event.preventDefault();
      // Only the innermost open popup closes (the switcher inside the phone menu leaves the menu open).
      event.stopPropagation();
      close(true);
    },
    // A click on plain text inside the popup blurs with no related target: that is not leaving it.
    onBlur: (event: FocusEvent<HTMLElement>) => {
      const next = event.relatedTarget;
      if (next instanceof Node && !event.currentTarget.contains(next)) close(false);
    },
  };
}
