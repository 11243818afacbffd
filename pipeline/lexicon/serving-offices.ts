/**
 * Offices that news names by whom they serve, with no title of their own in the text: "Putin's foreign policy aide",
 * "the Kremlin's foreign policy adviser", "Trump's national security adviser". Each names one role title of the
 * gazetteer in the state of whom it serves (data/gazetteer/*.yaml: real officials with their dates of office); a state
 * where no one, or more than one, holds that title on the day resolves to nobody.
 */
export interface ServingOffice {
  /** Rule name, used in tests and notes. */
  name: string;
  /** The words after the owner: "foreign policy aide". */
  words: string[];
  /** Gazetteer role titles that hold it. */
  titles: string[];
}

export const SERVING_OFFICES: ServingOffice[] = [
  {
    name: 'foreign policy aide',
    words: ['foreign policy aide', 'foreign-policy aide', 'foreign policy adviser', 'foreign-policy adviser', 'foreign policy advisor', 'aide for foreign policy', 'adviser on foreign policy', 'foreign affairs aide'],
    titles: ['Presidential Aide for Foreign Policy'],
  },
  { name: 'national security adviser', words: ['national security adviser', 'national security advisor'], titles: ['National Security Adviser'] },
];
