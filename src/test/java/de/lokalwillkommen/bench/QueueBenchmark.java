package de.lokalwillkommen.bench;

import com.sun.net.httpserver.HttpServer;
import de.lokalwillkommen.Application;
import de.lokalwillkommen.base.OfficeDirectory;
import de.lokalwillkommen.queue.QueueEntry;
import de.lokalwillkommen.queue.QueueNeeds;
import de.lokalwillkommen.queue.QueueService;
import de.lokalwillkommen.queue.QueueSessionRef;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 1,000 phones (default) wait in the walk-in queues of the demo offices' Tuesday open hours with their number's page
 * open: each polls {@code GET /queue-api/ticket/<token>?lang=ar} every 5 s, as scripts/lw-queue.js does while the page
 * is visible. Phases: the pollers against a stub server in this JVM (their own cost), the app while nobody is called,
 * and the app while staff call next and mark the previous person served in every session every 2 s. Prints per phase
 * the live heap after a forced GC, the process CPU as a share of the machine, and p50/p95 and rate of the polls.
 * The app (H2 in memory, demo profile) and the pollers (virtual threads, one java.net.http.HttpClient) share this JVM,
 * so the CPU of the app phases includes the client side. Run by bench/queue.sh; not a test.
 */
public final class QueueBenchmark {

    private static final long POLL_NANOS = 5_000_000_000L;
    private static final long STAFF_NANOS = 2_000_000_000L;
    /** Tuesday 10:00 in Dortmund: every demo office but Lütgendortmund holds open hours 10-12 (DemoSchedule). */
    private static final String CLOCK_START = "2026-12-08T10:00";
    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    /** Where a poll's latency goes: null while no phase is being measured. */
    private static final AtomicReference<Phase> CURRENT = new AtomicReference<>();

    private QueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int phones = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int stubSeconds = Math.max(10, seconds / 3);

