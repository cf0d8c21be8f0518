package org.masthead.engine.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.masthead.api.content.StoryId;
import org.masthead.api.curation.ContentSignals;
import org.masthead.engine.db.Database;

/**
 * Finds the stories most like a new one through the MinHash LSH index: one indexed lookup of 16 band keys, then a
 * comparison with at most {@link #CANDIDATES} signatures, whatever the size of the site.
 */
@ApplicationScoped
public class NearDuplicates {
    /** Most stories compared with a new one; only texts sharing a band (≈ 50 % alike or more) get here at all. */
    static final int CANDIDATES = 200;
    /** Most similar stories reported to the policy. */
    static final int REPORTED = 5;
    /** Below this estimated similarity a candidate is not worth reporting. */
    static final double FLOOR = 0.3;

    private final CurationMapper curation;

    @Inject
    public NearDuplicates(Database database) {
        this.curation = database.mapper(CurationMapper.class);
    }

    /** The readable stories most like {@code text}, most similar first. */
    public List<ContentSignals.Similar> similarTo(long storyId, String text) {
        long[] signature = MinHash.signature(text);
        List<Long> keys = MinHash.bandKeys(signature);
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Long> candidates = curation.sharingBands(storyId, keys, CANDIDATES);
        if (candidates.isEmpty()) {
            return List.of();
        }
        return curation.signatures(candidates).stream()
                .map(row -> new ContentSignals.Similar(new StoryId(row.publicId()),
                        MinHash.similarity(signature, MinHash.decode(row.signature()))))
                .filter(similar -> similar.similarity() >= FLOOR)
                .sorted(Comparator.comparingDouble(ContentSignals.Similar::similarity).reversed())
                .limit(REPORTED)
                .toList();
    }

    /** Adds a published story to the index. */
    public void index(long storyId, String text) {
        long[] signature = MinHash.signature(text);
        if (signature.length == 0) {
            return;
        }
        curation.insertSignature(storyId, MinHash.encode(signature));
        for (long key : MinHash.bandKeys(signature).stream().distinct().toList()) {
            curation.insertBand(key, storyId);
        }
    }
}
