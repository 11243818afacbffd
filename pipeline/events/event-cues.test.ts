import { describe, expect, test } from 'vitest';
import { VERB_CUES } from './event-cues';
import { findCues } from './find-verbal-events';

/** For every named cue: a sentence it must read as its event, and a look-alike it must not. Written for these tests. */
const CASES: Record<string, { yes: string; no: string }> = {
  'agreed-to-ceasefire': { yes: 'The two armies agreed to a complete and lasting ceasefire late on Sunday.', no: 'The two armies agreed that talks should continue.' },
  'declared-ceasefire': { yes: 'Moscow declared a three-day truce for the holiday.', no: 'Moscow declared the region a military zone.' },
  'ceasefire-took-effect': { yes: 'The ceasefire took effect at midnight.', no: 'The ceasefire talks dragged on for hours.' },
  'ceasefire-brokered': { yes: 'The truce, brokered by Turkey after a week of talks, held overnight.', no: 'The truce held overnight.' },
  'held-consultations': { yes: 'The council held closed consultations on the crisis.', no: 'The council published its consultations schedule.' },
  'meeting-expected': { yes: 'A new meeting of the envoys is expected in Rome next week.', no: 'A new meeting room opened in Rome.' },
  'proposed-a-ceasefire': { yes: 'The mediators put forward a detailed proposal for a 10-day truce.', no: 'The mediators put forward a proposal for a new trade route.' },
  'understanding-to-halt': { yes: 'Both sides reached an understanding to stop firing along the border.', no: 'Both sides lack an understanding of the risks.' },
  'ready-for-talks': { yes: 'The minister said Kyiv is ready for direct talks in Geneva.', no: 'The new airport is ready for passengers.' },
  'offered-talks': { yes: 'The president offered to resume negotiations next week.', no: 'The president offered his condolences to the families.' },
  'agreed-to-exchange': { yes: 'Both delegations agreed to a large prisoner exchange.', no: 'Both delegations agreed that the meeting was useful.' },
  'swap-under-way': { yes: 'The prisoner swap began on Friday morning.', no: 'A swap of prisoners is under discussion.' },
  'accepted-proposal': { yes: 'The government accepted the peace proposal without conditions.', no: 'The government accepted responsibility for the delay.' },
  'pledged-support': { yes: 'Germany pledged new air defence systems.', no: 'Germany weighed new air defence systems.' },
  'spoke-with': { yes: 'The secretary spoke by phone with his counterpart.', no: 'The secretary spoke at length about trade.' },
  'spoke-together': { yes: 'The two commanders had spoken at noon.', no: 'The two commanders had spoken about the weather.' },
  'called-up': { yes: 'The prime minister called up his Turkish counterpart.', no: 'The prime minister called for calm.' },
  'talks-via-hotline': { yes: 'The commanders held talks over the hotline on Monday.', no: 'The commanders held talks in Geneva on Monday.' },
  'led-talks': { yes: 'Her deputy is leading the trade talks this week.', no: 'Her deputy is leading the party this week.' },
  'held-talks': { yes: 'The delegations held a second round of talks in Riyadh.', no: 'The delegations held their positions firmly.' },
  'talks-took-place': { yes: 'Another round of talks took place on Thursday.', no: 'Another round of talks is being considered.' },
  met: { yes: 'The envoy met the president in the capital.', no: 'The envoy is a metropolitan figure.' },
  'held-a-meeting': { yes: 'The prime minister convened a meeting of the security committee.', no: 'The prime minister convened parliament.' },
  'took-part': { yes: 'The deputy minister was part of the Turkish delegation at the meeting.', no: 'The deputy minister was part of the problem.' },
  hosted: { yes: 'The king hosted President Lula at the palace.', no: 'The king hosted a dinner.' },
  visited: { yes: 'The chancellor visited Warsaw on Tuesday.', no: 'The chancellor spoke from Warsaw on Tuesday.' },
  mediated: { yes: 'Qatar mediated between the two governments.', no: 'Qatar stayed out of the dispute.' },
  negotiated: { yes: 'The envoys negotiated a grain deal.', no: 'The envoys toured a grain terminal.' },
  expelled: { yes: 'The ministry expelled two diplomats.', no: 'The ministry praised two diplomats.' },
  'imposed-sanctions': { yes: 'Brussels imposed fresh sanctions on the bank.', no: 'Brussels debated the sanctions regime.' },
  'suspended-ties': { yes: 'The government announced the suspension of the water treaty.', no: 'The government announced a water project.' },
  threatened: { yes: 'The general threatened a crushing response.', no: 'The general outlined a measured response.' },
  accused: { yes: 'The ministry accused its neighbour of shelling villages.', no: 'The ministry thanked its neighbour for aid.' },
  condemned: { yes: 'The prime minister slammed the decision as reckless.', no: 'The prime minister studied the decision.' },
  'called-the-attack': { yes: 'The mayor called the strike "a crime against civilians".', no: 'The mayor called the hospital to ask for beds.' },
  rejected: { yes: 'The capital denied any role in the bombing.', no: 'The capital hosted the bombing inquiry.' },
  demanded: { yes: 'The opposition demanded an inquiry.', no: 'The opposition attended an inquiry.' },
  urged: { yes: 'The secretary urged both sides to show restraint.', no: 'The secretary surged ahead in the polls.' },
  'launched-investigation': { yes: 'The police launched an investigation into the blast.', no: 'The police launched a new website.' },
  'militants-opened-fire': { yes: 'Armed militants opened fire on a bus of pilgrims.', no: 'The army opened a new base.' },
  'launched-attack': { yes: 'The army launched a large drone attack overnight.', no: 'The army launched a recruitment campaign.' },
  'struck-targets': { yes: 'Air defences intercepted most of the missiles.', no: 'Air defences were inspected by the minister.' },
  'called-it': { yes: 'The president called it "a good day for peace".', no: 'The president called a press conference.' },
  voiced: { yes: 'The secretary-general voiced deep concern over the clashes.', no: 'The secretary-general voiced no opinion on the budget.' },
  'took-to': { yes: 'The minister took to X to reject the claim.', no: 'The minister took the train to the border.' },
  'promoted-to': { yes: 'The cabinet promoted General Anil Rao to the rank of field marshal.', no: 'The cabinet promoted tourism in the valley.' },
  said: { yes: 'The spokesperson said the talks would continue.', no: 'The spokesperson was in the room.' },
  'signalled-readiness': { yes: 'The envoy signalled readiness to return to the table.', no: 'The envoy signalled to the driver.' },
  'promised-support': { yes: 'The chancellor promised to send more air defence.', no: 'The chancellor promised a quick reply to the letter.' },
  'call-with': { yes: 'The president held a video call with his counterpart.', no: 'The president held a call for tenders.' },
  'conferred-with': { yes: 'The foreign minister conferred with his Saudi counterpart in Jeddah.', no: 'The foreign minister conferred an award on the pilot.' },
  'played-host': { yes: 'The palace played host to President Ramaphosa.', no: 'The palace played music all night.' },
  'acted-as-mediator': { yes: 'The emirate acted as a mediator in the prisoner exchange.', no: 'The emirate acted quickly on the request.' },
  'ordered-to-leave': { yes: 'The ministry ordered five diplomats to leave within a week.', no: 'The ministry ordered five new trains.' },
  sanctioned: { yes: 'The treasury sanctioned three shipping firms.', no: 'The plan was sanctioned by the council.' },
  'froze-ties': { yes: 'The government froze trade with its neighbour.', no: 'The river froze early this year.' },
  'warned-of-response': { yes: 'The general warned that the army would retaliate at a time of its choosing.', no: 'The general warned that the roads would be icy.' },
  'blamed-on': { yes: 'The governor pinned the blame on enemy saboteurs.', no: 'The governor pinned a medal on the pilot.' },
  rebuked: { yes: 'The ambassador rebuked the host government for the raid.', no: 'The ambassador rebooked his flight.' },
  rebuffed: { yes: 'The capital rebuffed the offer of talks.', no: 'The capital buffed up its image.' },
  'sought-release': { yes: 'The family sought the immediate release of the crew.', no: 'The family sought shelter in the basement.' },
  pleaded: { yes: 'The mayor asked both armies to stop shelling the town.', no: 'The mayor was asked to stop talking.' },
  investigating: { yes: 'The police are investigating the blast at the station.', no: 'The police are waiting for the bus.' },
  'launched-projectiles': { yes: 'The army launched dozens of drones at the port.', no: 'The army launched a new recruitment drive.' },
  'sat-down': { yes: 'The two delegations sat down in the palace on Friday.', no: 'The two delegations sat down with the mayor on Friday.' },
  'in-a-call': { yes: 'In a phone call on Monday, the chancellor thanked the president.', no: 'In a hall on Monday, the chancellor thanked the president.' },
  acknowledged: { yes: 'The minister acknowledged the talks had stalled.', no: 'The minister was acknowledged by the crowd.' },
  'meeting-between': { yes: 'A meeting between the two delegations took place in Doha.', no: 'A meeting room between the two offices was booked.' },
  'at-the-talks': { yes: 'The two ministers agreed on a swap at their second round of talks in Doha.', no: 'The two ministers hinted at talks with the rebels.' },
  'delegation-included': { yes: 'The Turkish delegation included the foreign minister and the spy chief.', no: 'The Turkish delegation landed in Ankara.' },
  'called-someone': { yes: 'The foreign minister called Annalena Baerbock on Friday.', no: 'The foreign minister called Annalena Baerbock a hypocrite.' },
  'during-a-visit': { yes: 'The president signed the deal during Chancellor Merz’s visit to the capital.', no: 'The president signed the deal during a visit to the capital.' },
  'during-a-meeting': { yes: 'During a meeting with the envoy, the minister raised the issue.', no: 'During a meeting of the cabinet, the minister raised the issue.' },
  'described-as': { yes: 'The minister described the talks as useful.', no: 'The minister described how the talks went.' },
  'after-a-call': { yes: 'The chancellor changed course after a call with the president last week.', no: 'The chancellor changed course after a call for calm last week.' },
  'issued-a-threat': { yes: 'The president shortened the deadline to ten days.', no: 'The president shortened his speech to ten minutes.' },
};

