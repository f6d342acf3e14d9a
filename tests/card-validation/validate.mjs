// Validates every *.json Adaptive Card in a directory with the official tools and prints a JSON report.
//
//   node validate.mjs <dir>
//
// 1. adaptivecards (the official JS renderer): card.parse() and card.validateProperties() events, all of them,
//    then card.render() into a jsdom document (parsing and validation need no DOM; rendering does).
// 2. @microsoft/teams.cards + typescript: each card becomes `const card: IAdaptiveCard = <json>;` and tsc --noEmit
//    must accept it (object literals get excess-property checks, so unknown properties and bad enum values fail).
// 3. The official Adaptive Cards 1.5 JSON schema (schema/, draft-06) with ajv: it catches what the renderer lets
//    through, such as a TextBlock without text.
// 4. Wire rules of the bot: version "1.5", "type" written first in every typed object, at most 5 card actions.
//
// Exit code 0 when there are no problems, 1 when there are, 2 on bad usage.
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const dir = process.argv[2];
if (!dir || !fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
  console.error('usage: node validate.mjs <directory of *.json cards>');
  process.exit(2);
}

// The renderer reads `document`/`window` only when rendering; give it a DOM before loading it.
const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>');
for (const name of Object.getOwnPropertyNames(dom.window)) {
  if (!(name in globalThis) && /^(HTML|SVG|Node|Element|Event|Document|Text|CustomEvent|KeyboardEvent|MouseEvent)/.test(name)) {
    globalThis[name] = dom.window[name];
  }
}
globalThis.window = dom.window;
globalThis.document = dom.window.document;
// The renderer logs to the console (e.g. that markdown processing is off); stdout carries only the JSON report.
const log = [];
for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
  console[level] = (...args) => log.push(`${level}: ${args.map(String).join(' ')}`);
}
// lib/ is extensionless ESM that Node cannot load; dist/ is the published UMD bundle.
const AC = require('adaptivecards/dist/adaptivecards.js');

const MaxCardActions = 5;
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const problems = [];
const add = (file, tool, message) => problems.push({ file, tool, message });

