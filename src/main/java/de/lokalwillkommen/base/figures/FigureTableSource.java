package de.lokalwillkommen.base.figures;

import java.util.List;

/**
 * A feature's own tables for the figures: booking outcomes (no-show rate, bookings per channel) today; volunteer
 * offers and matches once volunteering implements it. A Spring bean; its tables follow the contact tables.
 */
public interface FigureTableSource {

    List<FigureTable> tables(FigureQuery query);
}
