package org.masthead.engine.social;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** Puts rows that a batch lookup returned in no particular order back into the order of the ids asked for. */
final class InOrder {
    private InOrder() {
    }

    /** The rows in the order of {@code ids}; ids with no row (deleted meanwhile) are skipped. */
    static <T> List<T> of(List<Long> ids, List<T> rows, ToLongFunction<T> idOf) {
        Map<Long, T> byId = rows.stream().collect(Collectors.toMap(idOf::applyAsLong, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
