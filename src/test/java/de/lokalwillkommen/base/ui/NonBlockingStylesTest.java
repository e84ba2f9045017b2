package de.lokalwillkommen.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NonBlockingStylesTest {

    private static final String VAADIN_INDEX = """
            <!DOCTYPE html><html><head><meta charset="UTF-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <script type="module" crossorigin src="./VAADIN/build/indexhtml-AbC123.js"></script>
            <link rel="modulepreload" crossorigin href="./VAADIN/build/rolldown-runtime-R1.js">
            <link rel="stylesheet" href="lumo/lumo.css?v=1">
            <link rel="stylesheet" href="styles/lokal-willkommen.css?v=2">
            </head><body><div id="outlet"></div></body></html>""";

    private final Document page = Jsoup.parse(VAADIN_INDEX);

    @Test
    void theInlineStyleSheetStaysUnderTenKilobytes() {
        assertThat(NonBlockingStyles.CRITICAL_CSS.getBytes(StandardCharsets.UTF_8).length).isPositive()
                .isLessThanOrEqualTo(10 * 1024);
    }

    @Test
    void theFirstHtmlCarriesItsOwnStylesRightAfterCharsetAndViewport() {
        new NonBlockingStyles(List.of()).apply(page);

        Element head = page.head();
        assertThat(head.child(0).is("meta[charset]")).isTrue();
        assertThat(head.child(1).is("meta[name=viewport]")).isTrue();
        assertThat(head.child(2).is("style#lw-critical")).isTrue();
        assertThat(head.child(2).data()).contains(".lw-header", ".lw-start-entry", "html:not(.lw-styled)");
    }

    @Test
    void nothingIsFetchedBeforeTheFirstPaintAndNoStyleSheetBlocksIt() {
        new NonBlockingStyles(List.of()).apply(page);

        assertThat(page.select("link[rel=stylesheet]")).hasSize(2).allSatisfy(sheet -> {
            assertThat(sheet.hasAttr("href")).as("no address before the first paint").isFalse();
            assertThat(sheet.attr("media")).isEqualTo("print");
        });
        assertThat(page.select("link[rel=stylesheet]").eachAttr(NonBlockingStyles.DEFERRED))
                .containsExactly("lumo/lumo.css?v=1", "styles/lokal-willkommen.css?v=2");
        assertThat(page.select("link[rel=preload], link[rel=modulepreload], script[src]")).isEmpty();
    }

    @Test
    void afterTheFirstFrameTheSheetsAndTheEngineAreFetchedAndTheEngineStartsOnceTheSheetsHaveLoaded() {
        new NonBlockingStyles(List.of()).apply(page);

        String start = page.selectFirst("script[type=module]").data();
        int frame = start.indexOf("requestAnimationFrame");
        assertThat(frame).isNotNegative()
                .isLessThan(start.indexOf("l.rel='modulepreload'"))
                .isLessThan(start.indexOf("s.href="));
        assertThat(start.indexOf("await loaded")).isGreaterThan(start.indexOf("s.href="))
                .isLessThan(start.indexOf("media='all'"))
                .isLessThan(start.indexOf("import('./VAADIN/build/indexhtml-AbC123.js')"));
        assertThat(start).contains("l.crossOrigin=''");
    }

    @Test
    void theClientEnginesModulesAreFetchedTogetherWithTheEntryInsteadOfOneAfterTheOther() {
        new NonBlockingStyles(List.of("FlowBootstrap-X1.js", "generated-flow-imports-X2.js", "FlowClient-X3.js")).apply(page);

        assertThat(page.selectFirst("script[type=module]").data()).contains("for(const m of['./VAADIN/build/indexhtml-AbC123.js',"
                + "'./VAADIN/build/FlowBootstrap-X1.js','./VAADIN/build/generated-flow-imports-X2.js',"
                + "'./VAADIN/build/FlowClient-X3.js','./VAADIN/build/rolldown-runtime-R1.js'])");
    }

    @Test
    void theProductionBundlesEngineModulesAreFoundInTheOrderTheEntryNeedsThem() {
        assertThat(EngineModules.inBundle()).hasSize(3).satisfiesExactly(
                name -> assertThat(name).startsWith("FlowBootstrap-"),
                name -> assertThat(name).startsWith("generated-flow-imports-"),
                name -> assertThat(name).startsWith("FlowClient-"));
    }
}
