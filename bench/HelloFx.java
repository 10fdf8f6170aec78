import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for the startup benchmark: a bare JavaFX "hello world" window. It reports the time
 * from process start to its first frame exactly as the app's --measure-startup does, then exits.
 */
public class HelloFx extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Hello, world")), 1280, 800);
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> {
                Instant start = ProcessHandle.current().info().startInstant().orElseThrow();
                System.out.println("first-frame-ms " + Duration.between(start, Instant.now()).toMillis());
                System.out.println("first-frame-at " + System.currentTimeMillis());
                Platform.exit();
                System.exit(0);
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        stage.setScene(scene);
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
