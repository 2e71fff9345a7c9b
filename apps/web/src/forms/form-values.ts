/** A value the form cannot send as the API's type (a choice not among the options, text for a number): said beside its field, nothing sent. */
export class FieldError extends Error {
  override readonly name = 'FieldError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** A date as a command takes it: a string whose form is its precision, or the value with the paper's words (value null: not given). */
export type PaperDateInput = string | { value: string | null; asWritten: string | null };

/** The values of a submitted form, read from its elements: text as entered, checkboxes as the values ticked. */
export class FormValues {
  constructor(private readonly data: FormData) {}

  text(name: string): string {
    const value = this.data.get(name);
    return typeof value === 'string' ? value.trim() : '';
  }

  /** The text, or null when left blank (for the API's nullable fields). */
  optional(name: string): string | null {
    const value = this.text(name);
    return value === '' ? null : value;
  }

  /** A whole number as entered, or a FieldError said beside the field (the API takes numbers, not text). */
  number(name: string): number {
    const value = this.text(name);
    if (!/^-?[0-9]+$/.test(value)) throw new FieldError(name, value === '' ? 'Give a whole number' : `${value} is not a whole number`);
    return Number(value);
  }

  /** A number, perhaps with a fraction (a measure's value: 12.4), or a FieldError said beside the field. */
  decimal(name: string): number {
    const value = this.text(name);
    if (!/^-?[0-9]+(\.[0-9]+)?$/.test(value)) throw new FieldError(name, value === '' ? 'Give a number, such as 12.4' : `${value} is not a number`);
    return Number(value);
  }

  ticked(name: string): string[] {
    return this.data.getAll(name).filter((v): v is string => typeof v === 'string');
  }

  /** One of a fixed list's values (the API's union), or a FieldError said beside the field. */
  choice<T extends string>(name: string, labels: Readonly<Record<T, string>>): T {
    const value = this.text(name);
    if (!isOneOf(value, labels)) throw new FieldError(name, `Choose one of: ${Object.values<string>(labels).join(', ')}`);
    return value;
  }

  /** The values ticked, each one of a fixed list's. */
  choices<T extends string>(name: string, labels: Readonly<Record<T, string>>): T[] {
    return this.ticked(name).map((value) => {
      if (!isOneOf(value, labels)) throw new FieldError(name, `${value} is not one of: ${Object.values<string>(labels).join(', ')}`);
      return value;
    });
  }

  /** A paper-date field: the value as written (its form its precision), with the paper's words where given; value null where the paper gives no date. */
  paperDate(name: string): PaperDateInput {
    const asWritten = this.optional(`${name}.asWritten`);
    if (this.data.get(`${name}.notGiven`) !== null) return { value: null, asWritten };
    const value = this.text(name);
    return asWritten === null ? value : { value, asWritten };
  }

  /** An optional paper-date field: null when left blank. */
  optionalPaperDate(name: string): PaperDateInput | null {
    if (this.text(name) === '' && this.data.get(`${name}.notGiven`) === null && this.optional(`${name}.asWritten`) === null) return null;
    return this.paperDate(name);
  }

  /** One entry per non-blank line of a text area. */
  lines(name: string): string[] {
    return this.text(name)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  }

  file(name: string): File | null {
    const value = this.data.get(name);
    return value instanceof File && value.name !== '' ? value : null;
  }
}

function isOneOf<T extends string>(value: string, labels: Readonly<Record<T, string>>): value is T {
  return Object.hasOwn(labels, value);
}
