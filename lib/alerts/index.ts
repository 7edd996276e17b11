// Alerts: rules over a connection's rollups, evaluated after every import; firings with the
// figures that fired them; deliveries by mail (lib/mail) and signed webhooks, retried with backoff.
// lib/alerts owns AlertRule, AlertFiring and AlertDelivery. It reads lib/rollups; lib/sync calls it.
export { runAlertsAfterImport } from "./after-import";
export { evaluateConnectionAlerts, type RuleOutcome } from "./evaluate";
export { deliverDueAlerts, MAX_ATTEMPTS, RETRY_DELAYS_MINUTES } from "./deliver";
export {
  describeRule,
  KIND_LABELS,
  NUMBER_KINDS,
  PARAM_FIELDS,
  PRESETS,
  RULE_KINDS,
  type ParamField,
  type RuleKind,
  type RuleSpec,
} from "./kinds";
export { baselineOf, median, spreadsFrom } from "./baseline";
export { inboundNumbersOf } from "./measure";
export { type Figures } from "./figures";
export { listAlertRules, type AlertRuleView } from "./history";
export { listFiringsInPeriod, type PeriodFiring } from "./period-firings";
export {
  createAlertRule,
  deleteAlertRule,
  MAX_RULES_PER_WORKSPACE,
  newRuleSchema,
  ruleChangesSchema,
  ruleIdSchema,
  setAlertRuleEnabled,
  updateAlertRule,
  type Created,
  type Saved,
} from "./rules";
export { checkWebhookUrl, isAllowedAddress, webhookUrlProblem } from "./webhook-address";
export { DELIVERY_HEADER, signWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "./webhook";
