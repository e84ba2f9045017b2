package de.lokalwillkommen;

import java.util.Map;
import java.util.WeakHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Starting an application context replaces Spring Security's JVM-wide context strategy (Vaadin's security
 * configuration sets its own). The suite keeps several contexts in Spring's cache (the shared {@link AppTest}
 * one and those of tests with other properties), so a test running on a context started earlier would find
 * nobody signed in. This listener remembers each context's strategy when the context is first seen and puts
 * it back whenever a test runs on that context again. Registered for every test in META-INF/spring.factories.
 */
public final class SecurityStrategyPerContext implements TestExecutionListener, Ordered {

    private static final Map<ApplicationContext, SecurityContextHolderStrategy> STRATEGIES = new WeakHashMap<>();

    @Override
    public void prepareTestInstance(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        synchronized (STRATEGIES) {
            SecurityContextHolderStrategy known = STRATEGIES.get(context);
            if (known == null) {
                // First seen right after it started (or it set no strategy of its own): the current one is its.
                STRATEGIES.put(context, SecurityContextHolder.getContextHolderStrategy());
            } else if (known != SecurityContextHolder.getContextHolderStrategy()) {
                SecurityContextHolder.setContextHolderStrategy(known);
            }
        }
    }

    /** Before dependency injection (2000), so the context is loaded here and its strategy is still current. */
    @Override
    public int getOrder() {
        return 1900;
    }
}
