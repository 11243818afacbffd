/**
 * News agencies whose name, in brackets or between slashes, credits a report ("(IANS)", "(Reuters)", "/TASS/"): such a
 * credit is the wire's, never a date or an actor of the story. One list for the stages that read it.
 */
export const NEWS_AGENCIES = ['APP', 'PTI', 'ANI', 'IANS', 'UNI', 'KUNA', 'WAM', 'SPA', 'QNA', 'IRNA', 'Xinhua', 'TASS', 'AFP', 'AP', 'Reuters', 'dpa', 'Anadolu', 'AZERTAC', 'Tasnim', 'Bloomberg'] as const;

/** The agencies as one alternation for a pattern ("(?:APP|PTI|...)"). */
export const NEWS_AGENCY = String.raw`(?:${NEWS_AGENCIES.join('|')})`;
