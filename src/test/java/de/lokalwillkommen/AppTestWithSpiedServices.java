package de.lokalwillkommen;

import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.office.OfficeService;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * {@link AppTest} with the services that tests make fail (a database outage, an unexpected error)
 * wrapped in Mockito spies: they work as usual until a test stubs them, and are reset after each test.
 * Every such test uses exactly this set, so Spring starts one more application for all of them, not one each.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AppTest
@MockitoSpyBean(types = {BookingService.class, OfficeService.class})
public @interface AppTestWithSpiedServices {
}
