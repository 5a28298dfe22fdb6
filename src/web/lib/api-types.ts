/** Shapes of the API responses the web app reads (see /api/openapi.json). */

export type LocalizedText = { ja?: string; en?: string };
export type Ranges = [number, number][];

export type Role = 'admin' | 'member' | 'reviewer' | 'agency' | 'person';

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
};

export type Session = { user: SessionUser | null; csrfToken: string | null };

export type Source = { url: string; asOf?: string; note?: string };

export type OrganizationLocation = {
  country?: string;
  prefecture?: string;
  city?: string;
  lat?: number;
  lng?: number;
};

export type Organization = {
  id: string;
  key: string;
  name: LocalizedText;
  kind: string;
  roles: string[];
  clusters: string[];
  technologies: string[];
  applications: string[];
  description: LocalizedText;
  location: OrganizationLocation;
  memberships: string[];
  website?: string;
  sources: Source[];
  illustrative: boolean;
  published: boolean;
  createdAt: string;
  updatedAt: string;
  highlights?: {
    name: { ja?: Ranges; en?: Ranges };
    description: { ja?: Ranges; en?: Ranges };
  };
};

export type List<T> = { items: T[]; total: number };

export type Cluster = { id: string; key: string; name: LocalizedText };

export type Technology = {
  code: string;
  cluster: string;
  parent: string | null;
  label: { ja: string; en: string };
  organizations: number;
};

export type CodeLabel = { code: string; label: { ja: string; en: string } };

export type Vocabulary = {
  kinds: CodeLabel[];
  roles: CodeLabel[];
  applications: CodeLabel[];
  memberships: { key: string; name: LocalizedText }[];
  prefectures: { country: string; prefecture: string; organizations: number }[];
};

export type ImportCounts = { created: number; updated: number; unchanged: number; total: number };
export const importSections = [
  'organizations',
  'relations',
  'sites',
  'sitingProfiles',
  'needs',
  'seeds',
] as const;
export type ImportSection = (typeof importSections)[number];

export type ImportJob = {
  id: string;
  state: 'running' | 'succeeded' | 'failed';
  phase: string;
  processed: number;
  total: number;
  result?: { ignored: string[] } & Record<ImportSection, ImportCounts | undefined> & {
      organizations: ImportCounts;
    };
  error?: { code: string; message: string; details: { path: string; message: string }[] };
};

export type User = SessionUser & { createdAt?: string };

export type AuditEntry = {
  id: number;
  at: string;
  actorEmail: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  entityKey: string | null;
  changes: Record<string, unknown>;
};
