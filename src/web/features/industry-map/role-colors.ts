/**
 * One colour per supply-chain role, from the Okabe–Ito palette, which stays distinguishable with the
 * common colour-vision deficiencies; yellow is replaced by a dark grey, which reads on the pale basemap.
 */
export const roleColors: Record<string, string> = {
  developer: '#d55e00',
  integrator: '#cc79a7',
  'component-supplier': '#0072b2',
  'materials-supplier': '#009e73',
  services: '#e69f00',
  research: '#56b4e9',
  public: '#3b3b3b',
};

export const noRoleColor = '#9ca3af';
export const noRole = 'none';

/** The role an organisation is coloured by: the map takes the first role listed as the main one. */
export function primaryRole(roles: string[]): string {
  return roles[0] ?? noRole;
}

export function roleColor(role: string): string {
  return roleColors[role] ?? noRoleColor;
}
