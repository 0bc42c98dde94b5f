// localStorage that never breaks the app. Private modes and full quotas make it throw; other
// tabs, old versions or hand edits can leave text that is not JSON. Reading falls back to
// "nothing stored" and writing to "not kept this time", and an unreadable value is copied
// aside rather than overwritten, so nothing the reader saved is destroyed by a bad read.
import type { PersistStorage, StorageValue } from 'zustand/middleware';

function localStorageOrNull(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readRaw(name: string): string | null {
  try {
    return localStorageOrNull()?.getItem(name) ?? null;
  } catch {
    return null;
  }
}

export function writeRaw(name: string, value: string): boolean {
  try {
    const storage = localStorageOrNull();
    if (!storage) return false;
    storage.setItem(name, value);
    return true;
  } catch {
    return false;
  }
}

function removeRaw(name: string): void {
  try {
    localStorageOrNull()?.removeItem(name);
  } catch {
    // Nothing to do: the value stays, which is the safe outcome.
  }
}

/**
 * A zustand PersistStorage over localStorage that swallows every storage failure. Given the
 * store's version, a value written by a newer version is copied aside too: the store migrates
 * it down and writes it back at once, which would drop whatever only the newer version reads.
 */
export function safeJsonStorage<S>(currentVersion?: number): PersistStorage<S> {
  return {
    getItem: (name) => {
      const text = readRaw(name);
      if (text === null) return null;
      try {
        const parsed: unknown = JSON.parse(text);
        if (typeof parsed === 'object' && parsed !== null && 'state' in parsed) {
          const { version } = parsed as { version?: unknown };
          if (currentVersion !== undefined && typeof version === 'number' && version > currentVersion) {
            writeRaw(`${name}:unreadable`, text);
          }
          return parsed as StorageValue<S>;
        }
      } catch {
        // Fall through: keep the unreadable text under another key before it can be overwritten.
      }
      writeRaw(`${name}:unreadable`, text);
      return null;
    },
    setItem: (name, value) => {
      writeRaw(name, JSON.stringify(value));
    },
    removeItem: removeRaw,
  };
}
