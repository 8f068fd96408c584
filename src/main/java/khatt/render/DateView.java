package khatt.render;

/** A date as shown: ISO for {@code <time datetime>}, the Arabic Gregorian text, and the Hijri text (maybe empty). */
public record DateView(String iso, String text, String hijri) {}
