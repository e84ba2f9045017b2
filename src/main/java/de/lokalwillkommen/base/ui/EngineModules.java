package de.lokalwillkommen.base.ui;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The client engine's own modules in the production bundle (their names carry a content hash). Vaadin's entry script
 * imports them one after the other (bootstrap, Flow imports, client engine), each only after the one before has
 * loaded and run, so on slow data every step costs a round trip; naming them in the first HTML lets the browser fetch
 * all of them at once (decision 0030). Empty in development mode, where there is no production bundle.
 */
final class EngineModules {

    private static final String BUILD = "META-INF/VAADIN/webapp/VAADIN/build/";
    private static final Pattern ENGINE = Pattern.compile("(FlowBootstrap|generated-flow-imports|FlowClient)-[\\w-]+\\.js");
    private static final List<String> ORDER = List.of("FlowBootstrap", "generated-flow-imports", "FlowClient");

    private EngineModules() {
    }

    /** The file names, in the order the entry script needs them. */
    static List<String> inBundle() {
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver(EngineModules.class.getClassLoader())
                    .getResources("classpath*:" + BUILD + "*.js");
            return Arrays.stream(scripts).map(Resource::getFilename).filter(Objects::nonNull)
                    .filter(name -> ENGINE.matcher(name).matches()).distinct()
                    .sorted(Comparator.comparingInt(EngineModules::position)).toList();
        } catch (IOException e) {
            return List.of(); // no preloads: the entry script still imports everything itself
        }
    }

    private static int position(String name) {
        for (int i = 0; i < ORDER.size(); i++) {
            if (name.startsWith(ORDER.get(i) + "-")) {
                return i;
            }
        }
        return ORDER.size();
    }
}
