import QRCode from 'qrcode';
import type { AppDeps } from '../../platform/deps.js';
import type { Actor } from '../../platform/scope.js';
import { loadProject } from './project-context.js';

/** The 码上评 QR code for a project, as SVG (printing) or PNG (messaging apps); it encodes the public rating link. */
export async function ratingQr(deps: AppDeps, actor: Actor, id: string, origin: string, format: 'svg' | 'png'): Promise<Buffer> {
  const p = await loadProject(deps.db, deps, actor, id);
  const url = `${origin}/rate/${p.project.ratingToken}`;
  // Error correction M survives a crease or a smudge on a printed notice.
  if (format === 'svg') return Buffer.from(await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }), 'utf8');
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 512 });
}
