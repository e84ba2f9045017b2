package de.lokalwillkommen.architecture;

import de.lokalwillkommen.Application;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void featurePackagesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        ApplicationModules.of(Application.class).verify();
    }
}
