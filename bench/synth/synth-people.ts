import type { Person } from '../../src/shared/schema';
import type { Random } from './seeded-random';

/** Given and family names per country, so lanes by official look like a real roster of hundreds of people. */
const NAMES: Record<string, { given: string[]; family: string[] }> = {
  IN: { given: ['Rajesh', 'Anil', 'Sunita', 'Vikram', 'Priya', 'Arjun', 'Meera', 'Sanjay', 'Kavita', 'Rahul', 'Deepak', 'Nirmala'], family: ['Sharma', 'Iyer', 'Menon', 'Reddy', 'Gupta', 'Nair', 'Singh', 'Rao', 'Chatterjee', 'Patel', 'Kapoor'] },
  PK: { given: ['Imran', 'Ayesha', 'Bilal', 'Farhan', 'Sana', 'Tariq', 'Zainab', 'Usman', 'Hina', 'Kamran', 'Nadia'], family: ['Khan', 'Qureshi', 'Malik', 'Chaudhry', 'Butt', 'Abbasi', 'Sheikh', 'Hussain', 'Baloch', 'Mirza'] },
  RU: { given: ['Sergei', 'Dmitry', 'Elena', 'Alexei', 'Irina', 'Nikolai', 'Olga', 'Pavel', 'Tatiana', 'Yuri', 'Maria'], family: ['Ivanov', 'Petrov', 'Sokolov', 'Volkov', 'Kuznetsova', 'Morozov', 'Lebedev', 'Orlova', 'Fedorov', 'Belov'] },
  UA: { given: ['Andriy', 'Oksana', 'Taras', 'Iryna', 'Mykola', 'Yulia', 'Bohdan', 'Olena', 'Serhiy', 'Nataliya'], family: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Moroz', 'Lysenko', 'Savchuk'] },
  US: { given: ['John', 'Sarah', 'Michael', 'Laura', 'David', 'Karen', 'Robert', 'Emily'], family: ['Miller', 'Walker', 'Bennett', 'Hayes', 'Porter', 'Reed', 'Coleman'] },
  CN: { given: ['Wei', 'Li', 'Jun', 'Hua', 'Ming'], family: ['Wang', 'Zhang', 'Liu', 'Chen', 'Zhao'] },
  GB: { given: ['James', 'Emma', 'Oliver', 'Fiona'], family: ['Hughes', 'Clarke', 'Ward', 'Price'] },
  SA: { given: ['Faisal', 'Adel', 'Khalid'], family: ['Al-Saud', 'Al-Jubeir', 'Al-Otaibi'] },
  TR: { given: ['Mehmet', 'Elif', 'Hakan'], family: ['Yilmaz', 'Demir', 'Kaya'] },
};

const TITLES = [
  'Prime Minister', 'President', 'Minister of Foreign Affairs', 'Minister of Defence', 'Foreign Secretary',
  'National Security Adviser', 'Spokesperson of the Ministry of Foreign Affairs', 'Ambassador to the United Nations',
  'Chief of Army Staff', 'Deputy Foreign Minister', 'Interior Minister', 'Special Envoy',
];

export const CONFLICT_COUNTRIES = { 'india-pakistan': ['IN', 'PK'], 'russia-ukraine': ['RU', 'UA'] } as const;
export const MEDIATORS = ['US', 'CN', 'GB', 'SA', 'TR'] as const;

function slug(s: string) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Officials weighted to the four parties, with a few mediators; some found only by NER (no country, no role). */
export function synthPeople(rnd: Random, count: number): Person[] {
  const countries = ['IN', 'PK', 'RU', 'UA', 'IN', 'PK', 'RU', 'UA', ...MEDIATORS];
  const people: Person[] = [];
  const seen = new Set<string>();
  for (let i = 0; people.length < count; i++) {
    const country = rnd.pick(countries);
    const names = NAMES[country];
    if (!names) throw new Error(`no names for ${country}`);
    const name = `${rnd.pick(names.given)} ${rnd.pick(names.family)}`;
    let id = slug(name);
    if (seen.has(id)) id = `${id}-${i}`;
    seen.add(id);
    const ner = rnd.next() < 0.1;
    const family = name.split(' ').at(-1) ?? name;
    const fromYear = rnd.int(2012, 2024);
    people.push({
      id,
      name,
      aliases: [family, `${rnd.pick(TITLES)} ${family}`],
      country: ner ? null : country,
      roles: ner ? [] : [{ title: rnd.pick(TITLES), country, from: `${fromYear}-0${rnd.int(1, 9)}-1${rnd.int(0, 9)}`, to: rnd.next() < 0.5 ? null : `${fromYear + rnd.int(1, 4)}-0${rnd.int(1, 9)}-0${rnd.int(1, 9)}` }],
      origin: ner ? 'ner' : 'gazetteer',
    });
  }
  return people;
}
