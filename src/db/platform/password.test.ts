import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password only, with a distinct salt per hash', async () => {
    const a = await hashPassword('Periop@2026!');
    const b = await hashPassword('Periop@2026!');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('Periop@2026!', a)).toBe(true);
    expect(await verifyPassword('Periop@2027', a)).toBe(false);
    expect(await verifyPassword('Periop@2026!', 'garbage')).toBe(false);
  });
});
