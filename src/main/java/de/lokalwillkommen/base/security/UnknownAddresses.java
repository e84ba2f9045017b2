package de.lokalwillkommen.base.security;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A browser asking for an address that nothing answers: no Vaadin view and no Spring MVC controller
 * (e.g. {@code /bok}). Vaadin's security denies such requests to anyone not signed in, so a visitor who
 * mistyped landed on the staff sign-in; let them through to Vaadin, which shows its "page not found".
 * Addresses that a controller answers keep their own rules, so a future staff-only controller is not
 * opened by this.
 */
final class UnknownAddresses implements RequestMatcher {

    private final RequestUtil vaadin;
    private final ApplicationContext context;
    private volatile @Nullable List<RequestMatcher> controllers;

    UnknownAddresses(RequestUtil vaadin, ApplicationContext context) {
        this.vaadin = vaadin;
        this.context = context;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/actuator") || path.startsWith("/api/") || path.equals("/error")) {
            return false;
        }
        if (vaadin.isFrameworkInternalRequest(request) || vaadin.isAnonymousRoute(request)
                || vaadin.isSecuredFlowRoute(request)) {
            return false;
        }
        return controllers().stream().noneMatch(controller -> controller.matches(request));
    }

    /** The controllers' path patterns, read once the web layer is up (it is not while security is configured). */
    private List<RequestMatcher> controllers() {
        List<RequestMatcher> known = controllers;
        if (known == null) {
            RequestMappingHandlerMapping mvc = context.getBean("requestMappingHandlerMapping",
                    RequestMappingHandlerMapping.class);
            known = mvc.getHandlerMethods().keySet().stream().flatMap(info -> info.getPatternValues().stream())
                    .distinct().<RequestMatcher>map(p -> PathPatternRequestMatcher.withDefaults().matcher(p)).toList();
            controllers = known;
        }
        return known;
    }
}
