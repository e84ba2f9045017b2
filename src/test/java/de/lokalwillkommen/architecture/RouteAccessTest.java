package de.lokalwillkommen.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

class RouteAccessTest {

    @Test
    void everyRouteAndLayoutDeclaresWhoMayOpenIt() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        // Layouts too: Vaadin denies a view whose layout allows less than the view.
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AssignableTypeFilter(
                com.vaadin.flow.router.RouterLayout.class));
        List<String> routes = scanner.findCandidateComponents("de.lokalwillkommen").stream()
                .map(bean -> bean.getBeanClassName()).toList();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(8);
        for (String name : routes) {
            Class<?> route = Class.forName(name);
            long declarations = List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class)
                    .stream().filter(route::isAnnotationPresent).count();
            assertThat(declarations).as("access annotations on %s", name).isEqualTo(1);
        }
    }
}
