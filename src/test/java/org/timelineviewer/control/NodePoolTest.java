package org.timelineviewer.control;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/** The pool gives a key its node again, and a spare that last looked the same before any other. */
class NodePoolTest {

    private final Pane parent = new Pane();
    private final NodePool<String, Region> pool = new NodePool<>(Region::new, parent.getChildren(), NodePool.Styling.BY_CALLER);

    @Test
    void aKeyShownLastPassGetsTheSameNodeAndUnusedNodesAreHiddenAndReused() {
        pool.begin();
        Region a = pool.acquire("a");
        Region b = pool.acquire("b");
        pool.end();
        assertThat(parent.getChildren()).containsExactly(a, b);

        pool.begin();
        assertThat(pool.acquire("a")).isSameAs(a);
        pool.end();
        assertThat(a.isVisible()).isTrue();
        assertThat(b.isVisible()).as("not needed this pass").isFalse();
        assertThat(pool.shownFor("b")).isNull();

        pool.begin();
        Region c = pool.acquire("c");
        pool.end();
        assertThat(c).as("the spare, not a new node").isSameAs(b);
        assertThat(c.isVisible()).isTrue();
        assertThat(parent.getChildren()).hasSize(2);
    }

    @Test
    void aSpareThatLastLookedTheSameIsTakenFirst() {
        pool.begin();
        Region red = pool.acquire("r1", "red");
        Region blue = pool.acquire("b1", "blue");
        Region green = pool.acquire("g1", "green");
        pool.end();
        pool.begin();
        pool.end(); // all three spare now

        pool.begin();
        assertThat(pool.acquire("b2", "blue")).isSameAs(blue);
        assertThat(pool.acquire("r2", "red")).isSameAs(red);
        Region other = pool.acquire("y1", "yellow");
        assertThat(other).as("no yellow spare: any spare rather than a new node").isSameAs(green);
        Region fresh = pool.acquire("y2", "yellow");
        pool.end();
        assertThat(fresh).isNotIn(red, blue, green);
        assertThat(parent.getChildren()).hasSize(4);

        pool.begin();
        pool.end();
        pool.begin();
        assertThat(pool.acquire("y3", "yellow")).as("green's node looked yellow last").isIn(green, fresh);
        pool.end();
    }
}
