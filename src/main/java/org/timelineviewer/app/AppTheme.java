package org.timelineviewer.app;

import atlantafx.base.theme.PrimerLight;
import java.net.URL;

/**
 * The user-agent stylesheet: AtlantaFX's Primer Light, as the build leaves it for this app
 * ({@code theme.css} beside this class, written by src/build/SubsetTheme.java without the rules
 * for controls the app does not use), or the whole of Primer Light when run from classes the
 * build step has not processed.
 */
public final class AppTheme {

    static final String SUBSET = "theme.css";

    private AppTheme() {
    }

    public static String userAgentStylesheet() {
        URL subset = AppTheme.class.getResource(SUBSET);
        return subset != null ? subset.toExternalForm() : new PrimerLight().getUserAgentStylesheet();
    }
}
