package de.lokalwillkommen;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two instances of the whole application, as a city runs them behind a load balancer: each with its own web
 * server on a random port, its own scheduler and caches, both on ONE embedded PostgreSQL database, both
 * sending mail to one in-process SMTP server (GreenMail). Started once per JVM by the tests tagged
 * {@code servers}, which Maven runs in a JVM of their own (a second application context would replace the global
 * security-context strategy under the browserless view tests' feet); the strategy is restored all the same.
 */
public final class TwoServers {

    public static final String TAG = "servers";
    public static final String BASE_URL = "https://willkommen.example.org/";
    public static final String ADMIN = "servers-admin";

    private static TwoServers started;

    public final GreenMail mail;
    public final ConfigurableApplicationContext a;
    public final ConfigurableApplicationContext b;

    private TwoServers() {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
        a = start("server-a");
        b = start("server-b");
        SecurityContextHolder.setContextHolderStrategy(before);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            b.close();
            a.close();
            mail.stop();
        }));
    }

    public static synchronized TwoServers get() {
        if (started == null) {
            started = new TwoServers();
        }
        return started;
    }

    private ConfigurableApplicationContext start(String name) {
        var pg = EmbeddedPostgresSupport.server();
        createDatabase("lw_servers");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", pg.getJdbcUrl("postgres", "lw_servers"));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");
        properties.put("spring.application.name", name);
        properties.put("spring.jmx.enabled", "false");
        properties.put("spring.main.banner-mode", "off");
        properties.put("server.port", "0");
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(mail.getSmtp().getPort()));
        properties.put("lw.public-base-url", BASE_URL);
        properties.put("lw.mail.from", "lokal willkommen <termine@example.org>");
        // The tests trigger the jobs themselves; the schedulers stay quiet meanwhile.
        properties.put("lw.mail.reminder-initial-delay", "PT6H");
        properties.put("lw.retention.cron", "-");
        properties.put("lw.booking.replan-cron", "-");
        // Web Push: the tests' push service listens on localhost; the tests run the push jobs themselves.
        properties.put("lw.push.allow-local-endpoints", "true");
        properties.put("lw.push.send-initial-delay", "PT6H");
        properties.put("lw.push.reminder-initial-delay", "PT6H");
        properties.put("lw.booking.attempts-per-window", "1000000");
        properties.put("lw.booking.abuse.per-client-day", "1000000");
        properties.put("lw.booking.abuse.brake-bookings", "1000000");
        properties.put("lw.booking.abuse.brake-hourly-share", "0");
        properties.put("lw.booking.abuse.brake-daily-share", "0");
        properties.put("logging.level.org.atmosphere", "warn");
        properties.put("logging.level.com.vaadin", "warn");
        // Command-line arguments: they win over application.yml (builder "properties" would not).
        return new SpringApplicationBuilder(Application.class).run(properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    private static void createDatabase(String database) {
        try (var connection = EmbeddedPostgresSupport.server().getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!exists.next()) {
                statement.execute("create database " + database);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    public JdbcTemplate jdbc() {
        return a.getBean(JdbcTemplate.class);
    }

    /** Runs {@code work} signed in as the network's coordinator (ADMIN) of the given instance. */
    public static <T> T asAdmin(ConfigurableApplicationContext server, Supplier<T> work) {
        UserDetails admin = server.getBean(UserDetailsService.class).loadUserByUsername(ADMIN);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
