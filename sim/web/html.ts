/** Tagged-template HTML: interpolated values are escaped unless wrapped in `raw()`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function raw(value: string): SafeHtml {
  return new SafeHtml(value);
}

function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

type Part = string | number | SafeHtml | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return "";
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  return raw(strings.reduce((acc, s, i) => acc + s + (i < parts.length ? render(parts[i]) : ""), ""));
}

const STYLE = `
:root { color-scheme: light dark; --bg: #f4f4f6; --card: #fff; --text: #121c2d; --muted: #606b85;
  --line: #d8dbe3; --accent: #0263e0; --accent-text: #fff; --danger: #d61f1f; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0b1220; --card: #151e2e; --text: #f4f4f6; --muted: #aeb2c1; --line: #2f3a50;
    --accent: #4d9bff; --accent-text: #0b1220; --danger: #ff6b6b; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; background: var(--bg); color: var(--text); }
main { max-width: 44rem; margin: 2rem auto; padding: 2rem; background: var(--card); border: 1px solid var(--line); border-radius: 12px; }
main.wide { max-width: 72rem; }
h1 { font-size: 1.4rem; margin-top: 0; } h2 { font-size: 1.1rem; }
.muted, .note { color: var(--muted); } .note { font-size: .875rem; }
fieldset { border: 1px solid var(--line); border-radius: 8px; padding: 1rem; }
.choice { display: flex; gap: .6rem; align-items: center; padding: .35rem 0; }
.actions { display: flex; gap: .75rem; margin-top: 1.25rem; }
button { font: inherit; padding: .55rem 1.2rem; border-radius: 6px; border: 1px solid var(--line); background: var(--card); color: var(--text); cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-text); }
button.danger { color: var(--danger); border-color: var(--danger); }
button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
table { width: 100%; border-collapse: collapse; font-size: .9rem; }
th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
code { font-size: .85em; } a { color: var(--accent); }
`;

export function page(title: string, body: SafeHtml, wide = false): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<main class="${wide ? "wide" : ""}">${body}</main>
</body>
</html>`.value;
}
