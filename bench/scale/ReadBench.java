import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.timelineviewer.control.TimeIndex;
import org.timelineviewer.io.Opened;
import org.timelineviewer.io.TimelineFileReader;
import org.timelineviewer.io.TimelineFiles;
import org.timelineviewer.model.Timeline;

/**
 * How long opening a timeline file takes against the floor of parsing it, and the heap it holds.
 *
 * <p>Usage: {@code java -cp target/classes:<runtime deps> bench/scale/ReadBench.java FILE [rounds]}
 * (7 rounds by default, after one warm-up round). Each round times, in a rotating order:
 * <ul>
 *   <li>{@code read}: what opening a file in the app does before its first frame — the file read,
 *       decoded, parsed, validated into the model ({@link TimelineFiles#open}) and indexed
 *       ({@link TimeIndex});</li>
 *   <li>{@code bare_parse}: the file read and a Jackson streaming parse of it, tokens only;</li>
 *   <li>{@code bare_parse_strings}: the same, keeping every string (field names and values).</li>
 * </ul>
 * Prints key=value lines: medians in milliseconds, the live heap per event the opened timeline and
 * its index hold (after GC, minus before), and read / bare-with-strings; then the same medians in
 * CPU time of the process ({@code *_cpu_ms}), which other work on the machine disturbs less.
 */
public final class ReadBench {

    private ReadBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java -cp target/classes:<deps> bench/scale/ReadBench.java FILE [rounds]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        TimelineFiles files = new TimelineFiles(new TimelineFileReader());
        JsonFactory factory = new JsonFactory();

        int events = open(files, file).size();
        int sink = 0; // what each run returns, so that none can be skipped
        long[] read = new long[rounds];
        long[] bare = new long[rounds];
        long[] bareStrings = new long[rounds];
        long[][] cpu = new long[3][rounds];
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = -1; round < rounds; round++) {
            for (int k = 0; k < 3; k++) {
                int which = (k + Math.max(round, 0)) % 3;
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                switch (which) {
                    case 0 -> sink += open(files, file).size();
                    case 1 -> sink += parse(factory, file, null);
                    default -> sink += parse(factory, file, new ArrayList<>());
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long cpuMs = (os.getProcessCpuTime() - c0) / 1_000_000;
                if (round >= 0) {
                    (which == 0 ? read : which == 1 ? bare : bareStrings)[round] = ms;
                    cpu[which][round] = cpuMs;
                }
            }
        }
        long heap = heapPerEvent(files, file, events);
        long readMs = median(read);
        long stringsMs = median(bareStrings);
        System.out.println("events=" + events);
        System.out.println("read_ms=" + readMs);
        System.out.println("bare_parse_ms=" + median(bare));
        System.out.println("bare_parse_strings_ms=" + stringsMs);
        System.out.println("heap_bytes_per_event=" + heap);
        System.out.printf(java.util.Locale.ROOT, "ratio_read_vs_bare_strings=%.2f%n",
                stringsMs == 0 ? 0.0 : (double) readMs / stringsMs);
        // CPU time of the whole process (GC and JIT threads included): steadier than wall time on a
        // machine other work shares.
        long readCpu = median(cpu[0]);
        long stringsCpu = median(cpu[2]);
        System.out.println("read_cpu_ms=" + readCpu);
        System.out.println("bare_parse_cpu_ms=" + median(cpu[1]));
        System.out.println("bare_parse_strings_cpu_ms=" + stringsCpu);
        System.out.printf(java.util.Locale.ROOT, "ratio_cpu_read_vs_bare_strings=%.2f%n",
                stringsCpu == 0 ? 0.0 : (double) readCpu / stringsCpu);
        System.out.println("max_heap_mb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.err.println("(checksum " + sink + ")");
    }

    /** What the app does on opening a file before the first frame: read, validate, index. */
    private static Held open(TimelineFiles files, Path file) throws Exception {
        Opened opened = files.open(file);
        Timeline timeline = opened.timeline();
        return new Held(timeline, new TimeIndex(timeline.events()));
    }

    /** The opened timeline and its index, as the app holds them. */
    private record Held(Timeline timeline, TimeIndex index) {
        int size() {
            return index.size();
        }
    }

    private static int parse(JsonFactory factory, Path file, List<String> strings) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        int tokens = 0;
        try (JsonParser parser = factory.createParser(bytes)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                tokens++;
                if (strings != null && (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)) {
                    strings.add(parser.getText());
                }
            }
        }
        return strings == null ? tokens : strings.size();
    }

    private static long heapPerEvent(TimelineFiles files, Path file, int events) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = liveHeap(memory);
        Held held = open(files, file);
        long after = liveHeap(memory);
        java.lang.ref.Reference.reachabilityFence(held);
        return events == 0 ? 0 : (after - before) / events;
    }

    private static long liveHeap(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

}
