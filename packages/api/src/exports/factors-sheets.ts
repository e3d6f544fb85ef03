import type { FactorRegisterView } from '@lagesbild/domain';
import type { ExportSheet } from './round-sheets';

const col = (header: string, width = 14) => ({ header, width });

const KIND = { success: 'Framgångsfaktor', risk: 'Risk' } as const;
const STATUS = { open: 'Öppen', mitigating: 'Åtgärdas', closed: 'Stängd' } as const;
const BAND = { low: 'Låg', medium: 'Medel', high: 'Hög', critical: 'Kritisk' } as const;

/** Q5 as tables with Swedish headers: the register as it stands, and every factor's score per round. */
export function buildFactorSheets(view: FactorRegisterView): ExportSheet[] {
  const movement = new Map(view.ranking.map((r) => [r.code, r.change]));
  return [
    {
      key: 'faktorer',
      title: 'Faktorer',
      columns: [
        col('Kod', 30),
        col('Faktor', 40),
        col('Typ'),
        col('Sannolikhet'),
        col('Konsekvens'),
        col('Poäng'),
        col('Nivå'),
        col('Förändring sedan föregående omgång', 20),
        col('Ägare', 28),
        col('Status'),
        col('Åtgärder', 50),
        col('Förmågor', 40),
        col('Investeringsbehov', 40),
        col('Version'),
        col('Ändrad', 22),
        col('Ändrad av', 22),
      ],
      rows: view.factors.map((f) => [
        f.code,
        f.title,
        KIND[f.kind],
        f.likelihood,
        f.impact,
        f.score,
        BAND[f.band],
        movement.get(f.code) ?? null,
        f.owner,
        STATUS[f.status],
        f.mitigation,
        f.capabilities.map((c) => c.name).join(', '),
        f.needs.map((n) => n.title).join(', '),
        f.version,
        f.updatedAt,
        f.updatedBy,
      ]),
    },
    {
      key: 'poang',
      title: 'Poäng per omgång',
      columns: [
        col('Kod', 30),
        col('Faktor', 40),
        col('Omgång'),
        col('Sannolikhet'),
        col('Konsekvens'),
        col('Poäng'),
      ],
      rows: view.factors.flatMap((f) =>
        f.history.map((h) => [f.code, f.title, h.roundCode, h.likelihood, h.impact, h.score]),
      ),
    },
  ];
}
