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
    void noStyleSheetBlocksTheFirstPaintButBothArePreloaded() {
        new NonBlockingStyles(List.of()).apply(page);

        assertThat(page.select("link[rel=stylesheet]")).hasSize(2)
                .allSatisfy(sheet -> assertThat(sheet.attr("media")).isEqualTo("print"));
        assertThat(page.select("link[rel=preload][as=style]").eachAttr("href"))
                .containsExactly("lumo/lumo.css?v=1", "styles/lokal-willkommen.css?v=2");
    }

    @Test
    void theClientEngineIsFetchedAtOnceButStartsOnlyOnceTheStyleSheetsHaveLoaded() {
        new NonBlockingStyles(List.of()).apply(page);

        assertThat(page.select("script[src]")).as("no entry script of its own any more").isEmpty();
        Element preload = page.selectFirst("link[rel=modulepreload]");
        assertThat(preload).isNotNull();
        assertThat(preload.attr("href")).isEqualTo("./VAADIN/build/indexhtml-AbC123.js");
        assertThat(preload.hasAttr("crossorigin")).isTrue();
        String start = page.selectFirst("script[type=module]").data();
        assertThat(start.indexOf("await Promise.all")).isNotNegative()
                .isLessThan(start.indexOf("media='all'"))
                .isLessThan(start.indexOf("import('./VAADIN/build/indexhtml-AbC123.js')"));
    }

    @Test
    void theClientEnginesModulesAreFetchedTogetherWithTheEntryInsteadOfOneAfterTheOther() {
        new NonBlockingStyles(List.of("FlowBootstrap-X1.js", "generated-flow-imports-X2.js", "FlowClient-X3.js")).apply(page);

        assertThat(page.select("link[rel=modulepreload]").eachAttr("href")).containsExactly(
                "./VAADIN/build/indexhtml-AbC123.js", "./VAADIN/build/FlowBootstrap-X1.js",
                "./VAADIN/build/generated-flow-imports-X2.js", "./VAADIN/build/FlowClient-X3.js");
        assertThat(page.select("link[rel=modulepreload]")).allSatisfy(link -> assertThat(link.hasAttr("crossorigin")).isTrue());
    }

    @Test
    void theProductionBundlesEngineModulesAreFoundInTheOrderTheEntryNeedsThem() {
        assertThat(EngineModules.inBundle()).hasSize(3).satisfiesExactly(
                name -> assertThat(name).startsWith("FlowBootstrap-"),
                name -> assertThat(name).startsWith("generated-flow-imports-"),
                name -> assertThat(name).startsWith("FlowClient-"));
    }
}
