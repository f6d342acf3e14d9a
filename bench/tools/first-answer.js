// Start-up probe for the load bench: POSTs one real message activity to a target's /api/messages every few
// milliseconds until it is answered 200, then prints the milliseconds from <startEpochMs> (taken just before the
// target's process was started) to that answer. Exits 1 if nothing answered within <timeoutMs>.
// usage: node first-answer.js <url> <startEpochMs> <timeoutMs> <serviceUrl> [locale] [text]
'use strict';
const http = require('node:http');

const [url, startMs, timeoutMs, serviceUrl, locale = 'en-US', text = 'start'] = process.argv.slice(2);
const start = Number(startMs);
const deadline = start + Number(timeoutMs);
const body = JSON.stringify({
  type: 'message', id: 'e0-startup-probe', channelId: 'msteams', serviceUrl, locale, text,
  timestamp: new Date().toISOString(),
  from: { id: '29:u-startup-probe', name: 'Bench User' }, recipient: { id: '28:careerbot', name: 'CareerBot' },
  conversation: { id: 'startup-probe', conversationType: 'personal', tenantId: 'bench-tenant' },
  channelData: { tenant: { id: 'bench-tenant' } },
});

function attempt() {
  if (Date.now() > deadline) {
    console.error(`no 200 from ${url} within ${timeoutMs} ms`);
    process.exit(1);
  }
  const req = http.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }, agent: false }, (res) => {
    res.resume();
    res.on('end', () => {
      if (res.statusCode === 200) {
        console.log(Date.now() - start);
        process.exit(0);
      }
      setTimeout(attempt, 5);
    });
  });
  req.setTimeout(Math.max(1, deadline - Date.now()), () => req.destroy(new Error('timeout')));
  req.on('error', () => setTimeout(attempt, 5));
  req.end(body);
}
attempt();
