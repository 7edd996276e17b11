// GSM 03.38: the default alphabet takes one septet a character, its extension table two.
const GSM_BASIC = new Set(
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà",
);
const GSM_EXTENSION = new Set("\f^{}\\[~]|€");

/** One segment holds 160 GSM-7 septets; concatenated ones lose 7 to their header. */
const GSM_SINGLE = 160;
const GSM_PART = 153;
/** Any other character makes the whole body UCS-2: 70 UTF-16 units alone, 67 a part (an emoji takes 2). */
const UCS2_SINGLE = 70;
const UCS2_PART = 67;

const split = (units: number, single: number, part: number) => (units <= single ? 1 : Math.ceil(units / part));

/** How many SMS segments carry `body`, as Twilio counts them for `num_segments`. */
export function smsSegments(body: string): number {
  let septets = 0;
  for (const char of body) {
    if (GSM_BASIC.has(char)) septets += 1;
    else if (GSM_EXTENSION.has(char)) septets += 2;
    else return split(body.length, UCS2_SINGLE, UCS2_PART);
  }
  return split(septets, GSM_SINGLE, GSM_PART);
}
