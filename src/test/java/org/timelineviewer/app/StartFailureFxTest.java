package org.timelineviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.prefs.AbstractPreferences;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.timelineviewer.testing.FxWait;
import org.timelineviewer.testing.LogRecorder;
import org.timelineviewer.testing.UiFixture;

/**
 * A start that fails before there is a window (here: an Error while the preferences are read,
 * which no {@code catch (RuntimeException)} sees) is logged, told in a dialog, and ends with 1.
 */
@ExtendWith(ApplicationExtension.class)
class StartFailureFxTest {

    private final List<Integer> exits = new CopyOnWriteArrayList<>();
    private final List<Alert> dialogs = new CopyOnWriteArrayList<>();
    private final LogRecorder handler = new LogRecorder();
    private final List<LogRecord> records = handler.records();
    private final Logger logger = Logger.getLogger(TimelineApp.class.getName());

    @BeforeEach
    void listen() {
        logger.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(handler);
    }

    @Test
    void anErrorWhileStartingIsLoggedShownAndEndsTheRun() throws Exception {
        CommandLine.Options options = CommandLine.parse(List.of("--lang", "en", UiFixture.PATH.toString()));
        AppContext context = AppContext.forTest(options, new ViewerPreferences(new Overflowing()), exits::add, dialogs::add);

        new TimelineApp(context).boot(); // on this thread, as the launcher's

        FxWait.until("the run ended with status 1", () -> exits.contains(1));
        assertThat(records).anySatisfy(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(r.getMessage()).contains("could not start");
            assertThat(r.getThrown()).hasRootCauseInstanceOf(StackOverflowError.class);
        });
        assertThat(dialogs).hasSize(1);
        Alert alert = dialogs.get(0);
        assertThat(alert.getHeaderText()).isEqualTo("Timeline Viewer could not start.");
        assertThat(((TextArea) alert.getDialogPane().getExpandableContent()).getText()).contains("StackOverflowError");
    }

    /** A preferences store whose every read overflows the stack. */
    private static final class Overflowing extends AbstractPreferences {

        Overflowing() {
            super(null, "");
        }

        @Override
        protected String getSpi(String key) {
            throw new StackOverflowError("preferences");
        }

        @Override
        protected void putSpi(String key, String value) {
        }

        @Override
        protected void removeSpi(String key) {
        }

        @Override
        protected void removeNodeSpi() {
        }

        @Override
        protected String[] keysSpi() {
            return new String[0];
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            return this;
        }

        @Override
        protected void syncSpi() {
        }

        @Override
        protected void flushSpi() {
        }
    }
}
