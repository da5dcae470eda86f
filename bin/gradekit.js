#!/usr/bin/env node
"use strict";
// The compiled CLI lives in lib/ (built by `npm run build:cli`, which `npm ci` runs via prepare).
const path = require("node:path");
const fs = require("node:fs");
const entry = path.join(__dirname, "..", "lib", "cli", "cli.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("Error: the CLI is not built. Run `npm run build:cli` (or `npm ci`) first.\n");
  process.exit(2);
}
require(entry).main(process.argv);
