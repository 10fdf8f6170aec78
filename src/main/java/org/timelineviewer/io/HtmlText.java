package org.timelineviewer.io;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.timelineviewer.model.Link;

/**
 * The text of a bit of HTML, as TimelineJS files hold it: the words, paragraphs (blank lines) and
 * links kept, every other tag dropped. jsoup's {@link Safelist#basic()} decides what survives (and
 * which link addresses are safe: http, https, ftp, mailto); the rest is read as text.
 *
 * @param text   the plain text, paragraphs separated by a blank line
 * @param links  the links, in order, with the words they were on
 * @param markup true when tags other than paragraphs, line breaks and links were removed
 */
record HtmlText(String text, List<Link> links, boolean markup) {

    /** Longer texts are cut (with a note): a headline or a text is not a book. */
    static final int MAX_LENGTH = 20_000;
    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "li", "blockquote", "h1", "h2",
            "h3", "h4", "h5", "h6", "pre", "ul", "ol", "dl", "dd", "dt", "tr", "table");

    static HtmlText of(String html) {
        if (html == null || html.isBlank()) {
            return new HtmlText("", List.of(), false);
        }
        String source = html.length() > MAX_LENGTH * 2 ? html.substring(0, MAX_LENGTH * 2) : html;
        if (source.indexOf('<') < 0 && source.indexOf('&') < 0) {
            return new HtmlText(cut(source.strip()), List.of(), false); // plain text: nothing to do
        }
        Element body = Jsoup.parseBodyFragment(Jsoup.clean(source, Safelist.basic())).body();
        boolean markup = Jsoup.parseBodyFragment(source).body().select("*").stream()
                .skip(1) // the body itself
                .anyMatch(e -> !List.of("p", "br", "a").contains(e.normalName()));
        StringBuilder out = new StringBuilder();
        List<Link> links = new ArrayList<>();
        walk(body, out, links);
        String text = out.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
        return new HtmlText(cut(text), List.copyOf(links), markup);
    }

    private static void walk(Node node, StringBuilder out, List<Link> links) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.text());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                if (block && out.length() > 0) {
                    out.append("\n\n");
                }
                walk(e, out, links);
                if (tag.equals("a") && e.hasAttr("href")) {
                    String words = e.text().strip();
                    String href = e.attr("href").strip();
                    links.add(new Link(words.isEmpty() ? href : words, href));
                }
                if (block) {
                    out.append("\n\n");
                }
            }
        }
    }

    private static String cut(String text) {
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
    }
}
