// Load-bench baseline: the botbuilder-js echo bot (TeamsActivityHandler, CloudAdapter + ConfigurationBotFrameworkAuthentication({}),
// anonymous), served by node's own http module instead of restify, so the baseline pays for the SDK and not for a
// web framework. One text reply per message, sent to the activity's serviceUrl.
'use strict';
const http = require('node:http');
const { TeamsActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } = require('botbuilder');

const port = Number(process.argv[2] || process.env.PORT || 3978);
const host = '127.0.0.1';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`turn error: ${error && error.stack ? error.stack : error}`);
  await context.sendActivity('The bot encountered an error.');
};

class EchoBot extends TeamsActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = `Echo: ${context.activity.text}`;
      await context.sendActivity(MessageFactory.text(text, text));
      await next();
    });
  }
}
const bot = new EchoBot();

// What CloudAdapter.process needs from restify/express: a parsed body on req, status/header/send/end on res.
function responseShim(res) {
  return {
    socket: res.socket,
    status(code) { res.statusCode = code; },
    header(name, value) { res.setHeader(name, value); },
    send(body) {
      if (typeof body === 'string' || Buffer.isBuffer(body)) {
        res.write(body);
      } else if (body !== undefined) {
        res.setHeader('Content-Type', 'application/json');
        res.write(JSON.stringify(body));
      }
    },
    end() { res.end(); },
  };
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/api/messages') {
    res.statusCode = 404;
    res.end();
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    try {
      req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch (e) {
      res.statusCode = 400;
      res.end(`bad JSON: ${e.message}`);
      return;
    }
    adapter.process(req, responseShim(res), (context) => bot.run(context)).catch((err) => {
      console.error(`process failed: ${err && err.stack ? err.stack : err}`);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
});
server.keepAliveTimeout = 65000;
server.listen(port, host, () => console.log(`js-echo listening on http://${host}:${port}/api/messages`));

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
