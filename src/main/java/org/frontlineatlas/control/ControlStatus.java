package org.frontlineatlas.control;

import java.util.Locale;

/** Who holds an area on a day: occupied by Russia, contested (grey zone), or regained by Ukraine. */
public enum ControlStatus {
    OCCUPIED,
    CONTESTED,
    REGAINED;

    /** occupied / contested / regained, as imports and the API write it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status an import names; anything else is refused with the words it accepts. */
    public static ControlStatus parse(String text) {
        if (text != null) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            for (ControlStatus s : values()) {
                if (s.code().equals(t)) {
                    return s;
                }
            }
            // The words DeepState's and ISW's layers use.
            if (t.equals("liberated")) {
                return REGAINED;
            }
            if (t.equals("grey") || t.equals("gray") || t.equals("grey zone") || t.equals("gray zone")) {
                return CONTESTED;
            }
        }
        throw new IllegalArgumentException("status must be occupied, contested or regained"
                + (text == null || text.isBlank() ? " (none given)" : ", not '" + clip(text) + "'"));
    }

    static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
