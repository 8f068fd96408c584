package khatt.model;

import java.util.List;

/** A topic with the events tagged with it, oldest first. */
public record Topic(String id, String label, String description, List<Event> events) {

    public Topic {
        events = List.copyOf(events);
    }
}
