/** The closed vocabularies of DESIGN.md §4, with labels in both languages. Shared by server and web. */
import type { Label } from '../label.ts';

export type { Label };

export const organizationKinds = {
  company: { ja: '企業', en: 'Company' },
  startup: { ja: 'スタートアップ', en: 'Startup' },
  'research-institute': { ja: '研究機関', en: 'Research institute' },
  university: { ja: '大学', en: 'University' },
  government: { ja: '行政機関', en: 'Government' },
  'support-body': { ja: '支援機関', en: 'Support body' },
  association: { ja: '団体・協議会', en: 'Association' },
  financial: { ja: '金融機関', en: 'Financial institution' },
} as const satisfies Record<string, Label>;

export const supplyChainRoles = {
  developer: { ja: '炉開発事業者', en: 'Plant developer' },
  integrator: { ja: 'インテグレーター', en: 'Integrator' },
  'component-supplier': { ja: '部品・機器サプライヤー', en: 'Component supplier' },
  'materials-supplier': { ja: '材料サプライヤー', en: 'Materials supplier' },
  services: { ja: 'サービス', en: 'Services' },
  research: { ja: '研究', en: 'Research' },
  public: { ja: '公的機関', en: 'Public body' },
} as const satisfies Record<string, Label>;

export type OrganizationKind = keyof typeof organizationKinds;
export type SupplyChainRole = keyof typeof supplyChainRoles;

export const organizationKindCodes = Object.keys(organizationKinds) as [
  OrganizationKind,
  ...OrganizationKind[],
];
export const supplyChainRoleCodes = Object.keys(supplyChainRoles) as [SupplyChainRole, ...SupplyChainRole[]];

/** Bundle keys: stable, URL-safe, readable. */
export const keyPattern = /^[a-z0-9][a-z0-9-]{0,99}$/;
