import type { Locator, Page } from '@playwright/test';
import {
  DEMO_PASSWORD,
  expect,
  expectNoAxeViolations,
  waitForCharts,
  waitForPage,
} from './fixtures';
import { test, uniqueTitle } from './own-server';

// The rule and the register change below: one server of this spec's own, tests in order.
test.describe.configure({ mode: 'default' });

async function openAi(page: Page) {
  await page.goto('/ai');
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI och test');
}

function row(page: Page, title: string): Locator {
  return page.getByRole('table', { name: 'AI-tillämpningar' }).locator('tbody tr', {
    hasText: title,
  });
}

/** Presses Tab until `target` has focus; only the keyboard moves focus. */
async function tabUntil(page: Page, target: Locator, maxPresses = 120) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`focus did not reach the target in ${maxPresses} presses of Tab`);
}

test.describe('a KS member reads Q3', () => {
  test.use({ signedInAs: 'viewer' });

  test('reads the competence picture and which applications are within reach, and why', async ({
    page,
  }) => {
    await openAi(page);
    const competence = page.getByRole('region', { name: 'Kompetens för AI och test' });
    await expect(
      competence.getByText(/Staden har [\d,]+ årsarbetare inom AI och data \([\d,]+ i 2026-K2\)/),
    ).toBeVisible();
    await expect(
      competence.getByText(/\d+ av 13 förvaltningar saknar testkompetens/),
    ).toBeVisible();
    await expect(
      page
        .getByRole('table', { name: /Per enhet: senaste rapport/ })
        .getByText('saknas')
        .first(),
    ).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'AI: antal bedömningar per nivå, nu och som mål' }),
    ).toBeVisible();

    await expect(
      page.getByText('Inom räckhåll: varje beredskap minst 2, medel minst 3, insats högst 3'),
    ).toBeVisible();
    await expect(
      page.getByText(
        '4 av 12 tillämpningar ligger inom räckhåll; svagast beredskap: test (medel 1,6).',
      ),
    ).toBeVisible();
    const bygglov = row(page, 'AI-stöd för kompletteringar i bygglovsärenden');
    await expect(bygglov.locator('td.is-out')).toContainText('Nej');
    await expect(bygglov).toContainText('plattform 1 < 2');
    await expect(bygglov).toContainText('insats 4 > 3');
    await expect(
      bygglov.getByRole('link', { name: 'Gemensam AI-plattform med skyddad språkmodell' }),
    ).toBeVisible();
    await expect(
      row(page, 'Sammanfattning av mötesanteckningar').locator('td.is-within'),
    ).toHaveText('Ja');

    // A reader changes nothing: no rule form, no new or edit buttons.
    await expect(page.getByRole('button', { name: 'Spara regeln' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ny AI-tillämpning' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Ladda ner (Excel)' })).toHaveAttribute(
      'href',
      '/export/ai.xlsx',
    );

    // The filters narrow the register.
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Pilot' });
    await expect(page.getByText('Visar 2 av 12 tillämpningar, 2 inom räckhåll.')).toBeVisible();
    // Kept in the address: a reload (or a shared link) shows the same selection.
    await expect(page).toHaveURL(/status=pilot/);
    await page.reload();
    await waitForPage(page);
    await expect(page.getByText('Visar 2 av 12 tillämpningar, 2 inom räckhåll.')).toBeVisible();
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Alla statusar' });

    await bygglov.getByText('Beredskap', { exact: true }).click();
    await expect(bygglov.getByRole('list', { name: /Beredskap för/ })).toContainText('1 av 5');
    await waitForCharts(page);
    await expectNoAxeViolations(page);
  });
});

