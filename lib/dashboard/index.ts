// What a dashboard page shows: the connection and filters its URL names.
export { dashboardHref, loadDashboardContext, type DashboardContext } from "./context";
