package org.timelineviewer.app;

import java.io.PrintStream;
import java.nio.file.Path;
import org.timelineviewer.i18n.Messages;
import org.timelineviewer.io.ImportReport;
import org.timelineviewer.io.Opened;
import org.timelineviewer.io.Problem;
import org.timelineviewer.io.TimelineLoadException;
import org.timelineviewer.model.Quote;

/**
 * {@code --validate FILE…}: reads each file as the window would (any format it opens) without
 * opening a window, and prints, per file, {@code FILE: ok, N events, M eras (FORMAT)} or every
 * problem at its place ({@code FILE:line:column pointer: what is wrong}), in the language of
 * {@code --lang}. Exit status 0 when every file is a timeline, 1 otherwise.
 */
final class ValidateCommand {

    private final TimelineSource source;

    ValidateCommand(TimelineSource source) {
        this.source = source;
    }

    int run(CommandLine.Options options, PrintStream out, PrintStream err) {
        Messages m = Messages.of(options.languageOrSystem());
        int status = 0;
        for (Path file : options.validate()) {
            // A name is shown as the terminal can show it: no newline, no escape sequence reaches it.
            String shown = Quote.printable(file.toString(), 500);
            try {
                Opened opened = source.open(file);
                ImportReport r = opened.report();
                out.println(m.format("cli.validate.ok", shown, r.events(), r.eras(), r.format().displayName(m)));
            } catch (TimelineLoadException e) {
                status = 1;
                for (Problem p : e.problems()) {
                    String at = p.line() > 0 ? ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "") : "";
                    String pointer = p.pointer().isEmpty() ? "" : " " + p.pointer();
                    err.println(shown + at + pointer + ": " + p.message(m));
                }
            }
        }
        return status;
    }
}
