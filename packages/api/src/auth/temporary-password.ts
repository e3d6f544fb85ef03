import { randomInt } from 'node:crypto';

/** Letters and digits that read unambiguously aloud and on paper: no 0/O, 1/l/I. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A temporary password to read out or hand over: four groups of four (about 79 bits), e.g. `k7mq-...`.
 * It only lets its owner choose a password of their own.
 */
export function newTemporaryPassword(): string {
  const group = () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}
