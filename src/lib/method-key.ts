import { clearOfRoutes, toSlug } from '../pipeline/slug';

/**
 * One method under the spellings papers give it. Abstracts write one model as "Llama 3", "Llama-3"
 * and "LLaMA3", "Qwen2.5" and "Qwen-2.5", "U-Net" and "UNet"; each spelling its own page would
 * split the papers that use one model over several pages and diagram nodes.
 */

/**
 * The URL segment of a method's page: its name's slug, with "+" spelled out ("LoRA+" →
 * `lora-plus`), since a variant marked by a plus is another method than its base, and off the
 * site's own route segments. A name with nothing readable keeps its lower-case self.
 */
export function methodSlug(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    slug = clearOfRoutes(toSlug(name.replace(/\+/gu, ' plus ')) || name.toLowerCase());
    slugs.set(name, slug);
  }
  return slug;
}

// Every view looks up each method it names, and slugify's transliteration is slow: at 10,000 papers
// the lookups spent 0.9 s of a rebuild's Astro stage making the same slugs again. Names are few.
const slugs = new Map<string, string>();

/**
 * What the spellings of one method share: its slug without the separators a letter stands beside
 * (`llama-3`, `llama3` → `llama3`; `u-net` → `unet`), but with those between two numbers, which
 * tell one version from another (`qwen2-5` is Qwen2.5, not Qwen25). A method's slug has the key of
 * its name, so an old URL finds the method it now belongs to.
 */
export function methodKey(name: string): string {
  return methodSlug(name).replace(/(?<=\p{L})-|-(?=\p{L})/gu, '');
}
