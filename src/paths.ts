// Every in-app URL is built here, so no route string is typed twice.
export const routes = {
  home: '/',
  archive: '/talks',
  talk: '/talks/:id',
  events: '/events',
  event: '/events/:id',
  speaker: '/speakers/:id',
  speakerPage: '/speakers/:id/page/:page',
  shared: '/shared',
} as const;

function withQuery(path: string, search = ''): string {
  if (search === '' || search === '?') return path;
  return `${path}${search.startsWith('?') ? search : `?${search}`}`;
}

export const paths = {
  home: (search?: string) => withQuery('/', search),
  /** Every talk of the catalog. */
  archive: (search?: string) => withQuery('/talks', search),
  talk: (id: string, search?: string) => withQuery(`/talks/${encodeURIComponent(id)}`, search),
  events: () => '/events',
  event: (id: string, search?: string) => withQuery(`/events/${encodeURIComponent(id)}`, search),
  /** A speaker's talks; page 2 and on only for a speaker with more than a page of them. */
  speaker: (id: string, page = 1) => `/speakers/${encodeURIComponent(id)}${page > 1 ? `/page/${String(page)}` : ''}`,
  /** A read-only list someone shares: the ids travel in the URL, nothing is stored anywhere. */
  shared: (ids: readonly string[]) => `/shared?ids=${ids.map(encodeURIComponent).join(',')}`,
};
