package de.lokalwillkommen.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The anonymous-session flood of issue 13, measured against a running production jar (bench/sessions.sh).
 * The server runs with {@code server.forward-headers-strategy=native}, so the {@code X-Forwarded-For} this probe
 * sends is the client address the limits see (requests from the machine itself only meet the ceiling).
 * <ol>
 * <li>One client key opens sessions (a page request without a cookie is a new session and a Vaadin UI) as fast as
 * it can, until the first "busy" answer (503): how many it got and how many per second.</li>
 * <li>Then N abandoned sessions (default 20,000) from K client keys (default 200, each under its own limit of 120
 * per 10 minutes), with the server's default ceiling of open sessions: how many were opened, how many shed, and the
 * live heap before and after (jcmd's class histogram forces a full GC).</li>
 * </ol>
 * Arguments: base URL, server process id, path to jcmd, sessions, client keys.
 */
public final class SessionFloodBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        String jcmd = args[2];
        int sessions = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
        int keys = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        // Warm-up from the machine itself (not limited per client): classes, caches, the first UIs.
        for (int i = 0; i < 30; i++) {
            open(http, base, null);
        }
        oneClient(http, base);
        long baseline = SessionMemory.liveHeap(jcmd, pid);
        manyClients(http, base, sessions, keys, baseline, jcmd, pid);
    }

    private static void oneClient(HttpClient http, String base) throws Exception {
        String client = "198.51.100.7";
        int opened = 0;
        long started = System.nanoTime();
        long firstRefusal = 0;
        int refused = 0;
        long refusedNanos = 0;
        for (int i = 0; i < 2_000 && refused < 100; i++) {
            long before = System.nanoTime();
            int status = open(http, base, client);
            if (status == 200) {
                opened++;
            } else if (status == 503) {
                if (refused == 0) {
                    firstRefusal = before;
                }
                refused++;
                refusedNanos += System.nanoTime() - before;
            }
        }
        double seconds = ((firstRefusal == 0 ? System.nanoTime() : firstRefusal) - started) / 1e9;
        System.out.printf("FIGURE sessions one client: %d sessions in %.1f s (%.0f per second, one request at a time)"
                + " before the first 503; then %d busy answers, %.1f ms each on average%n", opened, seconds,
                opened / seconds, refused, refused == 0 ? 0 : refusedNanos / 1e6 / refused);
    }

    private static void manyClients(HttpClient http, String base, int sessions, int keys, long baseline, String jcmd,
            long pid) throws Exception {
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger shed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Semaphore parallel = new Semaphore(16);
        List<Future<?>> all = new ArrayList<>();
        long started = System.nanoTime();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < sessions; i++) {
                String client = "2001:db8:" + Integer.toHexString(0x100 + i % keys) + ":1::" + Integer.toHexString(i + 1);
                all.add(threads.submit(() -> {
                    parallel.acquire();
                    try {
                        int status = open(http, base, client);
                        (status == 200 ? opened : status == 503 ? shed : failed).incrementAndGet();
                    } finally {
                        parallel.release();
                    }
                    return null;
                }));
            }
            for (Future<?> one : all) {
                one.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long loaded = SessionMemory.liveHeap(jcmd, pid);
        System.out.printf("FIGURE session flood: %d page requests without a cookie from %d client keys (IPv6 /64s) in"
                + " %.0f s: %d sessions opened, %d answered busy (503), %d failed; live heap %.0f MB before, %.0f MB"
                + " after (%.0f KB per opened session)%n", sessions, keys, seconds, opened.get(), shed.get(),
                failed.get(), baseline / 1e6, loaded / 1e6, opened.get() == 0 ? 0.0
                        : (loaded - baseline) / 1024.0 / opened.get());
    }

    /** One page request without a cookie: a new session (and a Vaadin UI) unless the server sheds it. */
    private static int open(HttpClient http, String base, String client) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "book")).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "ar");
        if (client != null) {
            request.header("X-Forwarded-For", client);
        }
        try {
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
