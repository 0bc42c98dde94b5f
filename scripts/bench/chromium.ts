// The browser the benchmarks run in: the end-to-end tests' Chromium with the same launch flags,
// read from playwright.config.ts so the two cannot drift apart.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import playwrightConfig from '../../playwright.config.ts';

export class ChromiumMissingError extends Error {}

export interface ChromiumSetup {
  readonly executablePath: string;
  readonly args: readonly string[];
}

export function chromiumSetup(): ChromiumSetup {
  const launch = playwrightConfig.use?.launchOptions;
  const executablePath = launch?.executablePath;
  if (executablePath === undefined || launch?.args === undefined) {
    throw new Error('playwright.config.ts no longer sets use.launchOptions.executablePath and args; the bench reads them there');
  }
  if (!existsSync(executablePath)) {
    throw new ChromiumMissingError(
      `Chromium is not at ${executablePath}. Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return { executablePath, args: launch.args };
}

export async function launchChromium(): Promise<Browser> {
  const { executablePath, args } = chromiumSetup();
  return chromium.launch({ executablePath, args: [...args] });
}
