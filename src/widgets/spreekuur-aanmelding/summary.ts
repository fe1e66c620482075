import type { DetailsInput } from '../../core/api/signups.js';
import type { StepContext } from './context.js';

/** The filled-in details as label/value rows, in the parent's language (check step, e-mail body). */
export function detailRows(
  ctx: Pick<StepContext, 'i18n' | 'config' | 'state'>,
): { field: keyof DetailsInput; label: string; value: string }[] {
  const { i18n, config, state } = ctx;
  const d = state.details;
  const fields: (keyof DetailsInput)[] = ['name', 'email', 'phone', 'postcode', 'theme', 'question', 'contactBy'];
  const shown = (field: keyof DetailsInput): string => {
    const raw = String(d[field]).trim();
    if (field === 'theme') return i18n.text(config.themes.find((t) => t.id === raw)?.label) || raw;
    if (field === 'contactBy') return raw ? i18n.t(`details.contactByOptions.${raw}`) : '';
    return raw;
  };
  return fields.filter((f) => shown(f) !== '').map((f) => ({ field: f, label: i18n.t(`details.${f}`), value: shown(f) }));
}
