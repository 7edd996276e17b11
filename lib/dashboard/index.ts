// What a dashboard page shows: the connection and filters its URL names.
export {
  dashboardHref,
  loadDashboardContext,
  loadMessageDashboardContext,
  loadSpendDashboardContext,
  logHref,
  spendFilterParams,
  type DashboardContext,
  type MessageDashboardContext,
  type SpendDashboardContext,
} from "./context";
