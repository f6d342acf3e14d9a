// Renders Adaptive Card JSON files to one HTML page with the official renderer, for a quick look in a browser.
//
//   node render.mjs <card.json | directory> [out.html]     (default out/cards.html)
//
// Cards: CAREERBOT_CARDS_OUT=/tmp/cards dotnet test tests/CareerBot.Bot.Tests keeps every sample card.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const input = process.argv[2];
const output = process.argv[3] ?? path.join(here, 'out', 'cards.html');
if (!input || !fs.existsSync(input)) {
  console.error('usage: node render.mjs <card.json | directory> [out.html]');
  process.exit(2);
}

const dom = new JSDOM('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>');
for (const name of Object.getOwnPropertyNames(dom.window)) {
  if (!(name in globalThis) && /^(HTML|SVG|Node|Element|Event|Document|Text|CustomEvent|KeyboardEvent|MouseEvent)/.test(name)) {
    globalThis[name] = dom.window[name];
  }
}
// jsdom has no innerText (layout-dependent); the renderer sets text through it, so map it to textContent.
Object.defineProperty(dom.window.HTMLElement.prototype, 'innerText', {
  get() { return this.textContent; },
  set(value) { this.textContent = value; },
  configurable: true,
});
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const AC = require('adaptivecards/dist/adaptivecards.js');
console.log = ((log) => (...args) => { if (typeof args[0] !== 'function') log(...args); })(console.log);

const files = fs.statSync(input).isDirectory()
  ? fs.readdirSync(input).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(input, f))
  : [input];

const doc = dom.window.document;
const style = doc.createElement('style');
style.textContent = fs.readFileSync(require.resolve('adaptivecards/dist/adaptivecards.css'), 'utf8') + `
  body { font-family: "Segoe UI", "Noto Sans CJK SC", sans-serif; background: #f3f2f1; }
  section { display: inline-block; vertical-align: top; width: 460px; margin: 12px; }
  h2 { font-size: 13px; color: #605e5c; }
  .card { background: white; border-radius: 6px; box-shadow: 0 1px 3px #0003; }
  .ac-pushButton { padding: 6px 10px; margin: 2px; border: 1px solid #8a8886; background: white; border-radius: 4px; }`;
doc.head.appendChild(style);

for (const file of files) {
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig({ fontFamily: 'Segoe UI, Noto Sans CJK SC, sans-serif' });
  card.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const section = doc.createElement('section');
  const title = doc.createElement('h2');
  title.textContent = path.basename(file);
  const holder = doc.createElement('div');
  holder.className = 'card';
  holder.appendChild(card.render());
  section.append(title, holder);
  doc.body.appendChild(section);
}

fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, dom.serialize());
console.log(`${files.length} card(s) -> ${output}`);
