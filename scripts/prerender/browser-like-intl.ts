// Node's ICU (78 in Node 20.20) follows CLDR 42+, which formats dates with a thin space (U+2009)
// around a range's dash and a narrow no-break space (U+202F) before AM/PM. Chrome and Firefox
// keep plain spaces there for web compatibility. The app formats dates while rendering, so the
// prerendered "March 29 – 30, 2017" would not be the text the browser renders when it hydrates:
// React reports that as a mismatch and throws the page's markup away. Prerendering therefore
// formats dates with the spaces browsers use.
//
// This patches the prerender process only, never the app. It would be unnecessary if
// src/i18n/format.ts normalised these spaces itself, on both sides, which would also cover
// browsers that do ship the new spaces.

const CLDR_DATE_SPACES = /[\u2009\u202f]/g;
const plain = (text: string): string => text.replace(CLDR_DATE_SPACES, ' ');

type Part = { type: string; value: string };
const plainText = (result: unknown): unknown => (typeof result === 'string' ? plain(result) : result);
const plainParts = (result: unknown): unknown =>
  Array.isArray(result) ? (result as Part[]).map((part) => ({ ...part, value: plain(part.value) })) : result;

/** Replaces the method `owner[name]` with one that passes the original's result through `clean`. */
function wrapMethod(owner: object, name: string, clean: (result: unknown) => unknown): void {
  const original: unknown = Object.getOwnPropertyDescriptor(owner, name)?.value;
  if (typeof original !== 'function') return;
  Object.defineProperty(owner, name, {
    configurable: true,
    writable: true,
    value: function (this: unknown, ...args: unknown[]): unknown {
      const result: unknown = Reflect.apply(original, this, args);
      return clean(result);
    },
  });
}

/** Replaces the getter `owner[name]` with one that passes the original's value through `wrap`. */
function wrapGetter(owner: object, name: string, wrap: (value: unknown) => unknown): void {
  const descriptor = Object.getOwnPropertyDescriptor(owner, name);
  const getter: unknown = descriptor && Reflect.get(descriptor, 'get');
  if (typeof getter !== 'function') return;
  Object.defineProperty(owner, name, {
    configurable: true,
    get(this: unknown): unknown {
      const value: unknown = Reflect.apply(getter, this, []);
      return wrap(value);
    },
  });
}

let installed = false;

export function formatDatesLikeBrowsers(): void {
  if (installed) return;
  installed = true;
  const proto: object = Intl.DateTimeFormat.prototype;

  // `format` is a getter that returns a function bound to its formatter.
  wrapGetter(proto, 'format', (format) =>
    typeof format === 'function' ? (date?: Date | number) => plainText(Reflect.apply(format, undefined, [date])) : format,
  );
  wrapMethod(proto, 'formatRange', plainText);
  wrapMethod(proto, 'formatToParts', plainParts);
  wrapMethod(proto, 'formatRangeToParts', plainParts);
  for (const name of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) wrapMethod(Date.prototype, name, plainText);
}
