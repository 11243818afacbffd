/**
 * Words that open a sentence and hardly ever end a name or a brand written in one word: where a page lost the full
 * stop and the space after a sentence, the next one's first word is glued to its last ("... President Recep Tayyip
 * ErdoganAs part of the visit", "Minister Hakan FidanDuring his speech"). Short words such as "In", "On" or "It" are
 * left out: "LinkedIn", "TikTok" and the like end in them.
 */
export const GLUED_SENTENCE_OPENER = String.raw`(?:As|During|After|Before|According|However|Meanwhile|Earlier|Later|Following|The|He|She|They|This|These|We)(?=\s)`;
