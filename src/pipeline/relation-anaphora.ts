/**
 * A cue whose object is a demonstrative ("Based on these findings, we propose …", "Building on
 * this, …") has its object already, given by the sentence before: English does not let it reach
 * past that phrase to a name in the clause that follows.
 */
const DEMONSTRATIVE_OBJECT = /^(?:this|these|those|that|such|them|it)\b(?:\s+[\p{L}-]+){0,2}\s*[,;:]/iu;

/** Whether the cue that ends at `cueEnd` takes a demonstrative as its object, closed by a comma. */
export const objectGiven = (text: string, cueEnd: number): boolean =>
  DEMONSTRATIVE_OBJECT.test(text.slice(cueEnd, cueEnd + 60));

/**
 * Whether the name that ends at `end` is the subject of a cue that follows it ("…, and TuneX
 * enhances the adaptability"): it opens a clause of its own, and no cue before it governs it.
 */
export const subjectOfCue = (cues: readonly { start: number }[], text: string, end: number): boolean =>
  cues.some((cue) => cue.start >= end && text.slice(end, cue.start).trim() === '');
