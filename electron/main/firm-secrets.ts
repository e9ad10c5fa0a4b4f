import { safeStorage } from 'electron';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FirmSecrets, memorySecrets } from '../core/firm/secrets.js';

/**
 * The firm library's password through Electron's safeStorage (Keychain, DPAPI, libsecret): only the
 * OS-encrypted bytes reach the data folder. Without an OS store the password lives in memory only.
 */
export function firmSecretsFor(dataDir: string): FirmSecrets {
  // Linux without a keyring falls back to a fixed key ('basic_text'): that is not a credential store.
  const weak = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  if (!safeStorage.isEncryptionAvailable() || weak) return memorySecrets();
  const file = join(dataDir, 'firm-credentials.bin');
  const read = (): Record<string, string> => {
    try {
      return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  return {
    kind: 'os',
    load(key) {
      const sealed = read()[key];
      if (!sealed) return null;
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        return null;
      }
    },
    save(key, secret) {
      const all = read();
      if (secret === null) delete all[key];
      else all[key] = safeStorage.encryptString(secret).toString('base64');
      writeFileSync(`${file}.tmp`, JSON.stringify(all), { mode: 0o600 });
      renameSync(`${file}.tmp`, file);
    },
  };
}
