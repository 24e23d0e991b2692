/**
 * A slash between two numbers that is not a date (dates are read first): a small proper
 * fraction is read "phần" ("2/3" → "hai phần ba", "3/4" → "ba phần tư"); anything else is a
 * count out of a total or a mark, read "trên" as in reports ("15/20 xã" → "mười lăm trên hai
 * mươi xã", "9,5/10" → "chín phẩy năm trên mười"). A colon between numbers that is not a clock
 * time (times are read first) is a ratio or a map scale, also "trên" ("1:50.000").
 */
import { readWrittenNumber } from './numbers';

const FRACTION = /(?<![\p{N}/:]|\p{N}[.,])(\d+(?:[.,]\d+)*)([/:])(\d+(?:[.,]\d+)*)(?![\p{N}]|[.,/:]\p{N})/gu;

/** Reads "a/b" as a fraction ("hai phần ba") or a ratio ("mười lăm trên hai mươi"). */
export function readFraction(numerator: string, denominator: string): string {
  const top = Number(numerator);
  const bottom = Number(denominator);
  if (/^\d+$/u.test(numerator) && /^\d+$/u.test(denominator) && top < bottom && bottom <= 10) {
    return `${readWrittenNumber(numerator)} phần ${bottom === 4 ? 'tư' : readWrittenNumber(denominator)}`;
  }
  return `${readWrittenNumber(numerator)} trên ${readWrittenNumber(denominator)}`;
}

/** Replaces number/number and number:number pairs with words. */
export function readFractions(text: string): string {
  return text.replace(FRACTION, (_match, numerator: string, separator: string, denominator: string) =>
    separator === '/' ? readFraction(numerator, denominator) : `${readWrittenNumber(numerator)} trên ${readWrittenNumber(denominator)}`,
  );
}
