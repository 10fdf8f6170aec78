package org.timelineviewer.model;

import java.util.Objects;

/**
 * A picture, video or page an event points to (TimelineJS's media), with its caption and credit.
 * The app shows it as a link and a credit line; it never fetches it.
 */
public record Media(String url, LocalizedText caption, LocalizedText credit) {
    public Media {
        Objects.requireNonNull(url, "url");
        caption = caption == null ? LocalizedText.EMPTY : caption;
        credit = credit == null ? LocalizedText.EMPTY : credit;
    }
}
