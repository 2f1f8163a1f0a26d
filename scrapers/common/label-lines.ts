/**
 * @module Short lines that label something other than the article's prose, in the European
 * languages news and blog pages are written in besides English and Arabic (boilerplate.ts has
 * those): pointers to other stories ("Lesen Sie auch", "À lire aussi", "Czytaj też"), section
 * labels closing a page ("Über den Autor", "Schlagworte"), and picture credits ("Foto: …").
 */

// Pointers to other pages and closing section labels. The phrase is the whole line, or is
// followed by a colon or dash (then the line names the story pointed to).
const POINTER =
  /^(?:lesen sie (?:auch|mehr|weiter)|lies auch|mehr zum thema|mehr dazu|mehr (?:informationen|infos)|weitere (?:informationen|infos|artikel|beiträge|themen|nachrichten|tipps)|auch interessant|das könnte (?:sie|dich) (?:auch )?interessieren|schon gelesen|empfohlene beiträge|ähnliche (?:artikel|beiträge)|verwandte (?:artikel|themen)|über den autor|über die autorin|schlagworte|schlagwörter|stichworte|themen|kategorien?|inhaltsverzeichnis|kommentare|kommentar schreiben|teilen|artikel teilen|à lire aussi|lire aussi|voir aussi|sur le même sujet|articles? similaires|lee también|leer también|te puede interesar|noticias relacionadas|leia também|veja também|notícias relacionadas|leggi anche|potrebbe interessarti|czytaj (?:też|także|więcej)|zobacz (?:też|także)|dowiedz się więcej|tags|etiquetas|étiquettes)\s*(?:[:：\-–—»>|!?.…]+\s*\S.*|[:：!?.…]*)$/iu;
// Picture captions' and sources' labels: "Foto: Ingo Pertramer", "Abbildung 4: …", "Crédits photos : …".
const PICTURE_LABEL =
  /^(?:fotos?|bild(?:quelle)?|titelbild|beitragsbild|abbildung|grafik|photos?|crédits? photos?|image|imagen|foto(?:grafia)?|zdjęcie|quelle|source|fuente|fonte|źródło)(?:\s*\d+)?\s*:/iu;
// Labels are short; a longer line is prose that happens to open with the words.
const MAX_LABEL_WORDS = 12;

/** Whether a short line labels or points away from the article (see the module comment). */
export function isLabelLine(text: string, words: number): boolean {
  return words <= MAX_LABEL_WORDS && (POINTER.test(text) || PICTURE_LABEL.test(text));
}
