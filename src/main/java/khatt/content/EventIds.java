package khatt.content;

import java.time.LocalDate;
import khatt.arabic.Places;

/**
 * The one rule that names an event from its facts, used by the build for articles without an
 * {@code event} and by the importer for the events it makes: the date, then the place's slug
 * (the gazetteer's, else transliterated; a call has none), or else the kind: {@code 2019-05-14-sochi},
 * {@code 2020-07-13-call}.
 */
public final class EventIds {

    private EventIds() {}

    /** Whether {@code id} may name an event (and so a folder of the site): lower-case ASCII words joined by hyphens. */
    public static boolean isSafe(String id) {
        return id != null && Fields.SAFE_ID.matcher(id).matches();
    }

    public static String derive(LocalDate date, String place, String kind) {
        String slug = place == null || "call".equals(kind) ? "" : Places.standard().slugOf(place);
        return date + "-" + (!slug.isEmpty() ? slug : kind != null ? kind : "event");
    }
}
