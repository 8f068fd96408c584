package khatt.model;

import java.util.Map;
import java.util.Set;

/** The kinds of event Khatt knows by name; others are allowed and shown as written. */
public final class EventKinds {

    private static final Map<String, String> LABELS = Map.of(
            "meeting", "لقاء",
            "call", "اتصال هاتفي",
            "press-conference", "مؤتمر صحفي",
            "statement", "بيان",
            "visit", "زيارة",
            "summit", "قمة",
            "talks", "محادثات",
            "interview", "مقابلة");

    private EventKinds() {}

    /**
     * Whether two articles' kinds can describe one event: the same kind, or a meeting and the press
     * conference that closed it (a report may name either).
     */
    public static boolean compatible(String a, String b) {
        return a.equals(b) || Set.of(a, b).equals(Set.of("meeting", "press-conference"));
    }

    public static boolean isKnown(String kind) {
        return kind != null && LABELS.containsKey(kind);
    }

    /** The Arabic name of a kind, or the kind itself when it has none. */
    public static String label(String kind) {
        return kind == null ? "" : LABELS.getOrDefault(kind, kind);
    }

    public static java.util.Set<String> known() {
        return new java.util.TreeSet<>(LABELS.keySet());
    }
}
