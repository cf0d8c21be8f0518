package org.masthead.engine.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.masthead.api.content.CurationStatus;
import org.masthead.api.content.PublicationId;
import org.masthead.api.content.UserId;
import org.masthead.api.curation.CurationEvent;

/** The status machine, every event from every status to every status: exactly these moves are allowed. */
class CurationTransitionsTest {
    private static final UserId CURATOR = new UserId("c0ffee");
    private static final Map<String, CurationEvent> EVENTS = Map.of(
            "published", new CurationEvent.Published(),
            "distribute", new CurationEvent.Reviewed(CURATOR, CurationEvent.Verdict.DISTRIBUTE, "topic", ""),
            "not-distribute", new CurationEvent.Reviewed(CURATOR, CurationEvent.Verdict.NOT_DISTRIBUTE, null, "no"),
            "boost", new CurationEvent.Reviewed(CURATOR, CurationEvent.Verdict.BOOST, null, ""),
            "window", new CurationEvent.ReviewWindowElapsed(),
            "nominated", new CurationEvent.BoostNominated(new PublicationId("beef"), CURATOR, ""),
            "appealed", new CurationEvent.Appealed("please"));

    @Test
    void exactlyTheseTransitionsAreAllowed() {
        Set<String> allowed = new TreeSet<>();
        EVENTS.forEach((name, event) -> {
            for (CurationStatus from : CurationStatus.values()) {
                for (CurationStatus to : CurationStatus.values()) {
                    if (CurationTransitions.allows(event, from, to)) {
                        allowed.add(name + " " + from + "→" + to);
                    }
                }
            }
        });

        Set<String> expected = new TreeSet<>(Set.of(
                "published DISABLED→PENDING", "published DISABLED→NOT_DISTRIBUTED",
                "boost PENDING→PENDING", "boost NOT_REVIEWED→NOT_REVIEWED",
                "boost NOT_DISTRIBUTED→NOT_DISTRIBUTED", "boost DISTRIBUTED→DISTRIBUTED",
                "window PENDING→NOT_REVIEWED"));
        for (String review : new String[] {"distribute", "not-distribute"}) {
            for (String from : new String[] {"PENDING", "NOT_REVIEWED", "NOT_DISTRIBUTED", "DISTRIBUTED"}) {
                expected.add(review + " " + from + "→DISTRIBUTED");
                expected.add(review + " " + from + "→NOT_DISTRIBUTED");
            }
        }
        for (String unchanged : new String[] {"window", "nominated", "appealed"}) {
            for (CurationStatus status : CurationStatus.values()) {
                expected.add(unchanged + " " + status + "→" + status);
            }
        }
        assertEquals(expected, allowed, "every other move is refused");
    }
}
