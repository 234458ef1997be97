/**
 * Names a cue may govern that are no method, model or system to relate to: a task ("Persian G2P
 * conversion", "Human Activity Recognition (HAR)") and a category written as a plural acronym ("ViTs").
 */
import { writtenAfterDefinition } from './acronyms';

/** The nouns of what is done that no method is named by (unlike "adaptation", "learning", "distillation"). */
const TASK_WORDS = String.raw`(?:classification|segmentation|detection|recognition|translation|conversion|disambiguation|prediction|estimation|tracking|retrieval|summari[sz]ation|answering|locali[sz]ation)`;
/**
 * A name written before the noun of a task ("Persian G2P conversion", "DocMT tasks") qualifies the
 * task, as "Grapheme-to-phoneme (G2P) conversion" does after its brackets: English names what is
 * done that way, not the method that does it. Not the nouns a method is also called by ("the AIGB
 * paradigm", "RADIO distillation", "PU learning"), nor a task noun that qualifies a model's noun.
 */
const TASK_AFTER = new RegExp(
  String.raw`^\s+(?:tasks?|problems?|settings?|scenarios?|${TASK_WORDS})(?![\p{L}-])` +
    // "a SkyDet-11 detection network": the task noun qualifies the model named before it.
    String.raw`(?![\s-]+(?:algorithm|method|technique|approach|model|framework|architecture|network|system|backbone|pipeline)s?\b)`,
  'iu',
);

/** Whether the name that ends at `end` of `text`, or its definition in `abstract`, is followed by a task's noun. */
export function namedAsTask(abstract: string, text: string, end: number, name: string): boolean {
  return TASK_AFTER.test(text.slice(end, end + 40)) || writtenAfterDefinition(abstract, name, TASK_AFTER, 40);
}

/**
 * An acronym in the plural ("ViTs", "SLMs", "MAEs"): a lower-case "s" after the capitals makes it
 * the class of things the acronym names, a category, however it was matched. Not a size after a
 * version ("YOLOv8s"), where a digit comes before the "s".
 */
export const writtenAsPluralAcronym = (name: string): boolean => /^\p{Lu}[\p{L}\p{N}-]*\p{Lu}s$/u.test(name);

const TASK_LONG_FORM = new RegExp(String.raw`\b${TASK_WORDS}$`, 'iu');
/**
 * Whether a long form names a task by its last noun ("Human Activity Recognition"): an acronym an
 * abstract defines so is a task there, even when another corpus paper introduced the same letters.
 */
export const longFormNamesTask = (longForm: string): boolean => TASK_LONG_FORM.test(longForm.trim());
