// A count and its noun for the scripts' English output: "1 talk", "2 talks", "1 entry" (pass the
// plural when it is not the noun plus "s"). The app's own words do this per message, in both
// languages (src/i18n/messages.ts); the scripts speak English to whoever runs them.
export const counted = (count: number, word: string, plural = `${word}s`): string =>
  `${count.toLocaleString('en-US')} ${count === 1 ? word : plural}`;
