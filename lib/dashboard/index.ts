// What a dashboard page shows: the connection and filters its URL names.
export {
  dashboardHref,
  loadDashboardContext,
  loadMessageDashboardContext,
  logHref,
  type DashboardContext,
  type MessageDashboardContext,
} from "./context";
