import type {
  AccountSpecInput,
  AccountUpdateInput,
  AddCallsInput,
  AddMessagesInput,
  AuthorizeInput,
  AuthorizeResult,
  ControlErrorBody,
  CreateUserInput,
  FaultOverrides,
  FaultSettings,
  Fidelity,
  FidelityInput,
  RevokeResult,
  SimState,
  UpdateCallInput,
  AccountView,
  UserView,
  WireCall,
  WireMessage,
} from "./control/types";

export type * from "./control/types";

export class SimControlError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Typed calls to the simulator's control API (`/_sim/...`), for e2e tests and benchmarks. */
export interface SimControlClient {
  reset(): Promise<SimState>;
  state(): Promise<SimState>;
  createUser(input: CreateUserInput): Promise<UserView>;
  /** `{count, spreadSeconds?}` realistic calls ending now, or `{calls: [...]}` with given fields. */
  addCalls(accountSid: string, input: AddCallsInput): Promise<{ calls: WireCall[] }>;
  updateCall(accountSid: string, callSid: string, input: UpdateCallInput): Promise<{ call: WireCall }>;
  /** `{messages: [...]}` with given fields, created now unless `createdAt` is given; the clock moves them on. */
  addMessages(accountSid: string, input: AddMessagesInput): Promise<{ messages: WireMessage[] }>;
  /** Replaces the account's fault overrides; `{}` restores the defaults. */
  setFaults(accountSid: string, faults: FaultOverrides): Promise<{ faults: FaultSettings }>;
  /** Approves the Connect App as a user, without a browser. */
  authorize(input: AuthorizeInput): Promise<AuthorizeResult>;
  /** Revokes by connect subaccount SID, then calls the app's Deauthorize URL. */
  revoke(connectAccountSid: string): Promise<RevokeResult>;
  advanceClock(seconds: number): Promise<{ now: string }>;
  /** "strict", "generous" or switches over strict; a reset restores the configured fidelity. */
  setFidelity(input: FidelityInput): Promise<{ fidelity: Fidelity }>;
  /** Opens a subaccount in a user's account, as they can at any time. */
  addSubaccount(userId: string, input: AccountSpecInput): Promise<{ account: AccountView }>;
  /** Closes, suspends or reopens an account. */
  updateAccount(accountSid: string, input: AccountUpdateInput): Promise<{ account: AccountView }>;
}

export function createSimControlClient(baseUrl: string): SimControlClient {
  const root = baseUrl.replace(/\/+$/, "");
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${root}/_sim${path}`, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload: unknown = await response.json();
    if (!response.ok) {
      const { error } = payload as ControlErrorBody;
      throw new SimControlError(response.status, error.code, error.message);
    }
    return payload as T;
  }
  return {
    reset: () => call("POST", "/reset"),
    state: () => call("GET", "/state"),
    createUser: (input) => call("POST", "/users", input),
    addCalls: (accountSid, input) => call("POST", `/accounts/${accountSid}/calls`, input),
    updateCall: (accountSid, callSid, input) => call("POST", `/accounts/${accountSid}/calls/${callSid}`, input),
    addMessages: (accountSid, input) => call("POST", `/accounts/${accountSid}/messages`, input),
    setFaults: (accountSid, faults) => call("PUT", `/accounts/${accountSid}/faults`, faults),
    authorize: (input) => call("POST", "/authorize", input),
    revoke: (connectAccountSid) => call("POST", `/authorizations/${connectAccountSid}/revoke`),
    advanceClock: (seconds) => call("POST", "/clock", { advanceSeconds: seconds }),
    setFidelity: (input) => call("PUT", "/fidelity", input),
    addSubaccount: (userId, input) => call("POST", `/users/${userId}/subaccounts`, input),
    updateAccount: (accountSid, input) => call("POST", `/accounts/${accountSid}`, input),
  };
}
