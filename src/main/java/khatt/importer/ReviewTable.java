package khatt.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Prints an import's results for the editor (a review table) or for tools (JSON). */
public final class ReviewTable {

    private static final String UNKNOWN = "?  (fill in)";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReviewTable() {}

    /** One block per input: what was inferred, on what words, how sure; unknowns marked. */
    public static String table(Importer.Report report, boolean dryRun) {
        StringBuilder sb = new StringBuilder();
        int written = 0;
        int refused = 0;
        int warned = 0;
        for (ImportedArticle a : report.articles()) {
            if (a.error() != null) {
                refused++;
                sb.append(a.file()).append("  REFUSED: ").append(a.error()).append("\n\n");
                continue;
            }
            written++;
            sb.append(a.file()).append("  →  ").append(a.path())
                    .append(dryRun ? "  (dry run: not written)" : "").append('\n');
            row(sb, "title", a.title());
            row(sb, "outlet", a.outlet());
            row(sb, "published", a.published() == null ? null : a.published().toString());
            row(sb, "date", a.date() == null ? null : a.date() + (a.dateEvidence() == null ? "" : "  ← «" + a.dateEvidence() + "»")
                    + String.format(java.util.Locale.ROOT, "  (%.2f)", a.dateConfidence()));
            row(sb, "place", a.place() == null && "call".equals(a.kind()) ? "— (phone call)" : a.place());
            row(sb, "kind", a.kind());
            row(sb, "topics", a.topics().isEmpty() ? null : String.join(", ", a.topics()));
            row(sb, "event", a.event() == null ? null : a.event() + (a.existingEvent() ? "  (joins existing event)" : ""));
            row(sb, "grouping", a.grouping());
            for (EventGrouper.CompletedDraft d : completed(report, a)) {
                row(sb, "completes", d.path() + "  (a draft of this event" + (dryRun ? ": would be" : ":") + " dated "
                        + d.date() + " and filed under it)");
            }
            for (ImportedArticle.MentionedDate m : a.mentionedDates()) {
                row(sb, "mentions", m.date() + "  ← «" + m.text() + "»");
            }
            row(sb, "confidence", String.format(java.util.Locale.ROOT, "%.2f", a.confidence()));
            if (a.isDraft()) {
                sb.append("  ? draft, not published until answered (then delete the lines 'draft' and 'review'):\n");
                a.review().forEach(q -> sb.append("    - ").append(q).append('\n'));
            }
            if (!a.warnings().isEmpty()) {
                warned++;
                for (String w : a.warnings()) {
                    sb.append("  ! ").append(w).append('\n');
                }
            }
            sb.append('\n');
        }
        for (String w : report.warnings()) {
            sb.append("warning: ").append(w).append('\n');
        }
        sb.append(String.format(java.util.Locale.ROOT, "%d imported%s, %d with warnings, %d refused%n", written,
                dryRun ? " (dry run)" : "", warned, refused));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String key, String value) {
        sb.append("  ").append(String.format(java.util.Locale.ROOT, "%-11s", key)).append(value == null ? UNKNOWN : value).append('\n');
    }

    /** A JSON array, one object per input. */
    public static String json(Importer.Report report, boolean dryRun) {
        ArrayNode arr = JSON.createArrayNode();
        for (ImportedArticle a : report.articles()) {
            ObjectNode o = arr.addObject();
            o.put("file", a.file());
            o.put("path", dryRun ? null : a.path());
            o.put("title", a.title());
            o.put("outlet", a.outlet());
            o.put("published", a.published() == null ? null : a.published().toString());
            o.put("date", a.date() == null ? null : a.date().toString());
            o.put("date_evidence", a.dateEvidence());
            o.put("date_confidence", a.dateConfidence());
            o.put("place", a.place());
            o.put("kind", a.kind());
            ArrayNode topics = o.putArray("topics");
            a.topics().forEach(topics::add);
            o.put("event", a.event());
            o.put("grouping", a.grouping());
            ArrayNode completed = o.putArray("completed_drafts");
            for (EventGrouper.CompletedDraft d : completed(report, a)) {
                completed.addObject().put("path", d.path()).put("event", d.event()).put("date", d.date().toString());
            }
            o.put("confidence", a.confidence());
            o.put("body", a.body());
            ArrayNode md = o.putArray("mentioned_dates");
            for (ImportedArticle.MentionedDate m : a.mentionedDates()) {
                md.addObject().put("text", m.text()).put("date", m.date());
            }
            o.put("source_url", a.sourceUrl());
            ArrayNode w = o.putArray("warnings");
            a.warnings().forEach(w::add);
            o.put("draft", a.isDraft());
            ArrayNode review = o.putArray("review");
            a.review().forEach(review::add);
            o.put("error", a.error());
        }
        try {
            return JSON.writeValueAsString(arr) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<EventGrouper.CompletedDraft> completed(Importer.Report report, ImportedArticle a) {
        return a.event() == null || a.date() == null ? List.of() : report.completedDraftsOf(a.event());
    }

    static List<String> keys() {
        return List.of("file", "path", "title", "outlet", "published", "date", "date_evidence", "date_confidence", "place", "kind", "topics",
                "event", "confidence", "body");
    }
}
