package org.timelineviewer.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * Reuses nodes across layout passes. A key that was shown last pass gets the same node again
 * (so focus and hover survive a zoom); nodes no longer needed are hidden and kept for later.
 * A caller may say what a node will look like ({@link #acquire(Object, Object)}): a spare node
 * that last looked the same is then taken first, so that CSS need not style it anew.
 */
final class NodePool<K, N extends Node> {

    /** Who applies CSS to a node the pool has just made. */
    enum Styling {
        /** The pool, as the node joins the parent, so that it measures right in this very pass. */
        ON_ARRIVAL,
        /** The caller, once it has given the node its style classes (styling it twice costs the first frame). */
        BY_CALLER
    }

    private final Supplier<N> factory;
    private final Styling styling;
    private final ObservableList<Node> parentChildren;
    private Map<K, N> shown = new HashMap<>();
    private Map<K, N> next = new HashMap<>();
    /** Spare nodes by the look they last had (null: none given). */
    private final Map<Object, Deque<N>> spare = new HashMap<>();
    private final Map<N, Object> lookOf = new HashMap<>();

    NodePool(Supplier<N> factory, ObservableList<Node> parentChildren) {
        this(factory, parentChildren, Styling.ON_ARRIVAL);
    }

    NodePool(Supplier<N> factory, ObservableList<Node> parentChildren, Styling styling) {
        this.factory = factory;
        this.parentChildren = parentChildren;
        this.styling = styling;
    }

    /** Starts a layout pass. */
    void begin() {
        next = new HashMap<>();
    }

    /** The node for {@code key} in this pass. */
    N acquire(K key) {
        return acquire(key, null);
    }

    /**
     * The node for {@code key} in this pass: the one it had last pass, else a spare that last had
     * {@code look} (anything with {@code equals}), else any spare, else a new node.
     */
    N acquire(K key, Object look) {
        N node = shown.remove(key);
        if (node == null) {
            node = takeSpare(look);
        }
        if (node == null) {
            node = factory.get();
            node.setManaged(false); // placed by the skin; the parent must not resize it to its pref size
            parentChildren.add(node);
            if (styling == Styling.ON_ARRIVAL) {
                node.applyCss(); // styled now, so its size is right in this very layout pass
            }
        }
        node.setVisible(true);
        next.put(key, node);
        lookOf.put(node, look);
        return node;
    }

    private N takeSpare(Object look) {
        Deque<N> same = spare.get(look);
        if (same != null && !same.isEmpty()) {
            return same.poll();
        }
        for (Deque<N> other : spare.values()) {
            if (!other.isEmpty()) {
                return other.poll();
            }
        }
        return null;
    }

    /** Ends the pass: nodes not acquired are hidden. */
    void end() {
        for (N node : shown.values()) {
            node.setVisible(false);
            spare.computeIfAbsent(lookOf.get(node), l -> new ArrayDeque<>()).push(node);
        }
        shown = next;
    }

    /** The node {@code key} has acquired in the pass under way, or null (for a node about to be put away). */
    N acquired(K key) {
        return next.get(key);
    }

    /** The node showing {@code key} now, or null. */
    N shownFor(K key) {
        return shown.get(key);
    }

    Iterable<N> shownNodes() {
        return shown.values();
    }
}