const namesOf = (sentence: string) => findCues(sentence, 0).map((c) => c.name);

/** Further look-alikes a cue must not read (chrono's negative cases), each for a rule the cue states in its pattern. */
const LOOK_ALIKES: [name: string, sentence: string][] = [
  ['visited', 'The talks with the visiting foreign minister ran late.'],
  ['took-part', 'Two brigades took part in the fighting near the river.'],
  ['threatened', 'The air force warned of a drone threat over the region.'],
  ['pledged-support', 'The candidate pledged he would end the war in a day.'],
  ['said', 'They signed what the mayor said was a historic pact.'],
  ['said', 'The truce, which the general said had been agreed at dawn, held.'],
  ['promised-support', 'The general promised a swift response to any attack.'],
  ['pleaded', 'The spokesman declined when asked to comment on the raid.'],
  ['rebuffed', 'The spokesman declined to comment on the plan.'],
  ['acted-as-mediator', 'The emirate acted as host of the games.'],
  ['sanctioned', 'The march was sanctioned by the city.'],
  ['launched-projectiles', 'The company launched two new drones for farmers.'],
  ['spoke-with', 'The aide, speaking to reporters after the meeting, gave no details.'],
  ['spoke-with', 'The envoy called the talk with the delegation useful.'],
  ['urged', 'The two ministers held a phone call on the crisis.'],
  ['called-someone', 'The so-called Coalition of the Willing met in Paris.'],
  ['promised-support', 'The size of any promised assistance was not clear.'],
  ['rejected', 'The two ministers refused to take questions after the meeting.'],
  ['negotiated', 'The envoy hoped to bring both sides back to the negotiating table.'],
];

