// Shared look of the filter controls, matching components/ui/field.tsx.

export const labelClass = "mb-1 block text-xs font-medium text-slate-600 dark:text-slate-400";

export const controlClass =
  "h-9 rounded-lg border border-control bg-white px-3 text-sm shadow-sm placeholder:text-slate-500 dark:bg-slate-950 dark:placeholder:text-slate-400";

export const errorClass = "mt-1 text-xs text-red-600 dark:text-red-400";
