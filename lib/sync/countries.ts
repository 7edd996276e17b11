// E.164 country calling codes to ISO 3166-1 alpha-2, longest prefix first. Covers the
// countries that carry most voice traffic; other numbers get no country rather than a guess.
const PREFIXES: [string, string][] = [
  ["1242", "BS"], ["1246", "BB"], ["1264", "AI"], ["1268", "AG"], ["1284", "VG"], ["1340", "VI"], ["1345", "KY"],
  ["1441", "BM"], ["1473", "GD"], ["1649", "TC"], ["1658", "JM"], ["1664", "MS"], ["1670", "MP"], ["1671", "GU"],
  ["1684", "AS"], ["1721", "SX"], ["1758", "LC"], ["1767", "DM"], ["1784", "VC"], ["1787", "PR"], ["1809", "DO"],
  ["1829", "DO"], ["1849", "DO"], ["1868", "TT"], ["1869", "KN"], ["1876", "JM"], ["1939", "PR"],
  ["1204", "CA"], ["1226", "CA"], ["1236", "CA"], ["1249", "CA"], ["1250", "CA"], ["1289", "CA"], ["1306", "CA"],
  ["1343", "CA"], ["1365", "CA"], ["1403", "CA"], ["1416", "CA"], ["1418", "CA"], ["1431", "CA"], ["1437", "CA"],
  ["1438", "CA"], ["1450", "CA"], ["1506", "CA"], ["1514", "CA"], ["1519", "CA"], ["1548", "CA"], ["1579", "CA"],
  ["1581", "CA"], ["1587", "CA"], ["1604", "CA"], ["1613", "CA"], ["1639", "CA"], ["1647", "CA"], ["1672", "CA"],
  ["1705", "CA"], ["1709", "CA"], ["1778", "CA"], ["1780", "CA"], ["1782", "CA"], ["1807", "CA"], ["1819", "CA"],
  ["1825", "CA"], ["1867", "CA"], ["1873", "CA"], ["1902", "CA"], ["1905", "CA"],
  ["1", "US"], ["7", "RU"], ["20", "EG"], ["27", "ZA"], ["30", "GR"], ["31", "NL"], ["32", "BE"], ["33", "FR"],
  ["34", "ES"], ["36", "HU"], ["39", "IT"], ["40", "RO"], ["41", "CH"], ["43", "AT"], ["44", "GB"], ["45", "DK"],
  ["46", "SE"], ["47", "NO"], ["48", "PL"], ["49", "DE"], ["51", "PE"], ["52", "MX"], ["54", "AR"], ["55", "BR"],
  ["56", "CL"], ["57", "CO"], ["58", "VE"], ["60", "MY"], ["61", "AU"], ["62", "ID"], ["63", "PH"], ["64", "NZ"],
  ["65", "SG"], ["66", "TH"], ["81", "JP"], ["82", "KR"], ["84", "VN"], ["86", "CN"], ["90", "TR"], ["91", "IN"],
  ["92", "PK"], ["234", "NG"], ["254", "KE"], ["351", "PT"], ["353", "IE"], ["358", "FI"], ["372", "EE"],
  ["380", "UA"], ["420", "CZ"], ["852", "HK"], ["886", "TW"], ["966", "SA"], ["971", "AE"], ["972", "IL"],
];
const BY_PREFIX = new Map(PREFIXES);

/** The country of an E.164 number (`+14155550100` → `US`); null for SIP URIs, client names, unknowns. */
export function countryOf(number: string | null | undefined): string | null {
  if (!number || !/^\+\d{6,15}$/.test(number)) return null;
  for (let length = 4; length >= 1; length -= 1) {
    const country = BY_PREFIX.get(number.slice(1, 1 + length));
    if (country) return country;
  }
  return null;
}
