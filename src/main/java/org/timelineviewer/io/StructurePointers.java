package org.timelineviewer.io;

/** JSON pointers (RFC 6901) as problems name them. */
final class StructurePointers {

    private StructurePointers() {
    }

    /** A field name as a pointer segment: {@code ~} and {@code /} escaped. */
    static String escape(String name) {
        return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
    }
}
