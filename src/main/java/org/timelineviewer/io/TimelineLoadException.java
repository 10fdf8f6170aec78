package org.timelineviewer.io;

import java.util.List;
import java.util.stream.Collectors;

/** A timeline file that could not be read or is not valid, with every problem found. */
public final class TimelineLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final transient List<Problem> problems;

    public TimelineLoadException(String fileName, List<Problem> problems) {
        super(org.timelineviewer.model.Quote.printable(fileName, Problem.MAX_ARG) + ": " + problems.size() + " problem(s)\n"
                + problems.stream().limit(20).map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.fileName = org.timelineviewer.model.Quote.printable(fileName, Problem.MAX_ARG);
        this.problems = List.copyOf(problems);
    }

    public String fileName() {
        return fileName;
    }

    public List<Problem> problems() {
        return problems;
    }
}
