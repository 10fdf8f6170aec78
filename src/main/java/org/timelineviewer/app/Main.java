package org.timelineviewer.app;

import java.util.List;
import javafx.application.Application;
import org.timelineviewer.export.ExportCommand;
import org.timelineviewer.i18n.DateTexts;
import org.timelineviewer.model.Language;

/**
 * Plain launcher. Starting through a class that does not extend {@link Application} lets the
 * app run from a jar with JavaFX on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LogConfiguration.use();
        // Checked here rather than by ExportCommand, so a normal start does not load the export classes.
        List<String> arguments = List.of(args);
        if (arguments.contains("--export-pdf") || arguments.contains("--export-png")) {
            int status = ExportCommand.run(List.of(args), System.out, System.err);
            javafx.application.Platform.exit();
            System.exit(status);
        }
        StartupTrace.mark("main()");
        boolean alone = arguments.contains(TimelineApp.SMOKE_TEST) || arguments.contains(TimelineApp.MEASURE_STARTUP)
                || arguments.contains(TimelineApp.NEW_WINDOW);
        if (!alone) {
            SingleInstance instance = new SingleInstance(AppLog.defaultFolder().getParent());
            if (instance.handOff(arguments)) {
                System.exit(0); // the running app came forward (and opens the file)
            }
            TimelineApp.singleInstance = instance;
        }
        // Read and opened while the toolkit starts.
        TimelineSource.preload(arguments);
        ViewerPreferences.preload();
        EarlyWork.start("log", AppLog::install);
        EarlyWork.start("texts", () -> {
            for (Language language : Language.values()) {
                DateTexts.prepare(language); // the status bar shows a date range in the first frame
            }
            return null;
        });
        Application.launch(TimelineApp.class, args);
    }
}
