package de.lokalwillkommen.guidance;

import de.lokalwillkommen.base.UserFacingException;

/**
 * Someone else saved this translation (or created it) since the editor loaded it. Nothing was
 * overwritten; the editor keeps its own text and can load the other person's beside it.
 */
public class TranslationConflictException extends UserFacingException {

    public TranslationConflictException() {
        super("guide.editor.conflict");
    }
}
