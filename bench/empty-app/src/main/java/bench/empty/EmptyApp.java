package bench.empty;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An empty Vaadin app with Lumo, as a new project starts: the yardstick the benchmark compares pages with. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
public class EmptyApp implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(EmptyApp.class, args);
    }
}
