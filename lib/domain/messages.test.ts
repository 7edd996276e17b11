import { describe, expect, it } from "vitest";
import { DESCRIBED_MESSAGE_ERROR_CODES, messageErrorEntry, twilioErrorUrl } from "./message-errors";
import {
  messageChannel,
  messageChannelLabel,
  messageDirectionLabel,
  messageStatusLabel,
  messageWasSent,
} from "./messages";

describe("messageChannel", () => {
  it("tells WhatsApp, other channels, MMS and SMS apart", () => {
    expect(messageChannel("whatsapp:+14155550100", "whatsapp:+447700900123", 0)).toBe("whatsapp");
    expect(messageChannel("+14155550100", "whatsapp:+447700900123", 1)).toBe("whatsapp");
    expect(messageChannel("messenger:1234", "+14155550100", 0)).toBe("other");
    expect(messageChannel("+14155550100", "+447700900123", 2)).toBe("mms");
    expect(messageChannel("+14155550100", "+447700900123", 0)).toBe("sms");
    expect(messageChannel("+14155550100", "+447700900123", null)).toBe("sms");
  });
});

describe("labels", () => {
  it("names known values and passes unknown ones through, never an Object member", () => {
    expect(messageStatusLabel("partially_delivered")).toBe("Partially delivered");
    expect(messageStatusLabel("teleported")).toBe("teleported");
    expect(messageDirectionLabel("outbound-reply")).toBe("Outbound (reply)");
    expect(messageDirectionLabel("constructor")).toBe("constructor");
    expect(messageChannelLabel("whatsapp")).toBe("WhatsApp");
    expect(messageChannelLabel("toString")).toBe("toString");
  });
});

describe("messageWasSent", () => {
  it("is true once Twilio sent (or received) a message, so its date_sent is Twilio's", () => {
    for (const status of ["sent", "delivered", "read", "partially_delivered", "undelivered", "received"]) {
      expect(messageWasSent(status), status).toBe(true);
    }
    for (const status of [
      "accepted",
      "scheduled",
      "queued",
      "sending",
      "failed",
      "canceled",
      "receiving",
      "constructor",
    ]) {
      expect(messageWasSent(status), status).toBe(false);
    }
  });
});

describe("the message error dictionary", () => {
  it("describes the codes messages commonly carry, and links every code to Twilio's page", () => {
    expect(DESCRIBED_MESSAGE_ERROR_CODES).toEqual(
      expect.arrayContaining([21610, 21614, 30003, 30005, 30006, 30007, 30008, 63016]),
    );
    expect(messageErrorEntry(30007)?.title).toBe("Message filtered");
    expect(messageErrorEntry(12345)).toBeNull();
    expect(twilioErrorUrl(30003)).toBe("https://www.twilio.com/docs/api/errors/30003");
  });
});
