/**
 * How news names an international organisation after an office's title ("the Secretary General of the Alliance", "the
 * Secretary-General of the United Nations"): each form by the short name that opens the office's own phrases in the
 * office table ("NATO Secretary General", "UN Secretary-General"). "The Alliance", capitalised, is NATO in news copy.
 */
export const ORGANISATION_FORMS: Record<string, string[]> = {
  NATO: ['NATO', 'the Alliance', 'the North Atlantic Alliance', 'the North Atlantic Treaty Organization', 'the North Atlantic Treaty Organisation'],
  UN: ['the UN', 'the U.N.', 'the United Nations'],
  EU: ['the EU', 'the European Union'],
};
