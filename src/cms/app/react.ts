/**
 * React as the CMS runs custom fields: Sveltia CMS exposes its createElement (`h`) and
 * create-react-class (`createClass`) globally once its script has loaded. Its renderer does not
 * share hooks with that copy, so the editor's fields are class components, as Decap's were.
 */

/** The props the CMS gives a custom field's control (Sveltia's CustomFieldControlProps). */
export interface ControlProps {
  value: unknown;
  forID: string;
  onChange(value: unknown): void;
}

/** A component made by createClass: `this` holds props, state and setState. */
export interface ClassComponent<Props, State> {
  props: Props;
  state: State;
  setState(next: Partial<State>): void;
}

/** The CMS's React helpers. */
export interface CmsReact {
  h(type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]): unknown;
  createClass<Props, State>(spec: ThisType<ClassComponent<Props, State>> & Record<string, unknown>): unknown;
}

/** The helpers; throws when the CMS script has not loaded them. */
export function cmsReact(): CmsReact {
  const { h, createClass } = window as unknown as Partial<CmsReact>;
  if (!h || !createClass) throw new Error('Sveltia CMS has not loaded React: custom fields cannot be registered.');
  return { h, createClass };
}
