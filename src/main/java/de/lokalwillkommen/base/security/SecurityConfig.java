package de.lokalwillkommen.base.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.lokalwillkommen.base.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/offline-data.js",
                        "/manifest.webmanifest", "/icons/**", "/styles/**")
                .permitAll()
                // A booking's calendar file: the long random token in the path is the only key.
                .requestMatchers(HttpMethod.GET, "/booking/*.ics").permitAll());
        // Session fixation protection (a new session id at sign-in) is Spring Security's default.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        return http.build();
    }

    /** bcrypt today, upgradable later: hashes carry their algorithm id ({bcrypt}...). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