test.describe('ITD sets the rule', () => {
  test('a rule that asks less brings more applications within reach', async ({ page }) => {
    await openAi(page);
    const mean = page.getByLabel('Medelberedskap minst');
    await mean.fill('6');
    await page.getByRole('button', { name: 'Spara regeln' }).click();
    await expect(
      page.getByText('Ange ett tal från 1 till 5 med högst en decimal, t.ex. 2,5.').first(),
    ).toBeVisible();
    await expect(mean).toBeFocused();
    await mean.fill('2,4');
    await page.getByRole('button', { name: 'Spara regeln' }).click();
    await expect(
      page
        .getByText('Inom räckhåll: varje beredskap minst 2, medel minst 2,4, insats högst 3')
        .first(),
    ).toBeVisible();
    await expect(page.getByText(/^5 av 12 tillämpningar ligger inom räckhåll/)).toBeVisible();
    await expect(row(page, 'AI-sökning i tillsynsärenden').locator('td.is-within')).toHaveText(
      'Ja',
    );
    await expect(page.getByText(/Ändrad av Ida Ledning \(ITD\)/)).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('two people change the same use case', () => {
  test('the later save shows both versions and lets the user keep theirs', async ({ page }) => {
    await openAi(page);
    const title = 'Metadata och sökbarhet i kulturarvssamlingar';
    await row(page, title)
      .getByRole('button', { name: `Ändra ${title}` })
      .click();
    const form = page.getByRole('dialog');
    await expect(form.getByLabel('Titel')).toHaveValue(title);

    // Someone else saves first, through the API.
    const read = await page.request.get('/trpc/ai.register');
    const { useCases } = (
      (await read.json()) as {
        result: { data: { useCases: { code: string; version: number }[] } };
      }
    ).result.data;
    const saved = useCases.find((u) => u.code === 'metadata-kulturarv')!;
    const other = await page.request.post('/trpc/ai.saveUseCase', {
      data: {
        code: saved.code,
        version: saved.version,
        fields: {
          title,
          description: '',
          unitSlug: 'kulturforvaltningen',
          value: 2,
          effort: 3,
          readiness: { data: 2, legal: 2, competence: 2, platform: 2, testing: 2 },
          status: 'pilot',
          dependsOnNeeds: [],
        },
      },
    });
    expect(other.ok()).toBe(true);

    await form.getByLabel('Förväntat värde').selectOption('4');
    await form.getByRole('button', { name: 'Spara' }).click();
    await expect(form.getByRole('heading', { name: 'Någon annan har sparat först' })).toBeFocused();
    const both = form.getByRole('table', { name: 'Dina ändringar och den sparade versionen' });
    await expect(both.getByRole('row', { name: /Status/ })).toContainText('Pilot');
    await expect(both.getByRole('row', { name: /Förväntat värde/ })).toContainText('4');
    await form.getByRole('button', { name: 'Spara mina ändringar ändå' }).click();
    await expect(page.getByText(`${title} är sparad.`)).toBeVisible();
    await expect(row(page, title).locator('td').nth(2)).toHaveText('4');
  });
});

test.describe('a unit adds its own use case', () => {
  test.use({ signedInAs: null });

  test('förskoleförvaltningen fixes a field error and saves with the keyboard', async ({
    page,
  }) => {
    const response = await page.request.post('/trpc/auth.signIn', {
      data: { email: 'forskoleforvaltningen@demo.lagesbild.se', password: DEMO_PASSWORD },
    });
    expect(response.ok()).toBe(true);
    await openAi(page);
    // Only its own unit's use cases can be changed.
    await expect(
      page.getByRole('button', { name: 'Ändra AI-stöd för placering i förskolan' }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Ändra Sammanfattning av mötesanteckningar' }),
    ).toHaveCount(0);

    await tabUntil(page, page.getByRole('button', { name: 'Ny AI-tillämpning' }));
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog');
    await expect(form.getByRole('heading', { name: 'Ny AI-tillämpning' })).toBeVisible();
    const title = form.getByLabel('Titel');
    await expect(title).toBeFocused();
    await expect(form.getByLabel('Enhet')).toHaveValue('forskoleforvaltningen');
    // Nothing typed yet: saving names the field in Swedish and puts focus there.
    await tabUntil(page, form.getByRole('button', { name: 'Spara' }));
    await page.keyboard.press('Enter');
    await expect(form.getByText('Ange en titel.').first()).toBeVisible();
    await expect(title).toBeFocused();

    const name = uniqueTitle('Svar på frågor från vårdnadshavare');
    await page.keyboard.type(name);
    await tabUntil(page, form.getByLabel('Juridik (IT-juridik, GDPR)'));
    await page.keyboard.press('ArrowDown');
    await tabUntil(
      page,
      form.getByRole('checkbox', { name: 'Gemensam AI-plattform med skyddad språkmodell' }),
    );
    await page.keyboard.press('Space');
    await tabUntil(page, form.getByRole('button', { name: 'Spara' }));
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');

    await expect(page.getByText(`${name} är sparad.`)).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const created = row(page, name);
    await expect(created).toContainText('Förskoleförvaltningen');
    await expect(created).toContainText('Idé');
    await expect(
      created.getByRole('link', { name: 'Gemensam AI-plattform med skyddad språkmodell' }),
    ).toBeVisible();
    await expect(page.getByText(/av 13 tillämpningar ligger inom räckhåll/)).toBeVisible();
  });
});
