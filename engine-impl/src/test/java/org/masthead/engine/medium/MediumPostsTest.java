package org.masthead.engine.medium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.engine.web.ApiException;

class MediumPostsTest {

    @Test
    void keepsTitlesUpToAHundredCharacters() {
        assertEquals("Short", MediumPosts.title("  Short ", "ignored"));
        assertEquals("y".repeat(100), MediumPosts.title("y".repeat(100), "ignored"));
    }

    @Test
    void synthesizesLongOrMissingTitlesFromTheContent() {
        assertEquals("Opening words", MediumPosts.title("t".repeat(101), "Opening words"));
        assertEquals("Opening words", MediumPosts.title(null, "Opening words"));
        String text = "word ".repeat(40).strip();
        String title = MediumPosts.title(null, text);
        assertEquals("word ".repeat(19).strip() + "…", title);
        assertEquals(95, title.length());
        assertEquals("missing_title",
                assertThrows(ApiException.class, () -> MediumPosts.title(null, "  ")).code());
    }

    @Test
    void usesTheFirstThreeTagsOfAtMost25Characters() {
        assertEquals(List.of("a", "c", "d"), MediumPosts.tags(Arrays.asList("a", "b".repeat(26), null, "c", " ", "d", "e")));
        assertEquals(List.of(), MediumPosts.tags(null));
    }

    @Test
    void publishStatuses() {
        assertEquals(MediumPosts.PublishStatus.PUBLIC, MediumPosts.PublishStatus.parse(null));
        assertEquals(MediumPosts.PublishStatus.UNLISTED, MediumPosts.PublishStatus.parse("Unlisted"));
        assertEquals("invalid_publish_status",
                assertThrows(ApiException.class, () -> MediumPosts.PublishStatus.parse("secret")).code());
    }
}
