import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import { withFilters, type Filters } from "@/lib/filters";

/**
 * Filters live in the URL, so links can be shared and Back undoes an edit. Each edit pushes a new
 * entry inside a transition; the optimistic copy shows the edit at once while the server re-renders.
 */
export function useFilterNavigation<F extends Filters>(filters: F) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [isPending, startTransition] = useTransition();
  const [current, setCurrent] = useOptimistic(filters);

  function hrefFor(next: F): string {
    const query = withFilters(new URLSearchParams(searchParams.toString()), next).toString();
    return query ? `${pathname}?${query}` : pathname;
  }

  function navigate(next: F) {
    const href = hrefFor(next);
    startTransition(() => {
      setCurrent({ ...next, issues: [] });
      router.push(href, { scroll: false });
    });
  }

  return {
    filters: current,
    isPending,
    hrefFor,
    navigate,
    update: (patch: Partial<F>) => navigate({ ...current, ...patch }),
  };
}
