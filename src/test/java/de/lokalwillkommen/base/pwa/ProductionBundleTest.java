package de.lokalwillkommen.base.pwa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed production bundle (src/main/bundles/prod.bundle) holds one build and nothing else, and its
 * service worker is built from our frontend/sw.ts (docs/decisions/0020). Vaadin's production build does not
 * empty its output folder, and a reused bundle is unpacked into that folder first: every rebuild without
 * deleting target/ used to add a build on top of the old ones, all of them in the jar and the precache list.
 */
class ProductionBundleTest {

    private static final Path BUNDLE = Path.of("src/main/bundles/prod.bundle");
    private static final String BUILD = "webapp/VAADIN/build/";
    private static final String HOW_TO_REBUILD = "rebuild from a clean state: rm -rf target src/main/bundles/prod.bundle,"
            + " then build with Node 24 on the PATH (README, 'Frontend bundle')";
    private static final Pattern CHUNK_REFERENCE = Pattern.compile("\\./([\\w.-]+\\.js)");

    /** Entry name → content of every file in the bundle. */
    private static final Map<String, byte[]> FILES = new TreeMap<>();

    @BeforeAll
    static void readTheBundle() throws IOException {
        try (ZipFile zip = new ZipFile(BUNDLE.toFile())) {
            for (ZipEntry entry : zip.stream().filter(e -> !e.isDirectory()).toList()) {
                try (var in = zip.getInputStream(entry)) {
                    FILES.put(entry.getName(), in.readAllBytes());
                }
            }
        }
    }

    private static String text(String name) {
        return new String(FILES.get(name), StandardCharsets.UTF_8);
    }

    private static Set<String> buildScripts() {
        Set<String> scripts = new TreeSet<>();
        FILES.keySet().stream().filter(n -> n.startsWith(BUILD) && n.endsWith(".js"))
                .forEach(n -> scripts.add(n.substring(BUILD.length())));
        return scripts;
    }

    @Test
    void holdsExactlyOneEntryScriptAndOneSetOfFlowImports() {
        Set<String> scripts = buildScripts();
        assertThat(scripts.stream().filter(s -> s.startsWith("indexhtml-"))).as(HOW_TO_REBUILD).hasSize(1);
        assertThat(scripts.stream().filter(s -> s.startsWith("generated-flow-imports-"))).as(HOW_TO_REBUILD).hasSize(1);
    }

    @Test
    void everyScriptOfTheBuildIsReachableFromTheEntryScriptsOfTheBundlesStats() {
        JsonNode stats = JsonMapper.builder().build().readTree(text("config/stats.json"));
        Set<String> scripts = buildScripts();
        Set<String> reachable = new HashSet<>();
        Deque<String> toRead = new ArrayDeque<>();
        stats.get("entryScripts").forEach(e -> toRead.add(e.asString().substring("VAADIN/build/".length())));
        while (!toRead.isEmpty()) {
            String script = toRead.pop();
            if (!scripts.contains(script) || !reachable.add(script)) {
                continue;
            }
            Matcher references = CHUNK_REFERENCE.matcher(text(BUILD + script));
            while (references.find()) {
                toRead.add(references.group(1));
            }
        }
        assertThat(reachable).as("the entry scripts themselves").isNotEmpty();
        Set<String> unused = new TreeSet<>(scripts);
        unused.removeAll(reachable);
        assertThat(unused).as("build outputs no entry script loads; " + HOW_TO_REBUILD).isEmpty();
    }

    @Test
    void everyCompressedCopyHasItsFile() {
        assertThat(FILES.keySet()).filteredOn(n -> n.endsWith(".br"))
                .allSatisfy(n -> assertThat(FILES).containsKey(n.substring(0, n.length() - ".br".length())));
    }

    @Test
    void theServiceWorkerIsOursAndItsBuildManifestListsOnlyFilesOfThisBuild() throws IOException {
        String sw = text("webapp/sw.js");
        // The app-shell filter of frontend/sw.ts survives minification verbatim: a bundle built before a change
        // of it (Vaadin's bundle check does not hash sw.ts) fails here.
        Matcher filter = Pattern.compile("const APP_SHELL = (/.+/);").matcher(Files.readString(Path.of("frontend/sw.ts")));
        assertThat(filter.find()).as("frontend/sw.ts declares APP_SHELL").isTrue();
        assertThat(sw).as("the bundle's sw.js is built from frontend/sw.ts; " + HOW_TO_REBUILD).contains(filter.group(1));

        Matcher entries = Pattern.compile("\\{url:[`\"']([^`\"']+)[`\"'],revision:").matcher(sw);
        Set<String> listed = new TreeSet<>();
        while (entries.find()) {
            listed.add(entries.group(1));
        }
        assertThat(listed).as("the manifest Vaadin's build injected").isNotEmpty();
        assertThat(listed).filteredOn(url -> !url.equals("."))
                .allSatisfy(url -> assertThat(FILES).as(HOW_TO_REBUILD).containsKey("webapp/" + url));
    }

    /**
     * What every first visit evaluates before the live view: the Flow imports and what they import statically. The
     * sign-in page is plain HTML (docs/decisions/0030), so the login form and its text and password fields load, if at
     * all, with the staff views that use them.
     */
    @Test
    void theEagerScriptsHoldNoSignInForm() {
        assertThat(eagerScripts()).as("statically imported with the Flow imports").isNotEmpty()
                .noneMatch(n -> n.startsWith("vaadin-login") || n.startsWith("vaadin-password-field")
                        || n.startsWith("vaadin-text-field"));
    }

    /**
     * The start page is the route Vaadin loads eagerly, and the error handler is loaded with every page: a reference
     * to Button or an icon component from either put vaadin-button, vaadin-icon and vaadin-tooltip (11.6 KB) into every
     * first visit. The pages that use them load them with their own chunk.
     */
    @Test
    void theEagerScriptsHoldNeitherButtonNorIconNorTooltip() {
        assertThat(eagerScripts()).isNotEmpty().noneMatch(n -> n.startsWith("vaadin-button")
                || n.startsWith("vaadin-icon") || n.startsWith("vaadin-tooltip"));
    }

    private static Set<String> eagerScripts() {
        String flowImports = buildScripts().stream().filter(n -> n.startsWith("generated-flow-imports-")).findFirst()
                .orElseThrow();
        Pattern staticImport = Pattern.compile("(?:import|from)\\s*[\"']\\./([\\w.-]+\\.js)[\"']");
        Set<String> eager = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of(flowImports));
        while (!todo.isEmpty()) {
            String script = todo.pop();
            if (eager.add(script) && FILES.containsKey(BUILD + script)) {
                Matcher m = staticImport.matcher(text(BUILD + script));
                while (m.find()) {
                    todo.push(m.group(1));
                }
            }
        }
        return eager;
    }
}
