package bench.empty;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The one view: a heading, a sentence, a field and a button, like a new project's first page. */
@Route("")
@PageTitle("Empty Vaadin app")
public class HelloView extends VerticalLayout {

    public HelloView() {
        TextField name = new TextField("Your name");
        Paragraph greeting = new Paragraph("An empty Vaadin 25.2 app: one view, its own production bundle.");
        add(new H1("Hello"), greeting, name, new Button("Say hello", e -> greeting.setText("Hello " + name.getValue())));
    }
}
