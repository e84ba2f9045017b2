package de.lokalwillkommen.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Load generator: simulated newcomers book consultations through the real Vaadin UI of a running
 * server, stage by stage with more people at once, until the 95th percentile of the server's answer
 * time passes the limit or any request fails. Run by bench/load.sh, which starts the server.
 *
 * <p>Arguments: base URL, stages (comma separated numbers of people), seconds per stage, think time
 * range in ms ("3000-7000"), server process id (for its CPU use), p95 limit in ms.
 */
public final class NewcomerLoad {

    private static final String[] LANGUAGES = {"de", "ar", "fa", "uk", "en", "tr", "ru", "ps", "kmr", "ti", "ro",
            "bg", "fr"};

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080/";
        int[] stages = Arrays.stream((args.length > 1 ? args[1] : "250,500,1000,1500,2000,2500,3000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int stageSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        String[] think = (args.length > 3 ? args[3] : "3000-7000").split("-");
        long serverPid = args.length > 4 ? Long.parseLong(args[4]) : -1;
        double p95Limit = args.length > 5 ? Double.parseDouble(args[5]) : 100;
        NewcomerJourney.ThinkTime thinkTime = new NewcomerJourney.ThinkTime(Long.parseLong(think[0]),
                Long.parseLong(think[1]));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        AtomicReference<LoadFigures> figures = new AtomicReference<>(new LoadFigures());
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> people = new ArrayList<>();
        System.out.printf("FIGURE load: %s, think time %s ms, %d s per stage, %d cores, generator on the same machine%n",
                base, String.join("-", think), stageSeconds, Runtime.getRuntime().availableProcessors());
        int lastPassing = 0;
        long bookedInAll = 0;
        for (int target : stages) {
            int adding = target - people.size();
            long rampMillis = Math.min(15_000, stageSeconds * 1000L / 4);
            for (int i = 0; i < adding; i++) {
                people.add(Thread.ofVirtual().start(() -> newcomer(base, http, thinkTime, figures, running)));
                Thread.sleep(rampMillis / Math.max(1, adding));
            }
            LoadFigures stage = new LoadFigures();
            figures.set(stage);
            long cpuBefore = cpuTicks(serverPid);
            long ownCpuBefore = ownCpuNanos();
            long started = System.nanoTime();
            Thread.sleep(stageSeconds * 1000L);
            double seconds = (System.nanoTime() - started) / 1e9;
            double serverCores = (cpuTicks(serverPid) - cpuBefore) / 100.0 / seconds;
            double ownCores = (ownCpuNanos() - ownCpuBefore) / 1e9 / seconds;
            bookedInAll += stage.booked.get();
            System.out.print("FIGURE " + stage.report(target, seconds));
            System.out.printf("    CPU: server %.2f cores, load generator %.2f cores (of %d)%n", serverCores, ownCores,
                    Runtime.getRuntime().availableProcessors());
            boolean passing = stage.p95Millis() <= p95Limit && stage.failedRequests.get() == 0
                    && stage.failedJourneys.get() == 0 && stage.requests() > 0;
            if (!passing) {
                System.out.printf("FIGURE stage of %d people misses p95 <= %.0f ms with 0 errors: stopping%n", target,
                        p95Limit);
                break;
            }
            lastPassing = target;
        }
        running.set(false);
        people.forEach(Thread::interrupt);
        System.out.printf("FIGURE largest number of concurrent newcomers with p95 <= %.0f ms and 0 errors: %d"
                + " (bookings made during the measured stages: %d)%n", p95Limit, lastPassing, bookedInAll);
    }

    private static void newcomer(String base, HttpClient http, NewcomerJourney.ThinkTime think,
            AtomicReference<LoadFigures> figures, AtomicBoolean running) {
        while (running.get()) {
            String language = LANGUAGES[ThreadLocalRandom.current().nextInt(LANGUAGES.length)];
            LoadFigures stage = figures.get();
            SimulatedBrowser browser = new SimulatedBrowser(http, base, language, (s, n, ok) -> figures.get().record(s, n, ok));
            try {
                switch (new NewcomerJourney(browser, think).book()) {
                    case BOOKED -> stage.booked.incrementAndGet();
                    case NO_FREE_TIME -> stage.noFreeTime.incrementAndGet();
                }
                think.pause();
                browser.close();
            } catch (InterruptedException stopped) {
                return;
            } catch (IOException | RuntimeException failed) {
                if (running.get()) {
                    figures.get().journeyFailed(failed.toString());
                }
            }
        }
    }

    /** utime + stime of a process in clock ticks (100 per second on Linux), from /proc. */
    static long cpuTicks(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
