import { AID_NOUNS } from './act-verbs';

/**
 * CAMEO 042 travel to: the words of arriving somewhere, as a cue's text reads them ("arrived in", "landed in", "touched
 * down in", "flew into", "reached", "is in ... for talks"): a journey told by its end, not by its going.
 */
export const ARRIVAL_WORDS = /\b(?:arriv(?:ed|es|e|ing)|land(?:ed|s|ing)?|touch(?:ed|es|ing)?\s+down|fl(?:ew|ies|y|ying)\s+in(?:to)?|reach(?:ed|es|ing)?|(?:is|are)\s+(?:(?:currently|now|already)\s+)?in)\b/i;

/**
 * What arrives without being a visitor: goods, weapons, aid, forces and what carries them ("the first F-16 jets
 * arrived", "Russian troops reached", "a shipment of shells landed"), the aid nouns and the nouns of a force on the move.
 */
export const THINGS_THAT_ARRIVE = String.raw`(?:${AID_NOUNS}|forces|army|armies|soldiers|units?|brigades?|battalions?|regiments?|fighters|militants|infantry|columns?|convoys?|shipments?|consignments?|deliver(?:y|ies)|cargo(?:es)?|batch(?:es)?|planes|aircraft|helicopters|vehicles|trucks|lorries|trains|ships|vessels|refugees|evacuees|letters?|messages?|invitations?|reports?|news|goods|supplies|equipment|parts|F-16s)`;

/**
 * Towns of the crisis states beyond their capitals (lexicon/countries.ts names those): where a person of that state
 * arriving is at home, not on a visit abroad ("Sharif arrived in Lahore", "Zelensky arrived in Lviv").
 */
export const HOME_TOWNS: Record<string, readonly string[]> = {
  IN: ['Mumbai', 'Kolkata', 'Chennai', 'Bengaluru', 'Hyderabad', 'Ahmedabad', 'Amritsar', 'Srinagar', 'Jammu', 'Pahalgam', 'Chandigarh', 'Lucknow', 'Patna', 'Jaipur', 'Bhuj', 'Adampur', 'Pune'],
  PK: ['Lahore', 'Karachi', 'Peshawar', 'Quetta', 'Multan', 'Muzaffarabad', 'Faisalabad', 'Sialkot', 'Bahawalpur', 'Gilgit', 'Skardu'],
  UA: ['Lviv', 'Odesa', 'Odessa', 'Kharkiv', 'Dnipro', 'Zaporizhzhia', 'Sumy', 'Chernihiv', 'Mykolaiv', 'Kherson', 'Poltava', 'Vinnytsia', 'Uzhhorod', 'Ivano-Frankivsk', 'Kramatorsk'],
  RU: ['St Petersburg', 'St. Petersburg', 'Saint Petersburg', 'Sochi', 'Kazan', 'Kursk', 'Belgorod', 'Novosibirsk', 'Vladivostok', 'Yekaterinburg'],
  US: ['New York', 'Florida', 'Palm Beach', 'Mar-a-Lago', 'Camp David', 'Texas', 'California'],
};