const cards = new Map();
for (const file of files) {
  try {
    cards.set(file, JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
  } catch (e) {
    add(file, 'json', `not valid JSON: ${e.message}`);
  }
}

// ---- 1. the official renderer -------------------------------------------------------------------------------
for (const [file, json] of cards) {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  try {
    card.parse(json, context);
  } catch (e) {
    add(file, 'adaptivecards.parse', `threw: ${e.message}`);
    continue;
  }
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    add(file, 'adaptivecards.parse', `${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  const results = card.validateProperties();
  for (const e of results.validationEvents) {
    add(file, 'adaptivecards.validate', `${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  try {
    const element = card.render();
    if (!element) {
      add(file, 'adaptivecards.render', 'render() produced nothing');
    }
  } catch (e) {
    add(file, 'adaptivecards.render', `threw: ${e.message}`);
  }
}

// ---- 2. the Teams SDK's card types ----------------------------------------------------------------------------
if (cards.size > 0) {
  const work = fs.mkdtempSync(path.join(dir, '.tsc-'));
  try {
    const names = new Map();
    let n = 0;
    for (const [file, json] of cards) {
      const ts = `card${n++}.ts`;
      names.set(ts, file);
      fs.writeFileSync(
        path.join(work, ts),
        `import type { IAdaptiveCard } from '@microsoft/teams.cards';\n\nexport const card: IAdaptiveCard = ${JSON.stringify(json, null, 2)};\n`);
    }
    fs.writeFileSync(path.join(work, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        skipLibCheck: true,
        types: [],
        paths: { '@microsoft/teams.cards': [path.join(here, 'node_modules/@microsoft/teams.cards')] },
      },
      include: ['*.ts'],
    }, null, 2));
    const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', work, '--pretty', 'false'], { encoding: 'utf8' });
    if (tsc.error) {
      add('*', 'tsc', `could not run: ${tsc.error.message}`);
    } else if (tsc.status !== 0) {
      const output = `${tsc.stdout}${tsc.stderr}`;
      let matched = 0;
      // tsc prints one diagnostic per line, continuation lines indented.
      const lines = output.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const m = /^(?:.*[\\/])?(card\d+\.ts)\((\d+),(\d+)\): (error TS\d+: .*)$/.exec(lines[i]);
        if (!m) continue;
        let message = m[4];
        while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1])) message += ' ' + lines[++i].trim();
        const source = fs.readFileSync(path.join(work, m[1]), 'utf8').split('\n')[Number(m[2]) - 1]?.trim();
        add(names.get(m[1]) ?? m[1], 'tsc', `line ${m[2]} (${source}): ${message}`);
        matched++;
      }
      if (matched === 0) add('*', 'tsc', `exit ${tsc.status}: ${output.trim() || 'no output'}`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

// ---- 3. the official JSON schema -------------------------------------------------------------------------------
{
  const Ajv = require('ajv');
  const ajv = new Ajv({ strict: false, allErrors: true, verbose: true, validateSchema: false });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  // Formats are not what this check is for (the renderer and the typed model check URLs); accept them all.
  for (const format of ['uri', 'uri-reference', 'uri-template', 'date', 'time', 'date-time', 'color', 'email']) {
    ajv.addFormat(format, true);
  }
  const { id, ...schema } = JSON.parse(fs.readFileSync(path.join(here, 'schema', 'adaptive-card-1.5.json'), 'utf8'));
  const validateSchema = ajv.compile({ $id: id, ...schema });
  for (const [file, json] of cards) {
    if (!validateSchema(json)) {
      // anyOf has a branch per element type, and each branch reports its own errors: keep the errors of the branch
      // for the element's own type (and those not tied to a type), when there are any.
      const all = validateSchema.errors ?? [];
      const at = (pointer) => pointer.split('/').slice(1).reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], json);
      const relevant = all.filter((e) => {
        if (e.keyword === 'anyOf' || (e.keyword === 'enum' && e.instancePath.endsWith('/type'))) return false;
        const branchTypes = e.parentSchema?.properties?.type?.enum;
        const type = at(e.instancePath)?.type;
        return !branchTypes || type === undefined || branchTypes.includes(type);
      });
      const errors = relevant.length > 0 ? relevant : all;
      const messages = [...new Set(errors
        .map((e) => `${e.instancePath || '/'} ${e.message}`))];
      add(file, 'schema', `${messages.slice(0, 8).join('; ')}${messages.length > 8 ? ` … ${messages.length - 8} more` : ''}`);
    }
  }
}

// ---- 4. the bot's own wire rules ------------------------------------------------------------------------------
const typed = (node, where, file) => {
  if (Array.isArray(node)) {
    node.forEach((item, i) => typed(item, `${where}[${i}]`, file));
  } else if (node && typeof node === 'object') {
    const keys = Object.keys(node);
    if (keys.includes('type') && keys[0] !== 'type') add(file, 'wire', `${where}: "type" is not the first property`);
    for (const [key, value] of Object.entries(node)) {
      if (value === null) add(file, 'wire', `${where}.${key} is null (nulls must be omitted)`);
      if (key !== 'data') typed(value, `${where}.${key}`, file);
    }
  }
};
for (const [file, json] of cards) {
  if (json.type !== 'AdaptiveCard') add(file, 'wire', `type is ${JSON.stringify(json.type)}, not "AdaptiveCard"`);
  if (json.version !== '1.5') add(file, 'wire', `version is ${JSON.stringify(json.version)}, not "1.5" (Teams renders up to 1.5)`);
  if ((json.actions?.length ?? 0) > MaxCardActions) add(file, 'wire', `${json.actions.length} card actions (at most ${MaxCardActions})`);
  typed(json, '$', file);
}

const report = {
  ok: problems.length === 0 && files.length > 0,
  cards: files.length,
  tools: {
    adaptivecards: require('adaptivecards/package.json').version,
    '@microsoft/teams.cards': require('@microsoft/teams.cards/package.json').version,
    typescript: require('typescript/package.json').version,
    ajv: require('ajv/package.json').version,
    schema: 'adaptive-card-1.5.json (microsoft/AdaptiveCards schemas/1.5.0)',
  },
  problems,
};
if (files.length === 0) problems.push({ file: '*', tool: 'validate', message: `no *.json cards in ${dir}` });
process.stdout.write(JSON.stringify(report, null, 2) + '\n', () => process.exit(report.ok ? 0 : 1));
