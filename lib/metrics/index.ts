// Prometheus metrics of this process: import throughput, Twilio's answers, lease takeovers and
// gauges read at scrape time.
export { metricsExposition, registerGauge } from "./registry";
export {
  countImport,
  countLeaseTakeover,
  countRecordsImported,
  countTwilioResponse,
  observeImportWindow,
  twilioStatusLabel,
} from "./record";
export { answerMetricsScrape, serveWorkerMetrics } from "./endpoint";
