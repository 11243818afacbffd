import { expect, test } from '@playwright/test';
import { countText, countryName, dataset, escapeRegExp, eventsWith, mostCommon, must, resultCount } from './support/published-data';

test('a reader keeps only the events involving one country', async ({ page }) => {
  const code = must(mostCommon(dataset.events.flatMap((e) => e.countries)));
  const n = eventsWith((e) => e.countries.includes(code)).length;
  await page.goto('/');
  const box = page.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(countryName(code))}`) });
  await box.check();
  await expect(resultCount(page, countText(n))).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`country=${code}`));
  await box.uncheck();
  await expect(resultCount(page, countText(dataset.events.length))).toBeVisible();
});
