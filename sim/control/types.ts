import type { z } from "zod";
import type { FaultOverrides, FaultSettings } from "../api/faults";
import type { Fidelity } from "../api/fidelity";
import type { ConnectPermission } from "../config";
import type { DeauthorizeDelivery } from "../store/types";
import type { WireCall } from "../wire/call-wire";
import type { WireMessage } from "../wire/message-wire";
import type {
  accountSpecSchema,
  accountUpdateSchema,
  addCallsSchema,
  addMessagesSchema,
  authorizeSchema,
  createUserSchema,
  fidelityInput,
  updateCallSchema,
} from "./schemas";

/** Shapes of the control API (`/_sim/...`), shared by the server and sim/control-client.ts. */
export type CreateUserInput = z.input<typeof createUserSchema>;
export type AddCallsInput = z.input<typeof addCallsSchema>;
export type AddMessagesInput = z.input<typeof addMessagesSchema>;
export type UpdateCallInput = z.input<typeof updateCallSchema>;
export type AuthorizeInput = z.input<typeof authorizeSchema>;
export type AccountSpecInput = z.input<typeof accountSpecSchema>;
export type AccountUpdateInput = z.input<typeof accountUpdateSchema>;
export type FidelityInput = z.input<typeof fidelityInput>;
export type { FaultOverrides, FaultSettings, Fidelity, WireCall, WireMessage };

export interface AccountView {
  sid: string;
  friendlyName: string;
  ownerAccountSid: string;
  type: "Full" | "Trial";
  status: string;
  authToken: string;
  connectAppSid: string | null;
  calls: number;
  messages: number;
  historyStart: string;
}

export interface UserView {
  id: string;
  name: string;
  email: string;
  ownerAccountSid: string;
  timeZone: string;
  country: string;
  accounts: AccountView[];
}

export interface AuthorizationView {
  accountSid: string;
  connectAppSid: string;
  userId: string;
  email: string;
  permissions: ConnectPermission[];
  active: boolean;
  createdAt: string;
  revokedAt: string | null;
}

/** A deauthorize callback as sent, with its HTTP status or network error. */
export type DeliveryView = Omit<DeauthorizeDelivery, "atSec"> & { at: string };

export interface SimState {
  now: string;
  connectApp: {
    sid: string;
    name: string;
    company: string;
    permissions: ConnectPermission[];
    authToken: string;
    authorizeRedirectUrl: string;
    deauthorizeUrl: string;
    deauthorizeMethod: "POST" | "GET";
  };
  users: UserView[];
  authorizations: AuthorizationView[];
  deauthorizeDeliveries: DeliveryView[];
  faults: { defaults: FaultSettings; accounts: Record<string, FaultOverrides> };
  fidelity: Fidelity;
}

export interface AuthorizeResult {
  redirectUrl: string;
  accountSid: string;
  userId: string;
}

export interface RevokeResult {
  authorization: AuthorizationView;
  delivery: DeliveryView;
}

export interface ControlErrorBody {
  error: { code: string; message: string };
}
