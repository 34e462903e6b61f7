// Prints one plain closing line, "tests: N passed, N failed, N skipped", as the very last line of the
// run (after Jest's own summary), so that any tool reading the end of the log can count the run.
const fs = require('fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`;
    // Jest prints its summary after the reporters; a synchronous write at exit comes after it.
    process.once('exit', () => fs.writeSync(1, line));
  }
}
module.exports = SummaryReporter;
