// What a dashboard page shows: the connection and filters its URL names.
export {
  dashboardHref,
  loadDashboardContext,
  loadMessageDashboardContext,
  type DashboardContext,
  type MessageDashboardContext,
} from "./context";
