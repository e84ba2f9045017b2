package de.lokalwillkommen.base.errors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import de.lokalwillkommen.base.MunicipalityProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Installs the {@link UnexpectedErrorHandler} in every session, and gives the first HTML of a page the
 * HTTP status its error page stands for: Vaadin answers every address with its page and 200, and only
 * then shows "not found" or "not allowed" inside it, which search engines, monitors and tests cannot see.
 */
@org.springframework.stereotype.Component
class UnexpectedErrors implements VaadinServiceInitListener {

    private final MunicipalityProperties municipality;
    private final ObjectProvider<NavigationAccessControl> accessControl;

    UnexpectedErrors(MunicipalityProperties municipality, ObjectProvider<NavigationAccessControl> accessControl) {
        this.municipality = municipality;
        this.accessControl = accessControl;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        String phone = municipality.coordinationPhone();
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new UnexpectedErrorHandler(phone)));
        event.addIndexHtmlRequestListener(response -> status(event.getSource(), response.getVaadinRequest(),
                response.getVaadinResponse()));
    }

    private void status(VaadinService service, VaadinRequest request, VaadinResponse response) {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("").replaceAll("^/+|/+$", "");
        Optional<Class<? extends Component>> target = service.getRouter().getRegistry().getNavigationTarget(path);
        if (target.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        NavigationAccessControl access = accessControl.getIfAvailable();
        if (access != null && request.getUserPrincipal() != null) {
            var decision = access.checkAccess(access.createNavigationContext(target.get(), path, service, request), true);
            if (decision.decision() != AccessCheckDecision.ALLOW) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            }
        }
    }
}
