/**
 * The QR code of a poster, drawn when the site is built as an SVG (the `qr` library: no
 * dependency, no request, nothing run in the reader's browser). Medium error correction (15 %)
 * survives a creased or stained sheet on a notice board, and the quiet zone of four modules is
 * the one the QR standard asks for, so phones find the code on a busy board.
 */
import encodeQR from 'qr';

/** The SVG markup of a QR code that opens `url`, black on white, sized by CSS. */
export function qrSvg(url: string): string {
  return encodeQR(url, 'svg', { ecc: 'medium', border: 4 }).replace('<svg ', '<svg aria-hidden="true" shape-rendering="crispEdges" ');
}
