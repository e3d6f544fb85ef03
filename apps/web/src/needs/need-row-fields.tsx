import { MAX_NEED_YEARS } from '@lagesbild/domain';
import { COMPETENCE_AREAS } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { FormField, SelectField, TextField } from '../components/form-field';
import { useFocusById } from '../forms/use-form-errors';
import { useFieldMessage, type NeedSectionProps } from './form-controls';
import { createRowKey, needFieldId, parseWhole, type NeedFieldKey } from './need-values';

/** The capabilities the need lifts, each with how many levels; the select is grouped by area. */
export function NeedCapabilityRows({ values, errors, register, onChange }: NeedSectionProps) {
  const { t } = useTranslation();
  const message = useFieldMessage(errors);
  const focus = useFocusById();
  const areas = [...new Set(register.capabilities.map((c) => c.areaName))];
  const rows = values.capabilities;
  return (
    <fieldset className="choice-fieldset">
      <legend>{t('needs.field.capabilities')}</legend>
      {rows.length === 0 && <p className="field-hint">{t('needs.field.noCapabilities')}</p>}
      {rows.map((row, i) => {
        const codeKey: NeedFieldKey = `capability.${row.key}.code`;
        const codeId = needFieldId(codeKey);
        const update = (patch: Partial<typeof row>) =>
          onChange({ capabilities: rows.map((r) => (r.key === row.key ? { ...r, ...patch } : r)) });
        return (
          <div
            key={row.key}
            role="group"
            aria-label={t('needs.field.capabilityN', { n: i + 1 })}
            className="need-row"
          >
            <FormField id={codeId} label={t('needs.field.capability')} error={message(codeKey)}>
              {(description) => (
                <select
                  id={codeId}
                  value={row.code}
                  onChange={(e) => update({ code: e.target.value })}
                  {...description}
                >
                  <option value="">{t('needs.field.chooseCapability')}</option>
                  {areas.map((area) => (
                    <optgroup key={area} label={area}>
                      {register.capabilities
                        .filter((c) => c.areaName === area)
                        .map((c) => (
                          <option key={c.code} value={c.code}>
                            {c.name}
                          </option>
                        ))}
                    </optgroup>
                  ))}
                </select>
              )}
            </FormField>
            <SelectField
              id={needFieldId(`capability.${row.key}.lift`)}
              label={t('needs.field.lift')}
              error={message(`capability.${row.key}.lift`)}
              value={row.lift}
              options={['1', '2', '3', '4'].map((v) => ({
                value: v,
                label: t('needs.levels', { count: Number(v) }),
              }))}
              onChange={(e) => update({ lift: e.target.value })}
            />
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                const rest = rows.filter((r) => r.key !== row.key);
                onChange({ capabilities: rest });
                const next = rest[i] ?? rest[i - 1];
                focus(next ? needFieldId(`capability.${next.key}.code`) : 'need-add-capability');
              }}
            >
              {t('needs.field.removeCapability', { n: i + 1 })}
            </button>
          </div>
        );
      })}
      <button
        id="need-add-capability"
        type="button"
        className="button-secondary"
        onClick={() => {
          const key = createRowKey();
          onChange({ capabilities: [...rows, { key, code: '', lift: '1' }] });
          focus(needFieldId(`capability.${key}.code`));
        }}
      >
        {t('needs.field.addCapability')}
      </button>
    </fieldset>
  );
}

/** Staff the work needs per competence area and year of the work, in FTE. */
export function NeedFteRows({ values, errors, onChange }: NeedSectionProps) {
  const { t } = useTranslation();
  const message = useFieldMessage(errors);
  const focus = useFocusById();
  const rows = values.fte;
  const start = parseWhole(values.plannedStart, 2020, 2100);
  const duration = parseWhole(values.durationYears, 1, MAX_NEED_YEARS) ?? 1;
  const yearOptions = (current: string) => {
    const count = Math.max(duration, (parseWhole(current, 0, MAX_NEED_YEARS - 1) ?? 0) + 1);
    return Array.from({ length: count }, (_, i) => ({
      value: String(i),
      label: start === null ? t('needs.field.yearN', { n: i + 1 }) : String(start + i),
    }));
  };
  return (
    <fieldset className="choice-fieldset">
      <legend>{t('needs.field.fte')}</legend>
      <p className="field-hint">{t('needs.field.fteHint')}</p>
      {rows.map((row, i) => {
        const update = (patch: Partial<typeof row>) =>
          onChange({ fte: rows.map((r) => (r.key === row.key ? { ...r, ...patch } : r)) });
        return (
          <div
            key={row.key}
            role="group"
            aria-label={t('needs.field.fteN', { n: i + 1 })}
            className="need-row"
          >
            <SelectField
              id={needFieldId(`fte.${row.key}.area`)}
              label={t('needs.field.area')}
              error={message(`fte.${row.key}.area`)}
              value={row.area}
              options={[
                { value: '', label: t('needs.field.chooseArea') },
                ...COMPETENCE_AREAS.map((a) => ({ value: a, label: t(`capacity.area.${a}`) })),
              ]}
              onChange={(e) =>
                update({ area: COMPETENCE_AREAS.find((a) => a === e.target.value) ?? '' })
              }
            />
            <SelectField
              id={needFieldId(`fte.${row.key}.year`)}
              label={t('needs.field.year')}
              error={message(`fte.${row.key}.year`)}
              value={row.yearIndex}
              options={yearOptions(row.yearIndex)}
              onChange={(e) => update({ yearIndex: e.target.value })}
            />
            <TextField
              id={needFieldId(`fte.${row.key}.value`)}
              label={t('needs.field.fteValue')}
              inputMode="decimal"
              autoComplete="off"
              error={message(`fte.${row.key}.value`)}
              value={row.fte}
              onChange={(e) => update({ fte: e.target.value })}
            />
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                const rest = rows.filter((r) => r.key !== row.key);
                onChange({ fte: rest });
                const next = rest[i] ?? rest[i - 1];
                focus(next ? needFieldId(`fte.${next.key}.area`) : 'need-add-fte');
              }}
            >
              {t('needs.field.removeFte', { n: i + 1 })}
            </button>
          </div>
        );
      })}
      <button
        id="need-add-fte"
        type="button"
        className="button-secondary"
        onClick={() => {
          const key = createRowKey();
          onChange({ fte: [...rows, { key, area: '', yearIndex: '0', fte: '' }] });
          focus(needFieldId(`fte.${key}.area`));
        }}
      >
        {t('needs.field.addFte')}
      </button>
    </fieldset>
  );
}
