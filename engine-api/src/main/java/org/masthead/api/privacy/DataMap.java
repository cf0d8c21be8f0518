package org.masthead.api.privacy;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Every place the engine keeps data about a person.
 *
 * @param dataSets the data sets, one per table or file store
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DataMap(List<DataSet> dataSets) {
    public DataMap {
        dataSets = List.copyOf(dataSets);
    }

    /**
     * One table or file store that holds data about a person.
     *
     * @param name        its name, such as the table name {@code story}
     * @param category    what kind of data it holds
     * @param description what it holds, in words the privacy page can show
     */
    public record DataSet(String name, DataCategory category, String description) {
        public DataSet {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(description, "description");
        }
    }
}
