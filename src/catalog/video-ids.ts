// Ids read back from the video URLs the schema admits (catalog-schema.ts, VIDEO_URL_PATTERNS).
// Re-extracted defensively: an embed or a merge only happens when an id is found.

export function youTubeIdOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.hostname !== 'www.youtube.com' && parsed.hostname !== 'youtube.com') return null;
  const id = parsed.searchParams.get('v');
  return id !== null && /^[\w-]{11}$/.test(id) ? id : null;
}

export function tencentIdOf(url: string): string | null {
  return /^https:\/\/v\.qq\.com\/x\/page\/([a-z0-9]+)\.html$/.exec(url)?.[1] ?? null;
}
