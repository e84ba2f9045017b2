package de.lokalwillkommen.bench;

import com.sun.net.httpserver.HttpServer;
import de.lokalwillkommen.Application;
import de.lokalwillkommen.base.push.BrowserSubscription;
import de.lokalwillkommen.base.push.OwnerKind;
import de.lokalwillkommen.push.NoticeText;
import de.lokalwillkommen.push.PushNotices;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sends N reminders (default 10,000) through the real path: the app (H2 in memory) queues one notice per
 * subscription in the outbox, the sending job claims them in batches, encrypts each (aes128gcm), signs VAPID and
 * POSTs it to a push service inside this JVM that answers 201. Prints the wall time from the first queue call
 * until the push service has every request, the process CPU time (app and push service together), and the p95 of
 * a page request while idle and while sending. Run by bench/push.sh; not a test.
 */
public final class PushBenchmark {

    private PushBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        AtomicInteger received = new AtomicInteger();
        HttpServer pushService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 500);
        pushService.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        pushService.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        pushService.start();
        String service = "http://127.0.0.1:" + pushService.getAddress().getPort() + "/push/";

        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=jdbc:h2:mem:push-bench;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH",
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn", "--vaadin.productionMode=true",
                "--lw.push.allow-local-endpoints=true", "--lw.push.send-initial-delay=PT1H",
                "--lw.push.reminder-initial-delay=PT1H", "--lw.mail.reminder-initial-delay=PT1H",
                "--lw.retention.cron=-", "--lw.booking.replan-cron=-");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        PushNotices notices = app.getBean(PushNotices.class);

        String key = browserKey();
        String auth = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]);
        for (int i = 0; i < count; i++) {
            notices.subscribe(OwnerKind.BOOKING, 1_000_000L + i, new BrowserSubscription(service + i, key, auth), "ar");
        }
        HttpClient client = HttpClient.newHttpClient();
        String page = "http://localhost:" + port + "/";
        double idleP95 = p95(client, page, 200, null);

        NoticeText text = notices.text("ar", "push.booking.reminder.title", "push.booking.reminder.body",
                "booking/benchmark", "الخميس، 10 ديسمبر 2026، 10:00", "Beratung Brackel");
        long cpuBefore = cpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            notices.queue(OwnerKind.BOOKING, 1_000_000L + i, "reminder:bench", text);
        }
        long queued = System.nanoTime();
        double busyP95 = p95(client, page, 200, () -> received.get() >= count);
        while (received.get() < count) {
            Thread.sleep(20);
        }
        long done = System.nanoTime();
        long cpu = cpuNanos() - cpuBefore;

        System.out.printf("machine: %d cores, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.printf("push benchmark: %d reminders (Arabic, aes128gcm, VAPID) to a local push service%n", count);
        System.out.printf("  queued in %.1f s; all delivered after %.1f s (%.0f per second)%n", (queued - start) / 1e9,
                (done - start) / 1e9, count / ((done - start) / 1e9));
        System.out.printf("  process CPU time %.1f s (app and push service in one JVM)%n", cpu / 1e9);
        System.out.printf("  p95 of GET / : idle %.0f ms, while sending %.0f ms%n", idleP95, busyP95);
        app.close();
        pushService.stop(0);
    }

    private static double p95(HttpClient client, String page, int requests, java.util.function.BooleanSupplier stop)
            throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < requests && (stop == null || !stop.getAsBoolean()); i++) {
            long t = System.nanoTime();
            client.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.discarding());
            times.add(System.nanoTime() - t);
        }
        if (times.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(times);
        return times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1e6;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String browserKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
        byte[] point = new byte[65];
        point[0] = 4;
        byte[] x = key.getW().getAffineX().toByteArray();
        byte[] y = key.getW().getAffineY().toByteArray();
        System.arraycopy(x, Math.max(0, x.length - 32), point, 1 + 32 - Math.min(32, x.length), Math.min(32, x.length));
        System.arraycopy(y, Math.max(0, y.length - 32), point, 33 + 32 - Math.min(32, y.length), Math.min(32, y.length));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(point);
    }
}
