package org.masthead.api.curation;

import java.util.Objects;
import org.apiguardian.api.API;
import org.masthead.api.content.PublicationId;
import org.masthead.api.content.UserId;

/** What happened to a story that calls for a curation decision. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface CurationEvent {

    /** The story was published for the first time: run the automatic Distribution Standards check. */
    record Published() implements CurationEvent {
    }

    /**
     * A curator reviewed the story.
     *
     * @param curator      who reviewed
     * @param verdict      what they decided
     * @param primaryTopic the topic to curate into, for {@link Verdict#DISTRIBUTE}; otherwise {@code null}
     * @param note         their reason, shown to the writer for {@link Verdict#NOT_DISTRIBUTE}
     */
    record Reviewed(UserId curator, Verdict verdict, String primaryTopic, String note) implements CurationEvent {
        public Reviewed {
            Objects.requireNonNull(curator, "curator");
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    /** Nobody reviewed the story within the review window. */
    record ReviewWindowElapsed() implements CurationEvent {
    }

    /**
     * A publication editor nominated the story for Boost.
     *
     * @param publication the nominating publication
     * @param editor      the editor who nominated
     * @param note        a note only curators see, may be empty
     */
    record BoostNominated(PublicationId publication, UserId editor, String note) implements CurationEvent {
        public BoostNominated {
            Objects.requireNonNull(publication, "publication");
            Objects.requireNonNull(editor, "editor");
        }
    }

    /**
     * The writer appealed a disqualification or a decision not to distribute.
     *
     * @param message the writer's message to curators
     */
    record Appealed(String message) implements CurationEvent {
    }

    /** A curator's verdict on a reviewed story. */
    enum Verdict {
        DISTRIBUTE, NOT_DISTRIBUTE, BOOST
    }
}
