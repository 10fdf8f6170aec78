package org.timelineviewer.model;

/** Where facts come from: a named publication, optionally dated and linked. */
public record Source(String id, LocalizedText name, HistoricDate published, String url) {
}
