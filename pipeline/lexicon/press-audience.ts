/**
 * Those one speaks to when one speaks to the press, not with a counterpart: "a conversation with journalists", "spoke to
 * reporters". Talking to them is a saying (the statement cues read it), never a call or a meeting with anyone.
 */
export const PRESS_AUDIENCE = String.raw`(?:journalists|reporters|press|media|correspondents)`;
