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

/**
 * The bench's browser draws a frame as soon as there is something new to show instead of on the
 * display's 60 Hz beat. On the beat, every figure would include the wait for the next refresh,
 * 0 to 16.7 ms depending on where in the cycle the key happened to be pressed: a change that costs
 * nothing measured 9 ms median and 17 ms p95 that way on this machine, so a one-frame target could
 * never be met. Unthrottled, a figure is the work itself: input handling, React, style, layout and
 * paint. On a real screen, add the wait for the next refresh.
 */
export const UNTHROTTLED_FRAMES = ['--disable-frame-rate-limit', '--disable-gpu-vsync'] as const;

export async function launchChromium(): Promise<Browser> {
  const { executablePath, args } = chromiumSetup();
  return chromium.launch({ executablePath, args: [...args, ...UNTHROTTLED_FRAMES] });
}
