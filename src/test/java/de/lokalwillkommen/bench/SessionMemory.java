package de.lokalwillkommen.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Memory per anonymous session: the server's live heap after a full garbage collection (jcmd's class
 * histogram forces one) with N sessions open at the first step of booking, minus the baseline, over N.
 * Run by bench/memory.sh. Arguments: base URL, number of sessions, server process id, path to jcmd.
 */
public final class SessionMemory {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int sessions = Integer.parseInt(args[1]);
        long pid = Long.parseLong(args[2]);
        String jcmd = args.length > 3 ? args[3] : "jcmd";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        LoadFigures figures = new LoadFigures();

        // Warm-up: the first sessions load classes and fill caches that are not per session.
        open(http, base, 50, figures);
        long baseline = liveHeap(jcmd, pid);
        open(http, base, sessions, figures);
        long loaded = liveHeap(jcmd, pid);
        long perSession = (loaded - baseline) / sessions;
        System.out.printf("FIGURE memory: live heap %.1f MB with 50 warm-up sessions, %.1f MB with %d more at the"
                        + " booking step: %.1f KB per anonymous session (failed requests %d)%n",
                baseline / 1e6, loaded / 1e6, sessions, perSession / 1024.0, figures.failedRequests.get());
    }

    private static void open(HttpClient http, String base, int count, LoadFigures figures) throws Exception {
        Semaphore parallel = new Semaphore(32);
        List<Future<?>> opening = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                String language = i % 3 == 0 ? "ar" : i % 3 == 1 ? "uk" : "de";
                opening.add(threads.submit(() -> {
                    parallel.acquire();
                    try {
                        SimulatedBrowser browser = new SimulatedBrowser(http, base, language, figures);
                        new NewcomerJourney(browser, new NewcomerJourney.ThinkTime(0, 0)).openBooking();
                    } finally {
                        parallel.release();
                    }
                    return null;
                }));
            }
            for (Future<?> one : opening) {
                one.get();
            }
        }
    }

    /** Bytes of live objects: the class histogram runs a full GC first and ends with a "Total" line. */
    static long liveHeap(String jcmd, long pid) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        for (String line : output.split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length == 3 && columns[0].equals("Total")) {
                return Long.parseLong(columns[2]);
            }
        }
        throw new IllegalStateException("no histogram from jcmd: " + output);
    }
}
