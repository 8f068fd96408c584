package khatt.arabic;

/** How a site writes dates: which month names and which digits. */
public record DateStyle(Months months, Digits digits) {

    /** Month names: Levantine (أيار), Egyptian/Gulf (مايو) or both (أيار/مايو). */
    public enum Months { LEVANTINE, EGYPTIAN, BOTH }

    /** Arabic-Indic (١٤) or Western (14) digits. */
    public enum Digits { ARABIC, WESTERN }

    public static final DateStyle DEFAULT = new DateStyle(Months.BOTH, Digits.ARABIC);
}
