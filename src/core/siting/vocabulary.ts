/** Closed vocabularies of the siting module, labelled in both languages; shared by server and web. */
import type { Label } from './attributes.ts';

export const siteKinds = {
  'development-zone': { ja: '開発区域', en: 'Development zone' },
  'industrial-park': { ja: '工業団地', en: 'Industrial park' },
  parcel: { ja: '用地', en: 'Parcel' },
  'research-campus': { ja: '研究開発拠点', en: 'Research campus' },
} as const satisfies Record<string, Label>;

/** Facility types named in seed 000 §III (reactor, experimental facility, factory, office) and seed 002. */
export const facilityTypes = {
  'fusion-reactor': { ja: '核融合炉（原型炉・発電炉）', en: 'Fusion reactor (prototype or power plant)' },
  'experimental-facility': { ja: '実験・実証施設', en: 'Experimental or demonstration facility' },
  'component-factory': { ja: '部品・機器工場', en: 'Component factory' },
  office: { ja: '事務所・研究開発拠点', en: 'Office or R&D base' },
  'semiconductor-plant': { ja: '半導体工場', en: 'Semiconductor plant' },
  'data-centre': { ja: 'データセンター', en: 'Data centre' },
  other: { ja: 'その他', en: 'Other' },
} as const satisfies Record<string, Label>;

export type SiteKind = keyof typeof siteKinds;
export type FacilityType = keyof typeof facilityTypes;
export const siteKindCodes = Object.keys(siteKinds) as [SiteKind, ...SiteKind[]];
export const facilityTypeCodes = Object.keys(facilityTypes) as [FacilityType, ...FacilityType[]];
