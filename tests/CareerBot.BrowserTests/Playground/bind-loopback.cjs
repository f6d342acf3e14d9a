// Preloaded into the Microsoft 365 Agents Playground (node --require): it listens on every network interface, and
// a test server here must listen on 127.0.0.1 only. Every server it starts is moved to the loopback address.
'use strict';
const net = require('net');
const LOOPBACK = '127.0.0.1';
const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function (...args) {
  const [first] = args;
  if (first === undefined || typeof first === 'function') {
    args.unshift(0, LOOPBACK); // listen([callback]): a random port, on loopback
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    if (typeof args[1] === 'string') {
      args[1] = LOOPBACK; // listen(port, host, ...)
    } else {
      args.splice(1, 0, LOOPBACK); // listen(port, [backlog], [callback])
    }
  } else if (first && typeof first === 'object' && !first.path && !(first instanceof net.Server) && !('fd' in first) && !('_handle' in first)) {
    args[0] = { ...first, host: LOOPBACK }; // listen({ port, host, ... })
  }
  return listen.apply(this, args);
};
