// Prints a TCP port that is free on 127.0.0.1 right now (the kernel picks it), for the bench's processes.
'use strict';
const s = require('node:net').createServer();
s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });
