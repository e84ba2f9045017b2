package de.lokalwillkommen.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One phone with one tab open: speaks Vaadin's client protocol over plain HTTP, as the browser's
 * client engine does (page, init request with the security key, then RPC messages carrying the
 * sync id), so the server does exactly the work a real visitor causes. Static files are not fetched:
 * a returning phone has them in its service worker cache.
 */
final class SimulatedBrowser {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UIDL_PREFIX = "for(;;);";

    private final HttpClient http;
    private final String base;
    private final Recorder recorder;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    final UidlTree tree = new UidlTree();
    private String securityKey = "";
    private int syncId;
    private int clientId;
    private String lastExecute = "";

    SimulatedBrowser(HttpClient http, String base, String language, Recorder recorder) {
        this.http = http;
        this.base = base.endsWith("/") ? base : base + "/";
        this.recorder = recorder;
        cookies.put("lw-lang", language);
    }

    /** Opens a page as a first request of a tab: the HTML, then the UI's initial state, then the route. */
    void open(String route) throws IOException, InterruptedException {
        send("page", HttpRequest.newBuilder(URI.create(base + route)).GET());
        String init = send("init", HttpRequest.newBuilder(URI.create(base + "?v-r=init&location="
                + route + "&query=&v-sw=360&v-sh=800&v-ww=360&v-wh=800&v-tzid=Europe%2FBerlin")).GET());
        JsonNode uidl = JSON.readTree(init).get("appConfig").get("uidl");
        securityKey = uidl.get("Vaadin-Security-Key").asString();
        absorb(uidl);
        navigate("open " + (route.isEmpty() ? "start page" : route), route, "");
    }

    /** What clicking a router link does: the client asks the server to navigate. */
    void navigate(String step, String route, String trigger) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "")
                .put("appShellTitle", "").put("trigger", trigger);
        data.putNull("historyState");
        rpc(step, List.of(event(1, "ui-navigate", data)));
    }

    void click(String step, UidlTree.Node element) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 180)
                .put("event.clientY", 400).put("event.altKey", false).put("event.button", 0)
                .put("event.screenY", 400).put("event.screenX", 180);
        rpc(step, List.of(event(element.id, "click", data)));
    }

    static ObjectNode sync(UidlTree.Node element, String property, Object value) {
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", element.id).put("feature", 1)
                .put("property", property);
        if (value instanceof Boolean flag) {
            sync.put("value", flag);
        } else {
            sync.put("value", String.valueOf(value));
        }
        return sync;
    }

    static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.set("data", data);
        return event;
    }

    static ObjectNode event(UidlTree.Node element, String name) {
        return event(element.id, name, JSON.createObjectNode());
    }

    /** One request of the client engine; the reply's changes update the tree. */
    void rpc(String step, List<ObjectNode> invocations) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
        ArrayNode calls = message.putArray("rpc");
        invocations.forEach(calls::add);
        message.put("syncId", syncId).put("clientId", clientId);
        String body = send(step, HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
        String json = body.startsWith(UIDL_PREFIX) ? body.substring(UIDL_PREFIX.length()) : body;
        JsonNode reply = JSON.readTree(json);
        JsonNode uidl = reply.isArray() ? reply.get(0) : reply;
        if (uidl.has("meta") && (uidl.get("meta").has("appError") || uidl.get("meta").has("sessionExpired"))) {
            throw new JourneyFailure(step + ": server reported " + uidl.get("meta"));
        }
        absorb(uidl);
    }

    /**
     * Closing the tab: the browser's client engine sends Vaadin's unload beacon, and the server lets the UI go
     * (the session itself stays until its idle timeout). Phones killed in the background send nothing.
     */
    void close() throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
        message.putArray("rpc");
        message.put("syncId", syncId).put("clientId", clientId).put("UNLOAD", true);
        send("close tab", HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
    }

    private void absorb(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        if (uidl.has("changes")) {
            tree.apply(uidl.get("changes"));
        }
        lastExecute = uidl.has("execute") ? uidl.get("execute").toString() : "";
    }

    /** The JavaScript the last reply asked the client to run (navigation shows up here). */
    String lastExecute() {
        return lastExecute;
    }

    private String send(String step, HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException failed) {
            recorder.record(step, System.nanoTime() - started, false);
            throw failed;
        }
        long took = System.nanoTime() - started;
        boolean ok = response.statusCode() == 200;
        recorder.record(step, took, ok);
        response.headers().allValues("set-cookie").forEach(this::remember);
        if (!ok) {
            throw new JourneyFailure(step + ": HTTP " + response.statusCode());
        }
        return response.body();
    }

    private void remember(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        if (equals > 0) {
            cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
    }

    /** Where the figures of every request go. */
    interface Recorder {
        void record(String step, long nanos, boolean ok);
    }

    static final class JourneyFailure extends RuntimeException {
        JourneyFailure(String message) {
            super(message);
        }
    }
}
