package de.lokalwillkommen.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.json.JSONObject;
import org.junit.jupiter.api.Test;

class PushPayloadDirectionTest {

    @Test
    void aDariNoticeIsRightToLeftLikeFarsiAndAGermanOneLeftToRight() {
        assertThat(new JSONObject(PushSender.payload("t", "b", "u", "fa-AF")).getString("dir")).isEqualTo("rtl");
        assertThat(new JSONObject(PushSender.payload("t", "b", "u", "fa")).getString("dir")).isEqualTo("rtl");
        assertThat(new JSONObject(PushSender.payload("t", "b", "u", "de")).getString("dir")).isEqualTo("ltr");
    }
}
