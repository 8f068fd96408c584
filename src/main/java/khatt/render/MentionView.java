package khatt.render;

/** A date an article mentions, with a link to the event of that day when the timeline has one (else null). */
public record MentionView(String text, String dateIso, String dateLabel, Link event) {}
