package de.lokalwillkommen.base.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, ApplicationContext context)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/offline-data.js",
                        "/manifest.webmanifest", "/icons/**", "/styles/**", "/scripts/**")
                .permitAll()
                // A booking's calendar file: the long random token in the path is the only key.
                .requestMatchers(HttpMethod.GET, "/booking/*.ics").permitAll()
                // Its light appointment card (docs/decisions/0028): the same key.
                .requestMatchers(HttpMethod.GET, "/booking/*/card").permitAll()
                // The walk-in queue's small JSON (issue 19): a number's long random token, or a session's public display.
                .requestMatchers(HttpMethod.GET, "/queue-api/**").permitAll()
                // Public by nature (issue 5): an event's calendar file and the read-only open data.
                .requestMatchers(HttpMethod.GET, "/events/*.ics", "/api/v1/**").permitAll()
                // The guide's light pages and their service worker (Spring MVC): public content.
                // Vaadin views under guide/ keep their own access check.
                .requestMatchers(HttpMethod.GET, "/guide/**").permitAll()
                // Spring Boot's error page: without this an error in a public controller became a redirect to /login.
                .requestMatchers("/error").permitAll()
                // A mistyped address gets Vaadin's translated "page not found", not the staff sign-in.
                .requestMatchers(new UnknownAddresses(vaadinRequests, context)).permitAll());
        // Session fixation protection (a new session id at sign-in) is Spring Security's default.
        // The sign-in page is plain HTML from Spring MVC (base.security.ui.SignInController, docs/decisions/0030), so
        // Vaadin gets its address, not a view class: its access control sends anonymous visitors there by a full load.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login", "/")
                .enableCsrfConfiguration(false));
        // Vaadin's own set-up exempts the sign-in POST from CSRF protection, so a cross-site form could sign a victim's
        // browser into an attacker's account. Here only Vaadin's internal requests are exempt (they carry Vaadin's own
        // CSRF token); the login form sends Spring's token, which it reads from the _csrf meta tags of the page.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(headers -> SecurityHeaders.onPagesOnly().forEach(headers::addHeaderWriter));
        return http.build();
    }

    /** User name and password, slowed down after repeated failures per client and account, or per known device. */
    @Bean
    ThrottledAuthenticationProvider authenticationProvider(StaffUserDetailsService staff, PasswordEncoder encoder,
            SignInThrottle throttle, KnownDevices devices, StaffAccountRepository accounts) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(staff);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle, devices, accounts);
    }

    /** bcrypt today, upgradable later: hashes carry their algorithm id ({bcrypt}...). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
