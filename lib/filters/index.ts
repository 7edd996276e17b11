// The dashboard's filters as the URL keeps them (zod), and the period they resolve to.
export {
  CALL_FILTER_PARAMS,
  callFiltersSchema,
  DEFAULT_CALL_FILTERS,
  MAX_RANGE_DAYS,
  normalizeNumberQuery,
  parseCallFilters,
  serializeCallFilters,
  withCallFilters,
  type CallFilters,
  type SearchParamsRecord,
} from "./call-filters";
export {
  DIRECTION_LABELS,
  DIRECTIONS,
  directionsFor,
  RANGE_LABELS,
  RANGE_PRESETS,
  type Direction,
  type RangePreset,
} from "./options";
export { bucketFor, resolveRange, type Bucket, type ResolvedRange } from "./resolve-range";
