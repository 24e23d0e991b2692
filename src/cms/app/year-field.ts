/**
 * The editor's year field: four digits, shown as written. The CMS's number field prints numbers
 * with the browser's thousands separator, so the year 2026 read "2.026" (or "2,026") in lists
 * and previews. Stored as a number, as the content files write years; anything else is kept as
 * typed, and the save check refuses it.
 */
import { cmsText } from '../../i18n/cms';
import { YEAR_FIELD } from '../field-types';
import { cmsReact, type ControlProps } from './react';
import type { SveltiaCms } from './sveltia';

/** The value stored for what was typed. */
function stored(text: string): number | string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : /^\d{4}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** Registers the field type. */
export function registerYearField(cms: SveltiaCms): void {
  const { h, createClass } = cmsReact();
  const shown = (value: unknown) => (value === undefined || value === null ? '' : String(value));

  const YearControl = createClass<ControlProps, { text: string }>({
    getInitialState() {
      return { text: shown(this.props.value) };
    },
    // A value set from outside (a restored draft) replaces what is shown.
    componentDidUpdate() {
      const value = shown(this.props.value);
      if (String(stored(this.state.text) ?? '') !== value && value !== this.state.text) this.setState({ text: value });
    },
    render() {
      return h('input', {
        id: this.props.forID,
        className: 'year-field',
        type: 'text',
        inputMode: 'numeric',
        maxLength: 4,
        autoComplete: 'off',
        placeholder: cmsText.year.placeholder,
        value: this.state.text,
        onChange: (event: { target: { value: string } }) => {
          this.setState({ text: event.target.value });
          this.props.onChange(stored(event.target.value));
        },
      });
    },
  });

  const YearPreview = createClass<{ value: unknown }, object>({
    render() {
      return h('span', null, shown(this.props.value));
    },
  });

  cms.registerFieldType(YEAR_FIELD, YearControl, YearPreview);
}
