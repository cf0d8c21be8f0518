package org.masthead.engine.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.masthead.engine.jobs.OutboxConsumer;
import org.masthead.engine.jobs.OutboxEvent;
import org.masthead.engine.publication.PublicationRow;
import org.masthead.engine.publication.PublicationService;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.story.StoryStatus;
import org.masthead.engine.web.SiteUrl;

/**
 * The newsletter: when a writer publishes a story and asks to tell their followers (the outbox event
 * {@code story.published} with detail {@code notify}), everyone who followed the writer, or the story's
 * publication, by the time it was published gets one mail about it (a follow a moment later, before the event is
 * consumed, does not count), unless they left the newsletter list or muted the writer. Only followers,
 * never anyone else: no mass unsolicited mail. The mail is written when it is sent, and not sent if the story is no
 * longer public by then.
 */
@ApplicationScoped
public class Newsletter implements OutboxConsumer, Letter {
    static final String KIND = "newsletter";
    private static final int EXCERPT_WORDS = 60;

    /**
     * The story as the newsletter shows it.
     *
     * @param title       title
     * @param subtitle    subtitle, may be empty
     * @param author      writer's name
     * @param publication publication's name, or empty
     * @param url         absolute link to the story
     * @param excerpt     its first words
     * @param readingTime minutes
     */
    public record StoryView(String title, String subtitle, String author, String publication, String url,
                            String excerpt, int readingTime) {
    }

    private final MailOutbox outbox;
    private final StoryService stories;
    private final PublicationService publications;
    private final MailTemplates templates;
    private final Provider<SiteUrl> site;

    @Inject
    public Newsletter(MailOutbox outbox, StoryService stories, PublicationService publications,
                      MailTemplates templates, Provider<SiteUrl> site) {
        this.outbox = outbox;
        this.stories = stories;
        this.publications = publications;
        this.templates = templates;
        this.site = site;
    }

    @Override
    public String name() {
        return "newsletter";
    }

    @Override
    public void accept(OutboxEvent event) {
        if (!OutboxEvent.STORY_PUBLISHED.equals(event.topic()) || !"notify".equals(event.detail())) {
            return;
        }
        publicStory(event.subjectId()).ifPresent(story -> outbox.enqueueForFollowers(KIND, MailList.NEWSLETTER,
                story.row().id(), story.row().authorId(), story.row().publicationId(), event.createdAt()));
    }

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public Optional<Mail> write(QueuedMail mail, Addressee to) {
        return publicStory(mail.subjectId()).map(story -> {
            String publication = story.publication() == null ? ""
                    : publications.find(story.publication()).map(PublicationRow::name).orElse("");
            StoryView view = new StoryView(story.row().title(), story.row().subtitle(), story.author().displayName(),
                    publication, site.get().of(story.card().path()),
                    excerpt(StoryService.plainText(story.row().contentFormat(), story.row().content()), EXCERPT_WORDS),
                    story.card().readingMinutes());
            String subject = (publication.isEmpty() ? "New from " + view.author() : "New in " + publication) + ": "
                    + view.title();
            return templates.write("newsletter", subject, to, Map.of("story", view));
        });
    }

    /** The story with database id {@code id} if it is public now (not unlisted, deleted or a response). */
    private Optional<StoryService.Story> publicStory(long id) {
        return stories.byId(id).filter(story -> story.row().storyStatus() == StoryStatus.PUBLISHED
                && story.row().parentId() == null);
    }

    /** The first {@code words} words of {@code text}, with an ellipsis when there is more. */
    static String excerpt(String text, int words) {
        String[] all = text.strip().split("\\s+");
        if (all.length <= words) {
            return String.join(" ", all);
        }
        return String.join(" ", java.util.Arrays.copyOf(all, words)) + " …";
    }
}
