import type { BulletinAudience } from './vocabulary.ts';

/**
 * Who reads a bulletin. Public: anyone. Members: any signed-in account of the cluster (member, agency,
 * reviewer, admin; not a private person's account). Partners: coordinators (admin), partner agencies, and
 * accounts of an organisation that is a party to an agreement. The author's organisation always reads its own.
 */
export type BulletinViewer = {
  role: 'admin' | 'member' | 'reviewer' | 'agency' | 'person' | null;
  organizationId: string | null;
  /** The viewer's organisation is a party to some agreement. */
  partyToAgreement: boolean;
};

export function maySeeBulletin(
  bulletin: { audience: BulletinAudience; authorOrganizationId: string | null },
  viewer: BulletinViewer,
): boolean {
  if (bulletin.audience === 'public') return true;
  if (viewer.role === null) return false;
  if (viewer.role === 'admin') return true;
  if (viewer.organizationId !== null && viewer.organizationId === bulletin.authorOrganizationId) return true;
  if (bulletin.audience === 'members') return viewer.role !== 'person';
  return viewer.role === 'agency' || viewer.partyToAgreement;
}

/** Who may publish: coordinators, partner agencies, and members of an organisation party to an agreement. */
export const mayPublishBulletin = (viewer: BulletinViewer) =>
  viewer.role === 'admin' ||
  viewer.role === 'agency' ||
  (viewer.role === 'member' && viewer.partyToAgreement);
