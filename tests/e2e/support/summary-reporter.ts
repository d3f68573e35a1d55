import type { FullResult, Reporter, Suite } from '@playwright/test/reporter';

/**
 * Prints one last line that `.ci/run` counts: `e2e: N passed, N failed`. A test that did not run
 * (skipped, or cut short by an interrupted run) counts as failed: the suite has no skipped tests,
 * so one that did not run is a test that did not pass. An error outside any test (the web server
 * did not start, a test file does not compile) counts as one failure.
 */
class SummaryReporter implements Reporter {
  private root: Suite | undefined;
  private globalErrors = 0;

  onBegin(_config: unknown, suite: Suite): void {
    this.root = suite;
  }

  onError(): void {
    this.globalErrors += 1;
  }

  onEnd(result: FullResult): void {
    let passed = 0;
    let failed = 0;
    let flaky = 0;
    let notRun = 0;
    const tests = this.root?.allTests() ?? [];
    // `playwright test --list` ends a run in which nothing ran and nothing failed: nothing to count.
    if (result.status === 'passed' && tests.every((test) => test.results.length === 0)) return;
    for (const test of tests) {
      const outcome = test.outcome();
      if (outcome === 'expected') passed += 1;
      else if (outcome === 'flaky') flaky += 1;
      else if (outcome === 'skipped') notRun += 1;
      else failed += 1;
    }
    // A run that failed without a failed test (global setup, web server, timeout) is still a failure.
    const outside =
      this.globalErrors > 0 || (result.status !== 'passed' && failed + notRun === 0)
        ? Math.max(1, this.globalErrors)
        : 0;
    const details = [
      flaky > 0 ? `${String(flaky)} flaky, counted as passed` : '',
      notRun > 0 ? `${String(notRun)} did not run` : '',
      outside > 0 ? `${String(outside)} error(s) outside tests` : '',
      `status ${result.status}`,
    ].filter(Boolean);
    process.stdout.write(
      `\ne2e (${details.join('; ')})\ne2e: ${String(passed + flaky)} passed, ${String(failed + notRun + outside)} failed\n`,
    );
  }

  printsToStdio(): boolean {
    return true;
  }
}

export default SummaryReporter;
