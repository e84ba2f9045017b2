package de.lokalwillkommen.base.health;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@AppTest
class DatabaseWritesHealthTest {

    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsDownWhenTheDatabaseAnswersReadsButRefusesWrites() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").body()).contains("\"UP\"");

        // Reads still work (SELECT 1 would say all is well); every insert into the probe table is refused.
        jdbc.execute("alter table health_probe add constraint refuse_writes_in_test check (kind = 'READ')");
        try {
            assertThat(jdbc.queryForObject("select 1", Integer.class)).isEqualTo(1);
            HttpResponse<String> health = get("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"DOWN\"");
            assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
        } finally {
            jdbc.execute("alter table health_probe drop constraint refuse_writes_in_test");
        }
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from health_probe", Integer.class)).isZero();
    }
}