        byte[] stubBody = ("{\"number\":17,\"status\":\"WAITING\",\"ahead\":4,\"waitMinutes\":48,"
                + "\"statusText\":\"أنت تنتظر\",\"aheadText\":\"4 أشخاص قبلك\"}").getBytes(StandardCharsets.UTF_8);
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1_000);
        stub.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        stub.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, stubBody.length);
            exchange.getResponseBody().write(stubBody);
            exchange.close();
        });
        stub.start();

        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=jdbc:h2:mem:queue-bench;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH",
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn", "--vaadin.productionMode=true",
                "--spring.profiles.active=demo", "--lw.clock.start=" + CLOCK_START,
                "--lw.push.send-initial-delay=PT1H", "--lw.push.reminder-initial-delay=PT1H",
                "--lw.mail.reminder-initial-delay=PT1H", "--lw.retention.cron=-", "--lw.booking.replan-cron=-");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        QueueService queue = app.getBean(QueueService.class);

        // Staff rights as the tests give them: the demo coordination account (ADMIN, every office).
        UserDetails admin = app.getBean(UserDetailsService.class).loadUserByUsername("koordination");
        Runnable asStaff = () -> SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        asStaff.run();
        List<QueueSessionRef> sessions = new ArrayList<>();
        for (OfficeDirectory.OfficeContact office : app.getBean(OfficeDirectory.class).contacts()) {
            sessions.addAll(queue.sessionsOn(office.id(), DAY));
        }
        SecurityContextHolder.clearContext();
        if (sessions.isEmpty()) {
            throw new IllegalStateException("no open session on " + DAY + " in the demo schedule");
        }

        Memory before = Memory.now();
        // Numbers taken the public way: one device cookie and one client address per phone (10.x.y.z).
        List<String> tokens = new ArrayList<>();
        long takeStart = System.nanoTime();
        for (int i = 0; i < phones; i++) {
            String code = sessions.get(i % sessions.size()).code();
            String address = "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
            tokens.add(queue.take(code, new QueueNeeds("ar", i % 3 == 0, null), "bench-device-" + i, address).token());
        }
        double takeSeconds = (System.nanoTime() - takeStart) / 1e9;
        Memory numbers = Memory.now();

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String api = "http://localhost:" + port + "/queue-api/ticket/";
        HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create(api + tokens.get(0) + "?lang=ar"))
                .build(), HttpResponse.BodyHandlers.ofString());
        boolean setsCookie = first.headers().firstValue("Set-Cookie").isPresent();

        AtomicReference<String> target = new AtomicReference<>();
        AtomicInteger running = new AtomicInteger(1);
        ExecutorService pollers = Executors.newVirtualThreadPerTaskExecutor();
        String stubUrl = "http://127.0.0.1:" + stub.getAddress().getPort() + "/ticket/";
        target.set(stubUrl);
        for (int i = 0; i < phones; i++) {
            String token = tokens.get(i);
            long offset = POLL_NANOS * i / phones; // phones opened their pages at different moments
            pollers.submit(() -> poll(client, target, token, offset, running));
        }

        Phase stubPhase = measure("pollers only (stub server in this JVM, no app)", stubSeconds, null);
        target.set(api);
        Thread.sleep(10_000); // warm-up of the app's poll path, not measured
        Phase idle = measure("app, " + phones + " phones polling, nobody called", seconds, null);
        Staff staff = new Staff(queue, sessions, asStaff);
        Phase calling = measure("app, staff call next + served in every session every 2 s", seconds, staff);
        running.set(0);
        pollers.shutdown();

        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("machine: %d cores, %s, load average (1 min) at the end %.2f%n", cores,
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("queue benchmark: %d phones in %d sessions (demo, %s), each polling GET "
                + "/queue-api/ticket/<token>?lang=ar every 5 s%n", phones, sessions.size(), CLOCK_START);
        System.out.printf("  numbers taken through QueueService.take in %.1f s; a poll sets a cookie: %s%n", takeSeconds,
                setsCookie ? "yes" : "no");
        System.out.printf("  heap after forced GC: app started %.1f MB, with %d numbers %.1f MB; RSS %.0f MB, %.0f MB%n",
                before.heapMb, phones, numbers.heapMb, before.rssMb, numbers.rssMb);
        for (Phase phase : List.of(stubPhase, idle, calling)) {
            phase.print(cores);
        }
        System.out.printf("  staff: %d calls, %d served; %d staff actions failed%n", staff.called.get(),
                staff.served.get(), staff.failed.get());
        app.close();
        stub.stop(0);
        System.exit(0);
    }

    /** One phone: a poll every 5 s from its own moment on, like setInterval while the page is visible. */
    private static void poll(HttpClient client, AtomicReference<String> target, String token, long offset,
            AtomicInteger running) {
        long next = System.nanoTime() + offset;
        while (running.get() == 1) {
            LockSupport.parkNanos(next - System.nanoTime());
            next += POLL_NANOS;
            Phase phase = CURRENT.get();
            long t = System.nanoTime();
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(target.get() + token + "?lang=ar")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (phase != null) {
                    phase.record(System.nanoTime() - t, response.statusCode() == 200);
                }
            } catch (Exception e) {
                if (phase != null) {
                    phase.record(System.nanoTime() - t, false);
                }
            }
        }
    }

    private static Phase measure(String name, int seconds, Staff staff) throws Exception {
        Phase phase = new Phase(name);
        Thread staffThread = staff == null ? null : Thread.ofVirtual().start(staff);
        long cpu = cpuNanos();
        long start = System.nanoTime();
        CURRENT.set(phase);
        Thread.sleep(seconds * 1_000L);
        CURRENT.set(null);
        phase.wallNanos = System.nanoTime() - start;
        phase.cpuNanos = cpuNanos() - cpu;
        if (staffThread != null) {
            staff.stop = true;
            staffThread.join();
        }
        phase.memory = Memory.now(); // pollers still running: the heap with the phones waiting
        return phase;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** A measured stretch: latencies of the polls answered in it, CPU, and the heap at its end. */
    private static final class Phase {
        final String name;
        final ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
        final AtomicInteger errors = new AtomicInteger();
        long wallNanos;
        long cpuNanos;
        Memory memory;

        Phase(String name) {
            this.name = name;
        }

        void record(long nanos, boolean ok) {
            times.add(nanos);
            if (!ok) {
                errors.incrementAndGet();
            }
        }

        void print(int cores) {
            List<Long> sorted = new ArrayList<>(times);
            sorted.sort(null);
            double wall = wallNanos / 1e9;
            System.out.printf("  %s, %.0f s:%n", name, wall);
            System.out.printf("    polls %d (%.0f/s), errors %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    sorted.size(), sorted.size() / wall, errors.get(), pct(sorted, 0.50), pct(sorted, 0.95),
                    pct(sorted, 0.99));
            System.out.printf("    process CPU %.1f s = %.2f cores = %.1f %% of the machine%n", cpuNanos / 1e9,
                    cpuNanos / (double) wallNanos, 100.0 * cpuNanos / wallNanos / cores);
            System.out.printf("    heap after forced GC at the end %.1f MB, RSS %.0f MB%n", memory.heapMb,
                    memory.rssMb);
        }

        private static double pct(List<Long> sorted, double p) {
            return sorted.isEmpty() ? Double.NaN
                    : sorted.get((int) Math.ceil(sorted.size() * p) - 1) / 1e6;
        }
    }

    /** Every 2 s in every session: the person called last is served, the next one is called. */
    private static final class Staff implements Runnable {
        final QueueService queue;
        final List<QueueSessionRef> sessions;
        final Runnable asStaff;
        final Map<Long, Long> calledIn = new HashMap<>();
        final AtomicInteger called = new AtomicInteger();
        final AtomicInteger served = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        volatile boolean stop;

        Staff(QueueService queue, List<QueueSessionRef> sessions, Runnable asStaff) {
            this.queue = queue;
            this.sessions = sessions;
            this.asStaff = asStaff;
        }

        @Override
        public void run() {
            asStaff.run();
            long next = System.nanoTime();
            while (!stop) {
                for (QueueSessionRef session : sessions) {
                    try {
                        Long previous = calledIn.remove(session.id());
                        if (previous != null) {
                            queue.served(session.id(), previous);
                            served.incrementAndGet();
                        }
                        Optional<QueueEntry> person = queue.callNext(session.id());
                        if (person.isPresent()) {
                            calledIn.put(session.id(), person.get().id());
                            called.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                }
                next += STAFF_NANOS;
                LockSupport.parkNanos(next - System.nanoTime());
            }
            SecurityContextHolder.clearContext();
        }
    }

    /** Live heap after a forced GC (what jcmd GC.run then GC.heap_info would show) and the resident set. */
    private record Memory(double heapMb, double rssMb) {

        static Memory now() {
            ManagementFactory.getMemoryMXBean().gc();
            ManagementFactory.getMemoryMXBean().gc();
            double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
            return new Memory(heap, rssKb() / 1e3);
        }

        private static long rssKb() {
            try {
                return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                        .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
            } catch (Exception e) {
                return 0;
            }
        }
    }
}
