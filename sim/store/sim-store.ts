import { FaultRegistry } from "../api/faults";
import type { Fidelity } from "../api/fidelity";
import type { SimConfig } from "../config";
import { hex32 } from "../lib/hash";
import { SidCodec } from "../lib/sid-codec";
import { accountData } from "./account-factory";
import { SEED_USERS } from "./seed-users";
import type { AccountSpec, Authorization, DeauthorizeDelivery, SimAccount, SimUser, UserSpec } from "./types";

/** The clock and serial a saved simulator resumes from. */
export interface ClockState {
  clockOffsetSec: number;
  frozenAtSec: number;
  runtimeSerial: number;
}

const DAY = 86_400;

export class ConflictError extends Error {}

/**
 * Everything the simulator knows. IDs, SIDs and tokens derive from the seed, so the same seed
 * gives the same users and accounts on every start; only the clock moves the data.
 */
export class SimStore {
  readonly codec: SidCodec;
  readonly faults: FaultRegistry;
  readonly users = new Map<string, SimUser>();
  readonly accounts = new Map<string, SimAccount>();
  readonly authorizations = new Map<string, Authorization>();
  readonly deliveries: DeauthorizeDelivery[] = [];
  /** Starts as configured; the control API switches it at run time. */
  fidelity: Fidelity;
  /** Each user as created, in order: with the instant, their generated history comes back identical. */
  readonly createdUsers: { spec: UserSpec; atSec: number }[] = [];
  private clockOffsetSec = 0;
  private frozenAtSec = Math.floor(Date.now() / 1000);
  private runtimeSerial = 0;

  constructor(readonly config: SimConfig) {
    this.codec = new SidCodec(config.seed);
    this.faults = new FaultRegistry(config.defaultFaults, config.seed);
    this.fidelity = config.fidelity;
    this.reset();
  }

  nowSec(): number {
    const base = this.config.freezeClock ? this.frozenAtSec : Math.floor(Date.now() / 1000);
    return base + this.clockOffsetSec;
  }

  /** Moves the simulated clock forward, so in-progress calls complete and prices appear. */
  advanceClock(seconds: number): number {
    this.clockOffsetSec += seconds;
    return this.nowSec();
  }

  reset(): void {
    this.clear({ clockOffsetSec: 0, frozenAtSec: Math.floor(Date.now() / 1000), runtimeSerial: 0 });
    for (const spec of SEED_USERS) this.createUser(spec);
  }

  clockState(): ClockState {
    return { clockOffsetSec: this.clockOffsetSec, frozenAtSec: this.frozenAtSec, runtimeSerial: this.runtimeSerial };
  }

  /** Empties the store and sets its clock; a saved simulator then re-creates what it held. */
  clear(clock: ClockState): void {
    this.users.clear();
    this.accounts.clear();
    this.authorizations.clear();
    this.deliveries.length = 0;
    this.createdUsers.length = 0;
    this.faults.reset();
    this.fidelity = this.config.fidelity;
    this.clockOffsetSec = clock.clockOffsetSec;
    this.frozenAtSec = clock.frozenAtSec;
    this.runtimeSerial = clock.runtimeSerial;
  }

  /** A fresh number for SIDs of records added at run time. */
  nextSerial(): number {
    return ++this.runtimeSerial;
  }

  /** `atSec`: when the user's history ends (now, or the instant a saved user was first created). */
  createUser(spec: UserSpec, atSec = this.nowSec()): SimUser {
    const email = spec.email.toLowerCase();
    if (this.userByEmail(email)) throw new ConflictError(`A user with email ${email} already exists`);
    const seed = this.config.seed;
    const now = atSec;
    const user: SimUser = {
      id: `US${hex32(seed, "user", email)}`,
      name: spec.name,
      email,
      ownerAccountSid: `AC${hex32(seed, "account", email, 0)}`,
      timeZone: spec.timeZone,
      country: spec.country,
    };
    this.users.set(user.id, user);
    this.createdUsers.push({ spec, atSec });
    const ownerCreated = now - (spec.historyDays + 30) * DAY;
    this.addAccount(user, user.ownerAccountSid, spec, spec.owner, { createdSec: ownerCreated, nowSec: now });
    spec.subaccounts.forEach((sub, n) =>
      this.addAccount(user, `AC${hex32(seed, "account", email, n + 1)}`, spec, sub, {
        createdSec: ownerCreated + (n + 1) * 3 * DAY,
        nowSec: now,
      }),
    );
    return user;
  }

  /** The connect subaccount Connect creates for this app inside the user's account (reused). */
  connectSubaccount(user: SimUser, atSec = this.nowSec()): SimAccount {
    const sid = `AC${hex32(this.config.seed, "connect", this.config.connectAppSid, user.id)}`;
    const existing = this.accounts.get(sid);
    if (existing) return existing;
    const spec = { friendlyName: this.config.connectAppName, calls: 0, messages: 0 };
    const owner = this.accounts.get(user.ownerAccountSid);
    const shape = { historyDays: 1, type: owner?.type ?? "Full" } as const;
    const account = this.addAccount(user, sid, shape, spec, { createdSec: atSec, nowSec: atSec });
    account.connectAppSid = this.config.connectAppSid;
    return account;
  }

  /** A subaccount the user opens later (discovery must find it on the next sync). */
  addSubaccount(user: SimUser, spec: AccountSpec): SimAccount {
    const serial = this.accountTree(user.ownerAccountSid).length;
    const sid = `AC${hex32(this.config.seed, "account", user.email, serial, "added")}`;
    const owner = this.accounts.get(user.ownerAccountSid);
    const nowSec = this.nowSec();
    const shape = { historyDays: 30, type: owner?.type ?? "Full" } as const;
    return this.addAccount(user, sid, shape, spec, { createdSec: nowSec - 30 * DAY, nowSec });
  }

  userByEmail(email: string): SimUser | undefined {
    return [...this.users.values()].find((u) => u.email === email.toLowerCase());
  }

  /** The owner account and all its subaccounts, oldest first. */
  accountTree(ownerAccountSid: string): SimAccount[] {
    return [...this.accounts.values()].filter((a) => a.ownerAccountSid === ownerAccountSid);
  }

  private addAccount(
    user: SimUser,
    sid: string,
    shape: Pick<UserSpec, "historyDays" | "type">,
    spec: AccountSpec,
    { createdSec, nowSec }: { createdSec: number; nowSec: number },
  ): SimAccount {
    const account: SimAccount = {
      sid,
      ownerAccountSid: user.ownerAccountSid,
      userId: user.id,
      friendlyName: spec.friendlyName,
      status: "active",
      type: shape.type,
      authToken: hex32(this.config.seed, "token", sid),
      createdSec,
      connectAppSid: null,
      ...accountData(sid, {
        seed: this.config.seed,
        codec: this.codec,
        nowSec,
        home: user.country,
        timeZone: user.timeZone,
        historyDays: shape.historyDays,
        calls: spec.calls,
        messages: spec.messages,
      }),
    };
    this.accounts.set(sid, account);
    return account;
  }
}
