package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.office.VenueSummary;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo consultation hours. The outreach hour in Marten is the one the seed documents describe
 * (every 14 days, Tuesday 10–12, Vereinsheim "Marten aktiv", next date 9 November 2021, so the
 * rhythm is anchored there); the offices' own open hours are illustrative, the documents give none.
 */
@Component
@Profile("demo")
@Order(3)
class DemoSchedule implements ApplicationRunner {

    private final ScheduleRuleRepository rules;
    private final OfficeService offices;
    private final ScheduleService schedule;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    /** The load benchmark (bench/load.sh) raises it, so thousands of simulated newcomers find free times. */
    private final int capacityFactor;
    private final BookingSettingsRepository settings;
    /** 0 keeps the default booking horizon; the load benchmark opens a year so the free times last. */
    private final int horizonDays;

    DemoSchedule(ScheduleRuleRepository rules, OfficeService offices, ScheduleService schedule,
            MunicipalityProperties municipality, Clock clock,
            BookingSettingsRepository settings, @Value("${lw.demo.capacity-factor:1}") int capacityFactor,
            @Value("${lw.demo.horizon-days:0}") int horizonDays) {
        this.settings = settings;
        this.capacityFactor = Math.max(1, capacityFactor);
        this.horizonDays = horizonDays;
        this.rules = rules;
        this.offices = offices;
        this.schedule = schedule;
        this.municipality = municipality;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (rules.count() > 0) {
            return;
        }
        LocalDate since = municipality.now(clock).toLocalDate().minusWeeks(1);
        for (OfficeDetails office : offices.listOffices().stream()
                .map(o -> offices.findBySlug(o.slug()).orElseThrow()).toList()) {
            if (office.address() == null) {
                continue;
            }
            boolean luedo = office.slug().equals("luetgendortmund");
            weekly(office.id(), luedo ? DayOfWeek.MONDAY : DayOfWeek.TUESDAY, 10, 12, 1, since, null, 2);
            weekly(office.id(), DayOfWeek.THURSDAY, 14, 16, 1, since, null, 2);
            if (luedo) {
                Long marten = office.venues().stream().filter(v -> v.name().contains("Marten"))
                        .map(VenueSummary::id).findFirst().orElse(null);
                weekly(office.id(), DayOfWeek.TUESDAY, 10, 12, 2, LocalDate.of(2021, 11, 9), marten, 1);
            }
            if (horizonDays > 0) {
                BookingSettings longer = BookingSettings.defaults(office.id());
                OfficeBookingSettings usual = longer.toRecord();
                longer.update(new OfficeBookingSettings(office.id(), horizonDays, usual.leadMinutes(),
                        usual.walkInSharePercent()));
                settings.save(longer);
            }
            schedule.replan(office.id());
        }
    }

    private void weekly(long officeId, DayOfWeek day, int fromHour, int toHour, int everyWeeks, LocalDate validFrom,
            Long venueId, int capacity) {
        ScheduleRuleForm form = new ScheduleRuleForm();
        form.setOfficeId(officeId);
        form.setWeekday(day);
        form.setEveryWeeks(everyWeeks);
        form.setValidFrom(validFrom);
        form.setStart(LocalTime.of(fromHour, 0));
        form.setEnd(LocalTime.of(toHour, 0));
        form.setSlotMinutes(30);
        form.setCapacity(capacity * capacityFactor);
        form.setVenueId(venueId);
        form.setLanguages(Set.of("de"));
        ScheduleRule rule = new ScheduleRule(officeId);
        rule.update(form);
        rules.save(rule);
    }
}
