/**
 * The editor's date field: typed and shown day first (19/05/1890), whatever the browser's
 * language (the CMS's own date box follows it, MM/DD/YYYY in an English-language browser), stored
 * as YYYY-MM-DD as the content files write dates. A date that does not exist is never moved to
 * another day: the field keeps what was typed and says what is wrong, and the save is refused.
 */
import { cmsText } from '../../i18n/cms';
import { formatDateSpoken, parseDayFirstDate, parseIsoDate, toDayFirst, toIsoDate } from '../../lib/dates';
import { vietnamDay } from '../../lib/reader-date';
import { DATE_FIELD } from '../field-types';
import { cmsReact, type ControlProps } from './react';
import type { SveltiaCms } from './sveltia';

/** What the field stores for what was typed: the date, nothing, or the text as typed (which the save check refuses). */
function stored(text: string): string {
  const parsed = parseDayFirstDate(text);
  return 'iso' in parsed ? parsed.iso : 'empty' in parsed ? '' : text.trim();
}

/** Registers the field type. */
export function registerDateField(cms: SveltiaCms): void {
  const { h, createClass } = cmsReact();
  const current = (value: unknown) => (typeof value === 'string' ? value : '');

  const DateControl = createClass<ControlProps, { text: string }>({
    getInitialState() {
      return { text: toDayFirst(current(this.props.value)) };
    },
    // A value set from outside (a restored draft) replaces what is shown.
    componentDidUpdate() {
      const value = current(this.props.value);
      const shown = toDayFirst(value);
      if (stored(this.state.text) !== value && shown !== this.state.text) this.setState({ text: shown });
    },
    type(text: string) {
      this.setState({ text });
      this.props.onChange(stored(text));
    },
    render() {
      const { text } = this.state;
      const parsed = parseDayFirstDate(text);
      const date = 'iso' in parsed ? parseIsoDate(parsed.iso) : undefined;
      const noteId = `${this.props.forID}-ngay`;
      const type = (this as unknown as { type(text: string): void }).type.bind(this);
      return h(
        'div',
        { className: 'date-field' },
        h('input', {
          id: this.props.forID,
          type: 'text',
          inputMode: 'numeric',
          autoComplete: 'off',
          placeholder: cmsText.date.placeholder,
          value: text,
          'aria-describedby': noteId,
          'aria-invalid': 'problem' in parsed,
          onChange: (event: { target: { value: string } }) => type(event.target.value),
        }),
        h('button', { type: 'button', onClick: () => type(toDayFirst(toIsoDate(vietnamDay(new Date())))) }, cmsText.date.today),
        h(
          'p',
          { id: noteId, className: 'problem' in parsed ? 'date-field__problem' : 'date-field__read', 'aria-live': 'polite' },
          date ? formatDateSpoken(date) : 'problem' in parsed ? parsed.problem : cmsText.date.hint,
        ),
      );
    },
  });

  const DatePreview = createClass<{ value: unknown }, object>({
    render() {
      return h('span', null, toDayFirst(current(this.props.value)));
    },
  });

  cms.registerFieldType(DATE_FIELD, DateControl, DatePreview);
}
