import com.sun.javafx.perf.PerformanceTracker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.timelineviewer.app.FirstFrame;
import org.timelineviewer.control.TimelineView;
import org.timelineviewer.model.TimeWindow;

/**
 * The frame benchmark of bench/scale (run.sh compiles and runs it; the README's "Scale" says what it prints).
 *
 * <pre>
 *   FrameBench app FILE    starts the real app on FILE (org.timelineviewer.app.Main --new-window FILE)
 *   FrameBench floor       a minimal scene that moves 200 plain labels, measured the same way
 * </pre>
 *
 * Both windows are 1920 x 1080. Each drives 60 zoom steps of 5 % around the middle of the view,
 * then 60 pan steps of 5 % of its width; the app's through its timeline view's own commands
 * ({@code TimelineView.showWindow}), each step started as soon as the previous step's frame has
 * been painted. Then (app only) a camera flight ({@code flyTo}, 1.5 s) and a wheel zoom (eight
 * notches of {@code zoomAt}, the glide the mouse wheel makes). Prints key=value lines.
 *
 * <p>"Busy" is the work of one frame: the step's own call, plus the pulse from its first scene
 * listener (before CSS) to the end of painting that frame on the render thread (the scene's
 * {@link PerformanceTracker} rendered-frame callback). It leaves out the wait for the next pulse,
 * as the vis-timeline peer's "busy" leaves out the wait for the next animation frame. During an
 * animation the pulses overlap the previous frame's painting, so a frame's busy is its CSS and
 * layout plus the render thread's time from when it could start on that frame to the end.
 *
 * <p>Beside each busy time it gives the CPU time the FX thread and the render thread spent on that
 * frame ({@code _cpu_}): on a machine that other programs load, waiting for a core inflates the
 * wall-clock figure but not this one.
 *
 * <p>For profiling: {@code -Dbench.cpu=fx} or {@code =render} counts one thread's CPU only,
 * {@code -Dbench.samples=true} prints every frame's figures in order (the early, cold frames are
 * most of the p95), {@code -Dbench.step=0.002} keeps every frame near the fitted view,
 * {@code -Dbench.jfr=FILE} records the zoom steps alone with JFR (with {@code -Dbench.zoomsteps=3}, the cold first frames),
 * {@code -Dbench.pulses=true} prints how many pulses and renders fell between one step and the
 * next ("2p/2r=7": seven steps had two of each; one and one is a step drawn once, as it should be).
 * {@code -Dbench.pansteps=600} pans 600 steps (back the other way every 60), for steadier medians
 * and enough samples to profile the pan ({@code -Dbench.zoomsteps=600} the same for the zoom, out again every 60); {@code -Dbench.hide=.event-sprites,.cluster-badge} hides
 * the nodes these selectors find every pulse, to see what a part of the view costs (a hidden
 * canvas still executes what it was told to draw, into its own texture: hiding one saves only
 * its compositing into the scene).
 */
