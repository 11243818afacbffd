import { expect, test } from '@playwright/test';
import { countText, dataset, escapeRegExp, eventsWith, mostCommon, must, resultCount } from './support/published-data';

test('a reader finds an official by name and sees only their events', async ({ page }) => {
  const id = mostCommon(dataset.events.flatMap((e) => e.actors));
  const person = must(dataset.people.find((p) => p.id === id));
  const n = eventsWith((e) => e.actors.includes(person.id)).length;
  await page.goto('/');
  const officials = page.getByRole('group', { name: 'Officials' });
  const surname = person.name.split(' ').at(-1) ?? person.name;
  await officials.getByRole('searchbox', { name: 'Find an official' }).fill(surname.toLowerCase());
  const box = officials.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(person.name)}`) });
  await box.check();
  await expect(resultCount(page, countText(n))).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`official=${person.id}`));
});

test('officials that do not match the search are hidden, and the search says when none match', async ({ page }) => {
  await page.goto('/');
  const officials = page.getByRole('group', { name: 'Officials' });
  await officials.getByRole('searchbox', { name: 'Find an official' }).fill('zzqx no such person');
  await expect(officials.getByRole('checkbox')).toHaveCount(0);
  await expect(officials.getByText(/No official matches/)).toBeVisible();
});
