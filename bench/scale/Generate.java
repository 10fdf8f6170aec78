import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a timeline of N random point events, uniform over 2015–2026, in the app's own format
 * (docs/timeline-format.md), for the scale benchmark. Deterministic for a seed.
 *
 * <p>Usage: {@code java bench/scale/Generate.java N OUT.timeline [seed]} (seed defaults to 13).
 * Each event has an id, a day date, a title and a summary in both languages, one of eight
 * categories, an importance and a status — the fields a real timeline has most; 100,000 events
 * make about 31 MB (the file measured in issue 13 had 29 MB).
 */
public final class Generate {

    private static final String[][] CATEGORIES = {
            {"leadership", "领导与战略", "Leadership & strategy", "#0072B2"},
            {"talent", "人才", "Talent", "#D55E00"},
            {"investment", "投资与合作", "Investment & partnerships", "#008A66"},
            {"divestment", "出售与剥离", "Divestment", "#B8579A"},
            {"technology", "技术与模型", "Technology & models", "#A6761D"},
            {"market", "市场与业绩", "Market & results", "#666666"},
            {"policy", "政策与监管", "Policy & regulation", "#56B4E9"},
            {"product", "产品与发布", "Products & launches", "#E69F00"},
    };
    private static final String[] STATUSES = {"confirmed", "reported", "rumoured", "denied"};
    private static final String[] VERBS_EN = {"announces", "launches", "sells", "buys", "reports", "opens",
            "closes", "hires", "loses", "releases", "expands", "cuts"};
    private static final String[] THINGS_EN = {"a model", "a stake", "a cloud region", "quarterly results",
            "a research lab", "a partnership", "a retail unit", "an open-source release", "a chip", "a fund"};
    private static final String[] VERBS_ZH = {"宣布", "发布", "出售", "收购", "公布", "开设", "关闭", "聘请", "失去",
            "推出", "扩大", "削减"};
    private static final String[] THINGS_ZH = {"大模型", "股份", "云计算区域", "季度业绩", "研究实验室", "合作伙伴关系",
            "零售业务", "开源版本", "芯片", "基金"};

    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java bench/scale/Generate.java N OUT.timeline [seed]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 13;
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            write(w, n, new SplittableRandom(seed));
        }
    }

    private static void write(BufferedWriter w, int n, SplittableRandom random) throws IOException {
        w.write("{\n  \"format\": 1,\n");
        w.write("  \"title\": { \"zh\": \"随机时间线（" + n + "个事件）\", \"en\": \"Random timeline (" + n
                + " events)\" },\n");
        w.write("  \"categories\": [\n");
        for (int c = 0; c < CATEGORIES.length; c++) {
            String[] cat = CATEGORIES[c];
            w.write("    { \"id\": \"" + cat[0] + "\", \"label\": { \"zh\": \"" + cat[1] + "\", \"en\": \""
                    + cat[2] + "\" }, \"color\": \"" + cat[3] + "\" }" + (c + 1 < CATEGORIES.length ? ",\n" : "\n"));
        }
        w.write("  ],\n  \"events\": [\n");
        long first = LocalDate.of(2015, 1, 1).toEpochDay();
        long days = LocalDate.of(2027, 1, 1).toEpochDay() - first;
        StringBuilder b = new StringBuilder(600);
        for (int i = 0; i < n; i++) {
            LocalDate date = LocalDate.ofEpochDay(first + random.nextLong(days));
            String[] cat = CATEGORIES[random.nextInt(CATEGORIES.length)];
            int verb = random.nextInt(VERBS_EN.length);
            int thing = random.nextInt(THINGS_EN.length);
            b.setLength(0);
            b.append("    { \"id\": \"event-").append(i).append("\", \"date\": \"").append(date)
                    .append("\", \"category\": \"").append(cat[0]).append("\", \"importance\": ")
                    .append(1 + random.nextInt(3)).append(", \"status\": \"")
                    .append(STATUSES[random.nextInt(STATUSES.length)]).append("\",\n");
            b.append("      \"title\": { \"zh\": \"第").append(i).append("号公司").append(VERBS_ZH[verb])
                    .append(THINGS_ZH[thing]).append("\", \"en\": \"Company ").append(i).append(' ')
                    .append(VERBS_EN[verb]).append(' ').append(THINGS_EN[thing]).append("\" },\n");
            b.append("      \"summary\": { \"zh\": \"").append(cat[1]).append("动向第").append(i)
                    .append("条\", \"en\": \"").append(cat[2]).append(" news, item ").append(i).append("\" } }")
                    .append(i + 1 < n ? ",\n" : "\n");
            w.write(b.toString());
        }
        w.write("  ]\n}\n");
    }
}
