package org.timelineviewer.app;

/**
 * A child JVM for {@link PreferencesStoreTest}: reads and saves the preferences node named by its
 * argument (under the java.util.prefs root it is given) and prints whether it got the defaults.
 * In a process of its own because a read blocked on a FIFO cannot be interrupted: the test
 * kills the process instead of leaving a stuck thread (and a stuck shutdown hook) in its own.
 */
final class PreferencesProbeProcess {

    private PreferencesProbeProcess() {
    }

    public static void main(String[] args) {
        ViewerPreferences preferences = new ViewerPreferences(PreferencesStore.userNode(args[0]));
        ViewerPreferences.Saved saved = preferences.load();
        preferences.save(saved);
        System.out.println(saved.equals(ViewerPreferences.defaults()) ? "defaults" : "read");
        System.out.flush();
        System.exit(0);
    }
}
