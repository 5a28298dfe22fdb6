import { useQuery } from '@tanstack/react-query';
import type { AttributeValue, PlaceKind } from '../../core/siting/attributes.ts';
import { api } from './api-client.ts';
import type { List, LocalizedText, Source } from './api-types.ts';

/** Candidate sites: the siting feature ranks them, the industry map shows them beside organisations. */
export type AttributeSource = { url?: string; asOf: string; note?: string; illustrative?: boolean };

export type Site = {
  id: string;
  key: string;
  name: LocalizedText;
  kind: string;
  parent?: string;
  location: { country: string; prefecture?: string; city?: string; lat: number; lng: number };
  description: LocalizedText;
  attributes: Record<string, AttributeValue>;
  attributeSources: Record<string, AttributeSource>;
  places: Partial<Record<PlaceKind, { name?: LocalizedText; lat: number; lng: number }>>;
  incentives: LocalizedText;
  sources: Source[];
  illustrative: boolean;
};

export const useSites = () =>
  useQuery({ queryKey: ['sites'], queryFn: () => api.get<List<Site>>('/sites'), staleTime: 60_000 });
