#!/usr/bin/env node
// Fails when `npm audit --omit=dev` reports a high or critical vulnerability in what ships to readers.
//
// When the audit cannot run (no network, or a registry mirror without the audit endpoint) it warns and
// passes: the test command must work offline, and a missing network is not a defect of this project.
// Set CHECK_AUDIT_STRICT=1 (e.g. in CI, which has the network) to make that case fail too.
// `--input <file>` reads a saved `npm audit --json` report instead of running npm.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const BLOCKING = ['high', 'critical'];

function runAudit() {
  try {
    return execFileSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  } catch (e) {
    // npm audit exits 1 when it finds anything; its report is still on stdout.
    if (typeof e.stdout === 'string' && e.stdout.trim()) return e.stdout;
    return JSON.stringify({ error: { summary: e.message } });
  }
}

/** @returns {{ lines: string[], exitCode: number }} */
function judge(reportText, strict) {
  let report;
  try {
    report = JSON.parse(reportText);
  } catch {
    report = { error: { summary: `npm audit did not print JSON: ${reportText.slice(0, 200)}` } };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const why = report?.error?.summary || report?.message || 'no report';
    const line = `npm audit could not run (${why}); production dependencies were NOT checked for vulnerabilities.`;
    return strict ? { exitCode: 1, lines: [`error: ${line}`] } : { exitCode: 0, lines: [`warning: ${line} Set CHECK_AUDIT_STRICT=1 to fail on this.`] };
  }
  const blocking = Object.values(report.vulnerabilities ?? {}).filter((v) => BLOCKING.includes(v.severity));
  const summary = `npm audit --omit=dev: ${['critical', 'high', 'moderate', 'low'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ')}`;
  if (!blocking.length) return { exitCode: 0, lines: [summary] };
  const lines = [summary, `error: ${blocking.length} package(s) with high or critical vulnerabilities ship to readers:`];
  for (const v of blocking) {
    const advisories = (v.via ?? []).filter((a) => typeof a === 'object').map((a) => `${a.title} (${a.url})`);
    const via = advisories.length ? advisories.join('; ') : `through ${(v.via ?? []).join(', ')}`;
    const fix = v.fixAvailable ? 'fix available: npm audit fix --omit=dev' : 'no fix available yet';
    lines.push(`  ${v.severity.padEnd(8)} ${v.name} ${v.range ?? ''}: ${via}; ${fix}`);
  }
  return { exitCode: 1, lines };
}

const { values } = parseArgs({ options: { input: { type: 'string' } } });
const text = values.input ? readFileSync(values.input, 'utf8') : runAudit();
const { exitCode, lines } = judge(text, process.env.CHECK_AUDIT_STRICT === '1');
for (const l of lines) (exitCode ? console.error : console.log)(l);
process.exitCode = exitCode;
