package khatt.content;

/** The loader's date rule, for tests outside this package. */
public final class DateRules {

    private DateRules() {}

    public static String problem(String text) {
        return Fields.dateProblem(text);
    }
}
