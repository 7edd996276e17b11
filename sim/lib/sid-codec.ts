import { createCipheriv, createDecipheriv, createHash, type Cipher, type Decipher } from "node:crypto";

/**
 * Reversible SIDs for generated records: AES-128 over (series tag, index) gives SIDs that look
 * random like Twilio's, yet `Calls/{sid}.json` finds record i of a million-call account without
 * an index in memory. ECB is fine here: each block is one independent 16-byte value.
 */
export class SidCodec {
  private readonly cipher: Cipher;
  private readonly decipher: Decipher;

  constructor(seed: number) {
    const key = createHash("sha256").update(`sim-sid-key:${seed}`).digest().subarray(0, 16);
    this.cipher = createCipheriv("aes-128-ecb", key, null).setAutoPadding(false);
    this.decipher = createDecipheriv("aes-128-ecb", key, null).setAutoPadding(false);
  }

  /** 8 bytes naming one series (an account's calls or messages), so SIDs never cross accounts. */
  static tag(series: string): Buffer {
    return createHash("sha256").update(series).digest().subarray(0, 8);
  }

  encode(prefix: string, tag: Buffer, index: number): string {
    return this.encodeRange(prefix, tag, index, 1)[0] ?? "";
  }

  /** SIDs of `count` consecutive indexes in one cipher call: a page needs hundreds of them. */
  encodeRange(prefix: string, tag: Buffer, first: number, count: number): string[] {
    const blocks = Buffer.alloc(16 * count);
    for (let n = 0; n < count; n++) {
      tag.copy(blocks, 16 * n);
      blocks.writeUIntBE(first + n, 16 * n + 10, 6);
    }
    const hex = this.cipher.update(blocks).toString("hex");
    return Array.from({ length: count }, (_, n) => prefix + hex.slice(32 * n, 32 * (n + 1)));
  }

  /** The index encoded in `sid` for this series, or null when the SID belongs elsewhere. */
  decode(sid: string, tag: Buffer): number | null {
    const hex = sid.slice(2);
    if (!/^[0-9a-f]{32}$/.test(hex)) return null;
    const block = this.decipher.update(Buffer.from(hex, "hex"));
    if (!block.subarray(0, 8).equals(tag) || block.readUInt16BE(8) !== 0) return null;
    return block.readUIntBE(10, 6);
  }
}
