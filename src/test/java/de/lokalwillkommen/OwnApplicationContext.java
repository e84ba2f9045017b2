package de.lokalwillkommen;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test class that starts an application context of its own (other properties than {@link AppTest}):
 * starting it replaces Spring Security's JVM-wide context strategy, and the browserless view tests that run
 * afterwards on the shared context would then find nobody signed in. This puts the strategy back once the
 * class is done. Declare it above {@code @SpringBootTest}, so it saves the strategy before the context starts.
 */
public final class OwnApplicationContext implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(OwnApplicationContext.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("strategy", SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolderStrategy before = context.getStore(NAMESPACE).get("strategy", SecurityContextHolderStrategy.class);
        if (before != null) {
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }
}
