import type { UserSpec } from "./types";

/**
 * The demo's Twilio users: about 20k calls in all, from a handful to thousands per account,
 * in four countries and time zones. Cheap to start; POST /_sim/users adds heavier ones.
 */
export const SEED_USERS: readonly UserSpec[] = [
  {
    name: "Ada Lovelace",
    email: "ada@example.com",
    country: "GB",
    timeZone: "Europe/London",
    historyDays: 120,
    type: "Full",
    owner: { friendlyName: "Lovelace Analytical Engines", calls: 6000, messages: 2000 },
    subaccounts: [
      { friendlyName: "Lovelace Support Line", calls: 7000, messages: 1500 },
      { friendlyName: "Lovelace Sales EU", calls: 2500, messages: 600 },
    ],
  },
  {
    name: "Grace Hopper",
    email: "grace@example.com",
    country: "US",
    timeZone: "America/New_York",
    historyDays: 120,
    type: "Full",
    owner: { friendlyName: "Hopper Compilers", calls: 3000, messages: 900 },
    subaccounts: [{ friendlyName: "Hopper Field Team", calls: 1200, messages: 300 }],
  },
  {
    name: "Katherine Johnson",
    email: "katherine@example.com",
    country: "CA",
    timeZone: "America/Toronto",
    historyDays: 90,
    type: "Full",
    owner: { friendlyName: "Johnson Trajectories", calls: 300, messages: 120 },
    subaccounts: [
      { friendlyName: "Johnson Hotline", calls: 40, messages: 10 },
      { friendlyName: "Johnson Archive", calls: 0, messages: 0 },
    ],
  },
  {
    name: "Alan Turing",
    email: "alan@example.com",
    country: "AU",
    timeZone: "Australia/Sydney",
    historyDays: 60,
    type: "Trial",
    owner: { friendlyName: "Turing Machines", calls: 8, messages: 3 },
    subaccounts: [{ friendlyName: "Turing Bombe Project", calls: 25, messages: 5 }],
  },
];
