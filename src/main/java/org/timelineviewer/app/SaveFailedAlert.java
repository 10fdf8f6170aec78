package org.timelineviewer.app;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.timelineviewer.export.ExportException;
import org.timelineviewer.i18n.Messages;

/** The error a failed save of a timeline file shows: what went wrong, in the user's language. */
final class SaveFailedAlert {

    private SaveFailedAlert() {
    }

    static void show(Window owner, Messages m, ExportException e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(m.get("file.save.failed"));
        alert.setHeaderText(m.get("export.failed.header"));
        alert.setContentText(e.message(m));
        alert.show();
    }
}
