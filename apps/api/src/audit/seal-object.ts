import type { QuarterSealed } from '@saferplan/domain';
import type { QuarterSealObject } from './audit.objects';

export function toSealObject(seal: QuarterSealed['data'], sealedBy: string | null): QuarterSealObject {
  return { ...seal, throughPosition: String(seal.throughPosition), sealedBy };
}
