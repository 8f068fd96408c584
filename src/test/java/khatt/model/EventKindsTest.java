package khatt.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventKindsTest {

    @Test
    void aMeetingAndItsPressConferenceAreOneEventButACallIsNeverAMeeting() {
        assertThat(EventKinds.compatible("meeting", "press-conference")).isTrue();
        assertThat(EventKinds.compatible("press-conference", "meeting")).isTrue();
        assertThat(EventKinds.compatible("call", "call")).isTrue();
        assertThat(EventKinds.compatible("call", "meeting")).isFalse();
        assertThat(EventKinds.compatible("press-conference", "call")).isFalse();
        assertThat(EventKinds.compatible("summit", "meeting")).isFalse();
    }
}
