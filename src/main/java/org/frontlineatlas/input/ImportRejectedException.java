package org.frontlineatlas.input;

import java.util.List;

/** An import with bad rows: nothing was stored; each message names its row or feature. */
public class ImportRejectedException extends IllegalArgumentException {

    private final List<String> problems;

    public ImportRejectedException(List<String> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + ", nothing was imported: "
                + String.join("; ", problems.subList(0, Math.min(3, problems.size()))));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
