/**
 * What a candidate site can be described by. The catalogue is shared by the bundle validator, the
 * study builder and the web app, so a criterion can only name an attribute that exists, and every
 * label and unit is said the same way everywhere.
 */
import type { Direction } from '../mcda/index.ts';

export type AttributeType = 'number' | 'boolean' | 'category' | 'text';

import type { Label } from '../label.ts';

export type { Label };

export interface AttributeSpec {
  label: Label;
  type: AttributeType;
  unit?: Label;
  /** The direction a criterion on this attribute usually takes; a profile may say otherwise. */
  direction?: Direction;
  /** Distances that can be computed from the coordinates of the nearest place of this kind. */
  place?: PlaceKind;
  /** Allowed values of a category. */
  values?: readonly string[];
  /**
   * The range a value can take. Every number has both ends, set well beyond any real site (the largest
   * industrial estates are a few thousand ha; Ginza land is under ¥100 M/m²), so that a typo or 1e308 is
   * refused instead of swamping every score.
   */
  min?: number;
  max?: number;
  group: AttributeGroup;
}

export type AttributeGroup = 'land' | 'utilities' | 'access' | 'hazards' | 'people' | 'cost';

export const placeKinds = ['reactor', 'port', 'expresswayIc', 'airport', 'rail'] as const;
export type PlaceKind = (typeof placeKinds)[number];

const ha = { ja: 'ha', en: 'ha' };
const km = { ja: 'km', en: 'km' };
const m3 = { ja: 'm³/日', en: 'm³/day' };
const yen = { ja: '円/m²', en: 'yen/m²' };
const metres = { ja: 'm', en: 'm' };
/** Half the Earth's circumference: no two places on it are further apart. */
const maxDistanceKm = 20_040;

export const siteAttributes = {
  availableAreaHa: {
    label: { ja: '分譲・賃貸可能面積', en: 'Available area' },
    type: 'number',
    unit: ha,
    direction: 'benefit',
    min: 0,
    max: 100_000,
    group: 'land',
  },
  largestParcelHa: {
    label: { ja: '最大区画面積', en: 'Largest contiguous parcel' },
    type: 'number',
    unit: ha,
    direction: 'benefit',
    min: 0,
    max: 100_000,
    group: 'land',
  },
  prepared: {
    label: { ja: '造成済み', en: 'Land prepared' },
    type: 'boolean',
    direction: 'benefit',
    group: 'land',
  },
  zoning: {
    label: { ja: '用途地域', en: 'Zoning' },
    type: 'category',
    values: ['industrial', 'exclusive-industrial', 'quasi-industrial', 'research', 'mixed'],
    group: 'land',
  },
  groundClass: {
    label: { ja: '地盤種別（第1〜3種）', en: 'Ground class (1–3)' },
    type: 'number',
    direction: 'cost',
    min: 1,
    max: 3,
    group: 'hazards',
  },
  ehvSupplyKv: {
    label: { ja: '特別高圧受電', en: 'Extra-high-voltage supply' },
    type: 'number',
    unit: { ja: 'kV', en: 'kV' },
    direction: 'benefit',
    min: 0,
    max: 1_100,
    group: 'utilities',
  },
  spareCapacityMw: {
    label: { ja: '電力の余裕容量', en: 'Spare power capacity' },
    type: 'number',
    unit: { ja: 'MW', en: 'MW' },
    direction: 'benefit',
    min: 0,
    max: 100_000,
    group: 'utilities',
  },
  industrialWaterM3PerDay: {
    label: { ja: '工業用水（供給可能量）', en: 'Industrial water available' },
    type: 'number',
    unit: m3,
    direction: 'benefit',
    min: 0,
    max: 10_000_000,
    group: 'utilities',
  },
  industrialWaterPlannedM3PerDay: {
    label: { ja: '工業用水（計画量）', en: 'Industrial water planned' },
    type: 'number',
    unit: m3,
    direction: 'benefit',
    min: 0,
    max: 10_000_000,
    group: 'utilities',
  },
  potableWater: {
    label: { ja: '上水道', en: 'Potable water' },
    type: 'boolean',
    direction: 'benefit',
    group: 'utilities',
  },
  effluent: { label: { ja: '排水条件', en: 'Effluent conditions' }, type: 'text', group: 'utilities' },
  distanceReactorKm: {
    label: { ja: '核融合研究拠点までの距離', en: 'Distance to fusion research centre' },
    type: 'number',
    unit: km,
    direction: 'cost',
    min: 0,
    max: maxDistanceKm,
    place: 'reactor',
    group: 'access',
  },
  distancePortKm: {
    label: { ja: '港湾までの距離', en: 'Distance to port' },
    type: 'number',
    unit: km,
    direction: 'cost',
    min: 0,
    max: maxDistanceKm,
    place: 'port',
    group: 'access',
  },
  distanceExpresswayIcKm: {
    label: { ja: '高速道路ICまでの距離', en: 'Distance to expressway interchange' },
    type: 'number',
    unit: km,
    direction: 'cost',
    min: 0,
    max: maxDistanceKm,
    place: 'expresswayIc',
    group: 'access',
  },
  distanceAirportKm: {
    label: { ja: '空港までの距離', en: 'Distance to airport' },
    type: 'number',
    unit: km,
    direction: 'cost',
    min: 0,
    max: maxDistanceKm,
    place: 'airport',
    group: 'access',
  },
  distanceRailKm: {
    label: { ja: '鉄道駅までの距離', en: 'Distance to railway station' },
    type: 'number',
    unit: km,
    direction: 'cost',
    min: 0,
    max: maxDistanceKm,
    place: 'rail',
    group: 'access',
  },
  tsunamiDepthM: {
    label: { ja: '津波浸水想定深', en: 'Assumed tsunami inundation depth' },
    type: 'number',
    unit: metres,
    direction: 'cost',
    min: 0,
    max: 100,
    group: 'hazards',
  },
  floodDepthM: {
    label: { ja: '洪水浸水想定深', en: 'Assumed flood depth' },
    type: 'number',
    unit: metres,
    direction: 'cost',
    min: 0,
    max: 100,
    group: 'hazards',
  },
  liquefactionRisk: {
    label: { ja: '液状化リスク（0〜3）', en: 'Liquefaction risk (0–3)' },
    type: 'number',
    direction: 'cost',
    min: 0,
    max: 3,
    group: 'hazards',
  },
  seismicProb30yPct: {
    label: { ja: '30年以内に震度6弱以上の確率', en: 'Probability of intensity ≥6− within 30 years' },
    type: 'number',
    unit: { ja: '%', en: '%' },
    direction: 'cost',
    min: 0,
    max: 100,
    group: 'hazards',
  },
  engineersWithin60Min: {
    label: { ja: '通勤60分圏の技術者数', en: 'Engineers within 60 minutes' },
    type: 'number',
    unit: { ja: '人', en: 'people' },
    direction: 'benefit',
    min: 0,
    max: 50_000_000,
    group: 'people',
  },
  landPriceYenPerM2: {
    label: { ja: '分譲価格', en: 'Land price' },
    type: 'number',
    unit: yen,
    direction: 'cost',
    min: 0,
    max: 100_000_000,
    group: 'cost',
  },
  landPriceAfterSubsidyYenPerM2: {
    label: { ja: '補助後の実質価格', en: 'Land price after subsidy' },
    type: 'number',
    unit: yen,
    direction: 'cost',
    min: 0,
    max: 100_000_000,
    group: 'cost',
  },
  rentalFacilities: {
    label: { ja: '貸工場・貸研究室の数', en: 'Rental factories and labs on site' },
    type: 'number',
    direction: 'benefit',
    min: 0,
    max: 10_000,
    group: 'people',
  },
} as const satisfies Record<string, AttributeSpec>;

