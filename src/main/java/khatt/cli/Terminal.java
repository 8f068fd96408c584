package khatt.cli;

/** Whether output goes to a person at a terminal (colours, progress bar) or to a log (neither). */
final class Terminal {

    private Terminal() {}

    static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null && !"dumb".equals(System.getenv("TERM"));
    }
}
