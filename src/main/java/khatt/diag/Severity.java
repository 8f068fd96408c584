package khatt.diag;

/** How bad a problem is: errors stop a build, warnings are printed and the build goes on. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
