package de.lokalwillkommen.volunteer;

/** What a volunteer offers and what a need asks for. */
public enum HelpType {
    MENTORING(false),
    LANGUAGE_CAFE(false),
    HOMEWORK_HELP(true),
    ACCOMPANYING(false),
    INTERPRETING(false),
    SPORT_LEISURE(false),
    CHILDCARE(true),
    PRACTICAL(false),
    OTHER(false);

    private final boolean alwaysWithChildren;

    HelpType(boolean alwaysWithChildren) {
        this.alwaysWithChildren = alwaysWithChildren;
    }

    /**
     * Help that is always given to children (homework help, childcare at events): the offer may become
     * active only once staff have seen an extended certificate of good conduct.
     */
    public boolean alwaysWithChildren() {
        return alwaysWithChildren;
    }

    /** Help that may be given to children (also mentoring): the form explains the certificate. */
    public boolean mayInvolveChildren() {
        return alwaysWithChildren || this == MENTORING;
    }
}