public class FrameBench {

    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;
    static final int STEPS = 60;
    /** The zoom and pan step; -Dbench.step=0.001 keeps every frame near the fitted view (to profile it). */
    static final double STEP = Double.parseDouble(System.getProperty("bench.step", "0.05"));
    /** How many pan steps (-Dbench.pansteps; 60): more give steadier medians for profiling, turning back every 60. */
    static final int PAN_STEPS = Integer.getInteger("bench.pansteps", STEPS);
    /** How many zoom steps (-Dbench.zoomsteps; 60): more for profiling, zooming in for 60, out for the next 60 and so on. */
    static final int ZOOM_STEPS = Integer.getInteger("bench.zoomsteps", STEPS);
    /** Nodes hidden every pulse (-Dbench.hide=.event-sprites,.axis: CSS selectors), to see what a part of the view costs. */
    static final List<String> HIDDEN = System.getProperty("bench.hide", "").isBlank() ? List.of()
            : List.of(System.getProperty("bench.hide").split(","));

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        if (args.length >= 1 && args[0].equals("floor")) {
            Application.launch(Floor.class);
        } else if (args.length >= 2 && args[0].equals("app")) {
            AppRun run = new AppRun();
            Window.getWindows().addListener((ListChangeListener<Window>) c -> {
                while (c.next()) {
                    for (Window w : c.getAddedSubList()) {
                        run.windowShown(w);
                    }
                }
            });
            org.timelineviewer.app.Main.main(new String[] {"--new-window", args[1]});
        } else {
            System.err.println("usage: FrameBench app FILE | FrameBench floor");
            System.exit(2);
        }
    }

    /** Measures frames of one scene: stepped (one change, one frame) or continuous (an animation). */
    static final class Meter {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-timer");
            t.setDaemon(true);
            return t;
        });
        // stepped
        private volatile boolean awaiting;
        private volatile long pulseStart;
        private volatile long stepCost;
        private volatile int stepNumber;
        private volatile Runnable afterFrame;
        private List<Double> samples;
        private List<Double> cpuSamples;
        private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        private volatile long fxThread = -1;
        private volatile long renderThread = -1;
        // -Dbench.pulses=true: pulses and renders since the step began, and how many steps had how many
        private final java.util.concurrent.atomic.AtomicInteger pulses = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger renders = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.Map<String, Integer> pulsesPerStep = new java.util.TreeMap<>();
        private volatile long cpuAtStep;
        private long cpuAtLastFrame;
        // continuous
        private volatile boolean continuous;
        private final java.util.ArrayDeque<long[]> pending = new java.util.ArrayDeque<>();
        private long lastRenderEnd;
        private long currentPulse;

        Meter(Scene scene) {
            scene.addPreLayoutPulseListener(() -> {
                pulses.incrementAndGet();
                long now = System.nanoTime();
                if (awaiting && pulseStart == 0) {
                    pulseStart = now;
                }
                currentPulse = now;
            });
            scene.addPostLayoutPulseListener(() -> {
                if (continuous) {
                    synchronized (pending) {
                        pending.add(new long[] {currentPulse, System.nanoTime()});
                    }
                }
            });
            PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(this::rendered);
        }

        /**
         * CPU time so far of the FX thread and the render thread together (ns); with
         * {@code -Dbench.cpu=fx} or {@code =render}, of that thread alone (to see which one a change helps).
         */
        private long cpu() {
            String only = System.getProperty("bench.cpu", "both");
            long fx = fxThread < 0 || only.equals("render") ? 0 : Math.max(0, threads.getThreadCpuTime(fxThread));
            long render = renderThread < 0 || only.equals("fx") ? 0 : Math.max(0, threads.getThreadCpuTime(renderThread));
            return fx + render;
        }

        private void rendered() { // on the render thread
            renders.incrementAndGet();
            long end = System.nanoTime();
            if (renderThread < 0) {
                renderThread = Thread.currentThread().getId();
            }
            long cpuNow = cpu();
            long cpuFrame = cpuNow - cpuAtLastFrame;
            cpuAtLastFrame = cpuNow;
            if (continuous) {
                cpuSamples.add(cpuFrame / 1e6);
                long[] pulse;
                synchronized (pending) {
                    pulse = pending.poll();
                }
                if (pulse != null) {
                    long renderFrom = Math.max(pulse[1], lastRenderEnd);
                    samples.add(((pulse[1] - pulse[0]) + (end - renderFrom)) / 1e6);
                }
                lastRenderEnd = end;
                return;
            }
            lastRenderEnd = end;
            if (awaiting && pulseStart != 0) {
                awaiting = false;
                samples.add((stepCost + end - pulseStart) / 1e6);
                cpuSamples.add((cpuNow - cpuAtStep) / 1e6);
                Platform.runLater(afterFrame);
            }
        }

        /** Runs each change in turn, one per frame, and hands the busy times of their frames to {@code done}. */
        void stepped(List<Runnable> changes, java.util.function.BiConsumer<List<Double>, List<Double>> done) {
            samples = Collections.synchronizedList(new ArrayList<>());
            cpuSamples = Collections.synchronizedList(new ArrayList<>());
            fxThread = Thread.currentThread().getId();
            step(changes, 0, done);
        }

        private void step(List<Runnable> changes, int i, java.util.function.BiConsumer<List<Double>, List<Double>> done) {
            if (i > 0) {
                pulsesPerStep.merge(pulses.get() + "p/" + renders.get() + "r", 1, Integer::sum);
            }
            pulses.set(0);
            renders.set(0);
            if (i == changes.size()) {
                if (Boolean.getBoolean("bench.pulses")) {
                    System.out.println("pulses_per_step=" + pulsesPerStep);
                }
                pulsesPerStep.clear();
                done.accept(new ArrayList<>(samples), new ArrayList<>(cpuSamples));
                return;
            }
            int number = ++stepNumber;
            afterFrame = () -> step(changes, i + 1, done);
            pulseStart = 0;
            cpuAtStep = cpu();
            awaiting = true;
            long t0 = System.nanoTime();
            changes.get(i).run();
            stepCost = System.nanoTime() - t0;
            timer.schedule(() -> { // a change that drew nothing must not stop the run
                if (awaiting && stepNumber == number) {
                    awaiting = false;
                    System.err.println("step " + i + " drew no frame within 3 s");
                    Platform.runLater(afterFrame);
                }
            }, 3, TimeUnit.SECONDS);
        }

        /** Measures every frame while {@code start} runs and until {@code running} says it is over. */
        void continuous(Runnable start, java.util.function.BooleanSupplier running,
                        java.util.function.BiConsumer<List<Double>, List<Double>> done) {
            samples = Collections.synchronizedList(new ArrayList<>());
            cpuSamples = Collections.synchronizedList(new ArrayList<>());
            fxThread = Thread.currentThread().getId();
            cpuAtLastFrame = cpu();
            synchronized (pending) {
                pending.clear();
            }
            continuous = true;
            start.run();
            poll(running, done);
        }

        private void poll(java.util.function.BooleanSupplier running,
                          java.util.function.BiConsumer<List<Double>, List<Double>> done) {
            timer.schedule(() -> Platform.runLater(() -> {
                if (running.getAsBoolean()) {
                    poll(running, done);
                } else {
                    timer.schedule(() -> Platform.runLater(() -> { // the last frames painted
                        continuous = false;
                        done.accept(new ArrayList<>(samples), new ArrayList<>(cpuSamples));
                    }), 300, TimeUnit.MILLISECONDS);
                }
            }), 50, TimeUnit.MILLISECONDS);
        }

        void later(long millis, Runnable then) {
            timer.schedule(() -> Platform.runLater(then), millis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Prints median, p95 and max of the wall-clock busy times ({@code name_busy_median}…) and of
     * the CPU time the FX and render threads spent on each frame ({@code name_cpu_median}…): the
     * latter is what the frame costs even when other programs share the cores.
     */
    static void report(String name, List<Double> busy, List<Double> cpu) {
        System.out.printf("%s_frames=%d%n", name, busy.size());
        if (Boolean.getBoolean("bench.samples")) { // -Dbench.samples=true: every frame, in order (to see what the p95 is)
            System.out.printf("%s_busy_samples=%s%n", name, samples(busy));
            System.out.printf("%s_cpu_samples=%s%n", name, samples(cpu));
        }
        report(name + "_busy", busy);
        report(name + "_cpu", cpu);
    }

    private static String samples(List<Double> samples) {
        return samples.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).collect(java.util.stream.Collectors.joining(" "));
    }

    private static void report(String name, List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return;
        }
        System.out.printf("%s_median=%.2f%n", name, percentile(sorted, 50));
        System.out.printf("%s_p95=%.2f%n", name, percentile(sorted, 95));
        System.out.printf("%s_max=%.2f%n", name, sorted.get(sorted.size() - 1));
    }

    static double percentile(List<Double> sorted, double p) {
        double rank = p / 100 * (sorted.size() - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(sorted.size() - 1, lo + 1);
        return sorted.get(lo) + (sorted.get(hi) - sorted.get(lo)) * (rank - lo);
    }

    static void exit() {
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }

    /** The app: first frame, then the stepped zoom and pan, the flight and the wheel zoom. */
    static final class AppRun {
        private volatile boolean viewReady;
        private volatile long firstFrameMs = -1;
        private Meter meter;
        private Stage stage;

        void windowShown(Window window) {
            if (stage != null || !(window instanceof Stage s) || window.getScene() == null) {
                return;
            }
            stage = s;
            Scene scene = window.getScene();
            meter = new Meter(scene);
            List<String> hidden = HIDDEN;
            scene.addPostLayoutPulseListener(() -> {
                for (String selector : hidden) { // every pulse: the skin shows some of its layers again
                    scene.getRoot().lookupAll(selector).forEach(node -> node.setVisible(false));
                }
                if (!viewReady && view(scene) != null && !view(scene).getEvents().isEmpty() && view(scene).getWidth() > 0) {
                    viewReady = true;
                }
            });
            PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
            Runnable measuring = tracker.getOnRenderedFrameTask();
            tracker.setOnRenderedFrameTask(() -> {
                if (viewReady && firstFrameMs < 0) {
                    firstFrameMs = FirstFrame.sinceProcessStart().toMillis();
                    Platform.runLater(this::afterFirstFrame);
                }
                measuring.run();
            });
        }

        /** -Dbench.regions=true: every visible region that paints a background or border, with its size and layers (what the render thread fills each frame it is dirty). */
        private static void printBackgrounds(javafx.scene.Parent parent, int depth) {
            for (javafx.scene.Node n : parent.getChildrenUnmodifiable()) {
                if (!n.isVisible()) {
                    continue;
                }
                if (n instanceof javafx.scene.layout.Region r && ((r.getBackground() != null && !r.getBackground().isEmpty())
                        || (r.getBorder() != null && !r.getBorder().isEmpty()))) {
                    StringBuilder b = new StringBuilder();
                    if (r.getBackground() != null) {
                        for (javafx.scene.layout.BackgroundFill f : r.getBackground().getFills()) {
                            b.append(" fill[").append(f.getFill()).append(" in=").append(f.getInsets()).append(" r=")
                                    .append(f.getRadii().getTopLeftHorizontalRadius()).append(']');
                        }
                    }
                    if (r.getBorder() != null) {
                        b.append(" strokes=").append(r.getBorder().getStrokes().size());
                    }
                    System.out.printf("region %s%s %s %.0fx%.0f%s%n", " ".repeat(depth), r.getClass().getSimpleName(),
                            r.getStyleClass(), r.getWidth(), r.getHeight(), b);
                }
                if (n instanceof javafx.scene.Parent p) {
                    printBackgrounds(p, depth + 1);
                }
            }
        }

        private static TimelineView view(Scene scene) {
            return (TimelineView) scene.lookup(".timeline-view");
        }

        private void afterFirstFrame() {
            System.out.println("first_frame_ms=" + firstFrameMs);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            meter.later(1500, this::zoom); // the window settles, the fonts and icons arrive
        }

        private void zoom() {
            TimelineView view = view(stage.getScene());
            System.out.println("events=" + view.getEvents().size());
            System.out.printf("view_width=%.0f%n", view.getWidth());
            System.out.println("timeline_focused=" + view.isFocused());
            if (Boolean.getBoolean("bench.regions")) {
                printBackgrounds(stage.getScene().getRoot(), 0);
            }
            List<Runnable> steps = new ArrayList<>();
            for (int i = 0; i < ZOOM_STEPS; i++) {
                double factor = (i / STEPS) % 2 == 0 ? 1 - STEP : 1 / (1 - STEP); // out again every 60 steps
                steps.add(() -> {
                    TimeWindow w = view.getVisibleWindow();
                    double span = w.span() * factor;
                    view.showWindow(new TimeWindow(w.center() - span / 2, w.center() + span / 2));
                });
            }
            jdk.jfr.Recording recording = startRecording();
            meter.stepped(steps, (zoomed, zoomedCpu) -> {
                stopRecording(recording);
                report("zoom", zoomed, zoomedCpu);
                pan(view);
            });
        }

        /** -Dbench.jfr=FILE: a flight recording of the zoom steps alone (Java and native samples every millisecond). */
        private static jdk.jfr.Recording startRecording() {
            String file = System.getProperty("bench.jfr");
            if (file == null) {
                return null;
            }
            jdk.jfr.Recording r = new jdk.jfr.Recording();
            r.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1)).withStackTrace();
            r.enable("jdk.NativeMethodSample").withPeriod(java.time.Duration.ofMillis(1)).withStackTrace();
            try {
                r.setDestination(java.nio.file.Path.of(file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            r.start();
            return r;
        }

        private static void stopRecording(jdk.jfr.Recording r) {
            if (r != null) {
                r.stop();
                r.close();
            }
        }

        private void pan(TimelineView view) {
            List<Runnable> steps = new ArrayList<>();
            for (int i = 0; i < PAN_STEPS; i++) {
                double way = (i / STEPS) % 2 == 0 ? 1 : -1; // back every 60 steps: the view stays over the events
                steps.add(() -> view.showWindow(view.getVisibleWindow().shiftedBy(way * view.getVisibleWindow().span() * STEP)));
            }
            meter.stepped(steps, (panned, pannedCpu) -> {
                report("pan", panned, pannedCpu);
                flight(view);
            });
        }

        private void flight(TimelineView view) {
            view.fitAll();
            view.showWindow(view.getTargetWindow()); // from the fitted view, at once
            meter.later(500, () -> {
                TimeWindow w = view.getVisibleWindow();
                double span = w.span() / 20;
                TimeWindow target = new TimeWindow(w.center() - span / 2, w.center() + span / 2);
                meter.continuous(() -> view.flyTo(target, 1500),
                        () -> !view.getTargetWindow().equals(view.getVisibleWindow()), (flown, flownCpu) -> {
                            report("flight", flown, flownCpu);
                            wheel(view);
                        });
            });
        }

        private void wheel(TimelineView view) {
            view.fitAll();
            view.showWindow(view.getTargetWindow());
            meter.later(500, () -> {
                int[] notches = {0};
                meter.continuous(() -> notch(view, notches),
                        () -> notches[0] < 8 || !view.getTargetWindow().equals(view.getVisibleWindow()), (rolled, rolledCpu) -> {
                            report("wheel", rolled, rolledCpu);
                            // Off the FX thread, once the last frame is drawn, and twice: the serial collector
                            // skips a collection asked for while the render thread is in a JNI critical region.
                            Thread heap = new Thread(() -> {
                                try {
                                    Thread.sleep(300);
                                    System.gc();
                                    Thread.sleep(200);
                                    System.gc();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                Runtime rt = Runtime.getRuntime();
                                System.out.printf("heap_used_mb=%.1f%n", (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
                                Platform.runLater(FrameBench::exit);
                            }, "bench-heap");
                            heap.setDaemon(true);
                            heap.start();
                        });
            });
        }

        /** One notch of the mouse wheel every 80 ms (as a quick roll of the wheel), eight in all. */
        private void notch(TimelineView view, int[] notches) {
            view.zoomAt(view.getWidth() / 2, 0.8);
            if (++notches[0] < 8) {
                meter.later(80, () -> notch(view, notches));
            }
        }
    }

    /** The floor: 200 plain labels in a plain scene, moved as the zoom and pan move the view (all in view throughout). */
    public static final class Floor extends Application {
        private final List<Label> labels = new ArrayList<>();
        private final double[] days = new double[200];
        private double start = 0;
        private double span = 4000;

        @Override
        public void start(Stage stage) {
            Pane pane = new Pane();
            java.util.Random random = new java.util.Random(42);
            for (int i = 0; i < days.length; i++) {
                days[i] = random.nextDouble() * span;
                Label label = new Label("Item " + i);
                label.relocate(0, 30 + (i % 30) * 34);
                labels.add(label);
                pane.getChildren().add(label);
            }
            Scene scene = new Scene(pane, WIDTH, HEIGHT);
            stage.setX(0);
            stage.setY(0);
            stage.setScene(scene);
            Meter meter = new Meter(scene);
            place();
            stage.show();
            meter.later(1500, () -> {
                List<Runnable> zoom = new ArrayList<>();
                List<Runnable> pan = new ArrayList<>();
                for (int i = 0; i < STEPS; i++) {
                    zoom.add(() -> {
                        double centre = start + span / 2;
                        span *= 1 - STEP;
                        start = centre - span / 2;
                        place();
                    });
                    pan.add(() -> {
                        start += span * STEP;
                        place();
                    });
                }
                meter.stepped(zoom, (zoomed, zoomedCpu) -> {
                    report("zoom", zoomed, zoomedCpu);
                    meter.stepped(pan, (panned, pannedCpu) -> {
                        report("pan", panned, pannedCpu);
                        exit();
                    });
                });
            });
        }

        private void place() {
            for (int i = 0; i < labels.size(); i++) {
                // Wrapped round, so that all 200 stay in view however far the view zooms in.
                double x = (days[i] - start) / span * WIDTH;
                labels.get(i).setLayoutX(((x % WIDTH) + WIDTH) % WIDTH);
            }
        }
    }
}
