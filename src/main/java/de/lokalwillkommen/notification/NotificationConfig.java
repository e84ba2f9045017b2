package de.lokalwillkommen.notification;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class NotificationConfig {

    /** Mails go out in the background, one virtual thread each: a slow mail server keeps no page waiting. */
    @Bean(destroyMethod = "close")
    ExecutorService mailExecutor() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }
}
