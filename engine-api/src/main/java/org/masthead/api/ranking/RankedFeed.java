package org.masthead.api.ranking;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A ranker's answer: the stories to show, in order.
 *
 * @param items best first
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RankedFeed(List<RankedItem> items) {
    public RankedFeed {
        items = List.copyOf(items);
    }
}
