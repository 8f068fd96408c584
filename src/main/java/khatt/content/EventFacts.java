package khatt.content;

import java.nio.file.Path;
import java.time.LocalDate;

/** The curated facts of one event from {@code events/<id>.yaml}; any field but the id may be null. */
public record EventFacts(String id, Path file, String title, String summary, String place, String kind, LocalDate date,
                         int dateLine, int placeLine, int kindLine) {}
