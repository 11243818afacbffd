import { InputError } from './input-error';

/** Runs `f` and returns the InputError it throws; fails when it throws nothing or something else. For tests. */
export function catchInputError(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}
