// Every in-app URL is built here, so no route string is typed twice.
export const routes = {
  home: '/',
  talk: '/talks/:id',
  speaker: '/speakers/:id',
} as const;

function withQuery(path: string, search = ''): string {
  if (search === '' || search === '?') return path;
  return `${path}${search.startsWith('?') ? search : `?${search}`}`;
}

export const paths = {
  home: (search?: string) => withQuery('/', search),
  talk: (id: string, search?: string) => withQuery(`/talks/${encodeURIComponent(id)}`, search),
  speaker: (id: string) => `/speakers/${encodeURIComponent(id)}`,
};
