package de.lokalwillkommen.figures;

import de.lokalwillkommen.base.figures.FigureQuery;
import de.lokalwillkommen.base.figures.FigureTable;
import java.util.List;

/** The figures of a period: contacts and persons in all, and the tables (contacts first, then the features' own). */
public record FigureReport(FigureQuery query, long contacts, long persons, List<FigureTable> tables) {
}
