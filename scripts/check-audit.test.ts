import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'check-audit-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the real script on a saved `npm audit --json` report, as `npm test` runs it on a live one. */
function check(report: unknown, env: Record<string, string> = {}) {
  const file = join(dir, `${String(Math.random()).slice(2)}.json`);
  writeFileSync(file, typeof report === 'string' ? report : JSON.stringify(report));
  const r = spawnSync(process.execPath, ['scripts/check-audit.mjs', '--input', file], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout + r.stderr };
}

const counts = (c: Partial<Record<'info' | 'low' | 'moderate' | 'high' | 'critical', number>>) => ({
  vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: Object.values(c).reduce((a, b) => a + b, 0), ...c },
  dependencies: { prod: 40, dev: 300, optional: 10, peer: 0, peerOptional: 0, total: 350 },
});

// Shaped after real advisories (GitHub Advisory Database), in npm's auditReportVersion 2 format.
const crossSpawn = {
  name: 'cross-spawn',
  severity: 'high',
  isDirect: false,
  via: [{ source: 1100563, name: 'cross-spawn', dependency: 'cross-spawn', title: 'Regular Expression Denial of Service (ReDoS) in cross-spawn', url: 'https://github.com/advisories/GHSA-3xgq-45jj-v275', severity: 'high', range: '>=7.0.0 <7.0.5' }],
  effects: ['some-runner'],
  range: '7.0.0 - 7.0.4',
  nodes: ['node_modules/cross-spawn'],
  fixAvailable: true,
};
const someRunner = { name: 'some-runner', severity: 'high', isDirect: true, via: ['cross-spawn'], effects: [], range: '<=2.1.0', nodes: ['node_modules/some-runner'], fixAvailable: false };
const formData = {
  name: 'form-data',
  severity: 'critical',
  isDirect: false,
  via: [{ source: 1106508, name: 'form-data', dependency: 'form-data', title: 'form-data uses unsafe random function for choosing boundary', url: 'https://github.com/advisories/GHSA-fjxv-7rqg-78g4', severity: 'critical', range: '>=4.0.0 <4.0.4' }],
  effects: [],
  range: '4.0.0 - 4.0.3',
  nodes: ['node_modules/form-data'],
  fixAvailable: true,
};
const moderate = { ...formData, name: 'brace-expansion', severity: 'moderate', via: [{ ...formData.via[0], title: 'brace-expansion ReDoS', severity: 'moderate' }] };

describe('check-audit', () => {
  it('passes a clean report and prints the counts', () => {
    const r = check({ auditReportVersion: 2, vulnerabilities: {}, metadata: counts({}) });
    expect(r.code).toBe(0);
    expect(r.out).toContain('0 critical, 0 high, 0 moderate, 0 low');
  });

  it('passes moderate and low findings, which do not block', () => {
    const r = check({ auditReportVersion: 2, vulnerabilities: { 'brace-expansion': moderate }, metadata: counts({ moderate: 1 }) });
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 moderate');
  });

  it('fails on high and critical findings and lists each with its advisory and fix', () => {
    const r = check({
      auditReportVersion: 2,
      vulnerabilities: { 'cross-spawn': crossSpawn, 'some-runner': someRunner, 'form-data': formData, 'brace-expansion': moderate },
      metadata: counts({ high: 2, critical: 1, moderate: 1 }),
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain('3 package(s) with high or critical vulnerabilities');
    expect(r.out).toMatch(/critical +form-data 4\.0\.0 - 4\.0\.3: form-data uses unsafe random function .*GHSA-fjxv-7rqg-78g4.*fix available/);
    expect(r.out).toMatch(/high +cross-spawn .*GHSA-3xgq-45jj-v275/);
    expect(r.out).toMatch(/high +some-runner <=2\.1\.0: through cross-spawn; no fix available yet/);
    expect(r.out).not.toMatch(/^\s+moderate/m);
  });

  it('warns but passes when the registry cannot be reached, and fails in strict mode', () => {
    const offline = { error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org', detail: '' } };
    const lax = check(offline);
    expect(lax.code).toBe(0);
    expect(lax.out).toMatch(/^warning: npm audit could not run \(request to .* ENOTFOUND registry\.npmjs\.org\); production dependencies were NOT checked/);
    const strict = check(offline, { CHECK_AUDIT_STRICT: '1' });
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(/^error: npm audit could not run/);
  });

  it('treats output that is not a report as an audit that did not run', () => {
    expect(check('npm ERR! code E405').out).toMatch(/^warning: npm audit could not run \(npm audit did not print JSON: npm ERR! code E405\)/);
  });
});
