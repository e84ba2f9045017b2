package de.lokalwillkommen.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Days, dates and times reach a reader only through base/i18n ({@code LocalDates}): its weekday names come from
 * the bundles, its times are 24-hour, its ranges worded, and it alone knows that the JDK calls Kurmanji "ku".
 * A class elsewhere that formats with a locale of its own would bring back "درېنۍ" for Tuesday in Pashto,
 * "2:30 PM" in Arabic or "2026 Nov 24" in Kurmanji (decision 0031).
 */
class DateFormattingInOnePlaceTest {

    static final String THE_PLACE = "de.lokalwillkommen.base.i18n";

    static final DescribedPredicate<JavaCall<?>> FORMATS_DATES_WITH_A_LOCALE =
            new DescribedPredicate<>("formats days, dates or times with a locale") {
                @Override
                public boolean test(JavaCall<?> call) {
                    String name = call.getName();
                    int parameters = call.getTarget().getRawParameterTypes().size();
                    return switch (call.getTargetOwner().getName()) {
                        case "java.time.format.DateTimeFormatter" -> name.startsWith("ofLocalized")
                                || name.equals("withLocale") || name.equals("localizedBy")
                                || name.equals("ofPattern") && parameters == 2;
                        case "java.time.format.DateTimeFormatterBuilder" -> name.startsWith("getLocalized")
                                || name.startsWith("appendLocalized") || name.equals("appendText")
                                || name.equals("toFormatter") && parameters == 1;
                        case "java.time.DayOfWeek", "java.time.Month" -> name.equals("getDisplayName");
                        case "java.text.DateFormat" -> name.endsWith("Instance");
                        case "java.text.SimpleDateFormat", "java.text.DateFormatSymbols" -> true;
                        default -> false;
                    };
                }
            };

    static final ArchRule ONLY_BASE_I18N_FORMATS_DATES = noClasses().that().resideOutsideOfPackage(THE_PLACE)
            .should().callCodeUnitWhere(FORMATS_DATES_WITH_A_LOCALE)
            .because("every day, date and time a reader sees goes through LocalDates (decision 0031)");

    @Test
    void onlyBaseI18nFormatsDaysDatesAndTimesWithALocale() {
        JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.lokalwillkommen");
        ONLY_BASE_I18N_FORMATS_DATES.check(app);
    }

    @Test
    void theRuleCatchesAClassThatFormatsOnItsOwn() {
        JavaClasses offender = new ClassFileImporter().importClasses(FormatsOnItsOwn.class);
        assertThat(ONLY_BASE_I18N_FORMATS_DATES.evaluate(offender).hasViolation()).isTrue();
    }

    /** What the rule is there to stop: the JDK's weekday and date for a UI locale. */
    static final class FormatsOnItsOwn {
        String day(LocalDate date, Locale locale) {
            return DayOfWeek.TUESDAY.getDisplayName(TextStyle.FULL, locale) + ", "
                    + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
        }
    }

    /** Vaadin's own time picker follows the UI's language, which is 12-hour in six of ours ("2:30 PM", "2:30 م"). */
    @Test
    void timePickersOutsideBaseI18nAreTwentyFourHourOnes() {
        JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.lokalwillkommen");
        noClasses().that().resideOutsideOfPackage(THE_PLACE)
                .should().callCodeUnitWhere(new DescribedPredicate<>("constructs Vaadin's TimePicker") {
                    @Override
                    public boolean test(JavaCall<?> call) {
                        return call.getName().equals("<init>")
                                && call.getTargetOwner().isEquivalentTo(com.vaadin.flow.component.timepicker.TimePicker.class);
                    }
                })
                .because("staff enter times as 14:30 in every language (TwentyFourHourTimePicker)").check(app);
    }
}
