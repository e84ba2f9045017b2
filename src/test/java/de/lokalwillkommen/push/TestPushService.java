package de.lokalwillkommen.push;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * A push service inside the test (the JDK's HttpServer on a free local port): it records every POST (path,
 * headers, encrypted body) and answers with the status the test chooses (201 Created by default).
 */
final class TestPushService implements AutoCloseable {

    record Received(String path, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse("");
        }
    }

    final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    final AtomicInteger requests = new AtomicInteger();
    private final HttpServer server;
    private volatile IntSupplier status = () -> 201;

    TestPushService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.incrementAndGet();
            received.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                    body));
            exchange.sendResponseHeaders(status.getAsInt(), -1);
            exchange.close();
        });
        server.start();
    }

    void answer(IntSupplier status) {
        this.status = status;
    }

    /** The endpoint URL of a subscription on this service. */
    String endpoint(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/push/" + id;
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> to(String id) {
        return received.stream().filter(r -> r.path().equals("/push/" + id)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
