package de.lokalwillkommen.finder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload's own buttons and messages in the staff member's language. */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(Component context) {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(context.getTranslation("finder.import.choose")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(context.getTranslation("finder.import.drop")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(context.getTranslation("finder.import.tooLarge"))
                .setIncorrectFileType(context.getTranslation("finder.import.rejectedFile"))
                .setTooManyFiles(context.getTranslation("finder.import.rejectedFile")));
        return texts;
    }
}