export type SiteAttributeKey = keyof typeof siteAttributes;
export type AttributeValue = number | boolean | string;

export const siteAttributeKeys = Object.keys(siteAttributes) as [SiteAttributeKey, ...SiteAttributeKey[]];

export function isAttributeKey(key: string): key is SiteAttributeKey {
  return Object.hasOwn(siteAttributes, key);
}

export function attributeSpec(key: SiteAttributeKey): AttributeSpec {
  return siteAttributes[key];
}

/** Attributes a criterion or a constraint can use: the ones with a number behind them. */
export function isMeasurable(key: string): key is SiteAttributeKey {
  if (!isAttributeKey(key)) return false;
  const { type } = attributeSpec(key);
  return type === 'number' || type === 'boolean';
}

/** The distance attribute that the nearest place of a kind fills in. */
export const distanceAttributeOf: Record<PlaceKind, SiteAttributeKey> = {
  reactor: 'distanceReactorKm',
  port: 'distancePortKm',
  expresswayIc: 'distanceExpresswayIcKm',
  airport: 'distanceAirportKm',
  rail: 'distanceRailKm',
};

/** Why a value is not one this attribute can take, or null. */
export function attributeValueProblem(key: SiteAttributeKey, value: unknown): Label | null {
  const spec: AttributeSpec = siteAttributes[key];
  if (spec.type === 'boolean')
    return typeof value === 'boolean'
      ? null
      : { ja: 'true か false にしてください', en: 'expected true or false' };
  if (spec.type === 'text')
    return typeof value === 'string' ? null : { ja: '文字列にしてください', en: 'expected text' };
  if (spec.type === 'category') {
    return typeof value === 'string' && spec.values?.includes(value)
      ? null
      : {
          ja: `${spec.values?.join('、')} のいずれかにしてください`,
          en: `expected one of ${spec.values?.join(', ')}`,
        };
  }
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { ja: '有限の数値にしてください', en: 'expected a finite number' };
  if (spec.min !== undefined && value < spec.min)
    return { ja: `${spec.min} 以上にしてください`, en: `must be at least ${spec.min}` };
  if (spec.max !== undefined && value > spec.max)
    return { ja: `${spec.max} 以下にしてください`, en: `must be at most ${spec.max}` };
  return null;
}
