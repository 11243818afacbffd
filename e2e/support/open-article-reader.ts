import type { Locator } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * Clicks the first "Read the whole article" of an event's details once every excerpt's paragraph has loaded: the
 * paragraph replaces the bare excerpt and moves the button down, so a click aimed while it loads can land on the
 * text instead (it did once on a busy machine, and the reader never opened).
 */
export async function openArticleReader(details: Locator): Promise<void> {
  await expect(details.locator('blockquote[aria-busy="true"]')).toHaveCount(0);
  await details.getByRole('button', { name: /^Read the whole article/ }).first().click();
}
