// The dashboard's filters as the URL keeps them (zod), and the period they resolve to.
export {
  callFiltersSchema,
  DEFAULT_CALL_FILTERS,
  DEFAULT_MESSAGE_FILTERS,
  FILTER_PARAMS,
  MAX_RANGE_DAYS,
  messageFiltersSchema,
  normalizeNumberQuery,
  parseCallFilters,
  parseMessageFilters,
  serializeFilters,
  timeZoneSchema,
  withFilters,
  type CallFilters,
  type Filters,
  type MessageFilters,
  type SearchParamsRecord,
} from "./url-filters";
export {
  DIRECTION_LABELS,
  DIRECTIONS,
  directionsFor,
  messageDirectionsFor,
  RANGE_LABELS,
  RANGE_PRESETS,
  type Direction,
  type RangePreset,
} from "./options";
export { bucketFor, resolveRange, type Bucket, type ResolvedRange } from "./resolve-range";
