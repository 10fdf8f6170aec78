import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds' reading of one file, side by side in one process: each build in a class loader of
 * its own, their reads (open, validate, index, as {@link ReadBench}'s "read") alternated, the
 * first third left out as warm-up, the median of the rest printed for each. A 5 % change shows
 * here where whole benchmark runs on a shared machine differ by a third.
 *
 * <p>Usage: {@code java bench/scale/ReadAB.java FILE ROUNDS CLASSES_A CLASSES_B [DEPS]}, where
 * the classes are two builds' {@code target/classes} (a copy of one made before a change) and
 * DEPS a file holding the runtime classpath (default {@code target/bench-scale/cp.txt}, which
 * {@code bench/scale/run.sh} writes). Run it twice with A and B swapped: the order matters a little.
 */
public final class ReadAB {

    private ReadAB() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java bench/scale/ReadAB.java FILE ROUNDS CLASSES_A CLASSES_B [DEPS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path depsFile = Path.of(args.length > 4 ? args[4] : "target/bench-scale/cp.txt");
        List<URL> deps = new ArrayList<>();
        for (String entry : Files.readString(depsFile).trim().split(java.io.File.pathSeparator)) {
            deps.add(Path.of(entry).toUri().toURL());
        }
        Object[] files = new Object[2];
        Method[] open = new Method[2];
        Class<?>[] indexOf = new Class<?>[2];
        for (int k = 0; k < 2; k++) {
            List<URL> urls = new ArrayList<>();
            urls.add(Path.of(args[2 + k]).toUri().toURL());
            urls.addAll(deps);
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> filesType = loader.loadClass("org.timelineviewer.io.TimelineFiles");
            Class<?> reader = loader.loadClass("org.timelineviewer.io.TimelineFileReader");
            files[k] = filesType.getConstructor(reader).newInstance(reader.getConstructor().newInstance());
            open[k] = filesType.getMethod("open", Path.class);
            indexOf[k] = loader.loadClass("org.timelineviewer.control.TimeIndex");
        }
        long[][] ms = new long[2][rounds];
        int sink = 0;
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < 2; i++) {
                int k = (round + i) % 2; // each build goes first every other round
                System.gc();
                long t0 = System.nanoTime();
                Object opened = open[k].invoke(files[k], file);
                Object timeline = opened.getClass().getMethod("timeline").invoke(opened);
                List<?> events = (List<?>) timeline.getClass().getMethod("events").invoke(timeline);
                Object index = indexOf[k].getConstructor(List.class).newInstance(events);
                ms[k][round] = (System.nanoTime() - t0) / 1_000_000;
                sink += index.hashCode() & 1;
            }
        }
        for (int k = 0; k < 2; k++) {
            long[] warm = Arrays.copyOfRange(ms[k], rounds / 3, rounds);
            Arrays.sort(warm);
            System.out.println((k == 0 ? "A" : "B") + " median_ms=" + warm[warm.length / 2] + " all=" + Arrays.toString(ms[k]));
        }
        System.out.println("sink=" + sink);
    }
}
