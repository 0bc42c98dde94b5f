// Lighthouse through its Node API, in the end-to-end tests' Chromium with their launch flags.
// Default settings on purpose: a mobile device with simulated slow 4G and a 4× slower CPU, the
// conditions the published Lighthouse scores assume.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumSetup } from '../bench/chromium';
import { CATEGORIES } from './lighthouse-summary';

export interface AuditTarget {
  readonly page: string;
  readonly url: string;
}

export class LighthouseFailedError extends Error {}

export async function runLighthouse(targets: readonly AuditTarget[]): Promise<Map<string, Result>> {
  const { executablePath, args } = chromiumSetup();
  const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: [...args], logLevel: 'error' });
  try {
    const results = new Map<string, Result>();
    // One page at a time: parallel runs would share the CPU and skew each other's timings.
    for (const target of targets) {
      const run = await lighthouse(target.url, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (run === undefined) throw new LighthouseFailedError(`Lighthouse returned no result for ${target.url}`);
      const { runtimeError } = run.lhr;
      if (runtimeError !== undefined) {
        throw new LighthouseFailedError(`Lighthouse could not audit ${target.url}: ${runtimeError.code}: ${runtimeError.message}`);
      }
      results.set(target.page, run.lhr);
    }
    return results;
  } finally {
    chrome.kill();
  }
}