/** More words a cue reads, each with its own look-alike: one cue covers a family of verbs. Written for these tests. */
const MORE_WORDS: [name: string, yes: string, no: string][] = [
  ['signalled-readiness', 'The president expressed willingness to meet his rival.', 'The president expressed surprise at the result.'],
  ['promised-support', 'The allies vowed continued support for the army.', 'The allies vowed to stay calm.'],
  ['conferred-with', 'The prime minister huddled with his generals overnight.', 'The prime minister huddled under an umbrella.'],
  ['acted-as-mediator', 'The kingdom facilitated talks between the two delegations.', 'The kingdom facilitated the sale of the club.'],
  ['acted-as-mediator', 'Qatar helped broker the return of the children.', 'Qatar helped build the stadium.'],
  ['froze-ties', 'The treaty was held in abeyance by the government.', 'The treaty was held in high regard.'],
  ['froze-ties', 'The ministry banned all imports from the neighbour.', 'The ministry banned smoking in offices.'],
  ['sanctioned', 'Washington blacklisted two defence firms.', 'Washington blanketed the region with ads.'],
  ['warned-of-response', 'The minister issued an ultimatum to the rebels.', 'The minister issued a statement to the press.'],
  ['warned-of-response', 'The army vowed a befitting response to the strikes.', 'The army vowed to help the flood victims.'],
  ['blamed-on', 'The spokesman pointed the finger at the neighbour.', 'The spokesman pointed to the map.'],
  ['rebuked', 'The opposition lashed out at the government over the deal.', 'The opposition reached out to the government.'],
  ['rebuked', 'The president took aim at the sanctions regime.', 'The president took a seat at the table.'],
  ['rebuffed', 'The kingdom brushed aside the call for talks.', 'The kingdom brushed up its image abroad.'],
  ['rebuffed', 'The government declined the invitation to the summit.', 'The government declined to comment on the summit.'],
  ['pleaded', 'The pope implored the leaders to end the war.', 'The pope employed a new secretary.'],
  ['investigating', 'The ministry set up an inquiry into the crash.', 'The ministry set up a new website.'],
  ['launched-projectiles', 'The navy repelled an attack on the convoy.', 'The navy repelled the rumours about the convoy.'],
  ['launched-projectiles', 'The troops captured the village after a week of fighting.', 'The troops captured the moment on camera.'],
  ['ready-for-talks', 'The foreign ministry said it was ready to host the next round.', 'The foreign ministry said it was ready to leave the room.'],
  ['imposed-sanctions', 'The treasury imposed sanctions on two banks.', 'The treasury has imposed no sanctions on the banks.'],
  ['urged', "The envoy pressed Pakistan's prime minister to act.", "The envoy pressed Pakistan's prime minister on trade."],
  ['acknowledged', 'The general admitted the strike had missed its target.', 'The general was admitted to hospital.'],
  ['talks-took-place', 'The talks between the ministers in Ankara on Monday ended without a deal.', 'The talks between the two ministers were said to be difficult.'],
  ['talks-took-place', 'A new round of negotiations will be held in Doha next week.', 'A new round of negotiations would be welcome.'],
  ['talks-took-place', 'The third round of talks between the two sides in the old palace in Doha on June 9 ended early.', 'The third round of talks between the two sides, which Doha hosted, was said to have ended early.'],
  ['talks-took-place', 'The consultations are due to take place in Vienna.', 'The consultations are due for review.'],
  ['held-talks', 'The ministers held nearly six hours of talks in Doha.', 'The ministers held six hours of hearings in Doha.'],
  ['swap-under-way', 'Officials said another exchange of prisoners had occurred.', 'Officials said another exchange of prisoners had been discussed.'],
  ['met', 'Her last face-to-face with the chancellor was in May.', 'The face-to-face format was dropped in May.'],
  ['rebuffed', 'The envoy poured cold water on the proposal.', 'The envoy poured water on the fire.'],
  ['issued-a-threat', 'The minister issued a stark threat to the neighbour.', 'The minister issued a stark warning about the weather.'],
];

describe('event cues', () => {
  test('every cue has a case, and every case names a cue', () => {
    expect(Object.keys(CASES).sort()).toEqual(VERB_CUES.map((c) => c.name).sort());
  });
  test.each(VERB_CUES.map((c) => [c.name, c.type] as const))('%s reads a %s where the words say so, and not in a look-alike', (name) => {
    const c = CASES[name];
    expect(namesOf(c?.yes ?? '')).toContain(name);
    expect(namesOf(c?.no ?? '')).not.toContain(name);
  });
  test.each(LOOK_ALIKES)('%s does not read "%s"', (name, sentence) => {
    expect(namesOf(sentence)).not.toContain(name);
  });
  test.each(MORE_WORDS)('%s reads "%s" and not "%s"', (name, yes, no) => {
    expect(namesOf(yes)).toContain(name);
    expect(namesOf(no)).not.toContain(name);
  });
});
