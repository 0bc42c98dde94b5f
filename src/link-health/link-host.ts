// What a link to slides is called where the words around it already say "Slides": the service
// it is on (SlideShare, Speaker Deck…) or, for anything else, its host. "Slides: Slides" told a
// reader nothing; "Slides: SlideShare" tells one in mainland China that it will not load.

/** Services by registrable host; a subdomain of one is the same service. */
const SERVICES: readonly (readonly [host: string, name: string])[] = [
  ['slideshare.net', 'SlideShare'],
  ['speakerdeck.com', 'Speaker Deck'],
  ['docs.google.com', 'Google Docs'],
  ['drive.google.com', 'Google Drive'],
  ['dropbox.com', 'Dropbox'],
  ['github.com', 'GitHub'],
  ['sched.com', 'Sched'],
];

/** "SlideShare", "Speaker Deck"… or the bare host ("example.org"); the URL itself if it does not parse. */
export function linkHostName(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  // Google's decks share docs.google.com with its documents.
  if (host === 'docs.google.com' && parsed.pathname.startsWith('/presentation/')) return 'Google Slides';
  const service = SERVICES.find(([known]) => host === known || host.endsWith(`.${known}`));
  return service === undefined ? host.replace(/^www\./, '') : service[1];
}
