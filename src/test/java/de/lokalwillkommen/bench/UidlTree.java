package de.lokalwillkommen.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of the server's element tree, rebuilt from the "changes" of Vaadin's UIDL
 * responses, just far enough to find elements by tag, class name and position, as a browser would.
 * Feature numbers are Flow's node features as they appear on the wire.
 */
final class UidlTree {

    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;
    private static final int CLASS_LIST = 11;

    static final class Node {
        final int id;
        String tag = "";
        String text = "";
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final Set<String> classes = new LinkedHashSet<>();

        Node(int id) {
            this.id = id;
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? "" : value.asString();
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asString();
            if (type.equals("detach")) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feature = change.has("feat") ? change.get("feat").asInt() : -1;
            switch (type) {
                case "put" -> put(node, feature, change);
                case "remove" -> remove(node, feature, change.get("key").asString());
                case "splice" -> splice(node, feature, change);
                case "clear" -> clear(node, feature);
                default -> { }
            }
        }
    }

    private void put(Node node, int feature, JsonNode change) {
        String key = change.get("key").asString();
        JsonNode value = change.get("value");
        switch (feature) {
            case ELEMENT_DATA -> {
                if (key.equals("tag")) {
                    node.tag = value.asString();
                }
            }
            case PROPERTIES -> node.properties.put(key, value == null ? change.get("nodeValue") : value);
            case ATTRIBUTES -> node.attributes.put(key, value == null ? "" : value.asString());
            case TEXT -> node.text = value == null ? "" : value.asString();
            default -> { }
        }
    }

    private void remove(Node node, int feature, String key) {
        if (feature == PROPERTIES) {
            node.properties.remove(key);
        } else if (feature == ATTRIBUTES) {
            node.attributes.remove(key);
        }
    }

    private void splice(Node node, int feature, JsonNode change) {
        int index = change.get("index").asInt();
        if (feature == CHILDREN) {
            int removed = change.has("remove") ? change.get("remove").asInt() : 0;
            for (int i = 0; i < removed && index < node.children.size(); i++) {
                node.children.remove(index);
            }
            if (change.has("addNodes")) {
                List<Integer> added = new ArrayList<>();
                change.get("addNodes").forEach(n -> added.add(n.asInt()));
                node.children.addAll(Math.min(index, node.children.size()), added);
            }
        } else if (feature == CLASS_LIST) {
            List<String> classes = new ArrayList<>(node.classes);
            int removed = change.has("remove") ? change.get("remove").asInt() : 0;
            for (int i = 0; i < removed && index < classes.size(); i++) {
                classes.remove(index);
            }
            if (change.has("add")) {
                List<String> added = new ArrayList<>();
                change.get("add").forEach(c -> added.add(c.asString()));
                classes.addAll(Math.min(index, classes.size()), added);
            }
            node.classes.clear();
            node.classes.addAll(classes);
        }
    }

    private void clear(Node node, int feature) {
        if (feature == CHILDREN) {
            node.children.clear();
        } else if (feature == CLASS_LIST) {
            node.classes.clear();
        }
    }

    /** Any attached element with this class name. */
    Optional<Node> byClass(String className) {
        return nodes.values().stream().filter(n -> n.classes.contains(className)).findFirst();
    }

    /** Descendants of {@code root} in document order that match. */
    List<Node> descendants(Node root, Predicate<Node> matching) {
        List<Node> found = new ArrayList<>();
        collect(root, matching, found);
        return found;
    }

    private void collect(Node parent, Predicate<Node> matching, List<Node> found) {
        for (int childId : parent.children) {
            Node child = nodes.get(childId);
            if (child == null) {
                continue;
            }
            if (matching.test(child)) {
                found.add(child);
            }
            collect(child, matching, found);
        }
    }

    /** The text a user sees on an element: the text nodes below it, joined. */
    String textOf(Node element) {
        StringBuilder text = new StringBuilder(element.text);
        for (Node child : descendants(element, n -> !n.text.isEmpty())) {
            text.append(child.text);
        }
        return text.toString();
    }

    static Predicate<Node> tag(String tag) {
        return n -> n.tag.equals(tag);
    }

    static Predicate<Node> withClass(String className) {
        return n -> n.classes.contains(className);
    }
}
