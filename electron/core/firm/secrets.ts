/**
 * Where the firm library's password is kept. The desktop app passes one backed by Electron's
 * safeStorage (the OS credential store); browser mode and the CLI keep it in memory only.
 */
export interface FirmSecrets {
  readonly kind: 'os' | 'memory';
  load(key: string): string | null;
  save(key: string, secret: string | null): void;
}

export function memorySecrets(): FirmSecrets {
  const held = new Map<string, string>();
  return {
    kind: 'memory',
    load: (key) => held.get(key) ?? null,
    save: (key, secret) => {
      if (secret === null) held.delete(key);
      else held.set(key, secret);
    },
  };
}
